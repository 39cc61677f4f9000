import { normalizeEntry } from '../../src/collect/normalize.js';
import { createSigner } from '../../src/group/signer.js';
import { pathTemplate } from '../../src/group/request.js';
import { record } from './record.js';

const signer = createSigner();

describe('Error Reporting ids are keyed by project', () => {
  it('one id in two projects makes two groups', () => {
    const a = signer.sign(record('boom', { project: 'alpha', errorGroups: ['CKz1'] }));
    const b = signer.sign(record('other', { project: 'beta', errorGroups: ['CKz1'] }));
    const a2 = signer.sign(record('boom again', { project: 'alpha', errorGroups: ['CKz1'] }));
    expect(a.kind).toBe('explicit');
    expect(a.fingerprint).not.toBe(b.fingerprint);
    expect(a2.fingerprint).toBe(a.fingerprint);
  });
});

describe('request groups: service, method, route pattern, status class', () => {
  const req = (service: string, method: string, path: string, status: number) =>
    record('', { kind: 'requests', service, project: 'p', resourceType: 'cloud_run_revision', http: { method, path, status } });

  it('POST / 5xx from two services stays apart, and says which service', () => {
    const a = signer.sign(req('fn-a', 'POST', '/', 500));
    const b = signer.sign(req('fn-b', 'POST', '/', 503));
    expect(a.fingerprint).not.toBe(b.fingerprint);
    expect(a.title).toBe('HTTP POST / 5xx (fn-a)');
    expect(signer.sign(req('fn-a', 'POST', '/', 502)).fingerprint).toBe(a.fingerprint);
  });

  it('ids, uuids and numbers are masked, API versions and words are not', () => {
    expect(pathTemplate('/api/v1/threads/0b4c2f1e-9a7d-4c3b-a1e2-3f4d5c6b7a8e/messages')).toBe('/api/v1/threads/<*>/messages');
    expect(pathTemplate('/users/12345/orders/ord_8Fh2kLmN0pQrStUvWxYz12ab')).toBe('/users/<*>/orders/<*>');
    expect(pathTemplate('/v2beta1/projects/my-proj/items/5f3a9c0e11')).toBe('/v2beta1/projects/my-proj/items/<*>');
    expect(pathTemplate('/healthz')).toBe('/healthz');
  });
});

describe('audit logs: the event is service + method + status', () => {
  const audit = (method: string, resourceName: string, principal: string, code = 0, type = 'gce_firewall_rule') =>
    normalizeEntry({
      timestamp: '2026-11-27T10:00:00Z',
      severity: code === 0 ? 'NOTICE' : 'ERROR',
      logName: 'projects/p/logs/cloudaudit.googleapis.com%2Factivity',
      resource: { type, labels: { project_id: 'p', firewall_rule_id: '4431729081' } },
      protoPayload: {
        '@type': 'type.googleapis.com/google.cloud.audit.AuditLog',
        serviceName: 'compute.googleapis.com',
        methodName: method,
        resourceName,
        authenticationInfo: { principalEmail: principal },
        ...(code ? { status: { code, message: 'denied' } } : {}),
      },
    });

  it('one method never splits by resource or principal', () => {
    const a = signer.sign(audit('v1.compute.firewalls.insert', 'projects/p/global/firewalls/allow-ssh-1', 'a@x.com'));
    const b = signer.sign(audit('v1.compute.firewalls.insert', 'projects/p/global/firewalls/deny-all-27', 'b@y.com'));
    expect(a).toMatchObject({ kind: 'audit', title: 'v1.compute.firewalls.insert on gce_firewall_rule: OK' });
    // A firewall rule's id is context: the audit entry belongs to the API it called.
    expect(audit('v1.compute.firewalls.insert', 'f/1', 'a@x.com').service).toBe('compute.googleapis.com');
    expect(b.fingerprint).toBe(a.fingerprint);
  });

  it('distinct methods and outcomes never merge', () => {
    const fps = new Set(
      [
        audit('v1.compute.firewalls.insert', 'f/1', 'a@x.com'),
        audit('v1.compute.firewalls.delete', 'f/1', 'a@x.com'),
        audit('v1.compute.firewalls.patch', 'f/1', 'a@x.com'),
        audit('v1.compute.firewalls.insert', 'f/1', 'a@x.com', 7),
      ].map((r) => signer.sign(r).fingerprint),
    );
    expect(fps.size).toBe(4);
    expect(signer.sign(audit('io.k8s.core.v1.pods.create', 'core/v1/namespaces/default/pods/web-7d9f-x2k4q', 'sa@p.iam', 7, 'k8s_cluster')).title).toBe(
      'io.k8s.core.v1.pods.create on k8s_cluster: PERMISSION_DENIED',
    );
  });
});
