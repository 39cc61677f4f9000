import { InputError } from '../../src/errors.js';
import { createRedactor, maskForActions } from '../../src/safety/redact.js';

const { redact } = createRedactor();

describe('placeholders keep one shape for grouping', () => {
  it.each([
    ['login failed token=abc123xyz', 'login failed token=ghp_FAKE0123456789abcdefghijklmnopqrstuv'],
    ['login failed token=abc123xyz', 'login failed token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJGQUtFIn0.FAKEsig'],
    ['Authorization: Bearer ya29.FAKE0123456789abcdef', 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJGQUtFIn0.FAKEsig'],
    ['call with Bearer FAKE0123456789abcdefXYZ', 'call with Bearer ya29.a0FAKE-other-token-000'],
    ['jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJGQUtFIn0.FAKEsig1 rejected', 'jwt eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJPVEhFUiJ9.FAKEsig2 rejected'],
    ['{"password":"FAKE-one"}', '{"password":"FAKE other with spaces"}'],
    ['postgres://app:FAKEpw1@db/app', 'postgres://other:FAKEpw2@db/app'],
    ['key AIzaSyFAKE000000000000000000000000000A bad', 'key AIzaSyFAKE111111111111111111111111111B bad'],
  ])('%s ~ %s', async (a, b) => {
    expect(await redact(a)).toBe(await redact(b));
    expect(await redact(a)).toMatch(/<redacted:[a-z-]+>/);
  });
});

describe('options', () => {
  it('masks emails and IPs by default and keeps them when switched off', async () => {
    const line = 'user alice@example.test from 203.0.113.7 and 2001:db8::8a2e:370:7334';
    expect(await redact(line)).toBe('user <redacted:email> from <redacted:ip> and <redacted:ip>');
    expect(await createRedactor({ emails: false, ips: false }).redact(line)).toBe(line);
  });

  it('masks user patterns first, in "source" or "/source/flags" form', async () => {
    const r = createRedactor({ extraPatterns: ['ACME-[0-9]{6}', '/customer-[a-z]+/i'] });
    expect(await r.redact('order ACME-123456 for Customer-Bob')).toBe('order <redacted:custom> for <redacted:custom>');
  });

  it('rejects a broken or empty-matching user pattern with a one-line error naming it', () => {
    expect(() => createRedactor({ extraPatterns: ['ok', 'a(b'] })).toThrow(InputError);
    expect(() => createRedactor({ extraPatterns: ['ok', 'a(b'] })).toThrow(/^redact\.patterns\[1\]: invalid regular expression "a\(b"/);
    expect(() => createRedactor({ extraPatterns: ['x*'], extraPatternsInput: 'redact-patterns' })).toThrow(/^redact-patterns\[0\]: .*matches the empty string/);
  });
});

describe('context rules', () => {
  it.each([
    ['Authorization: Basic c3ZjOkZBS0U=', 'Authorization: Basic <redacted:secret>'],
    ['{"token": "FAKEvalue1", "token_type": "Bearer"}', '{"token": "<redacted:secret>", "token_type": "Bearer"}'],
    ['url=https://x.test/cb?access_token=FAKE123&state=ok', 'url=https://x.test/cb?access_token=<redacted:secret>&state=ok'],
    ['nested="password=FAKEpw1" next', 'nested="password=<redacted:secret>" next'],
    ['Cookie: a=FAKE1; b=FAKE2', 'Cookie: <redacted:cookie>'],
    ['-----BEGIN PRIVATE KEY-----\nMIIFAKE\n-----END PRIVATE KEY----- loaded', '<redacted:private-key> loaded'],
    ['token: expired', 'token: expired'],
    ['password=*** (masked)', 'password=*** (masked)'],
  ])('%j', async (input, expected) => expect(await redact(input)).toBe(expected));
});

describe('no catastrophic backtracking', () => {
  // Each line is 100k characters shaped to make a careless pattern retry at every position.
  // A quadratic pattern would need ~10^10 steps here and time the test out; linear ones take ms.
  const N = 100_000;
  const hostile: [string, string][] = [
    ['letters', 'a'.repeat(N)],
    ['dashed words', 'a-'.repeat(N / 2)],
    ['dotted digits', '1.'.repeat(N / 2)],
    ['colons', '1:'.repeat(N / 2) + ':'],
    ['at signs', 'a@'.repeat(N / 2)],
    ['email-ish', 'a@b.'.repeat(N / 4)],
    ['long local part', 'a'.repeat(N) + '@example.test'],
    ['nested pairs', 'a='.repeat(N / 2) + 'token'],
    ['nested colon pairs', 'a:'.repeat(N / 2) + 'token'],
    ['secret keys', 'token='.repeat(N / 6)],
    ['open quotes', 'password:"'.repeat(N / 10)],
    ['escaped quotes', 'key=\\"' + '\\\\'.repeat(N / 2)],
    ['schemes', 'x://'.repeat(N / 4)],
    ['user:pass without @', 'u:p'.repeat(N / 3)],
    ['JWT prefixes', 'eyJaa'.repeat(N / 5)],
    ['PEM headers', '-----BEGIN PRIVATE KEY-----'.repeat(N / 27)],
    ['base64 after an AWS key id', 'AKIAABCDEFGHIJKLMNOP ' + 'Ab0/'.repeat(N / 4)],
    ['bearer words', 'bearer '.repeat(N / 7)],
    ['cookies', 'cookie: '.repeat(N / 8)],
  ];
  it.each(hostile)('%s', async (_name, line) => {
    expect(typeof (await redact(line))).toBe('string');
  });
});

describe('maskForActions', () => {
  it('registers the value, each line and the URL-encoded form, skipping tiny parts', () => {
    expect(maskForActions('-----BEGIN X-----\nFAKEline1\nab\n-----END X-----')).toEqual([
      '-----BEGIN X-----\nFAKEline1\nab\n-----END X-----',
      '-----BEGIN X-----',
      'FAKEline1',
      '-----END X-----',
      encodeURIComponent('-----BEGIN X-----\nFAKEline1\nab\n-----END X-----'),
    ]);
    expect(maskForActions('ghp_FAKE+/=')).toEqual(['ghp_FAKE+/=', 'ghp_FAKE%2B%2F%3D']);
    expect(maskForActions('ab')).toEqual([]);
  });
});

describe('rules added with the maintained ruleset', () => {
  it.each([
    ['shopify shpat_0123456789abcdef0123456789abcdef ok', 'shopify <redacted:shopify> ok'],
    ['hook whsec_FAKE0123456789abcdefghijklmn bad', 'hook <redacted:stripe-key> bad'],
    ['{"private_key_id": "fa4e1db696f59995e781aeab479f3222cbf25917"}', '{"private_key_id": "<redacted:secret>"}'],
    ['redis://:FAKEpw0123456789@cache:6379/0', 'redis://<redacted:credentials>@cache:6379/0'],
    ['https://0123456789abcdef0123456789abcdef@o1.ingest.example.test/2', 'https://<redacted:credentials>@o1.ingest.example.test/2'],
    ['webhook signing secret FAKEq8Zr2mXv9Lp4Tn7Ws1Yk did not verify', 'webhook signing secret <redacted:secret> did not verify'],
    ['GET /cb?next=%2Flogin%3Ftoken%3DFAKEabc123xyz%26a%3D1', 'GET /cb?next=/login?token=<redacted:secret>&a=1'],
    ['signing key id kid-2026-01 rotated', 'signing key id kid-2026-01 rotated'],
    ['api key qXBTfrzaLMpoKWyehSNd rejected', 'api key <redacted:secret> rejected'],
    ['token ExpiredSignatureError raised', 'token ExpiredSignatureError raised'],
    ['secret projects/p/secrets/db-url/versions/3 accessed', 'secret projects/p/secrets/db-url/versions/3 accessed'],
  ])('%j', async (input, expected) => expect(await redact(input)).toBe(expected));

  it('gives every ruleset finding one stable placeholder per rule', async () => {
    expect(await redact('hf_FAKEabcdefghijklmnopqrstuvwxyzABCD')).toBe(await redact('hf_FAKEzyxwvutsrqponmlkjihgfedcbaZYXW'));
  });
});
