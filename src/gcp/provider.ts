// Workload identity provider names, as google-github-actions/auth takes them.
import { InputError } from '../errors.js';

export interface WorkloadIdentityProvider {
  /** projects/NUMBER/locations/global/workloadIdentityPools/POOL/providers/PROVIDER */
  name: string;
  projectNumber: string;
  pool: string;
  provider: string;
}

const INPUT = 'workload-identity-provider';
const SHAPE = 'projects/PROJECT_NUMBER/locations/global/workloadIdentityPools/POOL/providers/PROVIDER';
const FIX = `use the full name ${SHAPE} (\`gcloud iam workload-identity-pools providers describe PROVIDER --location=global --workload-identity-pool=POOL --project=PROJECT --format='value(name)'\`)`;

export function parseProvider(raw: string): WorkloadIdentityProvider {
  const name = raw.trim().replace(/^(https:)?\/\/iam\.googleapis\.com\//, '');
  const m = /^projects\/([^/]+)\/locations\/([^/]+)\/workloadIdentityPools\/([^/]+)\/providers\/([^/]+)$/.exec(name);
  if (!m) throw new InputError(INPUT, `${JSON.stringify(raw)} is not a provider name`, FIX);
  const [, projectNumber, location, pool, provider] = m;
  if (!/^\d+$/.test(projectNumber)) {
    throw new InputError(
      INPUT,
      `${JSON.stringify(raw)} names the project ${JSON.stringify(projectNumber)}, not its number`,
      `use the project number (\`gcloud projects describe ${projectNumber} --format='value(projectNumber)'\`) in ${SHAPE}`,
    );
  }
  if (location !== 'global')
    throw new InputError(INPUT, `${JSON.stringify(raw)} has location ${JSON.stringify(location)}; workload identity pools are global`, FIX);
  if (!/^[a-z0-9-]{4,32}$/.test(pool) || !/^[a-z0-9-]{4,32}$/.test(provider))
    throw new InputError(INPUT, `${JSON.stringify(raw)} has an invalid pool or provider id`, FIX);
  return { name, projectNumber, pool, provider };
}
