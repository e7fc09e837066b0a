import { LookupError } from '@consulta-ruc/shared';
import type { ScrapeResult, Scraper } from './scraper.js';

/** SCRAPER_STRATEGY=browser on a machine without Chromium: every job fails with a clear reason. */
export class UnavailableBrowserScraper implements Scraper {
  readonly name = 'browser';

  async scrape(): Promise<ScrapeResult> {
    throw new LookupError(
      'BROWSER_FAILED',
      'Browser mode is unavailable: no Chromium was found (set PUPPETEER_EXECUTABLE_PATH).',
      false,
    );
  }

  async close(): Promise<void> {}
}
