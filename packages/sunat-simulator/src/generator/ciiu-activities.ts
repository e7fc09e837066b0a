/** CIIU codes with SUNAT's descriptions; rev. 4 (4 digits) is what registrations since 2015 get. */
export interface CiiuActivity {
  codigo: string;
  descripcion: string;
}

export const CIIU_REV4: readonly CiiuActivity[] = [
  {
    codigo: '0111',
    descripcion: 'CULTIVO DE CEREALES (EXCEPTO ARROZ), LEGUMBRES Y SEMILLAS OLEAGINOSAS',
  },
  { codigo: '0321', descripcion: 'ACUICULTURA MARÍTIMA' },
  { codigo: '1071', descripcion: 'ELABORACIÓN DE PRODUCTOS DE PANADERÍA' },
  { codigo: '4100', descripcion: 'CONSTRUCCIÓN DE EDIFICIOS' },
  { codigo: '4290', descripcion: 'CONSTRUCCIÓN DE OTRAS OBRAS DE INGENIERÍA CIVIL' },
  { codigo: '4520', descripcion: 'MANTENIMIENTO Y REPARACIÓN DE VEHÍCULOS AUTOMOTORES' },
  {
    codigo: '4663',
    descripcion:
      'VENTA AL POR MAYOR DE MATERIALES DE CONSTRUCCIÓN, ARTÍCULOS DE FERRETERÍA Y EQUIPO Y MATERIALES DE FONTANERÍA Y CALEFACCIÓN',
  },
  {
    codigo: '4711',
    descripcion:
      'VENTA AL POR MENOR EN COMERCIOS NO ESPECIALIZADOS CON PREDOMINIO DE LA VENTA DE ALIMENTOS, BEBIDAS O TABACO',
  },
  {
    codigo: '4752',
    descripcion:
      'VENTA AL POR MENOR DE ARTÍCULOS DE FERRETERÍA, PINTURAS Y PRODUCTOS DE VIDRIO EN COMERCIOS ESPECIALIZADOS',
  },
  {
    codigo: '4772',
    descripcion:
      'VENTA AL POR MENOR DE PRODUCTOS FARMACÉUTICOS Y MÉDICOS, COSMÉTICOS Y ARTÍCULOS DE TOCADOR EN COMERCIOS ESPECIALIZADOS',
  },
  { codigo: '4921', descripcion: 'TRANSPORTE URBANO Y SUBURBANO DE PASAJEROS POR VÍA TERRESTRE' },
  { codigo: '4923', descripcion: 'TRANSPORTE DE CARGA POR CARRETERA' },
  { codigo: '5510', descripcion: 'ACTIVIDADES DE ALOJAMIENTO PARA ESTANCIAS CORTAS' },
  { codigo: '5610', descripcion: 'ACTIVIDADES DE RESTAURANTES Y DE SERVICIO MÓVIL DE COMIDAS' },
  { codigo: '6201', descripcion: 'PROGRAMACIÓN INFORMÁTICA' },
  {
    codigo: '6810',
    descripcion: 'ACTIVIDADES INMOBILIARIAS REALIZADAS CON BIENES PROPIOS O ARRENDADOS',
  },
  {
    codigo: '6920',
    descripcion: 'ACTIVIDADES DE CONTABILIDAD, TENEDURÍA DE LIBROS Y AUDITORÍA; CONSULTORÍA FISCAL',
  },
  { codigo: '7020', descripcion: 'ACTIVIDADES DE CONSULTORÍA DE GESTIÓN' },
  { codigo: '7912', descripcion: 'ACTIVIDADES DE OPERADORES TURÍSTICOS' },
  { codigo: '8510', descripcion: 'ENSEÑANZA PREESCOLAR Y PRIMARIA' },
  { codigo: '8690', descripcion: 'OTRAS ACTIVIDADES DE ATENCIÓN DE LA SALUD HUMANA' },
  { codigo: '9602', descripcion: 'PELUQUERÍA Y OTROS TRATAMIENTOS DE BELLEZA' },
];

/** Public bodies (municipalities, regional governments). */
export const CIIU_PUBLIC_ADMINISTRATION: CiiuActivity = {
  codigo: '8411',
  descripcion: 'ACTIVIDADES DE LA ADMINISTRACIÓN PÚBLICA EN GENERAL',
};

/** Rev. 3 codes, still shown for older natural-person registrations (abbreviated, unaccented). */
export const CIIU_REV3: readonly CiiuActivity[] = [
  { codigo: '93098', descripcion: 'OTRAS ACTIVID.DE TIPO SERVICIO NCP' },
  { codigo: '52399', descripcion: 'OTROS TIPOS DE VENTA AL POR MENOR.' },
  { codigo: '74140', descripcion: 'ACTIVIDADES DE ASESORAMIENTO EMPRESARIAL' },
  { codigo: '60230', descripcion: 'TRANSPORTE DE CARGA POR CARRETERA.' },
  { codigo: '55205', descripcion: 'RESTAURANTES, BARES Y CANTINAS.' },
  { codigo: '45207', descripcion: 'CONSTRUCCION EDIFICIOS COMPLETOS.' },
  { codigo: '51906', descripcion: 'OTROS TIPOS DE VENTA AL POR MAYOR.' },
  { codigo: '80904', descripcion: 'OTROS TIPOS DE ENSEÑANZA.' },
];
