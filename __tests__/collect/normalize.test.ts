import { normalizeEntry, logKind, parseSeverity, EntryError, boundedJson } from '../../src/collect/normalize.js';
import { rawEntry } from '../helpers/entries.js';

describe('normalizeEntry', () => {
  test('textPayload entry keeps resource, revision, instance and kind', () => {
    const r = normalizeEntry(rawEntry({ severity: 'ERROR', text: 'boom', extra: { trace: 'projects/demo/traces/abc', errorGroups: [{ id: 'EG1' }] } }));
    expect(r).toMatchObject({
      severity: 'ERROR',
      service: 'api',
      revision: 'api-00001-abc',
      location: 'europe-west1',
      instance: 'inst-1',
      project: 'demo',
      kind: 'stderr',
      message: 'boom',
      trace: 'projects/demo/traces/abc',
      errorGroups: ['EG1'],
      timestamp: '2025-09-11T10:00:00.000Z',
    });
  });

  test('absent severity is DEFAULT', () => {
    expect(normalizeEntry(rawEntry({ text: 'x' })).severity).toBe('DEFAULT');
  });

  test('jsonPayload: message plus exception, logger', () => {
    const r = normalizeEntry(rawEntry({ severity: 'ERROR', json: { message: 'failed', exception: 'Traceback...\nValueError: x', logger: 'app.db' } }));
    expect(r.message).toBe('failed');
    expect(r.stackTrace).toBe('Traceback...\nValueError: x');
    expect(r.logger).toBe('app.db');
  });

  test('jsonPayload without message falls back to stack_trace, then to the JSON', () => {
    expect(normalizeEntry(rawEntry({ json: { stack_trace: 'Error: x\n    at f (a.js:1:1)' } })).message).toMatch(/^Error: x/);
    expect(normalizeEntry(rawEntry({ json: { foo: 1 } })).message).toBe('JSON payload with keys foo\n{"foo":1}');
  });

  test('request logs are described from httpRequest', () => {
    const r = normalizeEntry(
      rawEntry({
        log: 'requests',
        severity: 'ERROR',
        http: { requestMethod: 'POST', requestUrl: 'https://x.run.app/api/v1/items?id=3', status: 503, latency: '1.5s' },
      }),
    );
    expect(r.kind).toBe('requests');
    expect(r.http).toMatchObject({ method: 'POST', path: '/api/v1/items', status: 503, latencySeconds: 1.5 });
    expect(r.message).toBe('POST /api/v1/items -> 503 in 1.500s');
  });

  test('protoPayload (audit logs): the call is the event, the principal and resource are context', () => {
    const r = normalizeEntry(
      rawEntry({
        severity: 'ERROR',
        extra: {
          protoPayload: {
            '@type': 'type.googleapis.com/google.cloud.audit.AuditLog',
            serviceName: 'cloudresourcemanager.googleapis.com',
            methodName: 'SetIamPolicy',
            resourceName: 'projects/demo',
            authenticationInfo: { principalEmail: 'ci@demo.iam.gserviceaccount.com' },
            status: { code: 7, message: 'denied' },
          },
        },
      }),
    );
    expect(r.message).toBe('SetIamPolicy projects/demo by ci@demo.iam.gserviceaccount.com: denied');
    expect(r.audit).toEqual({ service: 'cloudresourcemanager.googleapis.com', method: 'SetIamPolicy', code: 7 });
  });

  test('log kinds from logName', () => {
    expect(logKind('projects/p/logs/run.googleapis.com%2Fstdout')).toBe('stdout');
    expect(logKind('projects/p/logs/run.googleapis.com%2Fvarlog%2Fsystem')).toBe('system');
    expect(logKind('projects/p/logs/cloudaudit.googleapis.com%2Factivity')).toBe('other');
    expect(logKind(undefined)).toBe('other');
  });

  test('severities: names, aliases and numbers', () => {
    expect(parseSeverity('warn')).toBe('WARNING');
    expect(parseSeverity(500)).toBe('ERROR');
    expect(() => parseSeverity('LOUD')).toThrow(EntryError);
    expect(() => parseSeverity('LOUD')).toThrow(/unknown severity "LOUD"/);
  });

  test('entries without a usable timestamp are errors', () => {
    expect(() => normalizeEntry({})).toThrow(/no timestamp/);
    expect(() => normalizeEntry({ timestamp: 'yesterday' })).toThrow(/not a date/);
    expect(() => normalizeEntry([1])).toThrow(/not a JSON object/);
  });
});

describe('services of other resource types', () => {
  const entry = (type: string, labels: Record<string, string>) =>
    normalizeEntry({ timestamp: '2025-09-11T10:00:00Z', textPayload: 'x', resource: { type, labels: { project_id: 'p', ...labels } } });

  test('each resource type names its service by its own label', () => {
    expect(entry('k8s_container', { container_name: 'web', pod_name: 'web-7d9f', namespace_name: 'shop' })).toMatchObject({
      service: 'web',
      instance: 'web-7d9f',
    });
    expect(entry('http_load_balancer', { backend_service_name: 'shop-be', forwarding_rule_name: 'fr' }).service).toBe('shop-be');
    expect(entry('cloud_function', { function_name: 'resize' }).service).toBe('resize');
    expect(entry('gae_app', { module_id: 'default', version_id: '20250911t1' })).toMatchObject({ service: 'default', revision: '20250911t1' });
  });

  test('timestamps keep their microseconds for ordering, and print in milliseconds', () => {
    const r = normalizeEntry({ timestamp: '2025-09-11T10:00:00.123456Z', textPayload: 'x' });
    expect(r.timestamp).toBe('2025-09-11T10:00:00.123Z');
    expect(r.time).toBeCloseTo(Date.parse('2025-09-11T10:00:00.123Z') + 0.456, 6);
  });
});

describe('hostile JSON payloads', () => {
  const base = { timestamp: '2025-09-11T10:00:00Z', severity: 'ERROR', resource: { type: 'cloud_run_revision', labels: { service_name: 'api' } } };

  test('a payload nested 20,000 deep is read, shown to a bounded depth', () => {
    const jsonPayload = JSON.parse('{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000));
    const r = normalizeEntry({ ...base, jsonPayload });
    expect(r.message.length).toBeLessThan(1_000);
    expect(r.message).toContain('{…}');
  });

  test('a payload of megabytes is shown cut, and small payloads exactly as JSON', () => {
    expect(boundedJson({ a: [1, 'x', null, { b: true }] })).toBe(JSON.stringify({ a: [1, 'x', null, { b: true }] }));
    const big = { rows: Array.from({ length: 100_000 }, (_, i) => ({ id: i })) };
    const text = boundedJson(big);
    expect(text.length).toBeLessThanOrEqual(20_001);
    expect(text.endsWith('…')).toBe(true);
  });
});
