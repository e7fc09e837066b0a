import { createPrng } from '../generator/prng.js';

/** The first ~40% of a page's bytes, as when a transfer stops mid-page. */
export function truncatedPage(page: Buffer): Buffer {
  return page.subarray(0, Math.floor(page.length * 0.4));
}

/**
 * The page's bytes shuffled, so no markup survives. The shuffle is seeded (by the RUC) so a
 * failing test shows the same bytes on every run.
 */
export function garbledPage(page: Buffer, seed: string): Buffer {
  const prng = createPrng(`garbled:${seed}`);
  const bytes = Buffer.from(page);
  for (let i = bytes.length - 1; i > 0; i--) {
    const j = prng.int(0, i);
    const tmp = bytes[i] as number;
    bytes[i] = bytes[j] as number;
    bytes[j] = tmp;
  }
  return bytes;
}
