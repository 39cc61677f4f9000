// The one call for Cloud Logging: credentials from the settings and environment, then the source
// reading exactly the query the worklog shows. The Google libraries load here, on demand, so a run
// on a log file never loads them.
import type { Settings } from '../settings.js';
import type { LogSource } from '../collect/source.js';
import type { AuthDeps } from './auth.js';
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
  const [{ createAuthClient }, { cloudLoggingSource }] = await Promise.all([import('./auth.js'), import('./cloud-logging-source.js')]);
  const auth = await createAuthClient(settings, env, authDeps);
  return cloudLoggingSource(settings, { ...options, auth, query: buildQuery(settings, now), env });
}
