export { deleteByPrefix } from './delete-by-prefix.js';
export { freePort } from './free-port.js';
export {
  deployProductionBundle,
  type ProductionBundle,
  type RunningBundle,
  startProductionBundle,
} from './production-bundle.js';
export { createTestRedisServer, type TestRedisServer } from './redis-server.js';
export { sampleRecord } from './sample-record.js';
export { testConfig, waitFor } from './test-config.js';
