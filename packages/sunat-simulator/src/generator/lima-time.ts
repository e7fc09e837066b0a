// Peru keeps UTC-5 all year (no daylight saving), so a fixed offset is exact.
const LIMA_OFFSET_MS = -5 * 60 * 60 * 1000;

const two = (n: number): string => String(n).padStart(2, '0');

function inLima(date: Date): Date {
  return new Date(date.getTime() + LIMA_OFFSET_MS);
}

/** dd/mm/yyyy hh:mm in Lima time, as in the result page footer. */
export function formatFechaConsulta(now: Date): string {
  const lima = inLima(now);
  return `${formatDate(lima)} ${two(lima.getUTCHours())}:${two(lima.getUTCMinutes())}`;
}

/** The year in Lima at that instant. */
export function limaYear(now: Date): number {
  return inLima(now).getUTCFullYear();
}

/** dd/mm/yyyy of a date whose UTC fields hold the calendar day. */
export function formatDate(day: Date): string {
  return `${two(day.getUTCDate())}/${two(day.getUTCMonth() + 1)}/${day.getUTCFullYear()}`;
}
