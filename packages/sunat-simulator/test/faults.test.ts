import { afterEach, describe, expect, it } from 'vitest';
import { type Faults, type SunatSimulator, startSimulator } from '../src/index.js';
import {
  browserFields,
  fixture,
  QUERY_PATH,
  query,
  RESULT_MARKER,
  rawRequest,
  WAF_TEXT,
} from './helpers.js';

let sim: SunatSimulator | undefined;
async function start(faults: Faults): Promise<SunatSimulator> {
  sim = await startSimulator({ faults });
  return sim;
}
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const CAPTURED = '20440374248';

describe('fault modes', () => {
  it('reset: the connection is reset without an answer', async () => {
    const { url } = await start({ mode: 'reset' });
    await expect(query(url, browserFields(CAPTURED))).rejects.toThrow(/fetch failed/);
    await expect(
      rawRequest({ url, method: 'POST', path: QUERY_PATH, body: browserFields(CAPTURED) }),
    ).rejects.toMatchObject({ code: 'ECONNRESET' });
  });

  it('hang: the request is accepted and never answered', async () => {
    const { url } = await start({ mode: 'hang' });
    const t0 = performance.now();
    await expect(
      query(url, browserFields(CAPTURED), { signal: AbortSignal.timeout(300) }),
    ).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(performance.now() - t0).toBeGreaterThanOrEqual(290);
  });

  it('http-500: status 500 with a plain error body', async () => {
    const { url } = await start({ mode: 'http-500' });
    const res = await query(url, browserFields(CAPTURED));
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toBe('text/plain');
    expect(res.text).toContain('Internal Server Error');
  });

  it('waf: the F5 page of about 245 bytes with a 19-digit support ID, status 200', async () => {
    const { url } = await start({ mode: 'waf' });
    const res = await query(url, browserFields(CAPTURED));
    expect(res.status).toBe(200);
    expect(res.text).toMatch(
      /^<html><head><title>Request Rejected<\/title><\/head><body>The requested URL was rejected\. Please consult with your administrator\.<br><br>Your support ID is: \d{19}<br><br><a href='javascript:history\.back\(\);'>\[Go Back\]<\/a><\/body><\/html>$/,
    );
    expect(res.bytes.length).toBeGreaterThanOrEqual(240);
    expect(res.bytes.length).toBeLessThanOrEqual(250);
  });

  it('error-page: SUNAT error template, status 200', async () => {
    const { url } = await start({ mode: 'error-page' });
    const res = await query(url, browserFields(CAPTURED));
    expect(res.status).toBe(200);
    expect(res.text).toContain('<title>.:: Pagina de Error ::.</title>');
    expect(res.text).toContain(
      'Surgieron problemas al procesar la consulta por n&uacute;mero de ruc.',
    );
  });

  it('truncated: the real result page cut at about 40% of its bytes', async () => {
    const { url } = await start({ mode: 'truncated' });
    const res = await query(url, browserFields(CAPTURED));
    const full = fixture('consulta-20440374248.html');
    expect(res.status).toBe(200);
    expect(res.bytes.length).toBe(Math.floor(full.length * 0.4));
    expect(full.subarray(0, res.bytes.length).equals(res.bytes)).toBe(true);
    expect(res.text).not.toContain(RESULT_MARKER);
  });

  it('garbled: the same bytes shuffled so that no markup is left', async () => {
    const { url } = await start({ mode: 'garbled' });
    const res = await query(url, browserFields(CAPTURED));
    const full = fixture('consulta-20440374248.html');
    expect(res.bytes.length).toBe(full.length);
    expect(Buffer.compare(Buffer.from(res.bytes).sort(), Buffer.from(full).sort())).toBe(0);
    expect(res.text).not.toContain('<title>');
    expect(res.text).not.toContain('list-group');
  });

  it('unknown-layout: a well-formed SUNAT-titled page without the list-group layout', async () => {
    const { url } = await start({ mode: 'unknown-layout' });
    const res = await query(url, browserFields('20131312955'));
    expect(res.status).toBe(200);
    expect(res.text).toContain('<title>SUNAT - Consulta RUC</title>');
    expect(res.text).toMatch(/<\/html>\r\n$/);
    expect(res.text).toContain('<table');
    expect(res.text).not.toContain('list-group');
  });

  it('browser-check: a JavaScript "checking your browser" interstitial', async () => {
    const { url } = await start({ mode: 'browser-check' });
    const res = await query(url, browserFields(CAPTURED));
    expect(res.status).toBe(200);
    expect(res.text).toContain('Checking your browser');
    expect(res.text).toContain('<script>');
    expect(res.text).not.toContain(RESULT_MARKER);
  });

  it('none: normal answers', async () => {
    const { url } = await start({ mode: 'none' });
    const res = await query(url, browserFields(CAPTURED));
    expect(res.bytes.equals(fixture('consulta-20440374248.html'))).toBe(true);
  });
});

describe('fault scope', () => {
  it('times: 2 faults the next two queries, then answers normally', async () => {
    const { url } = await start({ mode: 'waf', times: 2 });
    const texts: string[] = [];
    for (let i = 0; i < 3; i++) texts.push((await query(url, browserFields(CAPTURED))).text);
    expect(texts[0]).toContain(WAF_TEXT);
    expect(texts[1]).toContain(WAF_TEXT);
    expect(texts[2]).toContain(RESULT_MARKER);
    expect(sim?.state().faults).toEqual({ mode: 'none' });
  });

  it('times counts down only on matching queries', async () => {
    const { url } = await start({ mode: 'http-500', times: 1, rucs: ['20131312955'] });
    expect((await query(url, browserFields(CAPTURED))).status).toBe(200);
    expect(sim?.state().faults).toEqual({ mode: 'http-500', times: 1, rucs: ['20131312955'] });
    expect((await query(url, browserFields('20131312955'))).status).toBe(500);
    expect((await query(url, browserFields('20131312955'))).status).toBe(200);
  });

  it('rucs: only the listed RUCs are faulted', async () => {
    const { url } = await start({ mode: 'error-page', rucs: ['20131312955'] });
    expect((await query(url, browserFields('20131312955'))).text).toContain('Pagina de Error');
    expect((await query(url, browserFields(CAPTURED))).text).toContain(RESULT_MARKER);
    expect((await query(url, browserFields('20131312955'))).text).toContain('Pagina de Error');
  });

  it('faulted queries are counted like any other', async () => {
    const { url } = await start({ mode: 'reset', times: 1 });
    await expect(query(url, browserFields(CAPTURED))).rejects.toThrow();
    await query(url, browserFields(CAPTURED));
    expect(sim?.counts()).toEqual({ total: 2, byRuc: { [CAPTURED]: 2 } });
  });

  it('faults touch only queries, not the search form', async () => {
    const { url } = await start({ mode: 'reset' });
    const res = await fetch(`${url}/cl-ti-itmrconsruc/FrameCriterioBusquedaWeb.jsp`);
    expect(res.status).toBe(200);
    await res.arrayBuffer();
  });

  it('setFaults changes the fault of a running simulator, and rejects unknown modes', async () => {
    const s = await start({ mode: 'none' });
    s.setFaults({ mode: 'http-500' });
    expect((await query(s.url, browserFields(CAPTURED))).status).toBe(500);
    s.setFaults({ mode: 'none' });
    expect((await query(s.url, browserFields(CAPTURED))).status).toBe(200);
    expect(() => s.setFaults({ mode: 'explode' } as unknown as Faults)).toThrow(/faults.mode/);
  });
});
