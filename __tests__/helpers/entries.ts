// Builders of raw Cloud Logging entries (gcloud JSON shape) for tests.
let n = 0;

export interface EntryOptions {
  t?: string;
  severity?: string;
  log?: string;
  service?: string;
  revision?: string;
  instance?: string;
  text?: string;
  json?: Record<string, unknown>;
  http?: Record<string, unknown>;
  extra?: Record<string, unknown>;
}

export function rawEntry(o: EntryOptions = {}): Record<string, unknown> {
  n += 1;
  return {
    insertId: `id${n}`,
    logName: `projects/demo/logs/run.googleapis.com%2F${o.log ?? 'stderr'}`,
    resource: {
      type: 'cloud_run_revision',
      labels: { project_id: 'demo', service_name: o.service ?? 'api', revision_name: o.revision ?? 'api-00001-abc', location: 'europe-west1' },
    },
    labels: { instanceId: o.instance ?? 'inst-1' },
    timestamp: o.t ?? '2025-09-11T10:00:00.000Z',
    ...(o.severity === undefined ? {} : { severity: o.severity }),
    ...(o.text === undefined ? {} : { textPayload: o.text }),
    ...(o.json === undefined ? {} : { jsonPayload: o.json }),
    ...(o.http === undefined ? {} : { httpRequest: o.http }),
    ...o.extra,
  };
}
