// The one call the action and the CLI make for Cloud Logging: credentials from the settings and
// environment, then the source reading exactly the query the worklog shows.
import type { Settings } from '../settings.js';
import type { LogSource } from '../collect/source.js';
import { createAuthClient } from './auth.js';
import type { AuthDeps } from './auth.js';
import { cloudLoggingSource } from './cloud-logging-source.js';
import type { CloudLoggingOptions, CloudLoggingStats } from './cloud-logging-source.js';
import { buildQuery } from './query.js';

/**
 * Pass the same `now` as the run's buildQuery so the filter sent is the filter reported.
 * Throws InputError for bad auth configuration; token exchange errors surface on the first read.
 */
export async function openCloudLoggingSource(
  settings: Settings,
  env: NodeJS.ProcessEnv = process.env,
  now: Date = new Date(),
  extra: Partial<Omit<CloudLoggingOptions, 'auth' | 'query' | 'env'>> & { authDeps?: AuthDeps } = {},
): Promise<LogSource & { stats: CloudLoggingStats }> {
  const { authDeps, ...options } = extra;
  const auth = await createAuthClient(settings, env, authDeps);
  return cloudLoggingSource(settings, { ...options, auth, query: buildQuery(settings, now), env });
}
