import { describe, expect, it } from 'vitest';
import {
  collapseWhitespace,
  decodeEntities,
  htmlToText,
  splitAtBreaks,
  stripComments,
} from '../src/sunat/html-text.js';

describe('html-text helpers', () => {
  it("decodes the named entities of SUNAT's Spanish pages", () => {
    expect(decodeEntities('N&uacute;mero Inscripci&oacute;n &Ntilde;A&ntilde;o &Aacute;rea')).toBe(
      'Número Inscripción ÑAño Área',
    );
    expect(
      decodeEntities('&iquest;Ping&uuml;ino? &iexcl;S&iacute;! N&ordm; 1 &ordf; 20&deg;'),
    ).toBe('¿Pingüino? ¡Sí! Nº 1 ª 20°');
    expect(decodeEntities('&lt;b&gt; &amp; &quot;x&quot; &apos;y&apos;')).toBe('<b> & "x" \'y\'');
  });

  it('decodes decimal and hexadecimal references and leaves invalid ones visible', () => {
    expect(decodeEntities('Emisi&#243;n Electr&#xF3;nica &#X00D1;')).toBe('Emisión Electrónica Ñ');
    expect(decodeEntities('&#0; &#x110000; &#xD800;')).toBe('&#0; &#x110000; &#xD800;');
  });

  it('leaves unknown named entities as they are', () => {
    expect(decodeEntities('&bogus; &amp')).toBe('&bogus; &amp');
  });

  it('turns CR, LF, tabs and no-break spaces into single spaces', () => {
    expect(collapseWhitespace('\r\n\t DNI  40151046 \r\n\t\t - PEREZ\u00a0\u00a0, JUAN\r\n')).toBe(
      'DNI 40151046 - PEREZ , JUAN',
    );
  });

  it('strips comments, including one left open at the end', () => {
    expect(
      stripComments('a<!-- x -->b<!--[if lt IE 9]><script></script><![endif]-->c<!-- open'),
    ).toBe('abc');
  });

  it('reads the visible text of a fragment', () => {
    expect(htmlToText('<p class="x">Condici&oacute;n<!-- no --> <b>HABIDO</b>&nbsp;</p>')).toBe(
      'Condición HABIDO',
    );
  });

  it('splits at <br>, <br/> and the invalid </br> alike', () => {
    expect(splitAtBreaks('a<br>b<br/>c</br>d<BR />e')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
