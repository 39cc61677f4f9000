// The Google Cloud side of the action: credentials, the query, and the Cloud Logging source.
export { createAuthClient, LOGGING_READ_SCOPE } from './auth.js';
export type { AuthDeps, GcpAuth } from './auth.js';
export { buildQuery, explorerUrl } from './query.js';
export type { CloudLoggingQuery } from './query.js';
export { cloudLoggingSource, PAGE_SIZE, REQUESTS_PER_MINUTE } from './cloud-logging-source.js';
export type { CloudLoggingOptions, CloudLoggingStats } from './cloud-logging-source.js';
export { ENV as GCP_ENV } from './endpoints.js';
export { openCloudLoggingSource } from './open-source.js';
