// Which key names in key=value / "key": "value" / header pairs hold secrets.
// Decided on the key's words (split on _ - . and camelCase), so "db_password", "X-Api-Key" and
// "clientSecret" count while "tokenizer", "max_tokens", "token_type" and "password_reset" do not.

const SECRET_LAST_WORDS = new Set([
  'password',
  'passwd',
  'pwd',
  'passphrase',
  'secret',
  'secrets',
  'token',
  'apikey',
  'authorization',
  'auth',
  'cookie',
  'cookies',
  'credential',
  'credentials',
  'creds',
  'signature',
  'sig',
  'sessionid',
  'session',
  'jwt',
  'bearer',
  'privatekey',
  'otp',
  'psk',
  'sas',
  'accesskey',
  'secretkey',
  'clientsecret',
]);

/** Words that, followed by "key" (or "id" for session), name a secret. */
const KEY_QUALIFIERS = new Set([
  'api',
  'access',
  'secret',
  'private',
  'signing',
  'encryption',
  'master',
  'account',
  'auth',
  'app',
  'consumer',
  'license',
  'storage',
  'subscription',
  'ssh',
  'gpg',
  'pgp',
  'shared',
  'hmac',
  'client',
  'session',
]);

/** Tokens that are cursors, not credentials: "pageToken", "next_page_token". */
const PUBLIC_TOKENS = new Set(['page', 'continuation', 'sync', 'resume', 'cancellation']);

/** Trailing words that only describe the encoding of the secret before them ("password_hash"). */
const ENCODING_SUFFIXES = new Set(['value', 'val', 'str', 'string', 'b64', 'base64', 'hex', 'raw', 'enc', 'encoded', 'encrypted', 'hash', 'plain', 'header']);

function words(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** Every secret key name contains one of these. */
export const SECRET_KEY_HINT = /pass|pwd|secret|token|key|auth|cookie|session|cred|sig|jwt|bearer|otp|psk|sas/i;

/**
 * How every secret key name ends, as a case-insensitive pattern (isSecretKey true implies it): the last word that
 * counts is a secret word, ends in password, passwd or secret, is "key", or is "id" after "session" or "key";
 * after it come only encoding suffixes and separators (the words are the key's runs of letters and digits, cut
 * also where camelCase turns upper). A word may start anywhere before its end: "apikey" ends in "key".
 */
const LAST_WORD_ENDS = [...SECRET_LAST_WORDS, 'password', 'passwd', 'secret', 'key', String.raw`session[_.-]*id`, String.raw`key[_.-]*id`];
export const SECRET_KEY_END = String.raw`(?:${LAST_WORD_ENDS.join('|')})(?:[_.-]*(?:${[...ENCODING_SUFFIXES].join('|')}))*[_.-]*`;

export function isSecretKey(key: string): boolean {
  if (!SECRET_KEY_HINT.test(key)) return false;
  const w = words(key);
  while (w.length > 1 && ENCODING_SUFFIXES.has(w[w.length - 1])) w.pop();
  const last = w[w.length - 1];
  if (last === undefined) return false;
  const before = w[w.length - 2];
  if (SECRET_LAST_WORDS.has(last)) return !(last === 'token' && before !== undefined && PUBLIC_TOKENS.has(before));
  // Run-together names: PGPASSWORD, MYSQL_ROOTPASSWORD, appsecret.
  if (/(password|passwd|secret)$/.test(last)) return true;
  if (before === undefined) return false;
  if (last === 'key') return KEY_QUALIFIERS.has(before);
  // A service-account key's "private_key_id" names the key itself; a "signing_key_id" is a public kid.
  if (last === 'id') return before === 'session' || (before === 'key' && w[w.length - 3] === 'private');
  return false;
}

// Values that say something about a secret without being one: "token: expired", "password=***".
const NON_SECRET_VALUES = new Set([
  'true',
  'false',
  'null',
  'nil',
  'none',
  'undefined',
  'yes',
  'no',
  'on',
  'off',
  'expired',
  'invalid',
  'missing',
  'required',
  'empty',
  'present',
  'absent',
  'valid',
  'revoked',
  'malformed',
  'unknown',
  'unset',
  'set',
  'redacted',
  'filtered',
  'hidden',
  'masked',
  'omitted',
  'provided',
  'rotated',
  'refreshed',
  'ok',
  'not',
]);

export function isNonSecretValue(key: string, value: string): boolean {
  const v = value.replace(/^\\?["']|\\?["']$/g, '');
  if (v === '' || /^\*+$/.test(v) || /^\d{1,3}$/.test(v) || /^\[\w+\]$/.test(v)) return true;
  if (NON_SECRET_VALUES.has(v.toLowerCase())) return true;
  // PWD / OLDPWD hold the working directory, not a password.
  if (/^(old)?pwd$/i.test(key) && /^(\/|~|[A-Za-z]:\\)/.test(v)) return true;
  return false;
}
