import type { Fixtures } from '../fixtures.js';
import { generateTaxpayer } from '../generator/generate-taxpayer.js';
import { renderTaxpayerPage } from '../generator/render-taxpayer-page.js';
import { type Answer, latin1Page, sunatHtmlType } from '../http/answer.js';
import type { ContentTypeCharset } from '../options.js';
import { errorTemplatePage } from '../pages/error-template-page.js';
import { notValidMessage, notValidPage } from '../pages/not-valid-page.js';
import { tableLayoutMessagePage, tableLayoutTaxpayerPage } from '../pages/table-layout-page.js';
import { isValidRuc } from '../ruc-check-digit.js';

export interface ApplicationContext {
  fixtures: Fixtures;
  notFoundRucs: ReadonlySet<string>;
  contentTypeCharset: ContentTypeCharset;
  now: Date;
}

/** A RUC SUNAT would answer with a taxpayer (valid and not listed as unknown). */
export function isKnownRuc(nroRuc: string, ctx: ApplicationContext): boolean {
  return isValidRuc(nroRuc) && !ctx.notFoundRucs.has(nroRuc);
}

/**
 * What SUNAT's application answers to a POST on jcrS00Alias with these form fields, once the
 * firewall has let it through. Always HTTP 200, as SUNAT answers its errors.
 */
export function applicationAnswer(
  fields: ReadonlyMap<string, string>,
  ctx: ApplicationContext,
): Answer {
  const page = (html: string | Buffer): Answer =>
    latin1Page(html, sunatHtmlType(ctx.contentTypeCharset), true);
  const accion = fields.get('accion') ?? '';
  // The token script fills this field; an empty one is how SUNAT spots a client that skipped it.
  if (!fields.get('token')) return page(errorTemplatePage());
  if (accion === 'consPorRazonSoc') return page(ctx.fixtures.listaPorRazonSocial);
  if (accion !== 'consPorRuc') return page(errorTemplatePage('No autorizado.'));

  const nroRuc = fields.get('nroRuc') ?? '';
  if (fields.get('modo') !== '1') return page(otherLayoutPage(nroRuc, ctx));
  if (!isKnownRuc(nroRuc, ctx)) return page(notValidPage(nroRuc, ctx.now));
  const captured = ctx.fixtures.results.get(nroRuc);
  if (captured) return page(captured);
  return page(renderTaxpayerPage(nroRuc, ctx.now));
}

/** The table-based layout: what SUNAT answers without modo=1, and the unknown-layout fault. */
export function otherLayoutPage(nroRuc: string, ctx: ApplicationContext): string {
  if (!isKnownRuc(nroRuc, ctx)) {
    return tableLayoutMessagePage(notValidMessage(nroRuc.replace(/[^\d]/g, '')), ctx.now);
  }
  return tableLayoutTaxpayerPage(generateTaxpayer(nroRuc), ctx.now);
}
