import type { Taxpayer } from '../src/index.js';

// The data of the real captures, typed in by hand, to check that the renderer reproduces
// SUNAT's markup byte for byte.
const base = {
  tipoDocumento: null,
  estado: 'ACTIVO',
  fechaBaja: null,
  condicion: 'HABIDO',
  condicionNota: null,
  sistemaEmision: 'MANUAL',
  actividadComercioExterior: 'SIN ACTIVIDAD',
  sistemaEmisionElectronica: [],
  emisorElectronicoDesde: null,
  comprobantesElectronicos: [],
  afiliadoPleDesde: null,
  padrones: [],
} satisfies Partial<Taxpayer>;

export const GOBIERNO_REGIONAL_LA_LIBERTAD: Taxpayer = {
  ...base,
  ruc: '20440374248',
  razonSocial: 'GOBIERNO REGIONAL LA LIBERTAD',
  tipoContribuyente: 'GOBIERNO REGIONAL, LOCAL',
  nombreComercial: null,
  fechaInscripcion: '09/01/2003',
  fechaInicioActividades: '09/01/2003',
  domicilio: {
    direccion: 'CAL.LOS BRILLANTES NRO. 650 URB.  SANTA INES ',
    departamento: 'LA LIBERTAD',
    provincia: 'TRUJILLO',
    distrito: 'TRUJILLO',
  },
  sistemaContabilidad: 'COMPUTARIZADO',
  actividadesEconomicas: [
    {
      tipo: 'Principal',
      codigo: '8411',
      descripcion: 'ACTIVIDADES DE LA ADMINISTRACIÓN PÚBLICA EN GENERAL',
      spacesAfterCode: 1,
    },
  ],
  comprobantesPago: ['FACTURA', 'BOLETA DE VENTA', 'COMPROBANTE DE RETENCION'],
  sistemaEmisionElectronica: ['SEE-FACTURADOR                      . AUTORIZ DESDE 10/01/2017'],
  emisorElectronicoDesde: '10/01/2017',
  comprobantesElectronicos: ['FACTURA (desde 10/01/2017)'],
  afiliadoPleDesde: '01/01/2013',
  padrones: [
    'Incorporado al Régimen de Agentes de Retención de IGV (R.S.101-2003) a partir del 01/06/2003',
  ],
};

export const MUNICIPALIDAD_MOYOBAMBA: Taxpayer = {
  ...base,
  ruc: '20146806679',
  razonSocial: 'MUNICIPALIDAD PROVINCIAL DE MOYOBAMBA',
  tipoContribuyente: 'GOBIERNO REGIONAL, LOCAL',
  nombreComercial: 'BOTICA MUNICIPAL',
  fechaInscripcion: '01/07/1993',
  fechaInicioActividades: '01/01/1920',
  domicilio: {
    direccion: 'JR. PEDRO CANGA NRO. 262',
    departamento: 'SAN MARTIN',
    provincia: 'MOYOBAMBA',
    distrito: 'MOYOBAMBA',
  },
  sistemaContabilidad: 'MANUAL',
  actividadesEconomicas: [
    {
      tipo: 'Principal',
      codigo: '8411',
      descripcion: 'ACTIVIDADES DE LA ADMINISTRACIÓN PÚBLICA EN GENERAL',
      spacesAfterCode: 1,
    },
    {
      tipo: 'Secundaria 1',
      codigo: '8690',
      descripcion: 'OTRAS ACTIVIDADES DE ATENCIÓN DE LA SALUD HUMANA',
      spacesAfterCode: 2,
    },
    {
      tipo: 'Secundaria 2',
      codigo: '4772',
      descripcion:
        'VENTA AL POR MENOR DE PRODUCTOS FARMACÉUTICOS Y MÉDICOS, COSMÉTICOS Y ARTÍCULOS DE TOCADOR EN COMERCIOS ESPECIALIZADOS',
      spacesAfterCode: 1,
    },
  ],
  comprobantesPago: ['FACTURA', 'BOLETA DE VENTA', 'LIQUIDACION DE COMPRA'],
};

export const PERSONA_NATURAL_PEREZ: Taxpayer = {
  ...base,
  ruc: '10401510465',
  razonSocial: 'PEREZ - JUAN',
  tipoContribuyente: 'PERSONA NATURAL SIN NEGOCIO',
  tipoDocumento: { tipo: 'DNI', numero: '40151046', nombre: 'PEREZ , JUAN' },
  nombreComercial: null,
  fechaInscripcion: '18/11/2010',
  fechaInicioActividades: '18/11/2010',
  domicilio: null,
  sistemaContabilidad: 'MANUAL',
  actividadesEconomicas: [
    {
      tipo: 'Principal',
      codigo: '93098',
      descripcion: 'OTRAS ACTIVID.DE TIPO SERVICIO NCP',
      spacesAfterCode: 2,
    },
  ],
  comprobantesPago: [],
};
