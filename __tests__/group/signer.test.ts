import { createSigner } from '../../src/group/index.js';
import { go, java, node, python, pythonChained } from './corpus.js';
import { record, signAll } from './record.js';

const signer = createSigner();
const sign = (message: string, extra = {}) => signer.sign(record(message, extra));
const fp = (message: string, extra = {}) => sign(message, extra).fingerprint;

describe('stack traces group by exception type and in-app frames', () => {
  it.each([
    ['python', python('load', 10), python('load', 99, 'ImportError', "cannot import name 'y' from 'app.other'")],
    ['node', node('createOrder', 10), node('createOrder', 80)],
    ['java', java('place', 10), java('place', 300)],
    ['go', go('lookup', 10), go('lookup', 44, 'index out of range [9] with length 2')],
  ])('%s: other line numbers and values group together', (_lang, a, b) => {
    expect(sign(a).kind).toBe('stack');
    expect(fp(a)).toBe(fp(b));
  });

  it.each([
    ['python', python('load', 10), python('save', 10)],
    ['node', node('createOrder', 10), node('cancelOrder', 10)],
    ['java', java('place', 10), java('cancel', 10)],
    ['go', go('lookup', 10), go('store', 10)],
  ])('%s: other in-app frames group apart', (_lang, a, b) => {
    expect(fp(a)).not.toBe(fp(b));
  });

  it.each([
    ['python', python('load', 10), python('load', 10, 'KeyError', "'x'")],
    ['node', node('createOrder', 10), node('createOrder', 10, 'RangeError')],
    ['java', java('place', 10), java('place', 10, 'java.lang.IllegalStateException')],
  ])('%s: other exception types group apart', (_lang, a, b) => {
    expect(fp(a)).not.toBe(fp(b));
  });

  it('gives a readable title and the exception type', () => {
    const s = sign(python('load', 10));
    expect(s.title).toBe('ImportError: cannot import name <*> from <*>');
    expect(s.exceptionType).toBe('ImportError');
    expect(s.fingerprint).toMatch(/^v3:[0-9a-f]{16}$/);
    expect(sign(java('place', 1)).exceptionType).toBe('java.lang.NullPointerException');
    expect(sign(go('lookup', 1)).title).toBe('runtime error: index out of range [<*>] with length <*>');
  });

  it('drops library frames and keeps the innermost cause', () => {
    expect(sign(python('load', 10)).detail).not.toMatch(/flask/);
    expect(sign(node('createOrder', 1)).detail).not.toMatch(/express|internal/);
    expect(sign(node('createOrder', 1)).detail.match(/createOrder/g)).toHaveLength(1);
    expect(sign(pythonChained).exceptionType).toBe('ConnectionRefusedError');
    expect(sign(java('place', 1)).detail).not.toMatch(/springframework/);
  });

  it('reads a Java trace printed by the default uncaught-exception handler', () => {
    const trace = java('place', 3).split('\n').slice(3).join('\n').replace('Caused by: ', 'Exception in thread "main" ');
    expect(sign(trace)).toMatchObject({ kind: 'stack', exceptionType: 'java.lang.NullPointerException' });
    expect(sign(trace).detail).toMatch(/OrderService:place/);
  });

  it('go: methods on pointer receivers keep their names', () => {
    const trace = (method: string): string =>
      ['panic: boom', '', 'goroutine 7 [running]:', `main.(*Server).${method}(0xc000010000, 0x1)`, '\t/app/server.go:42 +0x1d'].join('\n');
    expect(sign(trace('handle')).detail).toMatch(/main\.\(\*Server\)\.handle/);
    expect(fp(trace('handle'))).not.toBe(fp(trace('close')));
  });

  it('reads the stack trace field when the payload carried one apart', () => {
    expect(sign('request failed', { stackTrace: node('createOrder', 3) }).exceptionType).toBe('TypeError');
  });
});

describe('messages without a stack group by template', () => {
  it.each([
    ['Request 4711 took 250ms', 'Request 99 took 1.5s'],
    ['user 3f2a9c1e-8d4b-4e6f-9a1b-2c3d4e5f6a7b not found', 'user 9a1b2c3d-8d4b-4e6f-9a1b-2c3d4e5f6a7b not found'],
    ['Connection to 10.0.0.12:5432 timed out after 30s', 'Connection to 10.0.7.3:6543 timed out after 5s'],
    ['Fetched https://api.example.com/v1/items?page=2 in 120 ms', 'Fetched https://other.example.org/x in 9 ms'],
    ['Wrote /var/data/2026/11/27/part-0001.parquet', 'Wrote /var/data/2026/11/28/part-0042.parquet'],
    ['retrying job=42 attempt=3 backoff=0x1f', 'retrying job=7 attempt=1 backoff=0xff'],
    ['cache miss for key "user:12"', 'cache miss for key "session:abc"'],
    ['Sent to ops@example.com on Nov 27', 'Sent to dev@example.org on Dec 3'],
    ['resolved db-1.internal.example.com', 'resolved cache.prod.example.net'],
    ['peers [10.0.0.1, 10.0.0.2] ready', 'peers [10.0.0.1, 10.0.0.2, 10.0.0.3, 10.0.0.4] ready'],
  ])('%s ~ %s', (a, b) => {
    expect(sign(a).kind).toBe('template');
    expect(fp(a)).toBe(fp(b));
  });

  it.each([
    ['Connection closed by 10.0.0.1', 'Connection reset by 10.0.0.1'],
    ['VM Started', 'VM Stopped'],
    ['disk full on /data', 'disk healthy on /data'],
  ])('%s != %s', (a, b) => {
    expect(fp(a)).not.toBe(fp(b));
  });

  it('sets the exception type of a one-line exception', () => {
    const s = sign('ValueError: invalid literal for int() with base 10: "abc"');
    expect(s).toMatchObject({ kind: 'template', exceptionType: 'ValueError' });
  });

  it('applies user masks first', () => {
    const masked = createSigner({ masks: ['tenant-[a-z]+'] });
    expect(masked.sign(record('quota hit for tenant-acme')).fingerprint).toBe(masked.sign(record('quota hit for tenant-globex')).fingerprint);
  });
});

describe('request logs group by method, path template and status class', () => {
  const req = (method: string, path: string, status: number) => record('', { kind: 'requests', http: { method, path, status } });
  it('masks ids in the path and keeps the status class', () => {
    const a = signer.sign(req('GET', '/orders/123/items', 502));
    expect(a).toMatchObject({ kind: 'request', title: 'HTTP GET /orders/<*>/items 5xx' });
    expect(signer.sign(req('GET', '/orders/9/items', 503)).fingerprint).toBe(a.fingerprint);
    expect(signer.sign(req('GET', '/orders/9/items', 404)).fingerprint).not.toBe(a.fingerprint);
    expect(signer.sign(req('POST', '/orders/9/items', 502)).fingerprint).not.toBe(a.fingerprint);
  });
});

describe('the signer learns variables the masks cannot see', () => {
  const users = ['alicia', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace'];

  it('a position that took five distinct words is a variable for all entries, whatever their order', () => {
    const titles = signAll(
      createSigner(),
      users.map((u) => `Invalid name ${u} from 10.0.0.${u.length}`),
    ).map((s) => s.title);
    expect(new Set(titles)).toEqual(new Set(['Invalid name <*> from <*>']));
  });

  it('a masked value at the position is enough', () => {
    const [a, b] = signAll(createSigner(), ['Invalid name test9 from 10.0.0.1', 'Invalid name bob from 10.0.0.2']);
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(b.title).toBe('Invalid name <*> from <*>');
  });

  it('templates of an earlier run apply from the first record, so fingerprints stay stable', () => {
    const learned = signAll(
      createSigner(),
      users.map((u) => `Invalid name ${u} from 10.0.0.1`),
    ).at(-1)!;
    const [next] = signAll(createSigner({ knownTemplates: [learned.detail] }), ['Invalid name zoe from 10.0.0.9']);
    expect(next.fingerprint).toBe(learned.fingerprint);
  });

  it('a few alternatives stay apart', () => {
    const fps = signAll(
      createSigner(),
      ['Started', 'Stopped', 'Paused'].map((w) => `VM ${w} (Lifecycle Event)`),
    ).map((s) => s.fingerprint);
    expect(new Set(fps).size).toBe(3);
  });
});

describe('titles keep the key fact', () => {
  it('a value every entry of the group shares is shown; values that vary are masked', () => {
    const [a, b] = signAll(createSigner(), [python('load', 10), python('load', 12)]);
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.title).toBe("ImportError: cannot import name 'x' from 'app.util'");
    const [c] = signAll(createSigner(), [python('load', 10), python('load', 12, 'ImportError', "cannot import name 'y' from 'app.util'")]);
    expect(c.title).toBe("ImportError: cannot import name <*> from 'app.util'");
  });

  it('in templates too: the slot with one value is written out', () => {
    const titles = signAll(createSigner(), ['cache miss for key "user:12" after 5ms', 'cache miss for key "user:12" after 9ms']).map((s) => s.title);
    expect(titles).toEqual(['cache miss for key "user:12" after <*>', 'cache miss for key "user:12" after <*>']);
  });
});

describe('work is bounded in the length of a line', () => {
  it('signs a line of 200,000 characters of prose like its first part', () => {
    const prose = Array.from({ length: 40_000 }, (_, i) => ['the', 'model', 'answered', 'with', 'words'][i % 5]).join(' ');
    const [a, b] = signAll(createSigner(), [prose, `${prose} and more`]);
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.title.length).toBeLessThanOrEqual(200);
  });
});
