import { createSilentLogger } from '@consulta-ruc/shared';
import { HttpScraper } from '@consulta-ruc/worker';
import { type BenchContext, freshRucs } from '../context.js';
import { figure, type ScenarioResult } from '../report.js';
import { percentile, timed } from '../stats.js';
import { startLookupStack } from './lookup-stack.js';

/** 2. A miss end to end (API → queue → worker → SUNAT → cache → API), against the scraper alone. */
export async function missHttp(ctx: BenchContext): Promise<ScenarioResult> {
  ctx.sim.setLatency(0);
  const n = ctx.smoke ? 10 : 200;
  const logger = createSilentLogger();

  const scraper = new HttpScraper({ baseUrl: ctx.sim.url });
  const direct: number[] = [];
  for (const [i, ruc] of freshRucs(n + 10).entries()) {
    const { ms } = await timed(() =>
      scraper.scrape(ruc, { signal: AbortSignal.timeout(10_000), logger }),
    );
    if (i >= 10) direct.push(ms);
  }
  await scraper.close();

  const stack = await startLookupStack(ctx, 'miss-http');
  const endToEnd: number[] = [];
  try {
    for (const [i, ruc] of freshRucs(n + 10).entries()) {
      const { ms, value } = await timed(() => fetch(`${stack.apiUrl}/v1/ruc/${ruc}`));
      if (value.status !== 200) throw new Error(`miss answered ${value.status}`);
      await value.arrayBuffer();
      if (i >= 10) endToEnd.push(ms);
    }
  } finally {
    await stack.stop();
  }
  const p50 = percentile(endToEnd, 50);
  const p50Direct = percentile(direct, 50);
  return {
    name: 'miss-http',
    description: `${n} sequential misses through API, queue and worker (http strategy, simulator latency 0)`,
    baselineDescription: 'the same scrape called directly in one process (HttpScraper.scrape)',
    figures: [
      figure('p50 ms', p50, p50Direct, {
        text: 'queue + API add ≤ 5 ms at p50',
        met: (_r, v, b) => v - b <= 5,
      }),
      figure('p99 ms', percentile(endToEnd, 99), percentile(direct, 99)),
    ],
    notes: { addedAtP50Ms: Math.round((p50 - p50Direct) * 100) / 100 },
  };
}
