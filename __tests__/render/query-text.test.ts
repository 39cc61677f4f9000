import { wrapCommand, wrapFilter } from '../../src/render/query-text.js';
import { gcloudCommand } from '../../src/gcp/query.js';

const FILTER =
  'resource.type="cloud_run_revision" AND resource.labels.service_name="api" AND (severity>=WARNING OR httpRequest.status>=500 ' +
  'OR (severity=DEFAULT AND (textPayload:"Traceback (most recent call last)" OR textPayload:"a AND b OR c"))) ' +
  'AND timestamp>="2025-09-09T12:01:30.000Z" AND timestamp<"2025-09-11T12:31:23.373Z"';

describe('wrapFilter', () => {
  it('breaks only before AND / OR outside quotes, so the lines joined by spaces are the filter', () => {
    const wrapped = wrapFilter(FILTER, 80);
    const lines = wrapped.split('\n');
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(FILTER);
    for (const l of lines.slice(1)) expect(l).toMatch(/^(AND|OR) /);
    expect(wrapped).toContain('textPayload:"a AND b OR c"');
  });
});

describe('wrapCommand', () => {
  it('wraps the filter inside its quotes and puts one flag a line', () => {
    const command = gcloudCommand(FILTER, ['acme-prod'], 1000);
    const wrapped = wrapCommand(command, 80);
    expect(wrapped.split(' \\\n  ').slice(1)).toEqual(['--project=acme-prod', '--order=desc', '--limit=1000', '--format=json']);
    expect(wrapped.replace(/ \\\n {2}/g, ' ').replace(/\n/g, ' ')).toBe(command);
  });

  it('keeps a filter holding a single quote as the shell reads it', () => {
    const command = gcloudCommand(`${FILTER} AND textPayload:"it's"`, [], 10);
    expect(
      wrapCommand(command, 80)
        .replace(/ \\\n {2}/g, ' ')
        .replace(/\n/g, ' '),
    ).toBe(command);
  });

  it('leaves anything else as it is', () => {
    expect(wrapCommand('echo hi')).toBe('echo hi');
  });
});

test('the command line that opens the quote stays within the width', () => {
  const wrapped = wrapCommand(gcloudCommand(FILTER, ['acme-prod'], 1000), 80);
  for (const line of wrapped.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  expect(wrapped.split('\n')[0].length).toBeLessThanOrEqual(80);
});
