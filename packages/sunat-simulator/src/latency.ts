import type { Latency } from './options.js';

/** The delay for one query: the fixed value, or a uniform draw within [min, max]. */
export function drawLatency(latency: Latency): number {
  if (typeof latency === 'number') return latency;
  const [min, max] = latency;
  return min + Math.random() * (max - min);
}
