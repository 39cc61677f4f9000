import protobuf from 'protobufjs/minimal.js';
import { entryToGcloudJson } from '../../src/gcp/entry-json.js';
import { normalizeEntry } from '../../src/collect/normalize.js';

/** An AuditLog as the API sends it inside google.protobuf.Any (field numbers of audit_log.proto). */
function auditBytes(): Uint8Array {
  const status = protobuf.Writer.create()
    .uint32((1 << 3) | 0)
    .int32(7)
    .uint32((2 << 3) | 2)
    .string('Permission denied')
    .finish();
  const auth = protobuf.Writer.create()
    .uint32((1 << 3) | 2)
    .string('deployer@p.iam.gserviceaccount.com')
    .finish();
  return protobuf.Writer.create()
    .uint32((2 << 3) | 2)
    .bytes(status)
    .uint32((3 << 3) | 2)
    .bytes(auth)
    .uint32((7 << 3) | 2)
    .string('compute.googleapis.com')
    .uint32((8 << 3) | 2)
    .string('v1.compute.firewalls.insert')
    .uint32((11 << 3) | 2)
    .string('projects/p/global/firewalls/allow-ssh')
    .uint32((12 << 3) | 0)
    .int32(3) // num_response_items: skipped
    .finish();
}

describe('audit logs read through the client library (protoPayload as Any)', () => {
  it('decodes the call, its outcome and its context', () => {
    const json = entryToGcloudJson({
      metadata: {
        payload: 'protoPayload',
        timestamp: new Date('2026-11-27T10:00:00Z'),
        severity: 'ERROR',
        resource: { type: 'gce_firewall_rule', labels: { project_id: 'p' } },
      },
      data: { type_url: 'type.googleapis.com/google.cloud.audit.AuditLog', value: Buffer.from(auditBytes()) },
    });
    expect(json.protoPayload).toEqual({
      '@type': 'type.googleapis.com/google.cloud.audit.AuditLog',
      serviceName: 'compute.googleapis.com',
      methodName: 'v1.compute.firewalls.insert',
      resourceName: 'projects/p/global/firewalls/allow-ssh',
      authenticationInfo: { principalEmail: 'deployer@p.iam.gserviceaccount.com' },
      status: { code: 7, message: 'Permission denied' },
    });
    expect(normalizeEntry(json).audit).toEqual({ service: 'compute.googleapis.com', method: 'v1.compute.firewalls.insert', code: 7 });
  });

  it('keeps only the type of other payloads and of bytes that do not decode', () => {
    const other = entryToGcloudJson({
      metadata: { payload: 'protoPayload', timestamp: new Date(0) },
      data: { type_url: 'type.googleapis.com/x.Y', value: Buffer.from([1, 2]) },
    });
    expect(other.protoPayload).toEqual({ '@type': 'type.googleapis.com/x.Y' });
    const broken = entryToGcloudJson({
      metadata: { payload: 'protoPayload', timestamp: new Date(0) },
      data: { type_url: 'type.googleapis.com/google.cloud.audit.AuditLog', value: Buffer.from([0x3a, 0x7f]) },
    });
    expect(broken.protoPayload).toEqual({ '@type': 'type.googleapis.com/google.cloud.audit.AuditLog' });
  });
});
