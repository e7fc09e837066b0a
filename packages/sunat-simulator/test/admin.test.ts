import { afterEach, describe, expect, it } from 'vitest';
import { type SunatSimulator, startSimulator } from '../src/index.js';
import {
  browserFields,
  QUERY_PATH,
  query,
  RESULT_MARKER,
  rawRequest,
  WAF_TEXT,
} from './helpers.js';

let sim: SunatSimulator;
afterEach(() => sim.close());

async function admin(method: string, path: string, body?: unknown) {
  const res = await fetch(`${sim.url}/__simulator/${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe('query counts', () => {
  it('counts queries per nroRuc and resets them', async () => {
    sim = await startSimulator();
    await query(sim.url, browserFields('20131312955'));
    await query(sim.url, browserFields('20131312955'));
    await query(sim.url, browserFields('20440374248', { token: '' }));
    await query(sim.url, browserFields('2013'));
    const expected = { total: 4, byRuc: { '20131312955': 2, '20440374248': 1, '2013': 1 } };
    expect(sim.counts()).toEqual(expected);
    expect((await admin('GET', 'counts')).json).toEqual(expected);
    sim.resetCounts();
    expect(sim.counts()).toEqual({ total: 0, byRuc: {} });
  });

  it('counts a query without nroRuc in the total only', async () => {
    sim = await startSimulator();
    await query(sim.url, 'accion=consPorRazonSoc&razSoc=PEREZ&token=abc&modo=1');
    expect(sim.counts()).toEqual({ total: 1, byRuc: {} });
  });
});

describe('admin endpoints', () => {
  it('GET state shows configuration, faults and counts', async () => {
    sim = await startSimulator({ latencyMs: [5, 10], notFoundRucs: ['20100070970'] });
    const { status, json } = await admin('GET', 'state');
    expect(status).toBe(200);
    expect(json).toEqual({
      latencyMs: [5, 10],
      notFoundRucs: ['20100070970'],
      contentTypeCharset: 'none',
      requireBrowser: false,
      rateLimit: null,
      faults: { mode: 'none' },
      counts: { total: 0, byRuc: {} },
      blockedClients: {},
    });
  });

  it('PUT faults changes the faults of the running simulator', async () => {
    sim = await startSimulator();
    expect((await query(sim.url, browserFields('20131312955'))).text).toContain(RESULT_MARKER);
    const put = await admin('PUT', 'faults', { mode: 'waf', times: 1 });
    expect(put.status).toBe(200);
    expect(put.json.faults).toEqual({ mode: 'waf', times: 1 });
    expect((await query(sim.url, browserFields('20131312955'))).text).toContain(WAF_TEXT);
    expect((await query(sim.url, browserFields('20131312955'))).text).toContain(RESULT_MARKER);
  });

  it('PUT config changes latency, not-found RUCs, requireBrowser, rate limit and charset', async () => {
    sim = await startSimulator();
    const rateLimit = { maxRequests: 100, windowMs: 1000, action: 'reset', blockMs: 5000 };
    const put = await admin('PUT', 'config', {
      latencyMs: 20,
      notFoundRucs: ['20131312955'],
      requireBrowser: true,
      rateLimit,
      contentTypeCharset: 'iso-8859-1',
    });
    expect(put.status).toBe(200);
    expect(put.json).toMatchObject({
      latencyMs: 20,
      notFoundRucs: ['20131312955'],
      requireBrowser: true,
      rateLimit,
      contentTypeCharset: 'iso-8859-1',
    });
    const res = await rawRequest({
      url: sim.url,
      method: 'POST',
      path: QUERY_PATH,
      body: browserFields('20131312955'),
      headers: { 'sec-fetch-mode': 'navigate' },
    });
    expect(res.text).toContain('consultado no es v\xe1lido');
    expect(res.headers['content-type']).toBe('text/html;charset=ISO-8859-1');
    const plain = await rawRequest({
      url: sim.url,
      method: 'POST',
      path: QUERY_PATH,
      body: browserFields('20131312955'),
    });
    expect(plain.text).toContain(WAF_TEXT);
  });

  it('answers 400 to a bad body and leaves the state alone', async () => {
    sim = await startSimulator();
    expect((await admin('PUT', 'faults', { mode: 'explode' })).status).toBe(400);
    expect((await admin('PUT', 'config', { latencyMs: -1 })).status).toBe(400);
    expect((await admin('PUT', 'config', { nonsense: 1 })).json.error).toMatch(/unknown config/);
    const bad = await fetch(`${sim.url}/__simulator/faults`, { method: 'PUT', body: '{' });
    expect(bad.status).toBe(400);
    await bad.arrayBuffer();
    expect((await admin('GET', 'state')).json).toMatchObject({
      latencyMs: 0,
      faults: { mode: 'none' },
    });
  });

  it('POST reset puts counts and faults back to their defaults', async () => {
    sim = await startSimulator({ faults: { mode: 'http-500' } });
    await query(sim.url, browserFields('20131312955'));
    const reset = await admin('POST', 'reset');
    expect(reset.json).toMatchObject({ faults: { mode: 'none' }, counts: { total: 0, byRuc: {} } });
    expect((await query(sim.url, browserFields('20131312955'))).status).toBe(200);
  });

  it('answers 404 to an unknown admin path', async () => {
    sim = await startSimulator();
    expect((await admin('GET', 'nope')).status).toBe(404);
  });

  it('is not subject to faults or the rate limit', async () => {
    sim = await startSimulator({
      faults: { mode: 'hang' },
      rateLimit: { maxRequests: 0, windowMs: 1000, action: 'hang', blockMs: 60_000 },
    });
    expect((await admin('GET', 'state')).status).toBe(200);
  });
});
