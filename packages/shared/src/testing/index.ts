export { deployProductionBundle, type ProductionBundle } from './production-bundle.js';
export { sampleRecord } from './sample-record.js';
export { testConfig, waitFor } from './test-config.js';
