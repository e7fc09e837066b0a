import { splitDomicilio } from '@consulta-ruc/shared';
import { describe, expect, it } from 'vitest';
import { paddedAddress } from './sunat-pages.js';

describe('splitDomicilio', () => {
  it('splits the padded LA LIBERTAD address of the capture', () => {
    const raw = paddedAddress(
      'CAL.LOS BRILLANTES NRO. 650 URB.  SANTA INES  LA LIBERTAD',
      'TRUJILLO',
      'TRUJILLO',
    );
    expect(splitDomicilio(raw)).toEqual({
      domicilioFiscal:
        'CAL.LOS BRILLANTES NRO. 650 URB. SANTA INES LA LIBERTAD - TRUJILLO - TRUJILLO',
      direccion: 'CAL.LOS BRILLANTES NRO. 650 URB. SANTA INES',
      departamento: 'LA LIBERTAD',
      provincia: 'TRUJILLO',
      distrito: 'TRUJILLO',
    });
  });

  it('recognises a three-word department (MADRE DE DIOS)', () => {
    expect(
      splitDomicilio(paddedAddress('JR. CUZCO NRO. 20 MADRE DE DIOS', 'TAHUAMANU', 'IÑAPARI')),
    ).toEqual({
      domicilioFiscal: 'JR. CUZCO NRO. 20 MADRE DE DIOS - TAHUAMANU - IÑAPARI',
      direccion: 'JR. CUZCO NRO. 20',
      departamento: 'MADRE DE DIOS',
      provincia: 'TAHUAMANU',
      distrito: 'IÑAPARI',
    });
  });

  it('accepts SAN MARTÍN written with its accent, and keeps it as written', () => {
    const parts = splitDomicilio(
      paddedAddress('JR. PEDRO CANGA NRO. 262 SAN MARTÍN', 'MOYOBAMBA', 'MOYOBAMBA'),
    );
    expect(parts.departamento).toBe('SAN MARTÍN');
    expect(parts.direccion).toBe('JR. PEDRO CANGA NRO. 262');
  });

  it('reads LIMA only at the end of the street segment', () => {
    const parts = splitDomicilio(paddedAddress('AV. LIMA NRO. 123 CALLAO', 'CALLAO', 'BELLAVISTA'));
    expect(parts.departamento).toBe('CALLAO');
    expect(parts.direccion).toBe('AV. LIMA NRO. 123');
    expect(parts.provincia).toBe('CALLAO');
    expect(parts.distrito).toBe('BELLAVISTA');
  });

  it('matches whole words only: "CHICA" does not end with ICA', () => {
    const parts = splitDomicilio(paddedAddress('CAL. LA CHICA NRO. 5', 'ICA', 'ICA'));
    expect(parts).toEqual({
      domicilioFiscal: 'CAL. LA CHICA NRO. 5 - ICA - ICA',
      direccion: 'CAL. LA CHICA NRO. 5',
      departamento: null,
      provincia: 'ICA',
      distrito: 'ICA',
    });
  });

  it('keeps provincia and distrito when the department is not recognisable', () => {
    expect(
      splitDomicilio(
        paddedAddress('MZA. A LOTE 3 ASENT.H. LOS PINOS', 'CHICLAYO', 'JOSE LEONARDO ORTIZ'),
      ),
    ).toEqual({
      domicilioFiscal: 'MZA. A LOTE 3 ASENT.H. LOS PINOS - CHICLAYO - JOSE LEONARDO ORTIZ',
      direccion: 'MZA. A LOTE 3 ASENT.H. LOS PINOS',
      departamento: null,
      provincia: 'CHICLAYO',
      distrito: 'JOSE LEONARDO ORTIZ',
    });
  });

  it('falls back to the last two " - " when the padding was already collapsed', () => {
    expect(splitDomicilio('AV. LOS INCAS - SECTOR 2 NRO. 40 PIURA - PIURA - CASTILLA')).toEqual({
      domicilioFiscal: 'AV. LOS INCAS - SECTOR 2 NRO. 40 PIURA - PIURA - CASTILLA',
      direccion: 'AV. LOS INCAS - SECTOR 2 NRO. 40',
      departamento: 'PIURA',
      provincia: 'PIURA',
      distrito: 'CASTILLA',
    });
  });

  it('keeps a " - " inside a padded street segment', () => {
    const parts = splitDomicilio(paddedAddress('AV. GRAU - CDRA. 5 TUMBES', 'TUMBES', 'TUMBES'));
    expect(parts.direccion).toBe('AV. GRAU - CDRA. 5');
    expect(parts.departamento).toBe('TUMBES');
  });

  it('keeps only the whole address when there are no dash segments', () => {
    expect(splitDomicilio('  AV. SIN DATOS NRO. 1 LIMA  ')).toEqual({
      domicilioFiscal: 'AV. SIN DATOS NRO. 1 LIMA',
      direccion: 'AV. SIN DATOS NRO. 1 LIMA',
      departamento: null,
      provincia: null,
      distrito: null,
    });
  });

  it.each([['-'], [' - '], [''], ['\r\n\t-\r\n']])("gives all null for SUNAT's empty %j", (raw) => {
    expect(splitDomicilio(raw)).toEqual({
      domicilioFiscal: null,
      direccion: null,
      departamento: null,
      provincia: null,
      distrito: null,
    });
  });
});
