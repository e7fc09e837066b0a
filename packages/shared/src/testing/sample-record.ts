import type { TaxpayerRecord } from '../record/taxpayer-record.js';

/** A minimal valid record, for tests that need something in the cache. */
export function sampleRecord(overrides: Partial<TaxpayerRecord> = {}): TaxpayerRecord {
  return {
    ruc: '20131312955',
    razonSocial: 'SUPERINTENDENCIA NACIONAL DE ADUANAS Y DE ADMINISTRACION TRIBUTARIA - SUNAT',
    tipoContribuyente: 'INSTITUCIONES PUBLICAS',
    tipoDocumento: null,
    nombreComercial: 'SUNAT',
    fechaInscripcion: '1993-05-04',
    fechaInicioActividades: '1988-01-01',
    estado: 'ACTIVO',
    fechaBaja: null,
    condicion: 'HABIDO',
    domicilioFiscal: 'AV. GARCILASO DE LA VEGA NRO. 1472 LIMA - LIMA - LIMA',
    direccion: 'AV. GARCILASO DE LA VEGA NRO. 1472',
    departamento: 'LIMA',
    provincia: 'LIMA',
    distrito: 'LIMA',
    sistemaEmision: 'MANUAL',
    actividadComercioExterior: 'SIN ACTIVIDAD',
    sistemaContabilidad: 'COMPUTARIZADO',
    actividadesEconomicas: [
      { tipo: 'Principal', codigo: '8411', descripcion: 'ADMINISTRACIÓN PÚBLICA' },
    ],
    comprobantesPago: ['FACTURA'],
    sistemaEmisionElectronica: [],
    emisorElectronicoDesde: null,
    comprobantesElectronicos: [],
    afiliadoPleDesde: null,
    padrones: [],
    fechaConsulta: '2026-12-04T10:00:00-05:00',
    fetchedAt: new Date().toISOString(),
    ...overrides,
  };
}
