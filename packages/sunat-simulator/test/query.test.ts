import { afterEach, describe, expect, it } from 'vitest';
import { type SimulatorOptions, type SunatSimulator, startSimulator } from '../src/index.js';
import { browserFields, fixture, QUERY_PATH, query, RESULT_MARKER } from './helpers.js';

let sim: SunatSimulator | undefined;
async function start(options: SimulatorOptions = {}): Promise<SunatSimulator> {
  sim = await startSimulator(options);
  return sim;
}
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const ERROR_TITLE = '<title>.:: Pagina de Error ::.</title>';
const TOKEN_PROBLEM =
  '<p class="error">Surgieron problemas al procesar la consulta por n&uacute;mero de ruc.</p>';

describe('a query without a token', () => {
  it.each([
    ['missing', null],
    ['empty', ''],
  ])('gets SUNAT error template when the token is %s, and is counted', async (_, token) => {
    const { url } = await start();
    const res = await query(url, browserFields('20131312955', { token }));
    expect(res.status).toBe(200);
    expect(res.text).toContain(ERROR_TITLE);
    expect(res.text).toContain(
      '<div class="msg">La aplicaci&oacute;n ha retornado el siguiente problema :</div>',
    );
    expect(res.text).toContain(TOKEN_PROBLEM);
    expect(sim?.counts()).toEqual({ total: 1, byRuc: { '20131312955': 1 } });
  });

  it('is answered the error template on a GET too, since a GET carries no form', async () => {
    const { url } = await start();
    const res = await fetch(
      `${url}${QUERY_PATH}?accion=consPorRuc&nroRuc=20131312955&token=x&modo=1`,
    );
    expect(Buffer.from(await res.arrayBuffer()).toString('latin1')).toContain(ERROR_TITLE);
  });

  it('gets the error template when the body is not a urlencoded form', async () => {
    const { url } = await start();
    const res = await fetch(`${url}${QUERY_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ accion: 'consPorRuc', nroRuc: '20131312955', token: 'x', modo: '1' }),
    });
    expect(await res.text()).toContain(TOKEN_PROBLEM);
  });
});

describe('a query for a captured RUC', () => {
  it.each([
    ['20440374248', 'consulta-20440374248.html'],
    ['20146806679', 'consulta-20146806679.html'],
    ['10401510465', 'consulta-10401510465-persona-natural.html'],
  ])('answers %s with the capture, byte for byte', async (ruc, file) => {
    const { url } = await start();
    const res = await query(url, browserFields(ruc));
    expect(res.status).toBe(200);
    expect(res.bytes.equals(fixture(file))).toBe(true);
  });

  it('works with the reported minimal field set (accion, nroRuc, token, modo=1)', async () => {
    const { url } = await start();
    const res = await query(url, 'accion=consPorRuc&nroRuc=20440374248&token=abc&modo=1');
    expect(res.bytes.equals(fixture('consulta-20440374248.html'))).toBe(true);
  });
});

describe('a query for another valid RUC', () => {
  it('gets a generated result page: ISO-8859-1 bytes, the RUC row and a Lima-time footer', async () => {
    const { url } = await start();
    const before = new Date();
    const res = await query(url, browserFields('20131312955'));
    expect(res.status).toBe(200);
    expect(res.text).toContain('<title>SUNAT - Consulta RUC</title>');
    expect(res.text).toMatch(/<h4 class="list-group-item-heading">20131312955 - [^<]+<\/h4>/);
    expect(res.text).toContain(RESULT_MARKER);
    const footer = /<small>Fecha consulta: (\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})<\/small>/.exec(
      res.text,
    );
    expect(footer).not.toBeNull();
    const lima = new Date(before.getTime() - 5 * 3600_000);
    expect(Number(footer?.[3])).toBe(lima.getUTCFullYear());
    // Raw ISO-8859-1: "Búsqueda" is the byte 0xFA, not UTF-8's C3 BA.
    expect(res.bytes.includes(Buffer.from('B\xfasqueda', 'latin1'))).toBe(true);
    expect(res.bytes.includes(Buffer.from('Búsqueda', 'utf8'))).toBe(false);
  });

  it('gets the same taxpayer on every query', async () => {
    const { url } = await start();
    const first = await query(url, browserFields('20131312955'));
    const second = await query(url, browserFields('20131312955'));
    const rows = (page: string) => page.slice(0, page.indexOf(RESULT_MARKER));
    expect(rows(second.text)).toBe(rows(first.text));
  });
});

describe('a query for a RUC SUNAT does not accept', () => {
  const NO_VALIDO = (ruc: string) =>
    `El n\xfamero de RUC ${ruc} consultado no es v\xe1lido. Debe verificar el n\xfamero y volver a ingresar.`;

  it.each([
    ['a wrong check digit', '20131312954'],
    ['10 digits', '2013131295'],
    ['a prefix SUNAT does not assign', '30131312955'],
    ['letters', '2013131295a'],
  ])('answers "no válido" in div.panel-body for %s', async (_, ruc) => {
    const { url } = await start();
    const res = await query(url, browserFields(ruc));
    expect(res.status).toBe(200);
    expect(res.text).toContain('<title>SUNAT - Consulta RUC</title>');
    expect(res.text).toContain('Resultado de la B\xfasqueda');
    expect(res.text).toMatch(/<div class="panel-body">\s*El n\xfamero de RUC/);
    expect(res.text).toContain(NO_VALIDO(ruc));
    expect(res.text).not.toContain('Tipo Contribuyente');
  });

  it('answers "no válido" for a valid RUC listed in notFoundRucs, captured ones included', async () => {
    const { url } = await start({ notFoundRucs: ['20131312955', '20440374248'] });
    for (const ruc of ['20131312955', '20440374248']) {
      expect((await query(url, browserFields(ruc))).text).toContain(NO_VALIDO(ruc));
    }
    expect((await query(url, browserFields('20100070970'))).text).toContain(RESULT_MARKER);
  });

  it('follows setNotFound while running', async () => {
    const s = await start();
    s.setNotFound(['20100070970']);
    expect((await query(s.url, browserFields('20100070970'))).text).toContain(
      NO_VALIDO('20100070970'),
    );
    s.setNotFound([]);
    expect((await query(s.url, browserFields('20100070970'))).text).toContain(RESULT_MARKER);
  });
});

describe('other accion and modo values', () => {
  it('answers another, table-based layout when modo is not 1', async () => {
    const { url } = await start();
    for (const modo of ['0', null]) {
      const res = await query(url, browserFields('20131312955', { modo }));
      expect(res.status).toBe(200);
      expect(res.text).toContain('<title>SUNAT - Consulta RUC</title>');
      expect(res.text).toContain('<td class="bg" colspan="3">20131312955 - ');
      expect(res.text).not.toContain('list-group');
    }
  });

  it('answers consPorRazonSoc with the captured list', async () => {
    const { url } = await start();
    const res = await query(
      url,
      'accion=consPorRazonSoc&razSoc=WAKABAYASHI&token=abc&modo=1&rbtnTipo=3',
    );
    expect(res.bytes.equals(fixture('lista-por-razon-social.html'))).toBe(true);
  });

  it('answers an accion it does not know with the error template "No autorizado."', async () => {
    const { url } = await start();
    const res = await query(url, 'accion=getRepLeg&nroRuc=20440374248&token=abc&modo=1');
    expect(res.text).toContain('<p class="error">No autorizado.</p>');
  });
});

describe('Content-Type of answers', () => {
  it("says text/html with no charset by default, while the page's meta says utf-8", async () => {
    const { url } = await start();
    const res = await query(url, browserFields('20440374248'));
    expect(res.headers.get('content-type')).toBe('text/html');
    expect(res.text).toContain('<meta charset="utf-8">');
  });

  it("says ISO-8859-1 with contentTypeCharset 'iso-8859-1', and follows the setter", async () => {
    const s = await start({ contentTypeCharset: 'iso-8859-1' });
    const res = await query(s.url, browserFields('20131312955'));
    expect(res.headers.get('content-type')).toBe('text/html;charset=ISO-8859-1');
    s.setContentTypeCharset('none');
    expect((await query(s.url, browserFields('20131312955'))).headers.get('content-type')).toBe(
      'text/html',
    );
  });
});

describe('latency', () => {
  it('delays answers to queries by latencyMs, and follows setLatency', async () => {
    const s = await start({ latencyMs: 250 });
    let t0 = performance.now();
    await query(s.url, browserFields('20131312955'));
    expect(performance.now() - t0).toBeGreaterThanOrEqual(240);
    s.setLatency([0, 0]);
    t0 = performance.now();
    await query(s.url, browserFields('20131312955'));
    expect(performance.now() - t0).toBeLessThan(200);
  });

  it('does not delay the search form', async () => {
    const s = await start({ latencyMs: 1000 });
    const t0 = performance.now();
    await (await fetch(`${s.url}/cl-ti-itmrconsruc/FrameCriterioBusquedaWeb.jsp`)).arrayBuffer();
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe('resources the result page references', () => {
  it('answers /a/js/libs/... with a quick 404', async () => {
    const { url } = await start();
    const signal = AbortSignal.timeout(2000);
    for (const path of [
      '/a/js/libs/jquery/1.11.1/jquery.min.js',
      '/a/js/libs/bootstrap/3.3.1/css/bootstrap.min.css',
      '/a/js/apps/workspace/ws.js',
    ]) {
      const res = await fetch(`${url}${path}`, { signal });
      expect(res.status).toBe(404);
      await res.arrayBuffer();
    }
  });
});

describe('closing', () => {
  it('ends a request that is waiting out its latency, and then refuses connections', async () => {
    const s = await start({ latencyMs: 60_000 });
    const pending = query(s.url, browserFields('20131312955'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const t0 = performance.now();
    await s.close();
    await expect(pending).rejects.toThrow();
    expect(performance.now() - t0).toBeLessThan(1000);
    await expect(
      fetch(`${s.url}/cl-ti-itmrconsruc/FrameCriterioBusquedaWeb.jsp`),
    ).rejects.toThrow();
  });
});
