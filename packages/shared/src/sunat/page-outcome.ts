import type { TaxpayerRecord } from '../record/taxpayer-record.js';

/**
 * What a SUNAT answer page turned out to be. Only `record` is ever cached as a taxpayer;
 * `not-found` is negative-cached; the rest are failures the worker classifies.
 */
export type PageOutcome =
  | { kind: 'record'; record: TaxpayerRecord }
  /** "El número de RUC ... consultado no es válido": SUNAT does not know this RUC. */
  | { kind: 'not-found'; ruc: string | null; message: string }
  /** SUNAT's ".:: Pagina de Error ::." template (bad token, server trouble, "No autorizado."). */
  | { kind: 'sunat-error'; message: string }
  /** The F5 firewall's "Request Rejected" page. */
  | { kind: 'waf-rejected'; supportId: string | null }
  /** A page we cannot read; `snippet` holds its first kilobytes for diagnosis. */
  | { kind: 'unknown-layout'; reason: string; snippet: string };

export type PageOutcomeKind = PageOutcome['kind'];
