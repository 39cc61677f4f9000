import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, defaultConfig } from '../../src/triage/config.js';
import { parseConfig } from '../../src/triage/config-parse.js';
import { loadConfig } from '../../src/triage/config-load.js';
import { InputError } from '../../src/errors.js';

const F = '.github/log-gardener.yml';

function problems(text: string): string[] {
  try {
    parseConfig(text, F);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message.split('\n');
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('reads the example config in full', async () => {
    const text = await readFile('examples/log-gardener.yml', 'utf8');
    const c = parseConfig(text, 'examples/log-gardener.yml');
    expect(c.components.map((x) => x.name)).toEqual(['startup', 'websocket', 'auth', 'redis', 'payments-api']);
    expect(c.components[2]).toEqual({
      name: 'auth',
      label: 'area: auth',
      impact: 'Users cannot sign in or their sessions end early.',
      owners: ['bob', 'carol'],
      match: { logger: '^app\\.auth' },
    });
    expect(c.components[4].match).toEqual({ path: '^/api/payments', labels: { service_name: '^backend-(prod|staging)$' } });
    expect(c.priorities[0]).toEqual({ name: 'checkout down', priority: 'P0', when: { component: 'payments-api', minSeverity: 'ERROR', minCount: 3 } });
    expect(c.priorities[2].when).toEqual({ component: 'websocket', minRate: 30 });
    expect(c.ignore[0]).toEqual({
      reason: 'Uptime checks hit /healthz every 10 s',
      expires: '2027-03-31',
      match: { path: '^/healthz$', maxSeverity: 'INFO' },
      source: 'examples/log-gardener.yml:73',
    });
    expect(c.fingerprints).toEqual([
      { match: { message: '^redis\\.exceptions\\.(ConnectionError|TimeoutError)' }, fingerprint: 'redis-unavailable' },
      { match: { message: 'Redis connection (reset|refused|lost)' }, fingerprint: 'redis-unavailable' },
    ]);
    expect(c.redact).toEqual({ emails: true, ips: true, patterns: ['cus_[A-Za-z0-9]{14}', '\\bsk_(live|test)_[A-Za-z0-9]{24,}'] });
  });

  it('gives the built-in defaults for an empty file or one with only comments', () => {
    expect(parseConfig('', F)).toEqual(defaultConfig());
    expect(parseConfig('# nothing yet\n', F)).toEqual(defaultConfig());
    expect(parseConfig('version: 1\ncomponents:\n', F)).toEqual(defaultConfig());
  });

  it('accepts owners as one name, strips "@", and reads redaction toggles', () => {
    const c = parseConfig('components:\n  - name: api\n    owners: "@alice"\n    match: { service: api }\nredact:\n  emails: false\n  ips: false\n', F);
    expect(c.components[0].owners).toEqual(['alice']);
    expect(c.redact).toEqual({ emails: false, ips: false, patterns: [] });
  });

  it('follows anchors, aliases and merge keys; top-level x- keys hold shared parts', () => {
    const c = parseConfig(
      [
        'x-oncall: &oncall [platform-oncall, "@alice"]',
        'x-prod: &prod',
        '  service: ^backend-prod$',
        'components:',
        '  - name: redis',
        '    owners: *oncall',
        '    match:',
        '      <<: *prod',
        '      message: redis',
        '  - name: db',
        '    owners: *oncall',
        '    match: { <<: *prod, service: ^db$ }',
      ].join('\n'),
      F,
    );
    expect(c.components.map((x) => [x.owners, x.match])).toEqual([
      [['platform-oncall', 'alice'], { service: '^backend-prod$', message: 'redis' }],
      [['platform-oncall', 'alice'], { service: '^db$' }],
    ]);
  });

  it('survives a merge key that refers to itself', () => {
    expect(problems('components:\n  - &c\n    name: a\n    match: { <<: *c }\n')[0]).toContain('components[0].match: unknown key "name"');
  });

  const cases: [string, string, string[]][] = [
    ['YAML syntax', 'priorities:\n  - priority: P1\n   when: x\n', [`${F}:3: not valid YAML:`]],
    ['duplicate key', 'redact:\n  emails: true\n  emails: false\n', [`${F}:3: not valid YAML: Map keys must be unique`]],
    ['top level not a mapping', '- a\n- b\n', [`${F}:1: must be a mapping of version, components`]],
    [
      'unknown top-level key with a suggestion',
      'version: 1\npriorites: []\n',
      [`${F}:2: unknown key "priorites" (did you mean "priorities"?); allowed: version, components, priorities, ignore, fingerprints, masks, redact`],
    ],
    ['unsupported version', 'version: 2\n', [`${F}:1: version: 2 is not a supported version; write version: 1`]],
    ['section not a list', 'components:\n  name: api\n', [`${F}:2: components: must be a list (items starting with "- ")`]],
    ['component not a mapping', 'components:\n  - api\n', [`${F}:2: components[0]: must be a mapping of name, label, impact, owners, match`]],
    [
      'component without name and match',
      'components:\n  - label: x\n',
      [
        `${F}:2: components[0]: missing "name". Fix: add name: <component>, e.g. name: websocket`,
        `${F}:2: components[0]: missing "match". Fix: add match: with at least one of logger, module, path, message, service, labels`,
      ],
    ],
    [
      'component with an empty match',
      'components:\n  - name: api\n    match: {}\n',
      [`${F}:3: components[0].match: needs at least one of logger, module, path, message, service, labels`],
    ],
    [
      'component match key unknown',
      'components:\n  - name: api\n    match:\n      loger: x\n',
      [`${F}:4: components[0].match: unknown key "loger" (did you mean "logger"?)`],
    ],
    [
      'bad regular expression',
      'components:\n  - name: api\n    match:\n      message: "(unclosed"\n',
      [`${F}:4: components[0].match.message: "(unclosed" is not a valid regular expression (/(unclosed/: Unterminated group)`],
    ],
    [
      'labels not a mapping',
      'components:\n  - name: api\n    match:\n      labels: [a]\n',
      [`${F}:4: components[0].match.labels: must be a mapping of label name to pattern`],
    ],
    [
      'bad label pattern',
      'components:\n  - name: api\n    match:\n      labels:\n        service_name: "["\n',
      [`${F}:5: components[0].match.labels.service_name: "[" is not a valid regular expression`],
    ],
    ['empty text', 'components:\n  - name: ""\n    match: { service: a }\n', [`${F}:2: components[0].name: must be a non-empty text`]],
    [
      'duplicate component name',
      'components:\n  - name: api\n    match: { service: a }\n  - name: api\n    match: { service: b }\n',
      [`${F}:4: components[1].name: "api" is already the name of an earlier component; names must be unique`],
    ],
    [
      'owners not a list of names',
      'components:\n  - name: api\n    owners: [[a]]\n    match: { service: a }\n',
      [`${F}:3: components[0].owners[0]: must be a non-empty text`],
    ],
    [
      'priority out of range',
      'priorities:\n  - name: a\n    when: { min-count: 1 }\n  - name: payments errors\n    priority: P5\n    when: { min-count: 2 }\n',
      [
        `${F}:2: priorities[0]: missing "priority". Fix: add priority: one of P0, P1, P2, P3`,
        `${F}:5: priorities[1].priority: "P5" is not one of P0, P1, P2, P3`,
      ],
    ],
    [
      'priority without when',
      'priorities:\n  - priority: P1\n',
      [`${F}:2: priorities[0]: missing "when". Fix: add when: with at least one condition, e.g. min-severity: ERROR`],
    ],
    [
      'priority with empty when',
      'priorities:\n  - priority: P1\n    when: {}\n',
      [`${F}:3: priorities[0].when: needs at least one of min-severity, exception, message`],
    ],
    [
      'unknown condition',
      'priorities:\n  - priority: P1\n    when:\n      severity: ERROR\n',
      [`${F}:4: priorities[0].when: unknown key "severity"; allowed: min-severity, exception`],
    ],
    [
      'bad severity',
      'priorities:\n  - priority: P1\n    when:\n      min-severity: ERR\n',
      [`${F}:4: priorities[0].when.min-severity: "ERR" is not one of DEFAULT, DEBUG, INFO, NOTICE, WARNING, ERROR, CRITICAL, ALERT, EMERGENCY`],
    ],
    [
      'count not a whole number',
      'priorities:\n  - priority: P1\n    when:\n      min-count: 2.5\n',
      [`${F}:4: priorities[0].when.min-count: 2.5 is not a whole number of at least 1`],
    ],
    [
      'consecutive zero',
      'priorities:\n  - priority: P1\n    when:\n      min-consecutive: 0\n',
      [`${F}:4: priorities[0].when.min-consecutive: 0 is not a whole number of at least 1`],
    ],
    [
      'rate not a number',
      'priorities:\n  - priority: P1\n    when:\n      min-rate: lots\n',
      [`${F}:4: priorities[0].when.min-rate: "lots" is not a number above 0`],
    ],
    [
      'startup not a boolean',
      'priorities:\n  - priority: P1\n    when:\n      startup: maybe\n',
      [`${F}:4: priorities[0].when.startup: "maybe" is not true or false`],
    ],
    [
      'ignore without expiry',
      'ignore:\n  - match: { path: ^/healthz }\n',
      [`${F}:2: ignore[0]: missing "expires". Fix: add expires: YYYY-MM-DD, the last day this noise rule applies (so it cannot rot)`],
    ],
    [
      'ignore with a bad date',
      'ignore:\n  - expires: 2027-02-30\n    match: { path: ^/healthz }\n',
      [`${F}:2: ignore[0].expires: "2027-02-30" is not a date; write YYYY-MM-DD, e.g. 2027-03-31`],
    ],
    [
      'ignore with a date in another format',
      'ignore:\n  - expires: 31/03/2027\n    match: { path: ^/healthz }\n',
      [`${F}:2: ignore[0].expires: "31/03/2027" is not a date`],
    ],
    [
      'ignore without match',
      'ignore:\n  - expires: 2027-01-01\n',
      [`${F}:2: ignore[0]: missing "match". Fix: add match: with at least one of message, logger, path, service, max-severity`],
    ],
    [
      'ignore with a bad max-severity',
      'ignore:\n  - expires: 2027-01-01\n    match: { max-severity: LOUD }\n',
      [`${F}:3: ignore[0].match.max-severity: "LOUD" is not one of DEFAULT`],
    ],
    ['fingerprint missing', 'fingerprints:\n  - match: { message: x }\n', [`${F}:2: fingerprints[0]: missing "fingerprint". Fix: add fingerprint: <name>`]],
    [
      'fingerprint with bad characters',
      'fingerprints:\n  - match: { message: x }\n    fingerprint: "redis down!"\n',
      [`${F}:3: fingerprints[0].fingerprint: "redis down!" must be 1-64 letters, digits, ".", "_", ":" or "-"`],
    ],
    [
      'fingerprint match on an unknown key',
      'fingerprints:\n  - match: { path: x }\n    fingerprint: a\n',
      [`${F}:2: fingerprints[0].match: unknown key "path"; allowed: message, logger, exception`],
    ],
    ['redact not a mapping', 'redact: [x]\n', [`${F}:1: redact: must be a mapping of patterns, emails, ips`]],
    ['redact toggle not a boolean', 'redact:\n  emails: no thanks\n', [`${F}:2: redact.emails: "no thanks" is not true or false`]],
    [
      'redact pattern matching empty text',
      'redact:\n  patterns:\n    - "x*"\n',
      [`${F}:3: redact.patterns[0]: "x*" matches empty text; make it match the secret itself`],
    ],
    ['redact pattern invalid', 'redact:\n  patterns:\n    - "a)"\n', [`${F}:3: redact.patterns[0]: "a)" is not a valid regular expression`]],
  ];

  it.each(cases)('reports %s on its line', (_name, text, expected) => {
    const got = problems(text);
    expect(got).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(got[i].startsWith(e)).toBe(true));
  });

  it('reports every problem at once, in line order', () => {
    const text = [
      'components:', //                       1
      '  - name: api', //                     2
      '    match: { message: "(" }', //       3
      'priorities:', //                       4
      '  - priority: P9', //                  5
      '    when: { min-count: -1 }', //       6
      'ignore:', //                           7
      '  - match: { path: x }', //            8
    ].join('\n');
    const got = problems(text);
    expect(got.map((l) => l.split(':').slice(0, 2).join(':'))).toEqual([`${F}:3`, `${F}:5`, `${F}:6`, `${F}:8`]);
  });
});

describe('loadConfig', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'triage-config-'));
  });

  it('gives the defaults when the default file is missing', async () => {
    await expect(loadConfig(join(dir, 'absent.yml'), { explicit: false })).resolves.toEqual(defaultConfig());
  });

  it('fails with a one-line error when an explicitly given file is missing', async () => {
    const p = join(dir, 'absent.yml');
    await expect(loadConfig(p, { explicit: true })).rejects.toThrow(
      `config ${p}: no such file. Fix: give the path of an existing YAML file, or leave config empty for .github/log-gardener.yml.`,
    );
  });

  it('names the file it read in each problem', async () => {
    const p = join(dir, 'bad.yml');
    await writeFile(p, 'priorities:\n  - priority: P7\n    when: { min-count: 1 }\n');
    await expect(loadConfig(p, { explicit: false })).rejects.toThrow(`${p}:2: priorities[0].priority: "P7" is not one of P0, P1, P2, P3`);
  });

  it('reads a good file', async () => {
    const p = join(dir, 'good.yml');
    await writeFile(p, 'fingerprints:\n  - match: { exception: ^TimeoutError$ }\n    fingerprint: timeouts\n');
    expect((await loadConfig(p, { explicit: true })).fingerprints).toEqual([{ match: { exception: '^TimeoutError$' }, fingerprint: 'timeouts' }]);
  });
});

describe('masks', () => {
  test('are read as regular expressions; one matching empty text is refused with its line', async () => {
    const { parseConfig } = await import('../../src/triage/config-parse.js');
    expect(parseConfig("masks:\n  - 'tenant-[a-z]+'\n", 'c.yml').masks).toEqual(['tenant-[a-z]+']);
    expect(() => parseConfig("masks:\n  - 'x*'\n", 'c.yml')).toThrow(/^c\.yml:2: masks\[0\]: "x\*" matches empty text/);
  });

  test('group messages whose masked parts differ', async () => {
    const { createSigner } = await import('../../src/group/index.js');
    const { normalizeEntry } = await import('../../src/collect/normalize.js');
    const signer = createSigner({ masks: ['tenant-[a-z]+'] });
    const sign = (text: string) => signer.sign(normalizeEntry({ timestamp: '2025-09-11T00:00:00Z', severity: 'ERROR', textPayload: text })).fingerprint;
    expect(sign('quota exceeded for tenant-acme')).toBe(sign('quota exceeded for tenant-globex'));
  });
});

test('a component label GitHub would refuse is reported on its line', async () => {
  const { parseConfig } = await import('../../src/triage/config-parse.js');
  expect(() => parseConfig('components:\n  - name: ws\n    label: "a,b"\n    match: { logger: ws }\n', 'c.yml')).toThrow(
    /^c\.yml:3: components\[0\]\.label: "a,b" cannot be a GitHub label/,
  );
});
