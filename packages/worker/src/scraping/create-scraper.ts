import type { Config, Logger } from '@consulta-ruc/shared';
import { BrowserManager } from '../browser/browser-manager.js';
import { findChromium } from '../browser/find-chromium.js';
import type { WorkerMetrics } from '../health/worker-metrics.js';
import { AutoScraper } from './auto-scraper.js';
import { BrowserScraper } from './browser-scraper.js';
import { HttpScraper } from './http-scraper.js';
import type { Scraper } from './scraper.js';
import { UnavailableBrowserScraper } from './unavailable-scraper.js';

export interface ScraperSetup {
  scraper: Scraper;
  /** Null when the strategy needs no browser or none was found. */
  browsers: BrowserManager | null;
  browserAvailable: boolean;
}

type ScraperConfig = Pick<
  Config,
  | 'SCRAPER_STRATEGY'
  | 'SUNAT_BASE_URL'
  | 'SCRAPE_CONNECT_TIMEOUT_MS'
  | 'SCRAPE_TIMEOUT_MS'
  | 'PUPPETEER_EXECUTABLE_PATH'
  | 'BROWSER_NO_SANDBOX'
  | 'BROWSER_MAX_PAGES'
  | 'BROWSER_LAUNCH_TIMEOUT_MS'
>;

/** Builds the strategy SCRAPER_STRATEGY names. The browser itself launches on first need. */
export async function createScraper(
  config: ScraperConfig,
  logger: Logger,
  metrics: WorkerMetrics,
  overrides: { profileRoot?: string } = {},
): Promise<ScraperSetup> {
  const http = new HttpScraper({
    baseUrl: config.SUNAT_BASE_URL,
    connectTimeoutMs: config.SCRAPE_CONNECT_TIMEOUT_MS,
    requestTimeoutMs: config.SCRAPE_TIMEOUT_MS,
  });
  if (config.SCRAPER_STRATEGY === 'http')
    return { scraper: http, browsers: null, browserAvailable: false };

  const chromium = await findChromium(config.PUPPETEER_EXECUTABLE_PATH);
  if (!chromium) {
    logger.warn(
      config.SCRAPER_STRATEGY === 'browser'
        ? 'Browser mode is unavailable: no Chromium found; every job will fail. Set PUPPETEER_EXECUTABLE_PATH.'
        : 'Browser mode is unavailable: no Chromium found; auto runs the http strategy only.',
      { configured: config.PUPPETEER_EXECUTABLE_PATH ?? null },
    );
    const scraper =
      config.SCRAPER_STRATEGY === 'browser'
        ? new UnavailableBrowserScraper()
        : new AutoScraper(http, null);
    return { scraper, browsers: null, browserAvailable: false };
  }
  logger.info('Chromium found', { path: chromium.path, source: chromium.source });

  const browsers = new BrowserManager({
    executablePath: chromium.path,
    logger: logger.child({ component: 'browser' }),
    noSandbox: config.BROWSER_NO_SANDBOX,
    maxPages: config.BROWSER_MAX_PAGES,
    launchTimeoutMs: config.BROWSER_LAUNCH_TIMEOUT_MS,
    profileRoot: overrides.profileRoot,
    onLaunch: () => metrics.browserLaunches.inc(),
    onRetire: (reason) => metrics.browserRetirements.inc({ reason }),
  });
  const browser = new BrowserScraper({
    baseUrl: config.SUNAT_BASE_URL,
    browsers,
    stepTimeoutMs: config.SCRAPE_TIMEOUT_MS,
  });
  if (config.SCRAPER_STRATEGY === 'browser') {
    await http.close();
    return { scraper: browser, browsers, browserAvailable: true };
  }
  const auto = new AutoScraper(http, browser, (reason) => metrics.fallbacks.inc({ reason }));
  return { scraper: auto, browsers, browserAvailable: true };
}
