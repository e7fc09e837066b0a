/**
 * A taxpayer as the result page shows it, before HTML encoding: text exactly as a reader of the
 * page sees it once entities are decoded ("-" on the page is null here, a NINGUNO table is []).
 * Dates stay in SUNAT's dd/mm/yyyy.
 */
export interface Taxpayer {
  ruc: string;
  /** What follows "<ruc> - " in the "Número de RUC:" row. */
  razonSocial: string;
  tipoContribuyente: string;
  /** Natural persons only: the "Tipo de Documento:" row. */
  tipoDocumento: TaxpayerDocument | null;
  nombreComercial: string | null;
  fechaInscripcion: string;
  fechaInicioActividades: string | null;
  /** ACTIVO, SUSPENSION TEMPORAL, BAJA DEFINITIVA, BAJA DE OFICIO. */
  estado: string;
  /** Printed after the estado ("BAJA DE OFICIO </br> Fecha de Baja: ..."). */
  fechaBaja: string | null;
  /** HABIDO, NO HABIDO, NO HALLADO. */
  condicion: string;
  /** Printed after the condición ("NO HABIDO </br> Deberá declarar ..."). */
  condicionNota: string | null;
  /** null when the page shows "-" (natural persons without business). */
  domicilio: TaxpayerAddress | null;
  sistemaEmision: string;
  actividadComercioExterior: string;
  sistemaContabilidad: string;
  actividadesEconomicas: EconomicActivity[];
  comprobantesPago: string[];
  /** Rows as printed, e.g. "SEE-FACTURADOR                      . AUTORIZ DESDE 10/01/2017". */
  sistemaEmisionElectronica: string[];
  emisorElectronicoDesde: string | null;
  /** Items of the comma-joined value, e.g. "FACTURA (desde 23/03/2015)". */
  comprobantesElectronicos: string[];
  afiliadoPleDesde: string | null;
  padrones: string[];
}

export interface TaxpayerDocument {
  /** "DNI", "CARNET DE EXTRANJERIA", "PASAPORTE". */
  tipo: string;
  numero: string;
  /** As the row prints it: "PEREZ , JUAN". */
  nombre: string;
}

export interface TaxpayerAddress {
  /** The street and zone, as printed before the department (may end in a space). */
  direccion: string;
  departamento: string;
  provincia: string;
  distrito: string;
}

export interface EconomicActivity {
  /** "Principal", "Secundaria 1", "Secundaria 2". */
  tipo: string;
  /** CIIU code: 4 digits (rev. 4) or 5 digits (rev. 3, older registrations). */
  codigo: string;
  descripcion: string;
  /** SUNAT prints one or two spaces between the code and its dash, with no visible rule. */
  spacesAfterCode: 1 | 2;
}
