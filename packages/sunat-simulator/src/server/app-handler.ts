import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Fixtures } from '../fixtures.js';
import {
  type Answer,
  latin1Page,
  type PageAnswer,
  sunatHtmlType,
  writePage,
} from '../http/answer.js';
import type { Connections } from '../http/connections.js';
import { isFormContentType, parseFormBody } from '../http/form-body.js';
import { readBody } from '../http/read-body.js';
import { drawLatency } from '../latency.js';
import type { SimulatorConfig } from '../options.js';
import { errorTemplatePage } from '../pages/error-template-page.js';
import { recaptchaScript } from '../pages/recaptcha-script.js';
import { RECAPTCHA_SCRIPT_PATH, searchFormPage } from '../pages/search-form-page.js';
import type { FaultState } from '../state/fault-state.js';
import type { QueryCounter } from '../state/query-counts.js';
import type { RateLimiter } from '../state/rate-limiter.js';
import { applicationAnswer } from './application-answer.js';
import { browserCheckAnswer, faultAnswer, wafAnswer } from './fault-answer.js';
import { FORM_PATH, QUERY_PATH } from './paths.js';
import { sessionCookie } from './session-cookie.js';

/** The simulator's live state the application paths read and update. */
export interface AppDeps {
  fixtures: Fixtures;
  /** Read on every request, so changes apply at once. */
  config: SimulatorConfig;
  faults: FaultState;
  limiter: RateLimiter;
  counter: QueryCounter;
  connections: Connections;
}

export type RouteHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
) => Promise<void>;

export const notFoundAnswer = (): PageAnswer =>
  latin1Page(
    '<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>',
    'text/html',
    false,
    404,
  );

/**
 * Handles /cl-ti-itmrconsruc/*. Layers run in the order a request meets them at SUNAT: the
 * firewall (rate limit, client fingerprint), the bot check, then the application, where the
 * injected faults stand in for its troubles.
 */
export function createAppHandler(deps: AppDeps): RouteHandler {
  const { config, faults, limiter, counter, connections } = deps;

  const deliver = (req: IncomingMessage, res: ServerResponse, answer: Answer): void => {
    if (answer.kind === 'hang') return;
    if (answer.kind === 'reset') {
      req.socket.resetAndDestroy();
      return;
    }
    const delay = answer.delayed ? drawLatency(config.latencyMs) : 0;
    if (delay <= 0) {
      writePage(res, answer);
      return;
    }
    const cancel = connections.later(delay, () => writePage(res, answer));
    res.on('close', cancel);
  };

  const rateLimited = (): Answer => {
    const action = limiter.limit?.action ?? 'waf';
    return action === 'waf' ? wafAnswer() : { kind: action };
  };

  const route = (req: IncomingMessage, path: string, fields: Map<string, string>): Answer => {
    const isQuery = path === QUERY_PATH && req.method === 'POST';
    if (limiter.hit(req.socket.remoteAddress ?? 'unknown')) return rateLimited();
    if (isQuery && config.requireBrowser && req.headers['sec-fetch-mode'] !== 'navigate') {
      return wafAnswer();
    }
    if ((req.headers['user-agent'] ?? '').includes('HeadlessChrome')) return browserCheckAnswer();

    const htmlType = sunatHtmlType(config.contentTypeCharset);
    const readOnly = req.method === 'GET' || req.method === 'HEAD';
    if (isQuery) {
      const mode = faults.take(fields.get('nroRuc') || null);
      const ctx = {
        fixtures: deps.fixtures,
        notFoundRucs: new Set(config.notFoundRucs),
        contentTypeCharset: config.contentTypeCharset,
        now: new Date(),
      };
      return mode === 'none' ? applicationAnswer(fields, ctx) : faultAnswer(mode, fields, ctx);
    }
    if (path === FORM_PATH && readOnly) {
      const page = latin1Page(searchFormPage(), htmlType, false);
      return { ...page, headers: { 'Set-Cookie': sessionCookie() } };
    }
    if (path === RECAPTCHA_SCRIPT_PATH && readOnly) {
      return latin1Page(recaptchaScript(), 'application/javascript', false);
    }
    // A GET on jcrS00Alias carries no form, hence no token: SUNAT's error template.
    if (path === QUERY_PATH) return latin1Page(errorTemplatePage(), htmlType, false);
    return notFoundAnswer();
  };

  return async (req, res, path) => {
    let fields = new Map<string, string>();
    if (path === QUERY_PATH && req.method === 'POST') {
      const body = await readBody(req);
      // Like a servlet, only a urlencoded body yields parameters.
      if (isFormContentType(req.headers['content-type'])) fields = parseFormBody(body);
      counter.record(fields.get('nroRuc') || null);
    } else {
      req.resume();
    }
    deliver(req, res, route(req, path, fields));
  };
}
