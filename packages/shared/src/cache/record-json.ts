import type { TaxpayerRecord } from '../record/taxpayer-record.js';

const FETCHED_AT = '"fetchedAt":"';

/**
 * Serialises a record with `fetchedAt` last, so the hit path can read the record's age from
 * the stored string's tail without parsing the JSON.
 */
export function serializeRecord(record: TaxpayerRecord): string {
  const { fetchedAt, ...rest } = record;
  return JSON.stringify({ ...rest, fetchedAt });
}

/** The `fetchedAt` of a stored record string, in epoch ms; NaN when absent. */
export function fetchedAtOf(json: string): number {
  const at = json.lastIndexOf(FETCHED_AT);
  if (at < 0) return Number.NaN;
  const start = at + FETCHED_AT.length;
  const end = json.indexOf('"', start);
  return Date.parse(json.slice(start, end));
}
