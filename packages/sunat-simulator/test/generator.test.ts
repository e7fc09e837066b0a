import { describe, expect, it } from 'vitest';
import {
  generateTaxpayer,
  renderTaxpayerHtml,
  renderTaxpayerPage,
  type Taxpayer,
  withCheckDigit,
} from '../src/index.js';
import {
  GOBIERNO_REGIONAL_LA_LIBERTAD,
  MUNICIPALIDAD_MOYOBAMBA,
  PERSONA_NATURAL_PEREZ,
} from './capture-taxpayers.js';
import { fixture } from './helpers.js';

const NOW = new Date('2024-03-05T17:09:00Z');

/** A spread of valid RUCs of every prefix. */
function sampleRucs(count: number): string[] {
  const prefixes = ['10', '20', '15', '16', '17'];
  return Array.from({ length: count }, (_, i) =>
    withCheckDigit(`${prefixes[i % prefixes.length]}${String(10_000_000 + i * 7919).slice(-8)}`),
  );
}

const SAMPLE = sampleRucs(600).map((ruc) => ({ ruc, t: generateTaxpayer(ruc) }));
const some = (predicate: (t: Taxpayer) => boolean) => SAMPLE.filter(({ t }) => predicate(t));

describe('renderTaxpayerHtml', () => {
  it.each([
    [GOBIERNO_REGIONAL_LA_LIBERTAD, 'consulta-20440374248.html', '2021-04-15T20:34:00Z'],
    [MUNICIPALIDAD_MOYOBAMBA, 'consulta-20146806679.html', '2021-04-15T20:47:00Z'],
    [PERSONA_NATURAL_PEREZ, 'consulta-10401510465-persona-natural.html', '2021-04-15T20:50:00Z'],
  ])('given the data of %s, reproduces the capture byte for byte', (taxpayer, file, when) => {
    const page = Buffer.from(renderTaxpayerHtml(taxpayer, new Date(when)), 'latin1');
    // One capture was saved with trailing blank lines; SUNAT's markup ends at </html>.
    const capture = fixture(file)
      .toString('latin1')
      .replace(/(\r\n)+$/, '');
    expect(page.toString('latin1')).toBe(capture);
  });

  it('writes the footer in Lima time (UTC-5)', () => {
    const page = renderTaxpayerHtml(
      GOBIERNO_REGIONAL_LA_LIBERTAD,
      new Date('2024-01-01T04:30:00Z'),
    );
    expect(page).toContain('<small>Fecha consulta: 31/12/2023 23:30</small>');
    expect(page).toContain('&copy; 1997 - 2023 SUNAT');
  });

  it('spells "Sistema Contabilidiad:" before 2025 and "Sistema Contabilidad:" after', () => {
    expect(renderTaxpayerHtml(PERSONA_NATURAL_PEREZ, new Date('2024-06-01T12:00:00Z'))).toContain(
      '>Sistema Contabilidiad:</h4>',
    );
    expect(renderTaxpayerHtml(PERSONA_NATURAL_PEREZ, new Date('2025-06-01T12:00:00Z'))).toContain(
      '>Sistema Contabilidad:</h4>',
    );
  });
});

describe('renderTaxpayerPage', () => {
  it('gives the same page for the same RUC and time', () => {
    expect(renderTaxpayerPage('20131312955', NOW)).toBe(renderTaxpayerPage('20131312955', NOW));
    expect(generateTaxpayer('20131312955')).toEqual(generateTaxpayer('20131312955'));
  });

  it('gives different taxpayers to different RUCs', () => {
    const names = new Set(SAMPLE.map(({ t }) => t.razonSocial));
    expect(names.size).toBeGreaterThan(SAMPLE.length * 0.8);
  });

  it('is ISO-8859-1 text with CRLF line ends, shaped like a capture', () => {
    for (const { ruc } of SAMPLE.slice(0, 100)) {
      const page = renderTaxpayerPage(ruc, NOW);
      expect([...page].every((ch) => ch.charCodeAt(0) <= 0xff)).toBe(true);
      expect(page).not.toMatch(/[^\r]\n/);
      expect(page.startsWith('\r\n\r\n\r\n\r\n\r\n<!DOCTYPE html>\r\n')).toBe(true);
      expect(page).toContain(`<h4 class="list-group-item-heading">${ruc} - `);
      expect(page).toContain('</div><!-- fin list-group -->');
      expect(page).toContain('<small>Fecha consulta: 05/03/2024 12:09</small>');
      expect(page).toContain('<h4 class="list-group-item-heading">Raz\xf3n Social:</h4>');
    }
  });

  it('throws for a RUC that fails the check digit', () => {
    expect(() => renderTaxpayerPage('20131312954')).toThrow(RangeError);
  });
});

describe('generateTaxpayer', () => {
  it('makes prefix 10 a natural person whose DNI is inside the RUC', () => {
    for (const { ruc, t } of SAMPLE.filter(({ ruc }) => ruc.startsWith('10'))) {
      expect(t.tipoContribuyente).toMatch(/^PERSONA NATURAL (CON|SIN) NEGOCIO$/);
      expect(t.tipoDocumento).toMatchObject({ tipo: 'DNI', numero: ruc.slice(2, 10) });
      expect(t.tipoDocumento?.nombre).toMatch(/^[A-ZÁÉÍÓÚÑ]+ [A-ZÁÉÍÓÚÑ]+ , [A-ZÁÉÍÓÚÑ ]+$/);
      if (t.tipoContribuyente.endsWith('SIN NEGOCIO')) expect(t.domicilio).toBeNull();
      const page = renderTaxpayerPage(ruc, NOW);
      expect(page).toContain(`<p class="list-group-item-text">DNI  ${ruc.slice(2, 10)} \r\n`);
      expect(page).toContain(`\t - ${t.tipoDocumento?.nombre}\r\n`);
      expect(page).not.toContain('<form name="formRepLeg"');
    }
  });

  it('makes prefix 20 a company whose type matches its name', () => {
    const bySuffix: Record<string, string> = {
      'S.A.C.': 'SOCIEDAD ANONIMA CERRADA',
      'E.I.R.L.': 'EMPRESA INDIVIDUAL DE RESP. LTDA',
      'S.A.': 'SOCIEDAD ANONIMA',
      'S.R.L.': 'SOC.COM.RESPONS. LTDA',
    };
    const companies = SAMPLE.filter(({ ruc }) => ruc.startsWith('20'));
    for (const { ruc, t } of companies) {
      expect(t.tipoDocumento).toBeNull();
      expect(t.domicilio).not.toBeNull();
      const suffix = Object.keys(bySuffix).find((s) => t.razonSocial.endsWith(` ${s}`));
      if (suffix) expect(t.tipoContribuyente).toBe(bySuffix[suffix]);
      else expect(t.razonSocial).toMatch(/^(ASOCIACIÓN|MUNICIPALIDAD DISTRITAL DE) /);
      expect(renderTaxpayerPage(ruc, NOW)).toContain('<form name="formRepLeg"');
    }
    const kinds = new Set(companies.map(({ t }) => t.tipoContribuyente));
    expect(kinds.size).toBeGreaterThanOrEqual(5);
  });

  it("writes the fiscal address in SUNAT's fixed-width form", () => {
    const withAddress = some((t) => t.domicilio !== null);
    for (const { ruc, t } of withAddress.slice(0, 50)) {
      const d = t.domicilio as NonNullable<Taxpayer['domicilio']>;
      const expected = `${d.direccion} ${d.departamento.padEnd(131)}- ${d.provincia.padEnd(131)}- ${d.distrito}`;
      expect(renderTaxpayerPage(ruc, NOW)).toContain(
        `<p class="list-group-item-text">${expected}</p>`,
      );
    }
    const departments = new Set(withAddress.map(({ t }) => t.domicilio?.departamento));
    for (const multiWord of ['LA LIBERTAD', 'MADRE DE DIOS', 'SAN MARTIN']) {
      expect(departments).toContain(multiWord);
    }
    expect(departments.size).toBeGreaterThanOrEqual(15);
  });

  it('prints activities as "Principal    - 8411 - DESCRIPTION", 1 to 3 of them', () => {
    const line = /<tr><td>((?:Principal {3}|Secundaria \d) - \d{4,5} {1,2}- [^<]+)<\/td><\/tr>/g;
    for (const { ruc, t } of SAMPLE.slice(0, 100)) {
      const rows = [...renderTaxpayerPage(ruc, NOW).matchAll(line)];
      expect(rows).toHaveLength(t.actividadesEconomicas.length);
      expect(rows.length).toBeGreaterThanOrEqual(1);
      expect(rows.length).toBeLessThanOrEqual(3);
    }
    expect(
      some((t) => t.actividadesEconomicas.some((a) => a.codigo.length === 5)).length,
    ).toBeGreaterThan(0);
    expect(some((t) => t.actividadesEconomicas.length === 3).length).toBeGreaterThan(0);
  });

  it('includes bajas, NO HABIDO notes and other estados', () => {
    const baja = some((t) => t.estado === 'BAJA DE OFICIO')[0];
    expect(baja).toBeDefined();
    expect(renderTaxpayerPage(baja?.ruc ?? '', NOW)).toMatch(
      /<p class="list-group-item-text">BAJA DE OFICIO <\/br> Fecha de Baja: \d{2}\/\d{2}\/\d{4}\r\n/,
    );
    const noHabido = some((t) => t.condicion === 'NO HABIDO')[0];
    expect(renderTaxpayerPage(noHabido?.ruc ?? '', NOW)).toContain(
      'NO HABIDO </br> Deber&aacute; declarar el nuevo domicilio fiscal',
    );
    const estados = new Set(SAMPLE.map(({ t }) => t.estado));
    expect(estados).toEqual(
      new Set(['ACTIVO', 'SUSPENSION TEMPORAL', 'BAJA DE OFICIO', 'BAJA DEFINITIVA']),
    );
  });

  it('varies the table-or-dash values as SUNAT does', () => {
    const bare = some((t) => t.sistemaEmisionElectronica.length === 0)[0];
    expect(renderTaxpayerPage(bare?.ruc ?? '', NOW)).toContain(
      '\r\n\t\t\t\t                 -\r\n',
    );
    const electronic = some((t) => t.comprobantesElectronicos.length === 2)[0];
    expect(renderTaxpayerPage(electronic?.ruc ?? '', NOW)).toMatch(
      /<p class="list-group-item-text">[A-Z]+ \(desde \d{2}\/\d{2}\/\d{4}\),[A-Z]+ \(desde \d{2}\/\d{2}\/\d{4}\)<\/p>/,
    );
    expect(renderTaxpayerPage(electronic?.ruc ?? '', NOW)).toMatch(
      /<tr><td>SEE-[A-Z ]+\. AUTORIZ DESDE \d{2}\/\d{2}\/\d{4}<\/td><\/tr>/,
    );
    expect(some((t) => t.comprobantesPago.length === 0).length).toBeGreaterThan(0);
    const padron = some((t) => t.padrones.length > 0)[0];
    expect(renderTaxpayerPage(padron?.ruc ?? '', NOW)).toContain('Incorporado al R&eacute;gimen');
  });

  it('mixes raw ISO-8859-1 accents and Ñ into values', () => {
    const raw = SAMPLE.filter(({ t }) => /[ÑÁÉÍÓÚ]/.test(t.razonSocial));
    expect(raw.length).toBeGreaterThan(10);
    const page = Buffer.from(renderTaxpayerPage(raw[0]?.ruc ?? '', NOW), 'latin1');
    expect(page.toString('latin1')).toContain(raw[0]?.t.razonSocial);
  });

  it('keeps every date in order: inscription first, baja last', () => {
    const toTime = (d: string) => {
      const [dd, mm, yyyy] = d.split('/').map(Number);
      return Date.UTC(yyyy as number, (mm as number) - 1, dd);
    };
    for (const { t } of some((t) => t.fechaBaja !== null)) {
      const { fechaBaja, ...rest } = t;
      const dates = [...JSON.stringify(rest).matchAll(/\d{2}\/\d{2}\/\d{4}/g)].map((m) =>
        toTime(m[0]),
      );
      expect(Math.max(...dates)).toBeLessThanOrEqual(toTime(fechaBaja as string));
    }
  });
});
