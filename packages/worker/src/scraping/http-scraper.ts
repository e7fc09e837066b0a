import { parseResultPage, UpstreamUnavailableError } from '@consulta-ruc/shared';
import { Agent, errors, request } from 'undici';
import { classifyOutcome } from './classify-outcome.js';
import type { ScrapeContext, ScrapeResult, Scraper } from './scraper.js';
import { FORM_PATH, QUERY_PATH, queryFormBody, sunatUrl } from './sunat-form.js';

export interface HttpScraperOptions {
  /** SUNAT's base URL (or the simulator's). */
  baseUrl: string;
  /** TCP/TLS connect timeout. Default 5000. */
  connectTimeoutMs?: number;
  /** Whole-request timeout, headers and body. Default 20000. */
  requestTimeoutMs?: number;
  /** Identifies us honestly: SUNAT's firewall rejects non-browser clients that claim to be browsers. */
  userAgent?: string;
}

const MAX_BODY_BYTES = 2 * 1024 * 1024;
const DEFAULT_USER_AGENT = 'consulta-ruc/0.1 (node; +https://github.com/consulta-ruc)';

/**
 * The fast path: SUNAT's form POST over a keep-alive connection, no browser. Sends a fresh token
 * per query, like SUNAT's own script, and replays the session cookie when SUNAT hands one out.
 */
export class HttpScraper implements Scraper {
  readonly name = 'http';
  private readonly agent: Agent;
  private readonly cookies = new Map<string, string>();
  private readonly requestTimeoutMs: number;
  private readonly userAgent: string;

  constructor(private readonly options: HttpScraperOptions) {
    this.requestTimeoutMs = options.requestTimeoutMs ?? 20_000;
    this.userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
    this.agent = new Agent({
      connect: { timeout: options.connectTimeoutMs ?? 5000 },
      keepAliveTimeout: 10_000,
      keepAliveMaxTimeout: 30_000,
      headersTimeout: this.requestTimeoutMs,
      bodyTimeout: this.requestTimeoutMs,
    });
  }

  async scrape(ruc: string, context: ScrapeContext): Promise<ScrapeResult> {
    const signal = AbortSignal.any([context.signal, AbortSignal.timeout(this.requestTimeoutMs)]);
    let page = await this.query(ruc, signal);
    let outcome = parseResultPage(page.body, { contentType: page.contentType });
    if (outcome.kind === 'sunat-error' && /no autorizado/i.test(outcome.message)) {
      // Some reports say SUNAT wants the session cookie of its form page: fetch it once, ask again.
      context.logger.info('SUNAT refused a cold query; fetching the form for a session', { ruc });
      await this.fetchForm(signal);
      page = await this.query(ruc, signal);
      outcome = parseResultPage(page.body, { contentType: page.contentType });
    }
    return classifyOutcome(outcome, ruc, 'http', context.logger);
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  private async query(ruc: string, signal: AbortSignal) {
    return this.send(sunatUrl(this.options.baseUrl, QUERY_PATH), signal, {
      method: 'POST',
      body: queryFormBody(ruc),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        referer: sunatUrl(this.options.baseUrl, FORM_PATH),
        origin: new URL(this.options.baseUrl).origin,
      },
    });
  }

  private async fetchForm(signal: AbortSignal): Promise<void> {
    await this.send(sunatUrl(this.options.baseUrl, FORM_PATH), signal, { method: 'GET' });
  }

  private async send(
    url: string,
    signal: AbortSignal,
    init: { method: 'GET' | 'POST'; body?: string; headers?: Record<string, string> },
  ): Promise<{ body: Uint8Array; contentType: string | undefined }> {
    const headers: Record<string, string> = {
      'user-agent': this.userAgent,
      accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8',
      'accept-language': 'es-PE,es;q=0.9',
      ...init.headers,
    };
    const cookie = this.cookieHeader();
    if (cookie) headers.cookie = cookie;
    try {
      const response = await request(url, {
        method: init.method,
        body: init.body,
        headers,
        signal,
        dispatcher: this.agent,
      });
      this.rememberCookies(response.headers['set-cookie']);
      const body = await readLimited(response.body, MAX_BODY_BYTES);
      if (response.statusCode >= 500) {
        throw new UpstreamUnavailableError(`SUNAT answered HTTP ${response.statusCode}.`);
      }
      if (response.statusCode === 429 || response.statusCode === 403) {
        throw new UpstreamUnavailableError(`SUNAT answered HTTP ${response.statusCode}.`);
      }
      const contentType = response.headers['content-type'];
      return { body, contentType: Array.isArray(contentType) ? contentType[0] : contentType };
    } catch (error) {
      throw classifyNetworkError(error, signal);
    }
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private rememberCookies(setCookie: string | string[] | undefined): void {
    for (const line of [setCookie ?? []].flat()) {
      const [pair] = line.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (pair && eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }
}

async function readLimited(body: AsyncIterable<Uint8Array>, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.byteLength;
    if (size > limit) throw new UpstreamUnavailableError(`SUNAT's answer exceeded ${limit} bytes.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function classifyNetworkError(error: unknown, signal: AbortSignal): unknown {
  if (error instanceof UpstreamUnavailableError) return error;
  if (signal.aborted) {
    const reason = signal.reason;
    // Our own deadline or a job cancellation: let the caller see why it was aborted.
    if (reason instanceof Error && reason.name !== 'TimeoutError') return reason;
    return new UpstreamUnavailableError('SUNAT did not answer in time.', 'UPSTREAM_TIMEOUT', {
      cause: error,
    });
  }
  if (
    error instanceof errors.ConnectTimeoutError ||
    error instanceof errors.HeadersTimeoutError ||
    error instanceof errors.BodyTimeoutError
  ) {
    return new UpstreamUnavailableError('SUNAT did not answer in time.', 'UPSTREAM_TIMEOUT', {
      cause: error,
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  return new UpstreamUnavailableError(
    `Could not reach SUNAT (${code ?? message}).`,
    'UPSTREAM_UNAVAILABLE',
    { cause: error },
  );
}
