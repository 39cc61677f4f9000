"use strict";
exports.id = 941;
exports.ids = [941];
exports.modules = {

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ errorLine),
/* harmony export */   d: () => (/* binding */ InputError)
/* harmony export */ });
/** A problem with what the user gave us: reported as one line naming the input and the fix. */
class InputError extends Error {
    input;
    problem;
    fix;
    constructor(input, problem, fix) {
        super(`${input}: ${problem}. Fix: ${fix}.`);
        this.input = input;
        this.problem = problem;
        this.fix = fix;
        this.name = 'InputError';
    }
}
/** The one-line text for any error: ours verbatim, others without a stack. */
function errorLine(e) {
    if (e instanceof Error)
        return e.message.split('\n')[0];
    return String(e);
}


/***/ }),

/***/ 44941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lY: () => (/* binding */ createRedactor),
  dK: () => (/* reexport */ mask),
  PA: () => (/* binding */ maskForActions)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/safety/secret-keys.ts
var secret_keys = __webpack_require__(64625);
;// CONCATENATED MODULE: ./src/safety/patterns.ts
// The secret shapes, in the order they run. Context rules (PEM blocks, URL credentials, secret
// key=value pairs, Bearer) run before shape rules, so "token=<any secret>" always becomes
// "token=<redacted:secret>" whatever the secret looks like: one shape for grouping.
//
// Every pattern is linear-time on hostile input: a pattern that starts with a repeated class has a
// negative lookbehind on that class (so it is tried once per run, not at every position), repeated
// groups are separated by a character their body cannot match, and the rest is bounded.

const mask = (kind) => `<redacted:${kind}>`;
function applyRule(rule, text) {
    if (rule.hint && !rule.hint.test(text))
        return text;
    if ('apply' in rule)
        return rule.apply(text);
    return text.replace(rule.re, rule.to);
}
const PLACEHOLDER = /^(\\?["'])?<redacted:[a-z0-9-]+>\1$/;
// Value forms after a key: "double" (with \" escapes), \"escaped JSON\", 'single', or bare.
const VALUE = String.raw `"(?:[^"\\\r\n]|\\.)*"` +
    String.raw `|\\"(?:[^"\\\r\n]|\\[^"\r\n])*\\"` +
    String.raw `|'[^'\r\n]*'` +
    String.raw `|(?:\\?["'])?(?:[^\s"'\\,;&<>(){}\[\]]|\\(?!["']))+`;
const AUTH_SCHEMES = 'Bearer|Basic|Token|Digest|Bot|Negotiate';
const AUTH_SCHEME = String.raw `(?:(?:${AUTH_SCHEMES})\s+)?`;
const AUTH_SCHEME_WORD = new RegExp(`^(?:${AUTH_SCHEMES})$`, 'i');
/**
 * What every pair redactPairs masks ends in: a secret key's end (SECRET_KEY_END), an optional quote and the
 * separator (KEY_SEP), read back from the separator (colons and equals signs are rarer than letters). Case-insensitive;
 * also read by src/safety/screen.ts.
 */
const PAIR_AT_SEPARATOR = String.raw `[=:](?<=(?:${secret_keys/* SECRET_KEY_END */.f4})(?:\\?["'])?\s*[=:])`;
const SECRET_PAIR_HINT = new RegExp(PAIR_AT_SEPARATOR, 'i');
// A key and its separator; the value is only read (sticky, at the separator's end) when the key
// names a secret, so non-secret pairs cost no more than their key.
const KEY_SEP = /(?<![\w.-])(-{0,2}(?:\\?["'])?)([A-Za-z_][\w.-]{0,80})((?:\\?["'])?\s*(?:=>?|:)\s*)/gi;
const VALUE_AT = new RegExp(`(${AUTH_SCHEME})(${VALUE})`, 'iy');
function quoteOf(value) {
    const m = /^(\\?["'])/.exec(value);
    if (!m)
        return ['', ''];
    const closed = value.length > m[1].length && value.endsWith(m[1]);
    return [m[1], closed ? m[1] : ''];
}
/** Masks the values of secret keys in key=value, key: value, "key": "value" and header pairs. */
function redactPairs(text) {
    let out = '';
    let done = 0;
    KEY_SEP.lastIndex = 0;
    for (let m = KEY_SEP.exec(text); m; m = KEY_SEP.exec(text)) {
        const key = m[2];
        if (!(0,secret_keys/* isSecretKey */.uE)(key))
            continue;
        const valueStart = m.index + m[0].length;
        VALUE_AT.lastIndex = valueStart;
        const v = VALUE_AT.exec(text);
        if (!v)
            continue;
        const [whole, scheme, value] = v;
        const valueEnd = valueStart + whole.length;
        if (PLACEHOLDER.test(value) || (!scheme && (0,secret_keys/* isNonSecretValue */.Tr)(key, value)))
            continue;
        // "Authorization: Bearer <redacted:secret>" seen again: the scheme is not the secret.
        if (!scheme && AUTH_SCHEME_WORD.test(value) && /^\s+<redacted:/.test(text.slice(valueEnd, valueEnd + 12)))
            continue;
        const [open, close] = quoteOf(value);
        out += text.slice(done, valueStart) + scheme + open + mask('secret') + close;
        done = valueEnd;
        KEY_SEP.lastIndex = valueEnd;
    }
    return done === 0 ? text : out + text.slice(done);
}
// A random-looking token right after words that name a secret, in prose: "signing secret X",
// "rejected api key X", "token X". The words decide (isSecretKey on the last one or two words), the
// token must look random: 16+ characters, letters and digits (or 20+ mixed-case letters that are not
// camelCase words), and at least 3 bits of entropy each.
const TOKEN_RUN = /(?<![A-Za-z0-9_+/=.-])[A-Za-z0-9_+/=-]{16,}(?![A-Za-z0-9_+/=-])/g;
const WORDS_BEFORE = /([A-Za-z][A-Za-z-]{0,30})(?:\s+([A-Za-z][A-Za-z-]{0,30}))?\s+$/;
/**
 * What every token redactNamedTokens masks comes after: the word that names it holds a key word (isSecretKey on
 * one word, or on two joined by "_": a key word holds no "_", so it lies in one of them), then the rest of that
 * word, whitespace, maybe one more word (WORDS_BEFORE: words of at most 31 letters, which also keeps this scan
 * linear on a run of key words), and the token's first 16 characters (TOKEN_RUN). Case-insensitive, after SECRET_KEY_HINT; also read by src/safety/screen.ts.
 */
const NAMED_AFTER_KEY_WORD = String.raw `[A-Za-z-]{0,30}\s+(?:[A-Za-z][A-Za-z-]{0,30}\s+)?[A-Za-z0-9_+/=-]{16}`;
const NAMED_TOKEN_HINT = new RegExp(`(?:${secret_keys/* SECRET_KEY_HINT */.tl.source})${NAMED_AFTER_KEY_WORD}`, 'i');
function entropyBits(s) {
    const counts = new Map();
    for (const c of s)
        counts.set(c, (counts.get(c) ?? 0) + 1);
    let bits = 0;
    for (const n of counts.values())
        bits -= (n / s.length) * Math.log2(n / s.length);
    return bits;
}
/** A lower-case path ("projects/p/secrets/db-url/versions/3") is a name, not a key. */
const LOWER_PATH = /^[a-z0-9_.-]+(?:\/[a-z0-9_.-]+)+$/;
/** CamelCase words ("ExpiredSignatureError") read as random by entropy alone. */
const CAMEL_WORDS = /^[A-Za-z][a-z]*(?:[A-Z][a-z]+)*$/;
function looksRandom(tok) {
    if (LOWER_PATH.test(tok) || entropyBits(tok) < 3)
        return false;
    if (/\d/.test(tok) && /[A-Za-z]/.test(tok))
        return true;
    // Random letters without a digit (1 in 16 random 16-character tokens has none).
    return tok.length >= 20 && /[A-Z]/.test(tok) && /[a-z]/.test(tok) && !CAMEL_WORDS.test(tok);
}
function redactNamedTokens(text) {
    return text.replace(TOKEN_RUN, (tok, at) => {
        const words = WORDS_BEFORE.exec(text.slice(Math.max(0, at - 64), at));
        if (!words || !looksRandom(tok))
            return tok;
        const named = words[2] === undefined ? (0,secret_keys/* isSecretKey */.uE)(words[1]) : (0,secret_keys/* isSecretKey */.uE)(`${words[1]}_${words[2]}`) || (0,secret_keys/* isSecretKey */.uE)(words[2]);
        return named ? mask('secret') : tok;
    });
}
const BEARER_TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;
function looksLikeToken(tok) {
    if (!BEARER_TOKEN.test(tok) || tok.length < 8)
        return false;
    return /\d/.test(tok) || /[._~+/=-]/.test(tok) || (tok.length >= 16 && /[A-Z]/.test(tok) && /[a-z]/.test(tok));
}
function hasMixedCharacters(s) {
    return (/[A-Z]/.test(s) && /[a-z]/.test(s) && /\d/.test(s)) || /[/+]/.test(s);
}
/** Only a line of exactly 64 characters can be a PEM body line: checked by length before any regex. */
function hasLineOf64(text) {
    if (text.length < 64)
        return false;
    for (let start = 0; start <= text.length;) {
        const nl = text.indexOf('\n', start);
        const end = nl < 0 ? text.length : nl;
        if (end - start === 64)
            return true;
        if (nl < 0)
            return false;
        start = nl + 1;
    }
    return false;
}
const PEM_BODY_LINE = /^(?=[A-Za-z0-9+/]{0,63}[A-Z])[A-Za-z0-9+/]{64}$/gm;
const HAS_PEM_BODY_LINE = new RegExp(PEM_BODY_LINE.source, 'm');
/** Whether the PEM body line rule below changes the text: exactly when it applies and matches. */
function hasPemBodyLine(text) {
    return hasLineOf64(text) && HAS_PEM_BODY_LINE.test(text);
}
const PEM_HEADER = String.raw `[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----`;
const BUILTIN_RULES = [
    {
        kind: 'private-key',
        hint: /-----BEGIN/,
        // Body up to the next "-----" (so an unterminated key masks the rest rather than leaking it).
        re: new RegExp(String.raw `-----BEGIN ${PEM_HEADER}[^-]*(?:-(?!----)[^-]*)*(?:-----END ${PEM_HEADER})?`, 'g'),
        to: mask('private-key'),
    },
    {
        kind: 'private-key',
        hint: /MII/,
        // DER key material without its PEM header (e.g. the first body line of a key printed line by line).
        re: /(?<![A-Za-z0-9+/])MII[A-Za-z0-9+/]{60,}={0,2}/g,
        to: mask('private-key'),
    },
    {
        kind: 'private-key',
        // A line that is exactly one 64-character base64 run: a PEM body line logged on its own.
        apply: (text) => (hasLineOf64(text) ? text.replace(PEM_BODY_LINE, mask('private-key')) : text),
    },
    {
        kind: 'credentials',
        hint: /:\/\//,
        // The user may be empty (redis://:password@host); the password may hold "#", "?" or "*" unescaped.
        re: /(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]{0,30}:\/\/)[^\s/?#@:"'<>]*:[^\s/"'<>@]*@/g,
        to: `$1${mask('credentials')}@`,
    },
    {
        kind: 'credentials',
        hint: /:\/\//,
        // A key as the whole user-info (Sentry DSNs, https://TOKEN@host): long, with a digit.
        re: /(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]{0,30}:\/\/)(?=[A-Za-z_-]*\d)[A-Za-z0-9_-]{16,}@/g,
        to: `$1${mask('credentials')}@`,
    },
    {
        kind: 'cookie',
        hint: /cookie/i,
        re: /(?<![\w-])((?:set-)?cookie\s*[:=]\s*)(?!<redacted)([^\s"'][^\r\n"']*)/gi,
        to: (all, pre, value) => ((0,secret_keys/* isNonSecretValue */.Tr)('cookie', value.split(/\s/)[0]) ? all : pre + mask('cookie')),
    },
    { kind: 'secret', hint: SECRET_PAIR_HINT, apply: redactPairs },
    {
        kind: 'token',
        hint: /bearer/i,
        // Not followed by a letter, digit or "=": "token_type=Bearer expires_in=3599" holds no token.
        re: /\b(bearer\s+)([A-Za-z0-9\-._~+/]+=*)(?![A-Za-z0-9=])/gi,
        to: (all, pre, tok) => (looksLikeToken(tok) ? pre + mask('token') : all),
    },
    {
        kind: 'jwt',
        hint: /eyJ/,
        re: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*){0,2}/g,
        to: mask('jwt'),
    },
    {
        kind: 'github-token',
        hint: /gh[pousr]_|github_pat_/,
        re: /(?<![A-Za-z0-9])(?:gh[pousr]_[A-Za-z0-9]{30,251}|github_pat_[A-Za-z0-9_]{22,247})/g,
        to: mask('github-token'),
    },
    { kind: 'google-api-key', hint: /AIza/, re: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{30,60}/g, to: mask('google-api-key') },
    {
        kind: 'google-oauth-token',
        hint: /ya29\./,
        re: /(?<![A-Za-z0-9_-])ya29\.[0-9A-Za-z_-]{10,}(?:\.[0-9A-Za-z_-]+)*/g,
        to: mask('google-oauth-token'),
    },
    { kind: 'google-refresh-token', hint: /1\/\//, re: /(?<![\w/])1\/\/0[0-9A-Za-z_-]{20,}/g, to: mask('google-refresh-token') },
    { kind: 'google-client-secret', hint: /GOCSPX-/, re: /GOCSPX-[0-9A-Za-z_-]{20,}/g, to: mask('google-client-secret') },
    {
        kind: 'aws-secret',
        // A 40-character secret access key is only recognisable next to its access key id.
        hint: /(?:AKIA|ASIA)[A-Z0-9]{16}/,
        re: /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/g,
        to: (all) => (hasMixedCharacters(all) ? mask('aws-secret') : all),
    },
    {
        kind: 'aws-access-key',
        hint: /A[BCGIKNPRS][A-Z]{2}[A-Z0-9]{16}/,
        re: /(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}/g,
        to: mask('aws-access-key'),
    },
    { kind: 'slack-token', hint: /xox|xapp-/, re: /(?<![A-Za-z0-9])(?:xox[abposre]|xapp)-[0-9A-Za-z-]{10,}/g, to: mask('slack-token') },
    {
        kind: 'slack-webhook',
        hint: /hooks\.slack\.com/,
        re: /(hooks\.slack\.com\/)(?:services|workflows|triggers)\/[A-Za-z0-9/_-]+/g,
        to: `$1${mask('slack-webhook')}`,
    },
    {
        kind: 'discord-webhook',
        hint: /discord/,
        re: /(discord(?:app)?\.com\/api\/webhooks\/)\d+\/[\w-]+/g,
        to: `$1${mask('discord-webhook')}`,
    },
    {
        kind: 'stripe-key',
        hint: /_live_|_test_|whsec_/,
        // Secret, restricted and publishable keys (a publishable key still names the live account), webhook secrets.
        re: /(?<![A-Za-z0-9])(?:[srp]k_(?:live|test)_[0-9A-Za-z]{16,}|whsec_[0-9A-Za-z+/=]{24,})/g,
        to: mask('stripe-key'),
    },
    { kind: 'telegram-token', hint: /:AA/, re: /(?<![0-9])\d{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])/g, to: mask('telegram-token') },
    { kind: 'secret', hint: NAMED_TOKEN_HINT, apply: redactNamedTokens },
    {
        kind: 'ai-api-key',
        hint: /sk-/,
        re: /(?<![A-Za-z0-9_-])sk-(?:proj-|ant-(?:api\d\d-)?|svcacct-)?[A-Za-z0-9_-]{20,}/g,
        to: mask('ai-api-key'),
    },
    { kind: 'npm-token', hint: /npm_/, re: /(?<![A-Za-z0-9])npm_[A-Za-z0-9]{36}/g, to: mask('npm-token') },
    { kind: 'gitlab-token', hint: /glpat-/, re: /glpat-[0-9A-Za-z_-]{20,}/g, to: mask('gitlab-token') },
    { kind: 'sendgrid-key', hint: /SG\./, re: /(?<![A-Za-z0-9])SG\.[\w-]{16,}\.[\w-]{16,}/g, to: mask('sendgrid-key') },
];
const EMAIL_RULE = {
    kind: 'email',
    hint: /@/,
    re: /(?<![\w.+-])[A-Za-z0-9][\w.+-]{0,63}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])/g,
    to: mask('email'),
};
const OCTET = String.raw `(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`;
const H16 = '[0-9A-Fa-f]{1,4}';
const IP_RULES = [
    {
        kind: 'ip',
        hint: /\d\.\d/,
        re: new RegExp(String.raw `(?<![\w.])(?:${OCTET}\.){3}${OCTET}(?!\w|\.\d)`, 'g'),
        to: mask('ip'),
    },
    {
        kind: 'ip',
        hint: /:[0-9A-Fa-f]*:/,
        re: new RegExp(String.raw `(?<![\w:.])(?:(?:${H16}:){7}${H16}|(?:${H16}:){1,7}:(?:${H16}(?::${H16}){0,6})?|::${H16}(?::${H16}){0,6})(?![\w:])`, 'g'),
        to: mask('ip'),
    },
];

// EXTERNAL MODULE: ./node_modules/@secretlint/core/module/index.js + 15 modules
var core_module = __webpack_require__(86707);
// EXTERNAL MODULE: ./node_modules/@secretlint/profiler/module/node.js + 1 modules
var node = __webpack_require__(806);
// EXTERNAL MODULE: ./node_modules/@secretlint/secretlint-rule-preset-recommend/module/index.js
var secretlint_rule_preset_recommend_module = __webpack_require__(31577);
;// CONCATENATED MODULE: ./src/safety/screen.ts
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


// Case-sensitive shapes, by the character each starts from ([our rule] / {ruleset rule}).
const SHAPES = [
    // "_": [github-token] gh[pousr]_ github_pat_, [stripe-key] [srp]k_(live|test)_ whsec_, [npm-token] npm_; {github}
    // {stripe} {npm} {groq} gsk_, {huggingface} hf_, {linear} lin_api_, {notion} ntn_, {shopify} shp(pa|ca|at|ss)_,
    // {grafana} glc_ glsa_, {1password} ops_ey, {vercel} vc[piark]_, {docker} dckr_pat_, {figma} figd_, {cloudflare} cf(k|ut|at)_.
    String.raw `_(?<=(?:gh[pousr]|github|whsec|npm|gsk|hf|lin|ntn|shp(?:pa|ca|at|ss)|glc|glsa|ops|vc[piark]|dckr|figd|cf(?:k|ut|at)|_live|_test)_)`,
    // "-": [private-key] {privatekey} -----BEGIN, [google-client-secret] GOCSPX-, [ai-api-key] sk- after no [A-Za-z0-9_-],
    // {anthropic} sk-ant-, [slack-token] {slack} xox[a-z]- xapp-, [gitlab-token] {gitlab} glpat-, {tailscale} tskey-.
    String.raw `-(?:----BEGIN|(?<=GOCSPX-|(?<![A-Za-z0-9_-])sk-|sk-ant-|xox[a-z]-|xapp-|glpat-|tskey-))`,
    // ":": [telegram-token] :AA; [ip] IPv6: (h:){7}h and (h:){1,7}:... start with h:h: or h:: (h = 1-4 hex digits after
    // no [\w:.]), ::h... starts with :: after no [\w:.].
    String.raw `:(?:AA|(?<=(?<![\w:.])[0-9A-Fa-f]{1,4}:)[0-9A-Fa-f]{0,4}:|(?<![\w:.]:):[0-9A-Fa-f])`,
    // ".": [ip] IPv4 d.d{1,3}.d{1,3}.d; [google-oauth-token] ya29., [sendgrid-key] {sendgrid} SG., {hashicorp-vault}
    // hv[sbr]., [discord-webhook] discord(app)?.com, [slack-webhook] {slack} hooks.slack.com (any case for {slack}).
    String.raw `\.(?:(?<=\d\.)\d{1,3}\.\d{1,3}\.\d|(?<=ya29\.|SG\.|hv[sbr]\.|discord(?:app)?\.)|(?<=[Hh][Oo][Oo][Kk][Ss]\.)[Ss][Ll][Aa][Cc][Kk]\.[Cc][Oo][Mm])`,
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
const KEY_WORD = `(?:${secret_keys/* SECRET_KEY_HINT */.tl.source})`;
const NAMED_OR_BEARER = String.raw `${KEY_WORD}(?:${NAMED_AFTER_KEY_WORD}|(?<=bearer)\s)`;
const KEYISH = new RegExp(String.raw `${KEY_WORD}(?:[\w.-]{0,80}(?:\\?["'])?\s*[=:]|${NAMED_AFTER_KEY_WORD}|(?<=bearer)\s)`, 'i');
const KEYED = new RegExp(`${PAIR_AT_SEPARATOR}|${NAMED_OR_BEARER}`, 'i');
const SHAPE = new RegExp(SHAPES.join('|'));
/**
 * {aws} reads "aws_secret_access_key" then whitespace, a separator and 40 characters, and its whitespace may be the
 * newline that joins a text to the next in a ruleset call: a text that ends in such a key (or key and separator)
 * may mask the start of the next. (Its other matches end inside one text.)
 */
const AWS_KEY_AT_END = /(?:SECRET|secret|Secret)_?(?:ACCESS|access|Access)_?(?:KEY|key|Key)["']?$/;
const SEPARATOR_AT_END = /(?::|=>|=)$/;
function endsInAwsKey(text) {
    // Most texts end in none of the characters such an ending can (y, Y, a quote, a separator, or whitespace).
    const last = text.charCodeAt(text.length - 1);
    if (last > 32 && last < 128 && !TAIL.has(last))
        return false;
    let t = text.trimEnd();
    const sep = SEPARATOR_AT_END.exec(t.slice(-2));
    if (sep)
        t = t.slice(0, t.length - sep[0].length).trimEnd();
    return t.length >= 15 && AWS_KEY_AT_END.test(t.slice(-32));
}
const TAIL = new Set([...`yY"':=>`].map((c) => c.charCodeAt(0)));
/**
 * "clean": every rule leaves the text as it is, in any batch. "rules": it may hold a secret. "batch": it may start
 * a ruleset match that runs on into the next text ({privatekey} spans lines, {aws} see above), so its batch must be
 * redacted whole, as one ruleset call sees it.
 */
function screenText(text) {
    if (isLowerHex(text))
        return 'clean';
    if (SHAPE.test(text))
        return text.includes('-----BEGIN') || endsInAwsKey(text) ? 'batch' : 'rules';
    if (endsInAwsKey(text))
        return 'batch';
    // [private-key] a line of exactly 64 base64 characters (a PEM body line logged alone): the rule's own test, since
    // lines of 64 characters are common in stack traces and most are not base64.
    return (KEYISH.test(text) && KEYED.test(text)) || hasPemBodyLine(text) ? 'rules' : 'clean';
}
/**
 * Ids, span ids and hashes: no shape above holds only 0-9 and a-f (each has a character outside them, and a PEM body
 * line needs a capital), and such a text cannot end in an AWS key name.
 */
function isLowerHex(text) {
    if (text.length > 128)
        return false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102)))
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/safety/ruleset.ts
// The maintained ruleset: secretlint's recommended preset (Shopify, Hugging Face, Grafana, Stripe,
// Slack, GitHub, GitLab, npm, OpenAI, Anthropic, Databricks, Vault, Vercel, database URLs, basic auth,
// private keys, ...), run in process. Dependabot keeps it current; our own rules fill its gaps.
//
// secretlint lints a whole text in one (async) call, so texts are scanned in batches joined by
// newlines: ~1,000 short texts per call cost about what one call per text costs for ten.




// The profiler records a mark per rule per call and never forgets them: memory would grow per batch.
node/* secretLintProfiler */.z.setEnabled(false);
// Every scanner of the preset except filter-comments: log text is hostile, and a line saying
// "secretlint-disable" would switch detection off for the rest of its batch, other records included.
const config = {
    rules: secretlint_rule_preset_recommend_module/* rules */.a.filter((rule) => rule.meta.id !== '@secretlint/secretlint-rule-filter-comments').map((rule) => ({ id: rule.meta.id, rule, options: {} })),
};
/** "<redacted:shopify>" for @secretlint/secretlint-rule-shopify: one stable placeholder per rule. */
function rulesetKind(ruleId) {
    const kind = ruleId
        .replace(/^@secretlint\/secretlint-rule-/, '')
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-');
    return kind === '' ? 'secret' : kind;
}
async function findSpans(content) {
    const result = await (0,core_module/* lintSource */.n)({
        source: { content, filePath: 'log.txt', ext: '.txt', contentType: 'text' },
        options: { config, noPhysicFilePath: true },
    });
    const spans = result.messages.map((m) => [m.range[0], m.range[1], rulesetKind(m.ruleId)]);
    return spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
}
function maskSpans(text, offset, spans) {
    let out = '';
    let done = 0;
    for (const [s, e, kind] of spans) {
        const start = Math.max(s - offset, done);
        const end = Math.min(e - offset, text.length);
        // A span around one of our placeholders (a database URL whose password is already masked)
        // holds nothing left to hide: keep the host and database readable.
        if (end <= start || text.slice(start, end).includes('<redacted:'))
            continue;
        out += text.slice(done, start) + `<redacted:${kind}>`;
        done = end;
    }
    return done === 0 && out === '' ? text : out + text.slice(done);
}
/** Characters per secretlint call: large enough to amortise a call, small enough to stay cheap. */
const BATCH_CHARS = 256 * 1024;
/**
 * Masks what the maintained ruleset finds in each text; same order, same count. Only texts the screen does not
 * clear are scanned; when one of them may start a match that runs on into the next text, all of them are, joined
 * as before. (screens: the texts' screens when the caller has them.)
 */
async function applyRuleset(texts, screens = texts.map(screenText)) {
    if (screens.includes('batch'))
        return scan(texts);
    const at = [];
    for (let i = 0; i < texts.length; i++)
        if (screens[i] !== 'clean')
            at.push(i);
    if (at.length === texts.length)
        return scan(texts);
    const out = texts.slice();
    if (at.length === 0)
        return out;
    const found = await scan(at.map((i) => texts[i]));
    at.forEach((i, k) => (out[i] = found[k]));
    return out;
}
async function scan(texts) {
    const out = texts.slice();
    for (let first = 0; first < texts.length;) {
        let last = first;
        let chars = 0;
        while (last < texts.length && (last === first || chars + texts[last].length < BATCH_CHARS))
            chars += texts[last++].length + 1;
        const spans = await findSpans(texts.slice(first, last).join('\n'));
        if (spans.length > 0) {
            let offset = 0;
            let k = 0;
            for (let i = first; i < last; i++) {
                const end = offset + texts[i].length;
                while (k < spans.length && spans[k][1] <= offset)
                    k++;
                // Spans that touch this text (a span may run across the joining newline into the next).
                const mine = [];
                for (let j = k; j < spans.length && spans[j][0] < end; j++)
                    if (spans[j][1] > offset)
                        mine.push(spans[j]);
                if (mine.length > 0)
                    out[i] = maskSpans(texts[i], offset, mine);
                offset = end + 1;
            }
        }
        first = last;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/safety/redact.ts
// Redaction of secrets and personal data from log text, before it reaches any output.
// Placeholders are stable tokens such as "<redacted:jwt>" so grouping sees one shape.





function compileUserPattern(source, input) {
    const literal = /^\/(.+)\/([imsu]*)$/s.exec(source);
    const [body, flags] = literal ? [literal[1], literal[2]] : [source, ''];
    let re;
    try {
        re = new RegExp(body, flags + 'g');
    }
    catch (e) {
        throw new errors/* InputError */.d(input, `invalid regular expression ${JSON.stringify(source)} (${e.message})`, 'write a JavaScript regular expression, e.g. "ACME-[0-9]{6}"');
    }
    const matchesEmpty = re.test('');
    re.lastIndex = 0;
    if (matchesEmpty)
        throw new errors/* InputError */.d(input, `the pattern ${JSON.stringify(source)} matches the empty string`, 'make it match at least one character');
    return re;
}
/**
 * Builds the redactor for a run. User patterns run first (they know their own formats), then our
 * rules (context rules such as "token=..." first, so a secret after a telling key always becomes
 * "token=<redacted:secret>" whatever its shape), emails and IP addresses unless switched off, and
 * last the maintained ruleset over what is left. Texts the screen (src/safety/screen.ts) clears skip
 * all of it. Throws InputError for an invalid user pattern.
 */
function createRedactor(options = {}) {
    const input = options.extraPatternsInput ?? 'redact.patterns';
    const custom = (options.extraPatterns ?? []).map((p, i) => ({
        kind: 'custom',
        re: compileUserPattern(p, `${input}[${i}]`),
        to: (m) => (m === '' ? m : mask('custom')),
    }));
    const rules = [...custom, ...BUILTIN_RULES, ...(options.emails === false ? [] : [EMAIL_RULE]), ...(options.ips === false ? [] : IP_RULES)];
    // Most lines hold none of the shape rules' hints: one scan for all of them lets such a line skip
    // twenty rules. (Safe because a replacement puts a placeholder between what it keeps, so it can
    // never join two pieces into a new hint, and no rule reads a placeholder as a key.)
    // The same for the context rules' case-insensitive hints (secret words, cookie, bearer).
    const groups = [false, true].map((caseless) => {
        const members = BUILTIN_RULES.filter((r) => r.hint !== undefined && r.hint.flags.includes('i') === caseless);
        return { members: new Set(members), any: new RegExp([...new Set(members.map((r) => `(?:${r.hint?.source})`))].join('|'), caseless ? 'i' : '') };
    });
    const groupOf = rules.map((r) => (groups[0].members.has(r) ? 0 : groups[1].members.has(r) ? 1 : -1));
    const own = (text) => {
        let out = text;
        for (const rule of custom)
            out = applyRule(rule, out);
        if (custom.length > 0 && screenText(out) === 'clean')
            return out;
        let skip0;
        let skip1;
        for (let i = custom.length; i < rules.length; i++) {
            const g = groupOf[i];
            if (g === 0 && (skip0 ??= !groups[0].any.test(out)))
                continue;
            if (g === 1 && (skip1 ??= !groups[1].any.test(out)))
                continue;
            out = applyRule(rules[i], out);
        }
        return out;
    };
    const redactAll = async (texts) => {
        // Texts the screen clears skip every rule (with user patterns, only after those ran: see own).
        const screens = custom.length > 0 ? texts.map(() => 'rules') : texts.map(screenText);
        const mine = texts.map((t, i) => (screens[i] === 'clean' ? t : own(t)));
        const plain = await applyRuleset(mine, mine.map((t, i) => (screens[i] === 'clean' ? 'clean' : screenText(t))));
        // A percent-encoded text (a request URL, a redirect_uri inside one) hides "key%3Dvalue" from the
        // rules: where its decoded form holds a secret, the decoded form, redacted, is what goes out.
        // (A decoded form the screen clears would come out as it went in: it changes nothing.)
        const encoded = [];
        texts.forEach((t, i) => {
            const d = t.includes('%') ? decodePercent(t) : t;
            if (d !== t && (custom.length > 0 || screenText(d) !== 'clean'))
                encoded.push([i, d]);
        });
        if (encoded.length === 0)
            return plain;
        const decoded = await applyRuleset(encoded.map(([, d]) => own(d)));
        encoded.forEach(([i, d], k) => {
            if (decoded[k] !== d)
                plain[i] = decoded[k];
        });
        return plain;
    };
    return {
        redactAll,
        redact: async (text) => (await redactAll([text]))[0],
        ...(custom.length > 0 ? {} : { screen: screenText }),
    };
}
const PERCENT = /%[0-9A-Fa-f]{2}/;
/** The text with %XX escapes decoded (twice, for a URL inside a URL); the text itself when it has none. */
function decodePercent(text) {
    let out = text;
    for (let i = 0; i < 2 && PERCENT.test(out); i++) {
        try {
            out = decodeURIComponent(out);
        }
        catch {
            out = out.replace(/%([0-9A-Fa-f]{2})/g, (_m, h) => String.fromCharCode(parseInt(h, 16)));
        }
    }
    return out;
}
/**
 * The strings to register with the Actions log masker for one secret value: the value, each of
 * its lines (the runner masks line by line, so a multi-line secret must be registered per line)
 * and its URL-encoded form. Parts shorter than 4 characters are skipped: masking them would
 * blank out ordinary log text. Use as `for (const s of maskForActions(token)) core.setSecret(s)`.
 */
function maskForActions(value) {
    const parts = new Set();
    const add = (s) => {
        const t = s.trim();
        if (t.length >= 4)
            parts.add(t);
    };
    add(value);
    for (const line of value.split(/\r?\n|\\n/))
        add(line);
    add(encodeURIComponent(value));
    return [...parts];
}


/***/ }),

/***/ 64625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tr: () => (/* binding */ isNonSecretValue),
/* harmony export */   f4: () => (/* binding */ SECRET_KEY_END),
/* harmony export */   tl: () => (/* binding */ SECRET_KEY_HINT),
/* harmony export */   uE: () => (/* binding */ isSecretKey)
/* harmony export */ });
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
function words(key) {
    return key
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length > 0);
}
/** Every secret key name contains one of these. */
const SECRET_KEY_HINT = /pass|pwd|secret|token|key|auth|cookie|session|cred|sig|jwt|bearer|otp|psk|sas/i;
/**
 * How every secret key name ends, as a case-insensitive pattern (isSecretKey true implies it): the last word that
 * counts is a secret word, ends in password, passwd or secret, is "key", or is "id" after "session" or "key";
 * after it come only encoding suffixes and separators (the words are the key's runs of letters and digits, cut
 * also where camelCase turns upper). A word may start anywhere before its end: "apikey" ends in "key".
 */
const LAST_WORD_ENDS = [...SECRET_LAST_WORDS, 'password', 'passwd', 'secret', 'key', String.raw `session[_.-]*id`, String.raw `key[_.-]*id`];
const SECRET_KEY_END = String.raw `(?:${LAST_WORD_ENDS.join('|')})(?:[_.-]*(?:${[...ENCODING_SUFFIXES].join('|')}))*[_.-]*`;
function isSecretKey(key) {
    if (!SECRET_KEY_HINT.test(key))
        return false;
    const w = words(key);
    while (w.length > 1 && ENCODING_SUFFIXES.has(w[w.length - 1]))
        w.pop();
    const last = w[w.length - 1];
    if (last === undefined)
        return false;
    const before = w[w.length - 2];
    if (SECRET_LAST_WORDS.has(last))
        return !(last === 'token' && before !== undefined && PUBLIC_TOKENS.has(before));
    // Run-together names: PGPASSWORD, MYSQL_ROOTPASSWORD, appsecret.
    if (/(password|passwd|secret)$/.test(last))
        return true;
    if (before === undefined)
        return false;
    if (last === 'key')
        return KEY_QUALIFIERS.has(before);
    // A service-account key's "private_key_id" names the key itself; a "signing_key_id" is a public kid.
    if (last === 'id')
        return before === 'session' || (before === 'key' && w[w.length - 3] === 'private');
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
function isNonSecretValue(key, value) {
    const v = value.replace(/^\\?["']|\\?["']$/g, '');
    if (v === '' || /^\*+$/.test(v) || /^\d{1,3}$/.test(v) || /^\[\w+\]$/.test(v))
        return true;
    if (NON_SECRET_VALUES.has(v.toLowerCase()))
        return true;
    // PWD / OLDPWD hold the working directory, not a password.
    if (/^(old)?pwd$/i.test(key) && /^(\/|~|[A-Za-z]:\\)/.test(v))
        return true;
    return false;
}


/***/ })

};
;
//# sourceMappingURL=941.index.js.map