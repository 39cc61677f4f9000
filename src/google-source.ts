// The one call the action and the CLI make for logs in Google Cloud: BigQuery with
// `source: bigquery`, else Cloud Logging. The Google libraries load on demand, so a run on a log
// file never loads them.
import type { Settings } from './settings.js';
import type { LogSource } from './collect/source.js';
import type { AuthDeps } from './gcp/auth.js';
import type { CloudLoggingOptions } from './gcp/cloud-logging-source.js';
import { openCloudLoggingSource } from './gcp/open-source.js';
import { buildQuery } from './gcp/query.js';

export async function openGoogleSource(
  settings: Settings,
  env: NodeJS.ProcessEnv = process.env,
  now: Date = new Date(),
  extra: Partial<Omit<CloudLoggingOptions, 'auth' | 'query' | 'env'>> & { authDeps?: AuthDeps } = {},
): Promise<LogSource> {
  if (settings.source !== 'bigquery') return openCloudLoggingSource(settings, env, now, extra);
  const [{ createAuthClient }, { bigQuerySource, BIGQUERY_SCOPE }] = await Promise.all([import('./gcp/auth.js'), import('./bigquery/source.js')]);
  const auth = await createAuthClient(settings, env, extra.authDeps, [BIGQUERY_SCOPE]);
  return bigQuerySource(settings, { auth, query: buildQuery(settings, now), env, clock: extra.clock, requestTimeoutMs: extra.requestTimeoutMs });
}
