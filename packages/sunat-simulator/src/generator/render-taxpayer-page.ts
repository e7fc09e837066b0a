import { generateTaxpayer } from './generate-taxpayer.js';
import { formatFechaConsulta, limaYear } from './lima-time.js';
import { RESULT_PAGE_HEAD } from './result-page-head.js';
import { type AccountingLabel, resultPageRows } from './result-page-rows.js';
import { resultPageTail } from './result-page-tail.js';
import type { Taxpayer } from './taxpayer.js';

// SUNAT fixed the "Contabilidiad" typo by 2025 (README); pages dated earlier keep it, as the
// 2021 captures do.
const TYPO_FIXED_YEAR = 2025;

/**
 * The result page SUNAT would answer for this taxpayer at `now`, as a string of ISO-8859-1
 * characters with CRLF line ends (encode it with `Buffer.from(page, 'latin1')`).
 */
export function renderTaxpayerHtml(taxpayer: Taxpayer, now: Date = new Date()): string {
  const year = limaYear(now);
  const accountingLabel: AccountingLabel =
    year < TYPO_FIXED_YEAR ? 'Sistema Contabilidiad:' : 'Sistema Contabilidad:';
  return [
    ...RESULT_PAGE_HEAD,
    ...resultPageRows(taxpayer, accountingLabel),
    ...resultPageTail({
      ruc: taxpayer.ruc,
      desRuc: taxpayer.razonSocial,
      fechaConsulta: formatFechaConsulta(now),
      year,
      legalEntityForms: taxpayer.tipoDocumento === null,
    }),
  ].join('\r\n');
}

/** The result page for the generated taxpayer of a valid RUC (see generateTaxpayer). */
export function renderTaxpayerPage(ruc: string, now: Date = new Date()): string {
  return renderTaxpayerHtml(generateTaxpayer(ruc), now);
}
