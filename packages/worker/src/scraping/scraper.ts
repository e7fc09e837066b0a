import type { Logger, TaxpayerRecord } from '@consulta-ruc/shared';

export type StrategyName = 'http' | 'browser';

/** What a scrape found: a taxpayer, or SUNAT's word that the RUC does not exist. */
export type ScrapeResult =
  | { kind: 'record'; record: TaxpayerRecord; strategy: StrategyName }
  | { kind: 'not-found'; ruc: string; message: string; strategy: StrategyName };

export interface ScrapeContext {
  /** Aborts the scrape (job deadline, worker shutdown); the scraper frees what it holds. */
  signal: AbortSignal;
  logger: Logger;
}

/**
 * One way of asking SUNAT. Failures are thrown as LookupError subclasses (see @consulta-ruc/shared),
 * so the job knows whether to retry.
 */
export interface Scraper {
  readonly name: string;
  scrape(ruc: string, context: ScrapeContext): Promise<ScrapeResult>;
  close(): Promise<void>;
}
