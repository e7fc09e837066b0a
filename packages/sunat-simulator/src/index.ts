export { defaultFixturesDir } from './fixtures.js';
export { generateTaxpayer } from './generator/generate-taxpayer.js';
export { renderTaxpayerHtml, renderTaxpayerPage } from './generator/render-taxpayer-page.js';
export type {
  EconomicActivity,
  Taxpayer,
  TaxpayerAddress,
  TaxpayerDocument,
} from './generator/taxpayer.js';
export {
  type ContentTypeCharset,
  FAULT_MODES,
  type FaultMode,
  type Faults,
  type Latency,
  type RateLimit,
  type RateLimitAction,
  type SimulatorConfig,
  type SimulatorOptions,
} from './options.js';
export { isValidRuc, rucCheckDigit, withCheckDigit } from './ruc-check-digit.js';
export type { SimulatorState } from './server/admin-routes.js';
export { type SunatSimulator, startSimulator } from './simulator.js';
export type { QueryCounts } from './state/query-counts.js';
