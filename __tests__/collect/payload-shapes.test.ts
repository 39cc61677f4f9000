import { levelSeverity, normalizeEntry } from '../../src/collect/normalize.js';
import { atOrAbove, reportsError } from '../../src/collect/threshold.js';
import { rawEntry } from '../helpers/entries.js';

const json = (payload: Record<string, unknown>, severity?: string) => normalizeEntry(rawEntry({ json: payload, severity }));

describe('structured payloads', () => {
  test.each([
    ['message', { message: 'm' }],
    ['msg (pino, zap)', { msg: 'm' }],
    ['MESSAGE (journald)', { MESSAGE: 'm', PRIORITY: '6' }],
    ['text', { text: 'm' }],
    ['event (structlog)', { event: 'm' }],
    ['error.message', { error: { message: 'm', type: 'X' } }],
    ['err (string)', { err: 'm' }],
  ])('message from %s', (_name, payload) => {
    expect(json(payload).message).toBe('m');
  });

  test.each([
    ['stack', { message: 'm', stack: 'Error: m\n    at f (/app/a.js:1:1)' }],
    ['stack_trace', { message: 'm', stack_trace: 'Error: m\n    at f (/app/a.js:1:1)' }],
    ['exception', { message: 'm', exception: 'Error: m\n    at f (/app/a.js:1:1)' }],
    ['error.stack (pino err serializer)', { msg: 'm', err: { type: 'Error', message: 'm', stack: 'Error: m\n    at f (/app/a.js:1:1)' } }],
    ['error.stack', { message: 'm', error: { message: 'x', stack: 'Error: m\n    at f (/app/a.js:1:1)' } }],
    ['error.traceback', { message: 'm', error: { message: 'x', traceback: 'Error: m\n    at f (/app/a.js:1:1)' } }],
    ['stacktrace (zap)', { msg: 'm', stacktrace: 'Error: m\n    at f (/app/a.js:1:1)' }],
  ])('stack from %s', (_name, payload) => {
    expect(json(payload).stackTrace).toBe('Error: m\n    at f (/app/a.js:1:1)');
  });

  test.each([
    ['pino numeric', { level: 50, msg: 'm' }, 'ERROR'],
    ['pino fatal', { level: 60, msg: 'm' }, 'CRITICAL'],
    ['pino info', { level: 30, msg: 'm' }, 'INFO'],
    ['zap', { level: 'warn', msg: 'm' }, 'WARNING'],
    ['zap dpanic', { level: 'dpanic', msg: 'm' }, 'CRITICAL'],
    ['logrus', { level: 'warning', msg: 'm' }, 'WARNING'],
    ['winston', { level: 'error', message: 'm' }, 'ERROR'],
    ['structlog', { level: 'critical', event: 'm' }, 'CRITICAL'],
    ['python-json-logger', { levelname: 'ERROR', message: 'm' }, 'ERROR'],
    ['ECS', { log: { level: 'error' }, message: 'm' }, 'ERROR'],
  ])('level from %s when severity is absent', (_name, payload, severity) => {
    expect(json(payload).severity).toBe(severity);
  });

  test('the entry severity wins over an app level; unknown level words are ignored', () => {
    expect(json({ level: 50, msg: 'm' }, 'INFO').severity).toBe('INFO');
    expect(json({ level: 'loud', msg: 'm' }).severity).toBe('DEFAULT');
    expect(levelSeverity('500')).toBe('ERROR');
    expect(levelSeverity(99999)).toBeUndefined();
  });

  test('a payload without a message is signed by its key names and type fields, not its values', () => {
    const armor = (ip: string, rule: string) =>
      json({
        '@type': 'type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry',
        enforcedSecurityPolicy: { name: 'edge', outcome: 'DENY', priority: 1000, configuredAction: 'DENY' },
        remoteIp: ip,
        statusDetails: rule,
      }).message;
    const a = armor('203.0.113.9', 'denied_by_security_policy');
    const b = armor('198.51.100.7', 'denied_by_security_policy');
    expect(a.split('\n')[0]).toBe(b.split('\n')[0]);
    expect(a.split('\n')[0]).toBe(
      'JSON payload @type=type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry enforcedSecurityPolicy.outcome=DENY ' +
        'with keys @type, enforcedSecurityPolicy.configuredAction, enforcedSecurityPolicy.name, enforcedSecurityPolicy.outcome, enforcedSecurityPolicy.priority, remoteIp, statusDetails',
    );
    expect(a).toContain('203.0.113.9');
    // Key order does not matter.
    expect(json({ b: 1, a: 2 }).message.split('\n')[0]).toBe(json({ a: 3, b: 4 }).message.split('\n')[0]);
  });
});

describe('errors written without a severity', () => {
  const reports = (t: string, extra: Record<string, unknown> = {}) => reportsError(normalizeEntry(rawEntry({ text: t, extra })));

  test('an exception head or a trace is an error, and passes the WARNING threshold', () => {
    expect(reports('Traceback (most recent call last):')).toBe(true);
    expect(reports('panic: runtime error: index out of range [5] with length 3')).toBe(true);
    expect(reports("TypeError: Cannot read properties of undefined (reading 'id')")).toBe(true);
    expect(reports('java.lang.IllegalStateException: cannot start')).toBe(true);
    expect(reports('Error: connect ECONNREFUSED 10.0.0.3:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)')).toBe(true);
    expect(reports('    at f (/app/a.js:1:1)\n    at g (/app/b.js:2:1)')).toBe(true);
    expect(atOrAbove(normalizeEntry(rawEntry({ text: 'TypeError: x' })), 'WARNING')).toBe(true);
  });

  test('an Error Reporting group or a stack field is an error', () => {
    expect(reports('boom', { errorGroups: [{ id: 'EG' }] })).toBe(true);
    expect(reportsError(normalizeEntry(rawEntry({ json: { message: 'm', stack: 'Error: m\n    at f (/app/a.js:1:1)' } })))).toBe(true);
  });

  test('ordinary lines are not', () => {
    expect(reports('listening on 8080')).toBe(false);
    expect(reports('Exception handler registered')).toBe(false);
    expect(reports('Error')).toBe(false);
    expect(atOrAbove(normalizeEntry(rawEntry({ text: 'listening on 8080' })), 'WARNING')).toBe(false);
  });
});

test('an error without a severity counts as ERROR against the threshold', () => {
  const r = normalizeEntry(rawEntry({ text: 'TypeError: x' }));
  expect(atOrAbove(r, 'ERROR')).toBe(true);
  expect(atOrAbove(r, 'CRITICAL')).toBe(false);
});
