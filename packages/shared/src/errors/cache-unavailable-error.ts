/** Redis did not answer in time or is disconnected. The API answers 503; nothing is retried in the request. */
export class CacheUnavailableError extends Error {
  override name = 'CacheUnavailableError';
  readonly code = 'SERVICE_UNAVAILABLE';
}
