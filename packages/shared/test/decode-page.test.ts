import { decodePage } from '@consulta-ruc/shared';
import { describe, expect, it } from 'vitest';
import { captureBytes } from './sunat-pages.js';

const LATIN1_ADMINISTRACION = Buffer.from([
  0x41, 0x44, 0x4d, 0x49, 0x4e, 0x49, 0x53, 0x54, 0x52, 0x41, 0x43, 0x49, 0xd3, 0x4e,
]); // "ADMINISTRACIÓN" in ISO-8859-1: Ó is the single byte 0xD3

describe('decodePage', () => {
  it('reads ISO-8859-1 bytes as windows-1252 when no charset is given', () => {
    expect(decodePage(LATIN1_ADMINISTRACION)).toBe('ADMINISTRACIÓN');
  });

  it('reads valid UTF-8 bytes as UTF-8 when no charset is given', () => {
    expect(decodePage(Buffer.from('IÑAPARI Régimen', 'utf8'))).toBe('IÑAPARI Régimen');
  });

  it("ignores a Content-Type without charset, like the page's misleading meta tag", () => {
    const page = decodePage(captureBytes('consulta-20146806679.html'), 'text/html');
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain('ACTIVIDADES DE LA ADMINISTRACIÓN PÚBLICA EN GENERAL');
  });

  it.each([
    ['text/html; charset=ISO-8859-1'],
    ['text/html;charset=iso-8859-1'],
    ['text/html; charset="latin1"'],
    ['text/html; charset=windows-1252'],
  ])('decodes as windows-1252 under %j', (contentType) => {
    expect(decodePage(LATIN1_ADMINISTRACION, contentType)).toBe('ADMINISTRACIÓN');
  });

  it('reads bytes 0x80-0x9F as windows-1252 characters under an ISO-8859-1 header', () => {
    expect(decodePage(Buffer.from([0x93, 0x41, 0x94]), 'text/html; charset=ISO-8859-1')).toBe(
      '\u201cA\u201d',
    );
  });

  it('uses UTF-8 when the header says so', () => {
    expect(decodePage(Buffer.from('ÁREA', 'utf8'), 'text/html; charset=UTF-8')).toBe('ÁREA');
  });

  it('sniffs when the header names a charset the runtime does not know', () => {
    expect(decodePage(LATIN1_ADMINISTRACION, 'text/html; charset=x-no-such-charset')).toBe(
      'ADMINISTRACIÓN',
    );
  });

  it('returns an already decoded string as it is, minus a byte-order mark', () => {
    expect(decodePage('ADMINISTRACIÓN')).toBe('ADMINISTRACIÓN');
    expect(decodePage('\uFEFF<html>')).toBe('<html>');
  });
});
