/**
 * Cache keys. `sunat:ruc:{ruc}` is the original design's key: operators read it with redis-cli,
 * so it holds exactly the record JSON the API serves. Negative answers live under their own key,
 * so the record key never holds anything but a record.
 */
export function recordKey(ruc: string, prefix = ''): string {
  return `${prefix}sunat:ruc:${ruc}`;
}

export function notFoundKey(ruc: string, prefix = ''): string {
  return `${prefix}sunat:ruc-not-found:${ruc}`;
}

/** SCAN patterns for bulk invalidation. */
export function recordKeyPattern(prefix = ''): string {
  return `${prefix}sunat:ruc:*`;
}

export function notFoundKeyPattern(prefix = ''): string {
  return `${prefix}sunat:ruc-not-found:*`;
}
