import { rucCheckDigit, validateRuc } from '@consulta-ruc/shared';
import { describe, expect, it } from 'vitest';

describe('validateRuc', () => {
  it.each([
    ['20131312955', 'ordinary check digit'],
    ['20100070970', 'check digit from the 10 case'],
    ['20604702811', 'check digit from the 11 case'],
    ['20440374248', 'GOBIERNO REGIONAL LA LIBERTAD'],
    ['10401510465', 'persona natural'],
  ])('accepts %s (%s)', (ruc) => {
    expect(validateRuc(ruc)).toEqual({ valid: true, ruc });
  });

  it.each([
    ['2013131295', 'length', /11 digits; this one has 10/],
    ['201313129551', 'length', /this one has 12/],
    ['', 'length', /this one has 0/],
    ['2013131295a', 'non-digit', /digits only/],
    [' 20131312955', 'non-digit', /digits only/],
    ['2013-131295', 'non-digit', /digits only/],
    ['٢٠١٣١٣١٢٩٥٥', 'non-digit', /digits only/],
    ['30131312955', 'prefix', /starts with 30/],
    ['11131312955', 'prefix', /starts with 11/],
    ['20131312954', 'check-digit', /should be 5/],
    ['20100070971', 'check-digit', /should be 0/],
  ])('rejects %j for its %s', (input, reason, message) => {
    const result = validateRuc(input);
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.reason).toBe(reason);
    expect(result.message).toMatch(message);
  });

  it('maps a remainder of 10 to 0 and 11 to 1', () => {
    expect(rucCheckDigit('2010007097')).toBe(0);
    expect(rucCheckDigit('2060470281')).toBe(1);
  });
});
