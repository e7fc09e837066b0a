import { randomUUID } from 'node:crypto';
import { parseResultPage, type TaxpayerRecord } from '@consulta-ruc/shared';
import { deleteByPrefix } from '@consulta-ruc/shared/testing';
import {
  renderTaxpayerPage,
  type SunatSimulator,
  withCheckDigit,
} from '@consulta-ruc/sunat-simulator';
import type { Redis } from 'ioredis';

export interface BenchContext {
  /** For set-up and clean-up of the scenarios' keys. */
  redis: Redis;
  /** Short runs that prove the bench works (CI); figures are not meaningful. */
  smoke: boolean;
  redisUrl: string;
  sim: SunatSimulator;
}

/** Key and queue prefixes of one scenario, so scenarios never see each other's data. */
export function prefixes(name: string) {
  const id = `${name}-${randomUUID().slice(0, 8)}`;
  return { CACHE_KEY_PREFIX: `bench:${id}:`, QUEUE_PREFIX: `bench-bull-${id}` };
}

let counter = 0;
/** Distinct valid RUCs that no earlier call returned (so each is a cache miss). */
export function freshRucs(count: number): string[] {
  const base = 20_000_000 + Math.floor(Math.random() * 70_000_000);
  return Array.from({ length: count }, () =>
    withCheckDigit(`20${String(base + counter++).padStart(8, '0')}`),
  );
}

/** A record as the worker would cache it, from the simulator's page for `ruc`. */
export function recordFor(ruc: string): TaxpayerRecord {
  const outcome = parseResultPage(Buffer.from(renderTaxpayerPage(ruc), 'latin1'));
  if (outcome.kind !== 'record')
    throw new Error(`simulator page for ${ruc} did not parse: ${outcome.kind}`);
  return outcome.record;
}

/** Removes what a scenario left in Redis (its cache keys and its queue). */
export async function cleanUp(ctx: BenchContext, env: ReturnType<typeof prefixes>): Promise<void> {
  await deleteByPrefix(ctx.redis, env.CACHE_KEY_PREFIX, `${env.QUEUE_PREFIX}:`);
}
