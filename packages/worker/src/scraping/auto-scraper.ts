import { ParseFailedError, UpstreamRejectedError } from '@consulta-ruc/shared';
import type { ScrapeContext, ScrapeResult, Scraper } from './scraper.js';

/**
 * HTTP first (fast, no browser); the browser takes the job when SUNAT's firewall rejects the HTTP
 * client or answers a page the parser cannot read (a browser-check page, say). Without a browser
 * it is plain HTTP.
 */
export class AutoScraper implements Scraper {
  readonly name = 'auto';

  constructor(
    private readonly http: Scraper,
    private readonly browser: Scraper | null,
    private readonly onFallback?: (reason: string) => void,
  ) {}

  async scrape(ruc: string, context: ScrapeContext): Promise<ScrapeResult> {
    try {
      return await this.http.scrape(ruc, context);
    } catch (error) {
      const fallsBack = error instanceof UpstreamRejectedError || error instanceof ParseFailedError;
      if (!fallsBack || !this.browser || context.signal.aborted) throw error;
      const reason = error instanceof UpstreamRejectedError ? 'rejected' : 'unreadable';
      this.onFallback?.(reason);
      context.logger.info('HTTP strategy failed; the browser takes this job', {
        ruc,
        reason,
        error: error.message,
      });
      return this.browser.scrape(ruc, context);
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.http.close(), this.browser?.close()]);
  }
}
