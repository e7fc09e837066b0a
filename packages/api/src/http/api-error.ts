/** Machine-readable error codes of the API, beside the lookup codes the worker reports. */
export type ApiErrorCode =
  | 'RUC_INVALID'
  | 'RUC_NOT_FOUND'
  | 'UPSTREAM_FAILED'
  | 'SERVICE_UNAVAILABLE'
  | 'LOOKUP_TIMEOUT'
  | 'JOB_NOT_FOUND'
  | 'BAD_REQUEST'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNAUTHORIZED'
  | 'RATE_LIMITED'
  | 'NOT_FOUND'
  | 'INTERNAL';

/**
 * An error with its HTTP answer. The body keeps the original service's shape
 * {message, detail, ruc} and adds `code`.
 */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode | string,
    message: string,
    readonly detail: string | null = null,
    readonly ruc: string | null = null,
    /** Extra fields for the body (e.g. jobId and statusUrl on a 504). */
    readonly extra: Record<string, unknown> = {},
    /** Extra response headers (e.g. WWW-Authenticate, Retry-After). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  toBody() {
    return {
      message: this.message,
      detail: this.detail,
      ruc: this.ruc,
      code: this.code,
      ...this.extra,
    };
  }
}
