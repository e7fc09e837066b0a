/** Prefixes SUNAT assigns: 10 persona natural, 15/16/17 other natural persons, 20 companies. */
export const RUC_PREFIXES: readonly string[] = ['10', '15', '16', '17', '20'];

const WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/** SUNAT's modulo-11 check digit over the first ten digits. */
export function rucCheckDigit(firstTen: string): number {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += Number(firstTen[i]) * (WEIGHTS[i] as number);
  const dv = 11 - (sum % 11);
  return dv === 10 ? 0 : dv === 11 ? 1 : dv;
}

/** Whether SUNAT's own form check would accept this number as a RUC. */
export function isValidRuc(ruc: string): boolean {
  if (!/^\d{11}$/.test(ruc)) return false;
  if (!RUC_PREFIXES.includes(ruc.slice(0, 2))) return false;
  return Number(ruc[10]) === rucCheckDigit(ruc);
}

/** Completes ten digits into a valid RUC. */
export function withCheckDigit(firstTen: string): string {
  return `${firstTen}${rucCheckDigit(firstTen)}`;
}
