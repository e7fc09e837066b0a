import { type BenchContext, freshRucs } from '../context.js';
import { figure, type ScenarioResult } from '../report.js';
import { startLookupStack } from './lookup-stack.js';

/** 4. 100 concurrent requests for one uncached RUC: SUNAT must be asked once. */
export async function dedup(ctx: BenchContext): Promise<ScenarioResult> {
  const concurrent = 100;
  const [ruc] = freshRucs(1) as [string];
  ctx.sim.setLatency(500);
  ctx.sim.resetCounts();
  const stack = await startLookupStack(ctx, 'dedup');
  try {
    const started = performance.now();
    const responses = await Promise.all(
      Array.from({ length: concurrent }, () => fetch(`${stack.apiUrl}/v1/ruc/${ruc}`)),
    );
    const elapsedMs = performance.now() - started;
    const bodies = await Promise.all(responses.map((r) => r.json() as Promise<{ ruc?: string }>));
    const withRecord = bodies.filter(
      (b, i) => responses[i]?.status === 200 && b.ruc === ruc,
    ).length;
    const sunatRequests = ctx.sim.counts().byRuc[ruc] ?? 0;
    return {
      name: 'dedup',
      description: `${concurrent} concurrent GET /v1/ruc for one uncached RUC (simulator latency 500 ms)`,
      baselineDescription: `${concurrent} requests to SUNAT, one per client request, without de-duplication`,
      figures: [
        figure('requests that reached SUNAT', sunatRequests, concurrent, {
          text: 'exactly 1',
          met: (_r, v) => v === 1,
        }),
        figure('clients answered with the record', withRecord, concurrent, {
          text: `all ${concurrent}`,
          met: (_r, v) => v === concurrent,
        }),
      ],
      notes: { wallClockMs: Math.round(elapsedMs) },
    };
  } finally {
    ctx.sim.setLatency(0);
    await stack.stop();
  }
}
