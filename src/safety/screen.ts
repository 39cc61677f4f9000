// Which texts need redaction at all. Most log strings (ids, trace names, ordinary messages) hold
// nothing any rule could match; proving that with two scans lets them skip our ~25 rules and the
// maintained ruleset's ~40 regexes, and leaves the bookkeeping for the few texts that need it.
//
// The screen is exact, not a heuristic: every alternative below is implied by a rule's pattern (a
// literal or a shape every match of that pattern contains), so a text none of them matches comes
// out of every rule unchanged. Each alternative starts at a rare character (or a short literal)
// and checks the rest with lookarounds, so the scan costs about what one literal search costs.
// When a rule or the maintained ruleset changes, this table changes with it: the preset's rule ids
// are pinned in __tests__/safety/screen.test.ts, and the corpora are checked against the screen.
import { hasPemBodyLine, NAMED_AFTER_KEY_WORD, PAIR_AT_SEPARATOR } from './patterns.js';
import { SECRET_KEY_HINT } from './secret-keys.js';

/** What redacting a text needs: nothing, the rules, or the rules over its whole batch (a match may run into the next text). */
export type Screen = 'clean' | 'rules' | 'batch';

// Case-sensitive shapes, by the character each starts from ([our rule] / {ruleset rule}).
const SHAPES = [
  // "_": [github-token] gh[pousr]_ github_pat_, [stripe-key] [srp]k_(live|test)_ whsec_, [npm-token] npm_; {github}
  // {stripe} {npm} {groq} gsk_, {huggingface} hf_, {linear} lin_api_, {notion} ntn_, {shopify} shp(pa|ca|at|ss)_,
  // {grafana} glc_ glsa_, {1password} ops_ey, {vercel} vc[piark]_, {docker} dckr_pat_, {figma} figd_, {cloudflare} cf(k|ut|at)_.
  String.raw`_(?<=(?:gh[pousr]|github|whsec|npm|gsk|hf|lin|ntn|shp(?:pa|ca|at|ss)|glc|glsa|ops|vc[piark]|dckr|figd|cf(?:k|ut|at)|_live|_test)_)`,
  // "-": [private-key] {privatekey} -----BEGIN, [google-client-secret] GOCSPX-, [ai-api-key] sk- after no [A-Za-z0-9_-],
  // {anthropic} sk-ant-, [slack-token] {slack} xox[a-z]- xapp-, [gitlab-token] {gitlab} glpat-, {tailscale} tskey-.
  String.raw`-(?:----BEGIN|(?<=GOCSPX-|(?<![A-Za-z0-9_-])sk-|sk-ant-|xox[a-z]-|xapp-|glpat-|tskey-))`,
  // ":": [telegram-token] :AA; [ip] IPv6: (h:){7}h and (h:){1,7}:... start with h:h: or h:: (h = 1-4 hex digits after
  // no [\w:.]), ::h... starts with :: after no [\w:.].
  String.raw`:(?:AA|(?<=(?<![\w:.])[0-9A-Fa-f]{1,4}:)[0-9A-Fa-f]{0,4}:|(?<![\w:.]:):[0-9A-Fa-f])`,
  // ".": [ip] IPv4 d.d{1,3}.d{1,3}.d; [google-oauth-token] ya29., [sendgrid-key] {sendgrid} SG., {hashicorp-vault}
  // hv[sbr]., [discord-webhook] discord(app)?.com, [slack-webhook] {slack} hooks.slack.com (any case for {slack}).
  String.raw`\.(?:(?<=\d\.)\d{1,3}\.\d{1,3}\.\d|(?<=ya29\.|SG\.|hv[sbr]\.|discord(?:app)?\.)|(?<=[Hh][Oo][Oo][Kk][Ss]\.)[Ss][Ll][Aa][Cc][Kk]\.[Cc][Oo][Mm])`,
  // [email] [credentials] (both end in "@") {basicauth} {database-connection-string} (a password needs "user:pw@");
  // "%": the percent-decoded form of the text is redacted too.
  '[@%]',
  // [google-refresh-token] 1//0, {databricks} dapi.
  '//0(?<=1//0)',
  'dapi',
  // [private-key] MII (DER), [jwt] eyJ, [google-api-key] AIza, [aws-access-key] A[BCGIKNPRS][A-Z]{2}[A-Z0-9]{16}
  // ([aws-secret] runs only after (AKIA|ASIA)[A-Z0-9]{16}, one of these), {openai} T3BlbkFJ (in both of its forms).
  'M(?=II)',
  'J(?<=eyJ)',
  'A(?:Iza|[BCGIKNPRS][A-Z]{2}[A-Z0-9]{16})',
  'T3BlbkFJ',
];

// Case-insensitive: [secret] a secret key's pair (SECRET_PAIR_HINT in src/safety/patterns.ts; [cookie] "cookie:" and
// {aws} "secret_access_key =" are such pairs) and a random token after words naming a secret: a key word, then what
// NAMED_TOKEN_HINT reads after it; [token] bearer + whitespace ("bearer" is a key word).
// A pair's key ends in a secret word, which holds a key word: KEYISH, one fast scan, must pass before the pair's
// own (slower) shape is looked for. (A key is at most 81 characters (KEY_SEP): the bound keeps the scan linear on a
// run of key words, as every quantifier after a repeated start must be.)
const KEY_WORD = `(?:${SECRET_KEY_HINT.source})`;
const NAMED_OR_BEARER = String.raw`${KEY_WORD}(?:${NAMED_AFTER_KEY_WORD}|(?<=bearer)\s)`;
const KEYISH = new RegExp(String.raw`${KEY_WORD}(?:[\w.-]{0,80}(?:\\?["'])?\s*[=:]|${NAMED_AFTER_KEY_WORD}|(?<=bearer)\s)`, 'i');
const KEYED = new RegExp(`${PAIR_AT_SEPARATOR}|${NAMED_OR_BEARER}`, 'i');

const SHAPE = new RegExp(SHAPES.join('|'));

/**
 * {aws} reads "aws_secret_access_key" then whitespace, a separator and 40 characters, and its whitespace may be the
 * newline that joins a text to the next in a ruleset call: a text that ends in such a key (or key and separator)
 * may mask the start of the next. (Its other matches end inside one text.)
 */
const AWS_KEY_AT_END = /(?:SECRET|secret|Secret)_?(?:ACCESS|access|Access)_?(?:KEY|key|Key)["']?$/;
const SEPARATOR_AT_END = /(?::|=>|=)$/;

function endsInAwsKey(text: string): boolean {
  // Most texts end in none of the characters such an ending can (y, Y, a quote, a separator, or whitespace).
  const last = text.charCodeAt(text.length - 1);
  if (last > 32 && last < 128 && !TAIL.has(last)) return false;
  let t = text.trimEnd();
  const sep = SEPARATOR_AT_END.exec(t.slice(-2));
  if (sep) t = t.slice(0, t.length - sep[0].length).trimEnd();
  return t.length >= 15 && AWS_KEY_AT_END.test(t.slice(-32));
}
const TAIL = new Set([...`yY"':=>`].map((c) => c.charCodeAt(0)));

/**
 * "clean": every rule leaves the text as it is, in any batch. "rules": it may hold a secret. "batch": it may start
 * a ruleset match that runs on into the next text ({privatekey} spans lines, {aws} see above), so its batch must be
 * redacted whole, as one ruleset call sees it.
 */
export function screenText(text: string): Screen {
  if (isLowerHex(text)) return 'clean';
  if (SHAPE.test(text)) return text.includes('-----BEGIN') || endsInAwsKey(text) ? 'batch' : 'rules';
  if (endsInAwsKey(text)) return 'batch';
  // [private-key] a line of exactly 64 base64 characters (a PEM body line logged alone): the rule's own test, since
  // lines of 64 characters are common in stack traces and most are not base64.
  return (KEYISH.test(text) && KEYED.test(text)) || hasPemBodyLine(text) ? 'rules' : 'clean';
}

/**
 * Ids, span ids and hashes: no shape above holds only 0-9 and a-f (each has a character outside them, and a PEM body
 * line needs a capital), and such a text cannot end in an AWS key name.
 */
function isLowerHex(text: string): boolean {
  if (text.length > 128) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}
