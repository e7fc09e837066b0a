import {
  type Logger,
  type PageOutcome,
  ParseFailedError,
  UpstreamRejectedError,
  UpstreamUnavailableError,
} from '@consulta-ruc/shared';
import type { ScrapeResult, StrategyName } from './scraper.js';

/**
 * Turns a parsed SUNAT page into a result, or throws the classified error. Shared by every
 * strategy so HTTP and browser treat the same page the same way.
 */
export function classifyOutcome(
  outcome: PageOutcome,
  ruc: string,
  strategy: StrategyName,
  logger: Logger,
): ScrapeResult {
  switch (outcome.kind) {
    case 'record':
      if (outcome.record.ruc !== ruc) {
        throw new ParseFailedError(
          `SUNAT answered for RUC ${outcome.record.ruc} when asked for ${ruc}.`,
          '',
        );
      }
      return { kind: 'record', record: outcome.record, strategy };
    case 'not-found':
      return { kind: 'not-found', ruc, message: outcome.message, strategy };
    case 'waf-rejected':
      throw new UpstreamRejectedError(
        `SUNAT's firewall rejected the request${outcome.supportId ? ` (support ID ${outcome.supportId})` : ''}.`,
      );
    case 'sunat-error':
      throw new UpstreamUnavailableError(
        `SUNAT answered its error page: ${outcome.message}`,
        'UPSTREAM_ERROR_PAGE',
      );
    case 'unknown-layout':
      // The page's head is what a person needs to see what SUNAT changed.
      logger.warn('SUNAT page of unknown layout', {
        strategy,
        reason: outcome.reason,
        snippet: outcome.snippet,
      });
      throw new ParseFailedError(
        `SUNAT answered a page we cannot read (${outcome.reason}).`,
        outcome.snippet,
      );
  }
}
