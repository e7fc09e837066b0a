import {
  type PageOutcome,
  parseResultPage,
  type TaxpayerRecord,
  taxpayerRecordSchema,
} from '@consulta-ruc/shared';
import { describe, expect, it } from 'vitest';
import {
  appendRows,
  captureBytes,
  captureText,
  extraRow,
  latin1,
  paddedAddress,
  replaceOnce,
  setParagraph,
} from './sunat-pages.js';

const FETCHED_AT = new Date('2026-03-02T14:05:09.123Z');

/** Parses with a fixed fetch time and fails the test unless the page gave a record. */
function recordOf(input: Uint8Array | string, contentType?: string): TaxpayerRecord {
  const outcome = parseResultPage(input, { fetchedAt: FETCHED_AT, contentType });
  if (outcome.kind !== 'record') {
    throw new Error(`expected a record, got ${outcome.kind}: ${JSON.stringify(outcome)}`);
  }
  return outcome.record;
}

function expectUnknownLayout(outcome: PageOutcome, reason: RegExp, page: string): void {
  expect(outcome.kind).toBe('unknown-layout');
  if (outcome.kind !== 'unknown-layout') return;
  expect(outcome.reason).toMatch(reason);
  expect(outcome.snippet).toBe(page.slice(0, 2048));
}

const GOBIERNO_REGIONAL: TaxpayerRecord = {
  ruc: '20440374248',
  razonSocial: 'GOBIERNO REGIONAL LA LIBERTAD',
  tipoContribuyente: 'GOBIERNO REGIONAL, LOCAL',
  tipoDocumento: null,
  nombreComercial: null,
  fechaInscripcion: '2003-01-09',
  fechaInicioActividades: '2003-01-09',
  estado: 'ACTIVO',
  fechaBaja: null,
  condicion: 'HABIDO',
  domicilioFiscal: 'CAL.LOS BRILLANTES NRO. 650 URB. SANTA INES LA LIBERTAD - TRUJILLO - TRUJILLO',
  direccion: 'CAL.LOS BRILLANTES NRO. 650 URB. SANTA INES',
  departamento: 'LA LIBERTAD',
  provincia: 'TRUJILLO',
  distrito: 'TRUJILLO',
  sistemaEmision: 'MANUAL',
  actividadComercioExterior: 'SIN ACTIVIDAD',
  sistemaContabilidad: 'COMPUTARIZADO',
  actividadesEconomicas: [
    {
      tipo: 'Principal',
      codigo: '8411',
      descripcion: 'ACTIVIDADES DE LA ADMINISTRACIÓN PÚBLICA EN GENERAL',
    },
  ],
  comprobantesPago: ['FACTURA', 'BOLETA DE VENTA', 'COMPROBANTE DE RETENCION'],
  sistemaEmisionElectronica: ['SEE-FACTURADOR . AUTORIZ DESDE 10/01/2017'],
  emisorElectronicoDesde: '2017-01-10',
  comprobantesElectronicos: ['FACTURA (desde 10/01/2017)'],
  afiliadoPleDesde: '2013-01-01',
  padrones: [
    'Incorporado al Régimen de Agentes de Retención de IGV (R.S.101-2003) a partir del 01/06/2003',
  ],
  fechaConsulta: '2021-04-15T15:34:00-05:00',
  fetchedAt: '2026-03-02T14:05:09.123Z',
};

const MOYOBAMBA: TaxpayerRecord = {
  ruc: '20146806679',
  razonSocial: 'MUNICIPALIDAD PROVINCIAL DE MOYOBAMBA',
  tipoContribuyente: 'GOBIERNO REGIONAL, LOCAL',
  tipoDocumento: null,
  nombreComercial: 'BOTICA MUNICIPAL',
  fechaInscripcion: '1993-07-01',
  fechaInicioActividades: '1920-01-01',
  estado: 'ACTIVO',
  fechaBaja: null,
  condicion: 'HABIDO',
  domicilioFiscal: 'JR. PEDRO CANGA NRO. 262 SAN MARTIN - MOYOBAMBA - MOYOBAMBA',
  direccion: 'JR. PEDRO CANGA NRO. 262',
  departamento: 'SAN MARTIN',
  provincia: 'MOYOBAMBA',
  distrito: 'MOYOBAMBA',
  sistemaEmision: 'MANUAL',
  actividadComercioExterior: 'SIN ACTIVIDAD',
  sistemaContabilidad: 'MANUAL',
  actividadesEconomicas: [
    {
      tipo: 'Principal',
      codigo: '8411',
      descripcion: 'ACTIVIDADES DE LA ADMINISTRACIÓN PÚBLICA EN GENERAL',
    },
    {
      tipo: 'Secundaria 1',
      codigo: '8690',
      descripcion: 'OTRAS ACTIVIDADES DE ATENCIÓN DE LA SALUD HUMANA',
    },
    {
      tipo: 'Secundaria 2',
      codigo: '4772',
      descripcion:
        'VENTA AL POR MENOR DE PRODUCTOS FARMACÉUTICOS Y MÉDICOS, COSMÉTICOS Y ARTÍCULOS DE TOCADOR EN COMERCIOS ESPECIALIZADOS',
    },
  ],
  comprobantesPago: ['FACTURA', 'BOLETA DE VENTA', 'LIQUIDACION DE COMPRA'],
  sistemaEmisionElectronica: [],
  emisorElectronicoDesde: null,
  comprobantesElectronicos: [],
  afiliadoPleDesde: null,
  padrones: [],
  fechaConsulta: '2021-04-15T15:47:00-05:00',
  fetchedAt: '2026-03-02T14:05:09.123Z',
};

const PERSONA_NATURAL: TaxpayerRecord = {
  ruc: '10401510465',
  razonSocial: 'PEREZ - JUAN',
  tipoContribuyente: 'PERSONA NATURAL SIN NEGOCIO',
  tipoDocumento: 'DNI 40151046 - PEREZ , JUAN',
  nombreComercial: null,
  fechaInscripcion: '2010-11-18',
  fechaInicioActividades: '2010-11-18',
  estado: 'ACTIVO',
  fechaBaja: null,
  condicion: 'HABIDO',
  domicilioFiscal: null,
  direccion: null,
  departamento: null,
  provincia: null,
  distrito: null,
  sistemaEmision: 'MANUAL',
  actividadComercioExterior: 'SIN ACTIVIDAD',
  sistemaContabilidad: 'MANUAL',
  actividadesEconomicas: [
    { tipo: 'Principal', codigo: '93098', descripcion: 'OTRAS ACTIVID.DE TIPO SERVICIO NCP' },
  ],
  comprobantesPago: [],
  sistemaEmisionElectronica: [],
  emisorElectronicoDesde: null,
  comprobantesElectronicos: [],
  afiliadoPleDesde: null,
  padrones: [],
  fechaConsulta: '2021-04-15T15:50:00-05:00',
  fetchedAt: '2026-03-02T14:05:09.123Z',
};

describe('parseResultPage on the captured result pages', () => {
  it('reads every field of an ordinary legal entity (GOBIERNO REGIONAL LA LIBERTAD)', () => {
    expect(recordOf(captureBytes('consulta-20440374248.html'))).toEqual(GOBIERNO_REGIONAL);
  });

  it('reads several activities, comprobantes and a bare "-" electronic system (MOYOBAMBA)', () => {
    expect(recordOf(captureBytes('consulta-20146806679.html'))).toEqual(MOYOBAMBA);
  });

  it('reads a persona natural: Tipo de Documento, Domicilio "-", misspelt Contabilidiad', () => {
    expect(recordOf(captureBytes('consulta-10401510465-persona-natural.html'))).toEqual(
      PERSONA_NATURAL,
    );
  });

  it('ignores the commented-out "Razón Social: eeee" row', () => {
    const page = captureText('consulta-20440374248.html');
    // Guard: the trap is really in the capture.
    expect(page).toMatch(/<!-- <div class="list-group-item">[\s\S]*?eeee[\s\S]*?-->/);
    expect(recordOf(latin1(page)).razonSocial).toBe('GOBIERNO REGIONAL LA LIBERTAD');
    expect(JSON.stringify(recordOf(latin1(page)))).not.toContain('eeee');
  });

  it('puts the keys in the schema order, with fetchedAt last', () => {
    const record = recordOf(captureBytes('consulta-20146806679.html'));
    expect(Object.keys(record)).toEqual(Object.keys(taxpayerRecordSchema.shape));
    expect(Object.keys(record).at(-1)).toBe('fetchedAt');
    expect(JSON.stringify(record).endsWith('"fetchedAt":"2026-03-02T14:05:09.123Z"}')).toBe(true);
  });

  it('stamps fetchedAt with the current time when none is given', () => {
    const before = Date.now();
    const outcome = parseResultPage(captureBytes('consulta-20440374248.html'));
    const after = Date.now();
    expect(outcome.kind).toBe('record');
    if (outcome.kind !== 'record') return;
    const stamped = Date.parse(outcome.record.fetchedAt);
    expect(stamped).toBeGreaterThanOrEqual(before);
    expect(stamped).toBeLessThanOrEqual(after);
    expect(outcome.record.fetchedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });
});

describe('parseResultPage decoding', () => {
  it('gives the same record from the bytes and from the already decoded string', () => {
    const bytes = captureBytes('consulta-20146806679.html');
    expect(recordOf(bytes.toString('latin1'))).toEqual(recordOf(bytes));
    expect(recordOf(bytes.toString('latin1'))).toEqual(MOYOBAMBA);
  });

  it('reads the same accented values from a page re-encoded as UTF-8', () => {
    const utf8 = Buffer.from(captureText('consulta-20146806679.html'), 'utf8');
    expect(recordOf(utf8)).toEqual(MOYOBAMBA);
  });

  it('honours a Content-Type header that names ISO-8859-1', () => {
    const bytes = captureBytes('consulta-20440374248.html');
    expect(recordOf(bytes, 'text/html; charset=ISO-8859-1')).toEqual(GOBIERNO_REGIONAL);
  });

  it('reads raw accented bytes in values (IÑAPARI) from ISO-8859-1 bytes', () => {
    const page = setParagraph(
      captureText('consulta-20440374248.html'),
      'Domicilio Fiscal:',
      paddedAddress('AV. LEON VELARDE NRO. 10 MADRE DE DIOS', 'TAHUAMANU', 'IÑAPARI'),
    );
    expect(recordOf(latin1(page)).distrito).toBe('IÑAPARI');
  });
});

describe('parseResultPage on rows no capture shows', () => {
  it('splits "BAJA DE OFICIO </br> Fecha de Baja: 31/10/2016" into estado and fechaBaja', () => {
    const page = setParagraph(
      captureText('consulta-20440374248.html'),
      'Estado del Contribuyente:',
      'BAJA DE OFICIO \r\n\t\t\t </br> Fecha de Baja: 31/10/2016\r\n\t\t\t',
    );
    const record = recordOf(latin1(page));
    expect(record.estado).toBe('BAJA DE OFICIO');
    expect(record.fechaBaja).toBe('2016-10-31');
  });

  it.each([['<br>'], ['<br/>'], ['<BR />']])('treats %s like </br> in the estado', (br) => {
    const page = setParagraph(
      captureText('consulta-20440374248.html'),
      'Estado del Contribuyente:',
      `BAJA DEFINITIVA ${br} Fecha de Baja: 05/02/2019`,
    );
    const record = recordOf(latin1(page));
    expect(record.estado).toBe('BAJA DEFINITIVA');
    expect(record.fechaBaja).toBe('2019-02-05');
  });

  it('drops the note after "NO HABIDO </br>" in the condición', () => {
    const page = setParagraph(
      captureText('consulta-20440374248.html'),
      'Condici&oacute;n del Contribuyente:',
      '\r\n\t\t\t\t\t\tNO HABIDO </br> Deber&aacute; declarar el nuevo domicilio fiscal o ' +
        'confirmar el actual, de acuerdo a lo dispuesto en la Resoluci&oacute;n de ' +
        'Superintendencia N&ordm; 157-2006/SUNAT, en un plazo no mayor a 15 d&iacute;as.\r\n\t\t',
    );
    const record = recordOf(latin1(page));
    expect(record.condicion).toBe('NO HABIDO');
    expect(record.estado).toBe('ACTIVO');
  });

  it('reads the label spelt "Sistema Contabilidad:" (2025 spelling)', () => {
    const page = replaceOnce(
      captureText('consulta-20440374248.html'),
      'Sistema Contabilidiad:',
      'Sistema Contabilidad:',
    );
    expect(recordOf(latin1(page)).sistemaContabilidad).toBe('COMPUTARIZADO');
  });

  it('splits comma-joined Comprobantes Electrónicos', () => {
    const page = setParagraph(
      captureText('consulta-20440374248.html'),
      'Comprobantes Electr&oacute;nicos:',
      'FACTURA (desde 23/03/2015),BOLETA (desde 25/10/2018)',
    );
    expect(recordOf(latin1(page)).comprobantesElectronicos).toEqual([
      'FACTURA (desde 23/03/2015)',
      'BOLETA (desde 25/10/2018)',
    ]);
  });

  it.each([
    [
      'MADRE DE DIOS',
      'AV. LEON VELARDE NRO. 10 MADRE DE DIOS',
      'TAMBOPATA',
      'TAMBOPATA',
      'AV. LEON VELARDE NRO. 10',
    ],
    [
      'SAN MARTIN',
      'JR. ALONSO DE ALVARADO NRO. 300 SAN MARTIN',
      'MOYOBAMBA',
      'MOYOBAMBA',
      'JR. ALONSO DE ALVARADO NRO. 300',
    ],
    [
      'LIMA',
      'AV. GARCILASO DE LA VEGA NRO. 1472  LIMA',
      'LIMA',
      'LIMA',
      'AV. GARCILASO DE LA VEGA NRO. 1472',
    ],
  ])('splits a padded address in %s', (departamento, first, provincia, distrito, direccion) => {
    const page = setParagraph(
      captureText('consulta-20440374248.html'),
      'Domicilio Fiscal:',
      paddedAddress(first, provincia, distrito),
    );
    const record = recordOf(latin1(page));
    expect(record.direccion).toBe(direccion);
    expect(record.departamento).toBe(departamento);
    expect(record.provincia).toBe(provincia);
    expect(record.distrito).toBe(distrito);
    expect(record.domicilioFiscal).toBe(
      `${direccion} ${departamento} - ${provincia} - ${distrito}`,
    );
  });

  it('feeds fechaBaja from a "Fecha de Baja:" row and ignores "Profesión u Oficio:"', () => {
    const page = appendRows(
      captureText('consulta-20440374248.html'),
      extraRow('Fecha de Baja:', '15/08/2020') + extraRow('Profesión u Oficio:', 'ABOGADO'),
    );
    const record = recordOf(latin1(page));
    expect(record.fechaBaja).toBe('2020-08-15');
    expect(record).toEqual({ ...GOBIERNO_REGIONAL, fechaBaja: '2020-08-15' });
  });

  it('ignores a label it does not know', () => {
    const page = appendRows(
      captureText('consulta-20146806679.html'),
      extraRow('Categor&iacute;a Nueva:', 'ALGO NUEVO'),
    );
    expect(recordOf(latin1(page))).toEqual(MOYOBAMBA);
  });

  it('gives a null fechaConsulta when the footer is missing', () => {
    const page = replaceOnce(
      captureText('consulta-20440374248.html'),
      /<small>Fecha consulta:[^<]*<\/small>/,
      '',
    );
    const record = recordOf(latin1(page));
    expect(record.fechaConsulta).toBeNull();
    expect(record.ruc).toBe('20440374248');
  });
});

describe('parseResultPage on pages that are not a result', () => {
  it('reports a RUC SUNAT does not know as not-found, with the RUC and the sentence', () => {
    const page =
      '<!DOCTYPE html>\r\n<html lang="es">\r\n<head><meta charset="utf-8">' +
      '<title>SUNAT - Consulta RUC</title></head>\r\n<body>\r\n' +
      '<div class="panel panel-primary">\r\n<div class="panel-heading">Resultado de la Búsqueda</div>\r\n' +
      '<div class="panel-body">\r\n\t\t\tEl número de RUC 20999999999 consultado no es válido.\r\n' +
      '\t\t\tDebe verificar el número y volver a ingresar.\r\n</div>\r\n</div>\r\n</body>\r\n</html>\r\n';
    expect(parseResultPage(latin1(page))).toEqual({
      kind: 'not-found',
      ruc: '20999999999',
      message:
        'El número de RUC 20999999999 consultado no es válido. Debe verificar el número y volver a ingresar.',
    });
  });

  it('reads the not-found sentence when written with entities and without a RUC', () => {
    const page =
      '<html><body><div class="panel-body"><p>El n&uacute;mero de RUC  consultado no es ' +
      'v&aacute;lido.</p></div></body></html>';
    expect(parseResultPage(latin1(page))).toEqual({
      kind: 'not-found',
      ruc: null,
      message: 'El número de RUC consultado no es válido.',
    });
  });

  it("reports SUNAT's error template as sunat-error with the p.error text", () => {
    const page =
      '<html>\r\n<head><title>.:: Pagina de Error ::.</title></head>\r\n<body>\r\n' +
      '<div class="msg">La aplicaci&oacute;n ha retornado el siguiente problema :</div>' +
      '<p class="error">Surgieron problemas al procesar la consulta por número de ruc.</p>\r\n' +
      '</body>\r\n</html>\r\n';
    expect(parseResultPage(latin1(page))).toEqual({
      kind: 'sunat-error',
      message: 'Surgieron problemas al procesar la consulta por número de ruc.',
    });
  });

  it('reports "No autorizado." from the error template', () => {
    const page =
      '<html><head><title>.:: Pagina de Error ::.</title></head><body>' +
      '<div class="msg">La aplicaci&oacute;n ha retornado el siguiente problema :</div>' +
      '<p class="error">\r\n\tNo autorizado.\r\n</p></body></html>';
    expect(parseResultPage(latin1(page))).toEqual({
      kind: 'sunat-error',
      message: 'No autorizado.',
    });
  });

  it("reports the F5 firewall's Request Rejected page as waf-rejected with its support ID", () => {
    const page =
      '<html><head><title>Request Rejected</title></head><body>The requested URL was rejected. ' +
      'Please consult with your administrator.<br><br>Your support ID is: 1234567890123456789' +
      "<br><br><a href='javascript:history.back();'>[Go Back]</a></body></html>";
    expect(parseResultPage(latin1(page))).toEqual({
      kind: 'waf-rejected',
      supportId: '1234567890123456789',
    });
  });

  it('reports the list page of a search by name as unknown-layout', () => {
    const bytes = captureBytes('lista-por-razon-social.html');
    const outcome = parseResultPage(bytes);
    expectUnknownLayout(outcome, /list-group/, bytes.toString('latin1'));
  });

  it('reports a truncated page (first half of a capture) as unknown-layout', () => {
    const whole = captureText('consulta-20440374248.html');
    const half = whole.slice(0, Math.floor(whole.length / 2));
    // Guard: the cut falls inside the result list, after the RUC row.
    expect(half).toContain('20440374248 - GOBIERNO REGIONAL LA LIBERTAD');
    expect(half).not.toContain('fin list-group');
    expectUnknownLayout(parseResultPage(latin1(half)), /fin list-group/, half);
  });

  it('never reads garbled bytes as a record', () => {
    // A fixed pseudo-random sequence, so that a failure can be reproduced.
    let seed = 0x2545f491;
    const bytes = Uint8Array.from({ length: 6000 }, () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 24;
    });
    const outcome = parseResultPage(bytes);
    expect(outcome.kind).toBe('unknown-layout');
    if (outcome.kind !== 'unknown-layout') return;
    expect(outcome.reason).toMatch(/title/);
    expect(outcome.snippet).toHaveLength(2048);
  });

  it('never reads a capture whose bytes were scrambled mid-list as a record', () => {
    const bytes = captureBytes('consulta-20146806679.html');
    const start = bytes.indexOf('Tipo Contribuyente');
    const scrambled = Buffer.from(bytes);
    for (let i = start; i < start + 4000; i++) scrambled[i] = (scrambled[i] ?? 0) ^ 0x5a;
    expect(parseResultPage(scrambled).kind).toBe('unknown-layout');
  });

  it('reports a RUC row with an empty name as unknown-layout, never a record', () => {
    const page = replaceOnce(
      captureText('consulta-20440374248.html'),
      '20440374248 - GOBIERNO REGIONAL LA LIBERTAD</h4>',
      '20440374248 - </h4>',
    );
    expectUnknownLayout(parseResultPage(latin1(page)), /without a name/, page);
  });

  it('reports a page without the "Número de RUC:" row as unknown-layout', () => {
    const page = replaceOnce(
      captureText('consulta-20440374248.html'),
      'N&uacute;mero de RUC:',
      'N&uacute;mero de Registro:',
    );
    expectUnknownLayout(parseResultPage(latin1(page)), /Número de RUC/, page);
  });

  it.each([
    ['Tipo Contribuyente:', /"Tipo Contribuyente:"/],
    ['Estado del Contribuyente:', /"Estado del Contribuyente:"/],
    ['Condici&oacute;n del Contribuyente:', /"Condición del Contribuyente:"/],
  ])('reports a page without the %s row as unknown-layout', (label, reason) => {
    const page = replaceOnce(captureText('consulta-20440374248.html'), label, 'Otra Cosa:');
    expectUnknownLayout(parseResultPage(latin1(page)), reason, page);
  });

  it('reports a value the record schema rejects as unknown-layout, naming the field', () => {
    const page = setParagraph(
      captureText('consulta-20440374248.html'),
      'Afiliado al PLE desde:',
      'ENERO DEL 2013',
    );
    expectUnknownLayout(parseResultPage(latin1(page)), /afiliadoPleDesde/, page);
  });
});
