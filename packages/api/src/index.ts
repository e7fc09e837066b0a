export type { ApiDeps } from './app/api-deps.js';
export { createApiDeps } from './app/create-api-deps.js';
export { createApp } from './app/create-app.js';
export { JobWaiter } from './lookups/job-waiter.js';
export { LookupService } from './lookups/lookup-service.js';
export { buildOpenApiDocument } from './openapi/openapi-document.js';
