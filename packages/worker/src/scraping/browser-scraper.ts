import {
  BrowserFailedError,
  LookupError,
  parseResultPage,
  UpstreamUnavailableError,
} from '@consulta-ruc/shared';
import { isBrowserBroken } from '../browser/browser-errors.js';
import type { BrowserManager } from '../browser/browser-manager.js';
import { classifyOutcome } from './classify-outcome.js';
import type { ScrapeContext, ScrapeResult, Scraper } from './scraper.js';
import { FORM_PATH, QUERY_PATH, sunatUrl } from './sunat-form.js';

export interface BrowserScraperOptions {
  baseUrl: string;
  browsers: BrowserManager;
  /** Deadline of each browser step (navigation, selector, submit). Default 20000. */
  stepTimeoutMs?: number;
}

/**
 * Drives SUNAT's own search form in Chromium, as a person would: open the form, type the RUC,
 * submit, and hand the result's raw bytes to the same parser the HTTP strategy uses. Raw bytes,
 * not page.content(): SUNAT's ISO-8859-1 page says utf-8 in its meta tag, so the DOM text may be mangled.
 */
export class BrowserScraper implements Scraper {
  readonly name = 'browser';
  private readonly stepTimeoutMs: number;

  constructor(private readonly options: BrowserScraperOptions) {
    this.stepTimeoutMs = options.stepTimeoutMs ?? 20_000;
  }

  async scrape(ruc: string, context: ScrapeContext): Promise<ScrapeResult> {
    const timeout = this.stepTimeoutMs;
    try {
      return await this.options.browsers.withPage(async (page) => {
        page.setDefaultTimeout(timeout);
        page.setDefaultNavigationTimeout(timeout);
        const form = await page.goto(sunatUrl(this.options.baseUrl, FORM_PATH), {
          waitUntil: 'domcontentloaded',
        });
        if (form && form.status() >= 500) {
          throw new UpstreamUnavailableError(`SUNAT's form answered HTTP ${form.status()}.`);
        }
        await page.waitForSelector('#txtRuc', { visible: true });
        // One round trip instead of eleven key events; the page's own script still validates the
        // field, fills the token and submits when the button is clicked.
        await page.$eval(
          '#txtRuc',
          (input, value) => {
            (input as unknown as { value: string }).value = value;
            input.dispatchEvent(new Event('input', { bubbles: true }));
            input.dispatchEvent(new Event('change', { bubbles: true }));
          },
          ruc,
        );
        // The answer's bytes are all we need: no waiting for the result page's scripts to load.
        const [response] = await Promise.all([
          page.waitForResponse(
            (r) =>
              r.url().includes(QUERY_PATH) &&
              r.request().method() === 'POST' &&
              r.request().isNavigationRequest(),
          ),
          page.click('#btnAceptar'),
        ]);
        if (!response)
          throw new UpstreamUnavailableError('SUNAT closed the connection without an answer.');
        if (response.status() >= 500) {
          throw new UpstreamUnavailableError(`SUNAT answered HTTP ${response.status()}.`);
        }
        const body = await response.content();
        const outcome = parseResultPage(body, { contentType: response.headers()['content-type'] });
        return classifyOutcome(outcome, ruc, 'browser', context.logger);
      }, context.signal);
    } catch (error) {
      throw classifyBrowserError(error, context.signal);
    }
  }

  async close(): Promise<void> {
    await this.options.browsers.close();
  }
}

function classifyBrowserError(error: unknown, signal: AbortSignal): unknown {
  if (error instanceof LookupError) return error;
  if (signal.aborted) return signal.reason;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && error.name === 'TimeoutError') {
    return new UpstreamUnavailableError(
      `SUNAT did not answer in time (${message}).`,
      'UPSTREAM_TIMEOUT',
      {
        cause: error,
      },
    );
  }
  if (/net::ERR_/.test(message)) {
    return new UpstreamUnavailableError(
      `Could not reach SUNAT (${message}).`,
      'UPSTREAM_UNAVAILABLE',
      {
        cause: error,
      },
    );
  }
  if (isBrowserBroken(error))
    return new BrowserFailedError(`Chromium failed: ${message}`, { cause: error });
  return new BrowserFailedError(`Browser scrape failed: ${message}`, { cause: error });
}
