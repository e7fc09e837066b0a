import { z } from 'zod';

const rucString = z.string().regex(/^\d{11}$/, 'an 11-digit RUC');
/** SUNAT dates are dd/mm/yyyy; we store them as YYYY-MM-DD. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const text = z.string().min(1);

export const economicActivitySchema = z.object({
  /** "Principal", "Secundaria 1", "Secundaria 2", ... */
  tipo: text,
  /** CIIU code, 4 or 5 digits. */
  codigo: z.string().regex(/^\d{4,5}$/),
  descripcion: text,
});
export type EconomicActivity = z.infer<typeof economicActivitySchema>;

/**
 * A taxpayer as SUNAT's Consulta RUC shows it. Field names are a public contract:
 * clients, docs and operators rely on them. SUNAT's "-" is null; a table holding only NINGUNO is [].
 */
export const taxpayerRecordSchema = z.object({
  ruc: rucString,
  razonSocial: text,
  tipoContribuyente: text.nullable(),
  /** Persona natural only (e.g. "DNI 40151046 - PEREZ , JUAN"); null for companies. */
  tipoDocumento: text.nullable(),
  nombreComercial: text.nullable(),
  fechaInscripcion: isoDate.nullable(),
  fechaInicioActividades: isoDate.nullable(),
  estado: text.nullable(),
  fechaBaja: isoDate.nullable(),
  condicion: text.nullable(),
  /** The whole address, runs of spaces collapsed. */
  domicilioFiscal: text.nullable(),
  /** The street part of the address only. */
  direccion: text.nullable(),
  departamento: text.nullable(),
  provincia: text.nullable(),
  distrito: text.nullable(),
  sistemaEmision: text.nullable(),
  actividadComercioExterior: text.nullable(),
  sistemaContabilidad: text.nullable(),
  actividadesEconomicas: z.array(economicActivitySchema),
  comprobantesPago: z.array(text),
  sistemaEmisionElectronica: z.array(text),
  emisorElectronicoDesde: isoDate.nullable(),
  comprobantesElectronicos: z.array(text),
  afiliadoPleDesde: isoDate.nullable(),
  padrones: z.array(text),
  /** SUNAT's footer time, ISO 8601 in Lima time (-05:00). */
  fechaConsulta: z.iso.datetime({ offset: true }).nullable(),
  /** When we fetched the page, ISO 8601 UTC. */
  fetchedAt: z.iso.datetime({ offset: true }),
});
export type TaxpayerRecord = z.infer<typeof taxpayerRecordSchema>;
