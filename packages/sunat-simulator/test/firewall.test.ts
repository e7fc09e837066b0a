import { afterEach, describe, expect, it } from 'vitest';
import {
  type RateLimit,
  type SimulatorOptions,
  type SunatSimulator,
  startSimulator,
} from '../src/index.js';
import {
  browserFields,
  FORM_PATH,
  QUERY_PATH,
  query,
  RESULT_MARKER,
  rawRequest,
  WAF_TEXT,
} from './helpers.js';

let sim: SunatSimulator | undefined;
async function start(options: SimulatorOptions): Promise<SunatSimulator> {
  sim = await startSimulator(options);
  return sim;
}
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const RUC = '20131312955';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A query from a given loopback address, so that tests can be several clients. */
const queryFrom = (url: string, localAddress: string, timeoutMs?: number) =>
  rawRequest({
    url,
    method: 'POST',
    path: QUERY_PATH,
    body: browserFields(RUC),
    localAddress,
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });

describe('rate limit', () => {
  const limit = (action: RateLimit['action'], blockMs = 400): RateLimit => ({
    maxRequests: 3,
    windowMs: 60_000,
    action,
    blockMs,
  });

  it('waf: over the limit a client gets the F5 page, stays blocked for blockMs, then is let in', async () => {
    const { url } = await start({ rateLimit: limit('waf') });
    for (let i = 0; i < 3; i++)
      expect((await queryFrom(url, '127.0.0.1')).text).toContain(RESULT_MARKER);
    expect((await queryFrom(url, '127.0.0.1')).text).toContain(WAF_TEXT);
    expect(Object.keys(sim?.state().blockedClients ?? {})).toEqual(['127.0.0.1']);
    // Blocked for every request, the search form included, until blockMs has passed.
    const form = await rawRequest({ url, path: FORM_PATH, localAddress: '127.0.0.1' });
    expect(form.text).toContain(WAF_TEXT);
    await sleep(450);
    expect((await queryFrom(url, '127.0.0.1')).text).toContain(RESULT_MARKER);
  });

  it('counts each client IP on its own', async () => {
    const { url } = await start({ rateLimit: limit('waf', 60_000) });
    for (let i = 0; i < 4; i++) await queryFrom(url, '127.0.0.1');
    expect((await queryFrom(url, '127.0.0.1')).text).toContain(WAF_TEXT);
    expect((await queryFrom(url, '127.0.0.2')).text).toContain(RESULT_MARKER);
  });

  it('forgets requests older than windowMs', async () => {
    const { url } = await start({
      rateLimit: { maxRequests: 2, windowMs: 200, action: 'waf', blockMs: 60_000 },
    });
    await queryFrom(url, '127.0.0.1');
    await queryFrom(url, '127.0.0.1');
    await sleep(250);
    expect((await queryFrom(url, '127.0.0.1')).text).toContain(RESULT_MARKER);
  });

  it('reset: a blocked client has its connections reset', async () => {
    const { url } = await start({ rateLimit: limit('reset') });
    for (let i = 0; i < 3; i++) await queryFrom(url, '127.0.0.1');
    await expect(queryFrom(url, '127.0.0.1')).rejects.toMatchObject({ code: 'ECONNRESET' });
  });

  it('hang: a blocked client is never answered', async () => {
    const { url } = await start({ rateLimit: limit('hang') });
    for (let i = 0; i < 3; i++) await queryFrom(url, '127.0.0.1');
    await expect(queryFrom(url, '127.0.0.1', 300)).rejects.toThrow('client timeout');
  });

  it('setRateLimit(null) lifts the limit and its blocks', async () => {
    const s = await start({ rateLimit: limit('waf', 60_000) });
    for (let i = 0; i < 4; i++) await queryFrom(s.url, '127.0.0.1');
    s.setRateLimit(null);
    expect((await queryFrom(s.url, '127.0.0.1')).text).toContain(RESULT_MARKER);
  });
});

describe('requireBrowser', () => {
  // node:http sends no Sec-Fetch-* headers; Node's fetch sends sec-fetch-mode: cors. Browsers
  // submitting a form send sec-fetch-mode: navigate.
  const plainHttpQuery = (url: string) =>
    rawRequest({ url, method: 'POST', path: QUERY_PATH, body: browserFields(RUC) });

  it('rejects a query that is not a browser navigation with the F5 page', async () => {
    const { url } = await start({ requireBrowser: true });
    const res = await plainHttpQuery(url);
    expect(res.status).toBe(200);
    expect(res.text).toContain(WAF_TEXT);
    expect(res.text).toMatch(/Your support ID is: \d{19}/);
  });

  it('answers a query that carries the browser headers', async () => {
    const { url } = await start({ requireBrowser: true });
    // A form submission's navigation headers; fetch cannot send them (it forces sec-fetch-mode: cors).
    const res = await rawRequest({
      url,
      method: 'POST',
      path: QUERY_PATH,
      body: browserFields(RUC),
      headers: { 'sec-fetch-mode': 'navigate', 'sec-fetch-site': 'same-origin' },
    });
    expect(res.text).toContain(RESULT_MARKER);
  });

  it('is off by default and follows setRequireBrowser', async () => {
    const s = await start({});
    expect((await plainHttpQuery(s.url)).text).toContain(RESULT_MARKER);
    s.setRequireBrowser(true);
    expect((await plainHttpQuery(s.url)).text).toContain(WAF_TEXT);
  });
});

describe('headless Chromium with its default User-Agent', () => {
  const HEADLESS_UA =
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36';

  it('gets the browser-check page instead of a result', async () => {
    const { url } = await start({});
    const res = await query(url, browserFields(RUC), {
      headers: { 'user-agent': HEADLESS_UA, 'sec-fetch-mode': 'navigate' },
    });
    expect(res.status).toBe(200);
    expect(res.text).toContain('Checking your browser');
    expect(res.text).not.toContain(RESULT_MARKER);
  });

  it('stays on the browser-check page: the form and the reload get it too', async () => {
    const { url } = await start({});
    for (const path of [FORM_PATH, QUERY_PATH]) {
      const res = await fetch(`${url}${path}`, { headers: { 'user-agent': HEADLESS_UA } });
      expect(await res.text()).toContain('Checking your browser');
    }
  });

  it('is let through with an ordinary Chrome User-Agent', async () => {
    const { url } = await start({});
    const res = await query(url, browserFields(RUC), {
      headers: { 'user-agent': HEADLESS_UA.replace('HeadlessChrome', 'Chrome') },
    });
    expect(res.text).toContain(RESULT_MARKER);
  });
});
