/** Prefixes SUNAT assigns: 10 persona natural, 15/16/17 special cases, 20 persona jurídica. */
export const RUC_PREFIXES = ['10', '15', '16', '17', '20'] as const;

const WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

export type RucRejection = 'length' | 'non-digit' | 'prefix' | 'check-digit';

export type RucValidation =
  | { valid: true; ruc: string }
  | { valid: false; reason: RucRejection; message: string };

/** SUNAT's modulo-11 check digit over the first ten digits of a RUC. */
export function rucCheckDigit(firstTen: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(firstTen[i]) * (WEIGHTS[i] as number);
  const dv = 11 - (sum % 11);
  return dv === 10 ? 0 : dv === 11 ? 1 : dv;
}

/**
 * Validates a RUC and, when it is not valid, says why in words a person can act on.
 * Surrounding white space is not forgiven: callers decide whether to trim.
 */
export function validateRuc(input: string): RucValidation {
  if (!/^\d*$/.test(input)) {
    return {
      valid: false,
      reason: 'non-digit',
      message: 'A RUC has digits only; remove letters, spaces and symbols.',
    };
  }
  if (input.length !== 11) {
    return {
      valid: false,
      reason: 'length',
      message: `A RUC has exactly 11 digits; this one has ${input.length}.`,
    };
  }
  const prefix = input.slice(0, 2);
  if (!(RUC_PREFIXES as readonly string[]).includes(prefix)) {
    return {
      valid: false,
      reason: 'prefix',
      message: `A RUC starts with ${RUC_PREFIXES.join(', ')}; this one starts with ${prefix}.`,
    };
  }
  const expected = rucCheckDigit(input);
  if (Number(input[10]) !== expected) {
    return {
      valid: false,
      reason: 'check-digit',
      message: `The last digit (check digit) should be ${expected}; check the number for a typo.`,
    };
  }
  return { valid: true, ruc: input };
}

export function isValidRuc(input: string): boolean {
  return validateRuc(input).valid;
}
