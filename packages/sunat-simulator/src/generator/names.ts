// Spanish surnames and given names as SUNAT prints them: upper case, mostly unaccented, with Ñ
// and the occasional accent, so that generated pages exercise ISO-8859-1 bytes.
export const SURNAMES: readonly string[] = [
  'QUISPE',
  'MAMANI',
  'FLORES',
  'RODRIGUEZ',
  'GARCÍA',
  'SANCHEZ',
  'HUAMAN',
  'CHAVEZ',
  'TORRES',
  'RAMIREZ',
  'MENDOZA',
  'CASTILLO',
  'ESPINOZA',
  'VASQUEZ',
  'NUÑEZ',
  'MUÑOZ',
  'PEÑA',
  'IBAÑEZ',
  'CASTAÑEDA',
  'ZUÑIGA',
  'PÉREZ',
  'GÓMEZ',
  'RÍOS',
  'CONDORI',
  'CCAHUANA',
  'HUAYTA',
  'VILLANUEVA',
  'SALAZAR',
];

export const GIVEN_NAMES: readonly string[] = [
  'JUAN CARLOS',
  'MARIA ELENA',
  'JOSÉ LUIS',
  'ROSA',
  'CARMEN',
  'LUIS ALBERTO',
  'ANA MARIA',
  'PATRICIA',
  'MIGUEL ÁNGEL',
  'JESÚS',
  'SOFÍA',
  'IVÁN',
  'WILFREDO',
  'YESENIA',
  'NOEMÍ',
  'EDGAR',
  'MARLENY',
  'FIDEL',
];

/** First words of company names. */
export const COMPANY_LEADS: readonly string[] = [
  'CORPORACIÓN',
  'INVERSIONES',
  'CONSTRUCTORA',
  'COMERCIALIZADORA',
  'TRANSPORTES',
  'SERVICIOS GENERALES',
  'AGROINDUSTRIAS',
  'DISTRIBUIDORA',
  'GRUPO',
  'CONSULTORES',
  'NEGOCIACIONES',
  'IMPORTACIONES',
];

/** Second parts of company names. */
export const COMPANY_CORES: readonly string[] = [
  'LOS ANDES',
  'DEL NORTE',
  'SAN MARTÍN',
  'EL PIÑAL',
  'LA PEÑA',
  'SEÑOR DE MURUHUAY',
  'ANDINA',
  'PERÚ',
  'DEL SUR',
  'SANTA ROSA',
  'EL ÑANDÚ',
  'VIRGEN DE LA CANDELARIA',
  'AMAZÓNICA',
  'PACÍFICO',
];

/** Shop names for natural persons with a business. */
export const SHOP_KINDS: readonly string[] = [
  'BODEGA',
  'FERRETERÍA',
  'BOTICA',
  'RESTAURANT',
  'LIBRERÍA',
  'PELUQUERÍA',
  'TALLER',
  'MINIMARKET',
];

/** Street names for the fiscal address. */
export const STREET_NAMES: readonly string[] = [
  'LOS BRILLANTES',
  'JOSE GALVEZ',
  'LAS BEGONIAS',
  'GRAU',
  'BOLOGNESI',
  'ALFONSO UGARTE',
  'LA MARINA',
  'JAVIER PRADO ESTE',
  'ARENALES',
  '28 DE JULIO',
  'LOS PINOS',
  'PROCERES DE LA INDEPENDENCIA',
  'ESPAÑA',
  'PEDRO CANGA',
  'SAN MARTIN',
];

/** Zones (urbanizaciones and the like). */
export const ZONE_NAMES: readonly string[] = [
  'SANTA INES',
  'LOS JARDINES',
  'CORPAC',
  'EL PALOMAR',
  'LA MOLINA VIEJA',
  'SAN ANDRES',
  'LAS CASUARINAS',
];
