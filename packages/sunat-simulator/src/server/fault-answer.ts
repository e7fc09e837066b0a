import { type Answer, latin1Page, sunatHtmlType } from '../http/answer.js';
import type { FaultMode } from '../options.js';
import { browserCheckPage } from '../pages/browser-check-page.js';
import { garbledPage, truncatedPage } from '../pages/damaged-page.js';
import { errorTemplatePage } from '../pages/error-template-page.js';
import { wafRejectedPage } from '../pages/waf-rejected-page.js';
import {
  type ApplicationContext,
  applicationAnswer,
  otherLayoutPage,
} from './application-answer.js';

/** Answers of the firewall in front of SUNAT: immediate, whatever the latency setting. */
export function wafAnswer(): Answer {
  return latin1Page(wafRejectedPage(), 'text/html', false);
}

export function browserCheckAnswer(): Answer {
  return latin1Page(browserCheckPage(), 'text/html; charset=utf-8', false);
}

/** What a query faulted with `mode` gets instead of its normal answer. */
export function faultAnswer(
  mode: Exclude<FaultMode, 'none'>,
  fields: ReadonlyMap<string, string>,
  ctx: ApplicationContext,
): Answer {
  const html = sunatHtmlType(ctx.contentTypeCharset);
  const nroRuc = fields.get('nroRuc') ?? '';
  switch (mode) {
    case 'reset':
      return { kind: 'reset' };
    case 'hang':
      return { kind: 'hang' };
    case 'waf':
      return wafAnswer();
    case 'browser-check':
      return browserCheckAnswer();
    case 'http-500':
      return latin1Page('Error 500--Internal Server Error\r\n', 'text/plain', true, 500);
    case 'error-page':
      return latin1Page(errorTemplatePage(), html, true);
    case 'unknown-layout':
      return latin1Page(otherLayoutPage(nroRuc, ctx), html, true);
    case 'truncated':
    case 'garbled': {
      // The page the query would have got, damaged.
      const normal = applicationAnswer(fields, ctx);
      if (normal.kind !== 'page') return normal;
      const body =
        mode === 'truncated' ? truncatedPage(normal.body) : garbledPage(normal.body, nroRuc);
      return { ...normal, body };
    }
  }
}
