import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SunatSimulator, startSimulator } from '../src/index.js';
import { FORM_PATH } from './helpers.js';

let sim: SunatSimulator;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(() => sim.close());

async function getForm() {
  const res = await fetch(`${sim.url}${FORM_PATH}`);
  const bytes = Buffer.from(await res.arrayBuffer());
  return { res, html: bytes.toString('latin1') };
}

/** name → value of every input of the mainForm, in document order. */
function formInputs(html: string): [string, string][] {
  const form = /<form name="mainForm"[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';
  return [...form.matchAll(/<(?:input|select)\b[^>]*>/g)].map((m) => [
    /\bname="([^"]*)"/.exec(m[0])?.[1] ?? '',
    /\bvalue="([^"]*)"/.exec(m[0])?.[1] ?? '',
  ]);
}

describe('search form page', () => {
  it('is SUNAT-titled HTML in ISO-8859-1 that sets an application-scoped session cookie', async () => {
    const { res, html } = await getForm();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html');
    expect(html).toContain('<title>SUNAT - Consulta RUC</title>');
    expect(res.headers.get('set-cookie')).toMatch(
      /^JSESSIONID=[0-9A-F]{32}; Path=\/cl-ti-itmrconsruc$/,
    );
  });

  it('gives every visit a new session id', async () => {
    const first = (await getForm()).res.headers.get('set-cookie');
    const second = (await getForm()).res.headers.get('set-cookie');
    expect(first).not.toBe(second);
  });

  it('posts mainForm to jcrS00Alias with the fields a browser sends, token empty', async () => {
    const { html } = await getForm();
    expect(html).toMatch(/<form name="mainForm"[^>]*method="post" action="jcrS00Alias"/);
    expect(formInputs(html)).toEqual([
      ['accion', 'consPorRuc'],
      ['razSoc', ''],
      ['nroRuc', ''],
      ['nrodoc', ''],
      ['token', ''],
      ['contexto', 'ti-it'],
      ['modo', '1'],
      ['rbtnTipo', '1'],
      ['search1', ''],
      ['tipdoc', ''],
      ['search2', ''],
      ['search3', ''],
      ['codigo', ''],
    ]);
  });

  it('has the controls scrapers drive', async () => {
    const { html } = await getForm();
    expect(html).toMatch(/<input type="text"[^>]*id="txtRuc" name="search1" maxlength="11"/);
    expect(html).toMatch(/<button type="submit"[^>]*id="btnAceptar"/);
    expect(html).toMatch(/<select[^>]*id="cmbTipoDoc" name="tipdoc"/);
    expect(html).toMatch(/id="txtNumeroDocumento" name="search2"/);
    expect(html).toMatch(/id="txtNombreRazonSocial" name="search3"/);
    for (const id of ['btnPorRuc', 'btnPorDocumento', 'btnPorRazonSocial']) {
      expect(html).toContain(`id="${id}"`);
    }
  });

  it('loads only its own token script, which the server serves', async () => {
    const { html } = await getForm();
    const sources = [...html.matchAll(/<(?:script|link)[^>]*(?:src|href)="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(sources).toEqual(['/cl-ti-itmrconsruc/js/sunatrecaptcha3.js']);
    const script = await fetch(`${sim.url}/cl-ti-itmrconsruc/js/sunatrecaptcha3.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('application/javascript');
    expect(await script.text()).toContain("addEventListener('click'");
  });
});

/** A minimal DOM built from the page's own ids and inputs, enough to run the token script. */
function fakeDocument(html: string) {
  const listeners = new Map<string, (event: { preventDefault(): void }) => void>();
  const elements = new Map<string, Record<string, unknown>>();
  for (const [, id] of html.matchAll(/\bid="([^"]+)"/g)) {
    const el: Record<string, unknown> = {
      value: '',
      className: '',
      textContent: '',
      addEventListener: (type: string, fn: (event: { preventDefault(): void }) => void) => {
        if (type === 'click') listeners.set(id as string, fn);
      },
    };
    elements.set(id as string, el);
  }
  const submitted: Record<string, string>[] = [];
  const form: Record<string, unknown> = {};
  for (const [name, value] of formInputs(html)) form[name] = { value };
  form.submit = () => {
    const values: Record<string, string> = {};
    for (const [name] of formInputs(html)) values[name] = (form[name] as { value: string }).value;
    // Inputs with an id are the same objects as in getElementById.
    values.search1 = String(elements.get('txtRuc')?.value ?? '');
    submitted.push(values);
  };
  const document = {
    forms: { mainForm: form },
    getElementById: (id: string) => elements.get(id) ?? null,
  };
  const click = (id: string) => listeners.get(id)?.({ preventDefault() {} });
  return { document, elements, submitted, click };
}

describe('sunatrecaptcha3.js', () => {
  async function load() {
    const { html } = await getForm();
    const script = await (await fetch(`${sim.url}/cl-ti-itmrconsruc/js/sunatrecaptcha3.js`)).text();
    const dom = fakeDocument(html);
    runInNewContext(script, { document: dom.document, Math });
    return dom;
  }

  it('on #btnAceptar copies #txtRuc into nroRuc, fills a 52-char base-36 token and submits', async () => {
    const dom = await load();
    (dom.elements.get('txtRuc') as { value: string }).value = ' 20131312955 ';
    dom.click('btnAceptar');
    expect(dom.submitted).toHaveLength(1);
    const sent = dom.submitted[0];
    expect(sent?.nroRuc).toBe('20131312955');
    expect(sent?.accion).toBe('consPorRuc');
    expect(sent?.modo).toBe('1');
    expect(sent?.token).toMatch(/^[0-9a-z]{52}$/);
  });

  it('refuses a RUC that is not 11 digits and says why, without submitting', async () => {
    const dom = await load();
    (dom.elements.get('txtRuc') as { value: string }).value = '2013131295';
    dom.click('btnAceptar');
    expect(dom.submitted).toHaveLength(0);
    expect(dom.elements.get('divMensaje')?.textContent).toMatch(/11 d.gitos/);
  });

  it('searches by name after #btnPorRazonSocial, with accion consPorRazonSoc', async () => {
    const dom = await load();
    dom.click('btnPorRazonSocial');
    (dom.elements.get('txtNombreRazonSocial') as { value: string }).value = 'WAKABAYASHI';
    dom.click('btnAceptar');
    expect(dom.submitted[0]?.accion).toBe('consPorRazonSoc');
    expect(dom.submitted[0]?.razSoc).toBe('WAKABAYASHI');
    expect(dom.submitted[0]?.rbtnTipo).toBe('3');
  });
});
