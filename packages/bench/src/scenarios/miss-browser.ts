import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSilentLogger } from '@consulta-ruc/shared';
import { BrowserManager, BrowserScraper, findChromium } from '@consulta-ruc/worker';
import { benchEnvironment } from '../config.js';
import { type BenchContext, freshRucs } from '../context.js';
import { figure, type ScenarioResult } from '../report.js';
import { percentile, timed } from '../stats.js';

/** 3. The browser strategy with a warm browser, against launching one per job (the old design). */
export async function missBrowser(ctx: BenchContext): Promise<ScenarioResult> {
  ctx.sim.setLatency(0);
  const chromium = await findChromium(benchEnvironment.chromium);
  if (!chromium) throw new Error('No Chromium: set PUPPETEER_EXECUTABLE_PATH');
  const logger = createSilentLogger();
  const profileRoot = await mkdtemp(path.join(tmpdir(), 'bench-browser-'));
  const newScraper = () => {
    const browsers = new BrowserManager({
      executablePath: chromium.path,
      logger,
      noSandbox: process.getuid?.() === 0,
      profileRoot,
    });
    return new BrowserScraper({ baseUrl: ctx.sim.url, browsers });
  };
  const scrape = (scraper: BrowserScraper, ruc: string) =>
    timed(() => scraper.scrape(ruc, { signal: AbortSignal.timeout(30_000), logger }));

  const warmRuns = ctx.smoke ? 5 : 30;
  const coldRuns = ctx.smoke ? 2 : 8;
  const warm: number[] = [];
  const cold: number[] = [];
  try {
    const scraper = newScraper();
    for (const [i, ruc] of freshRucs(warmRuns + 3).entries()) {
      const { ms } = await scrape(scraper, ruc);
      if (i >= 3) warm.push(ms);
    }
    await scraper.close();
    for (const ruc of freshRucs(coldRuns)) {
      const fresh = newScraper();
      const { ms } = await timed(async () => {
        await scrape(fresh, ruc);
        await fresh.close();
      });
      cold.push(ms);
    }
  } finally {
    await rm(profileRoot, { recursive: true, force: true });
  }
  const warmP50 = percentile(warm, 50);
  return {
    name: 'miss-browser',
    description: `browser strategy, warm browser, ${warmRuns} scrapes (simulator latency 0)`,
    baselineDescription: `launching and closing Chromium for each job, ${coldRuns} scrapes (the old driver-per-job cost)`,
    figures: [
      figure('p50 ms', warmP50, percentile(cold, 50), {
        text: 'warm p50 ≤ 300 ms',
        met: (_r, v) => v <= 300,
      }),
      figure('p99 ms', percentile(warm, 99), percentile(cold, 99)),
    ],
    notes: {},
  };
}
