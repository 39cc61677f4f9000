import { readSettings } from '../src/inputs.js';
import { retentionWarning } from '../src/duration.js';
import { buildQuery } from '../src/gcp/query.js';

describe('time ranges', () => {
  const get = (over: Record<string, string>) => (name: string) => ({ input: 'x.json', ...over })[name] ?? '';

  it('a range that cannot be a time names the input instead of "Invalid time value"', () => {
    expect(() => readSettings(get({ since: '9999999999h' }))).toThrow(/^since: "9999999999h" is more than 3650 days ago\. Fix: /);
    expect(() => readSettings(get({ window: '9999999999h' }))).toThrow(/^window: "9999999999h" is longer than 3650 days\. Fix: /);
    expect(() => readSettings(get({ until: '2025-13-45T99:00:00Z' }))).toThrow(/^until: /);
  });

  it('a window beyond the _Default bucket retention is allowed, with a warning', () => {
    const now = new Date('2026-03-01T00:00:00Z');
    expect(readSettings(get({ window: '400d' })).windowMs).toBe(400 * 86_400_000);
    expect(retentionWarning(new Date(now.getTime() - 400 * 86_400_000), now)).toMatch(/starts 400 days ago; the _Default log bucket keeps 30 days/);
    expect(retentionWarning(new Date(now.getTime() - 30 * 86_400_000), now)).toBeUndefined();
  });
});

describe('service on a resource type without a known service label', () => {
  const get = (over: Record<string, string>) => (name: string) => ({ input: 'x.json', ...over })[name] ?? '';

  it('is refused naming the input, never silently dropped from the filter', () => {
    expect(() => readSettings(get({ 'resource-type': 'gce_network', service: 'x' }))).toThrow(/^service: resource type "gce_network" has no service label/);
    expect(readSettings(get({ 'resource-type': 'gce_network' })).resourceType).toBe('gce_network');
    expect(readSettings(get({ 'resource-type': 'k8s_container', service: 'web' })).services).toEqual(['web']);
  });

  it('a query for such a resource has no service clause', () => {
    const q = buildQuery({ ...readSettings(get({ 'resource-type': 'gce_network' })), services: ['seen-in-file'] }, new Date('2026-03-01T00:00:00Z'));
    expect(q.filter).toMatch(/^resource\.type="gce_network" AND \(severity/);
  });
});
