#!/usr/bin/env node
// Writes the generated redaction corpora (deterministic: same seed, same files), so they can be
// reviewed and regenerated rather than hand-edited:
//   __tests__/safety/corpus/generated-secrets.jsonl     {format, shape, text, secrets}: made-up secrets
//       in the shapes real services issue, each in a plain text line, a JSON payload and an error
//   __tests__/safety/corpus/generated-lookalikes.txt     harmless ids, hashes and payloads, one per line
//   __tests__/safety/corpus/heldout-lookalikes.txt       more of them, from templates written after the rules
// Every secret is random (a seeded generator), never copied from anywhere. The look-alike templates
// were written from what Cloud Run logs carry, not from the redaction rules.
// Run: node scripts/make-redaction-corpus.mjs
import { writeFileSync } from 'node:fs';

let seed = 20261130;
/** mulberry32: small, deterministic. */
function rand() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LO = 'abcdefghijklmnopqrstuvwxyz';
const DIG = '0123456789';
const ALNUM = UP + LO + DIG;
const HEX = '0123456789abcdef';
const B64 = ALNUM + '+/';
const URL64 = ALNUM + '-_';
const from = (chars, n) => Array.from({ length: n }, () => pick(chars)).join('');
/** Random characters that still hold an upper, a lower letter and a digit (as issued keys do). */
const mixed = (chars, n) => {
  for (;;) {
    const s = from(chars, n);
    const has = (re) => !re.test(chars) || re.test(s);
    if (has(/[A-Z]/) && has(/[a-z]/) && has(/\d/)) return s;
  }
};
const b64 = (bytes) => Buffer.from(Array.from({ length: bytes }, () => int(0, 255))).toString('base64');
const password = () => mixed(ALNUM + '!#%^*-_.~', int(14, 24));
const pemBody = (lines, first = 'MII') => [first + mixed(B64, 61), ...Array.from({ length: lines - 1 }, () => mixed(B64, 64)), mixed(B64, 20) + '=='];
const pem = (label, first) => [`-----BEGIN ${label}PRIVATE KEY-----`, ...pemBody(int(3, 6), first), `-----END ${label}PRIVATE KEY-----`].join('\n');

// Each format: a made-up secret, and how a program would print it (the secret alone, or with what
// usually surrounds it). `secrets` are what must not survive.
const S = (secret, line = secret, secrets = [secret]) => ({ line, secrets });
const FORMATS = {
  'github-classic-pat': () => S('ghp_' + mixed(ALNUM, 36)),
  'github-oauth-token': () => S('gho_' + mixed(ALNUM, 36)),
  'github-user-token': () => S('ghu_' + mixed(ALNUM, 36)),
  'github-installation-token': () => S('ghs_' + mixed(ALNUM, 36)),
  'github-refresh-token': () => S('ghr_' + mixed(ALNUM, 36)),
  'github-fine-grained-pat': () => S('github_pat_11' + mixed(ALNUM, 20) + '_' + mixed(ALNUM, 59)),
  'gitlab-pat': () => S('glpat-' + mixed(URL64, 20)),
  'npm-token': () => S('npm_' + mixed(ALNUM, 36)),
  'slack-bot-token': () => S(`xoxb-${from(DIG, 11)}-${from(DIG, 13)}-${mixed(ALNUM, 24)}`),
  'slack-user-token': () => S(`xoxp-${from(DIG, 11)}-${from(DIG, 11)}-${from(DIG, 13)}-${from(HEX, 32)}`),
  'slack-app-token': () => S(`xapp-1-A${from(UP + DIG, 10)}-${from(DIG, 13)}-${from(HEX, 64)}`),
  'slack-webhook-url': () => {
    const s = `T${from(UP + DIG, 10)}/B${from(UP + DIG, 10)}/${mixed(ALNUM, 24)}`;
    return S(s, `https://hooks.slack.com/services/${s}`);
  },
  'discord-webhook-url': () => {
    const s = `${from(DIG, 18)}/${mixed(URL64, 68)}`;
    return S(s, `https://discord.com/api/webhooks/${s}`);
  },
  'stripe-secret-key': () => S('sk_live_' + mixed(ALNUM, 99)),
  'stripe-test-key': () => S('sk_test_' + mixed(ALNUM, 24)),
  'stripe-restricted-key': () => S('rk_live_' + mixed(ALNUM, 40)),
  'stripe-publishable-key': () => S('pk_live_' + mixed(ALNUM, 99)),
  'stripe-webhook-secret': () => S('whsec_' + mixed(ALNUM, 32)),
  'shopify-access-token': () => S('shpat_' + from(HEX, 32)),
  'shopify-shared-secret': () => S('shpss_' + from(HEX, 32)),
  'shopify-custom-app-token': () => S('shpca_' + from(HEX, 32)),
  'shopify-private-app-token': () => S('shppa_' + from(HEX, 32)),
  'huggingface-token': () => S('hf_' + mixed(UP + LO, 34)),
  'grafana-cloud-token': () => S('glc_' + mixed(B64, 60) + '=='),
  'grafana-service-account-token': () => S(`glsa_${mixed(ALNUM, 32)}_${from(HEX, 8)}`),
  'openai-project-key': () => S(`sk-proj-${mixed(URL64, 74)}T3BlbkFJ${mixed(URL64, 74)}`),
  'openai-legacy-key': () => S(`sk-${mixed(ALNUM, 20)}T3BlbkFJ${mixed(ALNUM, 20)}`),
  'anthropic-api-key': () => S(`sk-ant-api03-${mixed(URL64, 93)}AA`),
  'groq-api-key': () => S('gsk_' + mixed(ALNUM, 52)),
  'linear-api-key': () => S('lin_api_' + mixed(ALNUM, 40)),
  'notion-token': () => S(`ntn_${from(DIG, 11)}${mixed(ALNUM, 35)}`),
  'google-api-key': () => S('AIza' + mixed(URL64, 35)),
  'google-oauth-access-token': () => S('ya29.' + mixed(URL64, 120)),
  'google-refresh-token': () => S('1//0' + mixed(URL64, 99)),
  'google-client-secret': () => S('GOCSPX-' + mixed(URL64, 28)),
  'aws-access-key-id': () => S('AKIA' + from(UP + DIG, 16)),
  'aws-sts-key-id': () => S('ASIA' + from(UP + DIG, 16)),
  'aws-secret-access-key': () => {
    const s = mixed(B64, 40);
    return S(s, `aws_secret_access_key=${s}`);
  },
  jwt: () => S(`eyJ${mixed(URL64, 30)}.eyJ${mixed(URL64, 60)}.${mixed(URL64, 43)}`),
  'pem-rsa-private-key': () => S(pem('RSA ')),
  'pem-ec-private-key': () => S(pem('EC ', 'MHc')),
  'pem-openssh-private-key': () => S(pem('OPENSSH ', 'b3BlbnNzaC1rZXktdjEAAAAA')),
  'pem-pkcs8-private-key': () => S(pem('')),
  'gcp-service-account-key-id': () => {
    const s = from(HEX, 40);
    return S(s, `"private_key_id": "${s}"`);
  },
  'postgres-url-password': () => {
    const s = password();
    return S(s, `postgres://app_user:${s}@10.20.0.5:5432/orders`);
  },
  'mysql-url-password': () => {
    const s = password();
    return S(s, `mysql://root:${s}@db.internal:3306/shop`);
  },
  'mongodb-srv-password': () => {
    const s = mixed(ALNUM, 20);
    return S(s, `mongodb+srv://svc:${s}@cluster0.abcde.mongodb.net/prod?retryWrites=true`);
  },
  'redis-url-password': () => {
    const s = mixed(ALNUM, 24);
    return S(s, `redis://:${s}@10.0.0.3:6379/0`);
  },
  'amqp-url-password': () => {
    const s = password();
    return S(s, `amqps://worker:${s}@rabbit.internal/vhost`);
  },
  'https-basic-auth-in-url': () => {
    const s = password();
    return S(s, `https://deploy:${s}@registry.example.test/v2/`);
  },
  'sentry-dsn-key': () => {
    const s = from(HEX, 32);
    return S(s, `https://${s}@o${from(DIG, 6)}.ingest.sentry.io/${from(DIG, 7)}`);
  },
  'authorization-basic': () => {
    const s = Buffer.from(`svc:${password()}`).toString('base64');
    return S(s, `Authorization: Basic ${s}`);
  },
  'authorization-bearer-opaque': () => {
    const s = mixed(ALNUM, 40);
    return S(s, `Authorization: Bearer ${s}`);
  },
  'proxy-authorization': () => {
    const s = mixed(URL64, 48);
    return S(s, `Proxy-Authorization: Bearer ${s}`);
  },
  'cookie-header': () => {
    const a = mixed(ALNUM, 32);
    const b = mixed(ALNUM, 40);
    return S(a, `Cookie: sessionid=${a}; csrftoken=${b}`, [a, b]);
  },
  'set-cookie-header': () => {
    const s = mixed(URL64, 40);
    return S(s, `Set-Cookie: sid=${s}; Path=/; HttpOnly; Secure`);
  },
  'sendgrid-api-key': () => S(`SG.${mixed(URL64, 22)}.${mixed(URL64, 43)}`),
  'password-key-value': () => {
    const s = password();
    return S(s, `password=${s}`);
  },
  'password-json-field': () => {
    const s = password();
    return S(s, `"db_password": "${s}"`);
  },
  'client-secret-key-value': () => {
    const s = mixed(URL64, 32);
    return S(s, `client_secret=${s}`);
  },
  'api-key-header': () => {
    const s = mixed(ALNUM, 32);
    return S(s, `X-Api-Key: ${s}`);
  },
  'databricks-token': () => S('dapi' + from(HEX, 32)),
  'vault-service-token': () => S('hvs.' + mixed(URL64, 95)),
  'vercel-token': () => S('vcp_' + mixed(ALNUM, 40)),
  'docker-pat': () => S('dckr_pat_' + mixed(URL64, 27)),
  'figma-token': () => S('figd_' + mixed(URL64, 40)),
  'tailscale-auth-key': () => S(`tskey-auth-${mixed(ALNUM, 12)}-${mixed(ALNUM, 30)}`),
  'cloudflare-user-token': () => S(`cfut_${mixed(ALNUM, 40)}${from(HEX, 8)}`),
  'azure-storage-connection-string': () => {
    const s = b64(64);
    return S(s, `DefaultEndpointsProtocol=https;AccountName=prodlogs;AccountKey=${s};EndpointSuffix=core.windows.net`);
  },
  'twilio-auth-token-env': () => {
    const s = from(HEX, 32);
    return S(s, `TWILIO_AUTH_TOKEN=${s}`);
  },
  'datadog-api-key-env': () => {
    const s = from(HEX, 32);
    return S(s, `DD_API_KEY=${s}`);
  },
  'telegram-bot-token': () => {
    const s = `${from(DIG, 10)}:AA${mixed(URL64, 33)}`;
    return S(s, `https://api.telegram.org/bot${s}/sendMessage`);
  },
  'gcs-signed-url-signature': () => {
    const s = from(HEX, 256);
    return S(s, `https://storage.googleapis.com/b/o.pdf?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Signature=${s}`);
  },
  'session-id-json-field': () => {
    const s = mixed(ALNUM, 32);
    return S(s, `"sessionId":"${s}"`);
  },
  'secret-in-prose': () => {
    const s = mixed(ALNUM + '_-', 36);
    return S(s, `webhook signing secret ${s} did not verify`);
  },
  'api-key-in-prose': () => {
    const s = mixed(ALNUM, 32);
    return S(s, `rejected api key ${s} for tenant acme`);
  },
};

// Three shapes: a plain text line, a JSON payload (the secret inside a string, so escaped), an error
// with a stack trace. Multi-line secrets (PEM) are printed as they are in text and errors.
const TEXT = [(l) => `calling upstream with ${l}`, (l) => `config loaded: ${l} (from env)`, (l) => `WARN retrying request, credentials ${l}`, (l) => `${l}`];
const ERROR = [
  (l) => `Traceback (most recent call last):\n  File "/app/main.py", line 42, in handler\n    client.connect()\nRuntimeError: connect failed with ${l}`,
  (l) => `Error: request rejected: ${l}\n    at Client.send (/app/node_modules/client/index.js:88:21)\n    at async main (/app/server.js:12:5)`,
  (l) => `panic: auth failure ${l}\n\ngoroutine 1 [running]:\nmain.main()\n\t/src/main.go:27 +0x1d`,
  (l) => `java.lang.IllegalStateException: bad credential ${l}\n\tat com.acme.Api.call(Api.java:51)\n\tat com.acme.Main.main(Main.java:9)`,
];

const cases = [];
for (const [format, make] of Object.entries(FORMATS)) {
  for (const shape of ['text', 'json', 'error']) {
    const { line, secrets } = make();
    let text;
    if (shape === 'text') text = pick(TEXT)(line);
    else if (shape === 'error') text = pick(ERROR)(line);
    else
      text = JSON.stringify({
        severity: 'ERROR',
        message: `upstream call failed: ${line}`,
        component: pick(['billing', 'auth', 'search']),
        attempt: int(1, 5),
      });
    cases.push({ format, shape, text, secrets });
  }
}
const header = '# Generated by scripts/make-redaction-corpus.mjs (deterministic); do not edit. All secrets are random.\n';
writeFileSync('__tests__/safety/corpus/generated-secrets.jsonl', header + cases.map((c) => JSON.stringify(c)).join('\n') + '\n');

// Look-alikes: what Cloud Run logs carry that resembles a secret and is not one.
const uuid = () => `${from(HEX, 8)}-${from(HEX, 4)}-4${from(HEX, 3)}-${pick(['8', '9', 'a', 'b'])}${from(HEX, 3)}-${from(HEX, 12)}`;
const text64 = () =>
  Buffer.from(pick(['{"page":', '{"cursor":', '{"offset":', 'order-', 'batch:']) + int(1, 99999) + pick(['}', ',"limit":50}', '', '-done'])).toString('base64');
const LOOKS = [
  () => `request ${uuid()} completed in ${int(1, 900)}ms`,
  () => `trace=projects/demo-${int(1, 9)}/traces/${from(HEX, 32)} span=${from(HEX, 16)}`,
  () => `logging.googleapis.com/trace: projects/p/traces/${from(HEX, 32)}`,
  () => `X-Cloud-Trace-Context: ${from(HEX, 32)}/${from(DIG, 19)};o=1`,
  () => `traceparent: 00-${from(HEX, 32)}-${from(HEX, 16)}-01`,
  () => `commit ${from(HEX, 40)} deployed to staging`,
  () => `git describe v${int(0, 9)}.${int(0, 40)}.${int(0, 9)}-${int(1, 200)}-g${from(HEX, 7)}`,
  () => `image us-docker.pkg.dev/acme/app/api@sha256:${from(HEX, 64)}`,
  () => `sha256:${from(HEX, 64)}`,
  () => `md5=${from(HEX, 32)} size=${int(100, 999999)}`,
  () => `sha1 ${from(HEX, 40)}`,
  () => `etag "${from(HEX, 32)}"`,
  () => `ETag: W/"${from(HEX, 4)}-${from(HEX, 27)}"`,
  () => `build ${uuid()} finished: SUCCESS`,
  () => `Cloud Build id ${uuid()} step ${int(0, 9)} done`,
  () => `build-id=${from(DIG, 4)}${from(DIG, 4)}.${int(1, 999)} artifact=app-${int(1, 9)}.${int(0, 30)}.${int(0, 9)}.tgz`,
  () => `revision api-${String(int(1, 999)).padStart(5, '0')}-${from(LO, 3)} serving 100%`,
  () => `instanceId ${from(HEX, 96)}`,
  () => `insertId ${from(LO + DIG, 14)}`,
  () => `payload=${text64()}`,
  () => `cursor: ${text64()}`,
  () => `next page ${text64()} (50 items)`,
  () => `data: ${b64(int(24, 90))} (base64 image chunk ${int(1, 99)})`,
  () => `{"event":"upload","chunk":"${b64(int(30, 60))}","index":${int(0, 99)}}`,
  () => `pageToken=${mixed(URL64, int(20, 60))}`,
  () => `next_page_token: ${mixed(ALNUM, 40)}`,
  () => `order ${from(UP + DIG, 10)} shipped`,
  () => `customer cus_${mixed(ALNUM, 14)} charged ch_${mixed(ALNUM, 24)}`,
  () => `payment_intent pi_${mixed(ALNUM, 24)} succeeded`,
  () => `user ${from(DIG, 21)} signed in`,
  () =>
    `pubsub messageId=${from(DIG, 16)} publishTime=2026-11-${String(int(1, 29)).padStart(2, '0')}T0${int(0, 9)}:${int(10, 59)}:${int(10, 59)}.${from(DIG, 3)}Z`,
  () => `operation projects/p/locations/us-central1/operations/${uuid()}`,
  () => `k8s pod api-${from(LO + DIG, 10)}-${from(LO + DIG, 5)} restarted`,
  () => `job ${from(LO, 6)}-${from(DIG, 8)}-${from(LO + DIG, 5)} queued`,
  () => `cache key=users:${int(1, 99999)}:${from(HEX, 8)} miss`,
  () => `tokenizer=wordpiece vocab_size=${int(1000, 99999)} max_tokens=${int(100, 9000)}`,
  () => `prompt_tokens=${int(1, 9999)} completion_tokens=${int(1, 9999)} total_tokens=${int(1, 20000)}`,
  () => `token_type=Bearer expires_in=${int(60, 3600)}`,
  () => `password reset email sent to user ${int(1, 99999)}`,
  () => `session ${pick(['started', 'ended', 'expired'])} after ${int(1, 999)}s`,
  () => `key_id=${from(DIG, 3)} key_version=${int(1, 9)}`,
  () => `secret projects/p/secrets/db-url/versions/${int(1, 40)} accessed`,
  () => `version ${int(0, 30)}.${int(0, 30)}.${int(0, 30)} (node v${int(18, 24)}.${int(0, 20)}.${int(0, 9)})`,
  () => `took ${int(0, 23)}:${String(int(0, 59)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}.${from(DIG, 3)}`,
  () => `span ${from(HEX, 16)} parent ${from(HEX, 16)}`,
  () => `ray id ${from(HEX, 16)}-${from(UP, 3)}`,
  () => `x-request-id: ${from(LO + DIG, 20)}`,
  () => `correlation_id=${uuid()}`,
  () => `object gs://acme-uploads/${from(DIG, 4)}/${uuid()}.json generation=${from(DIG, 16)}`,
  () => `s3 key uploads/${from(HEX, 2)}/${from(HEX, 40)}.bin`,
  () => `GET /api/v1/items/${uuid()}?fields=id,name 200`,
  () => `GET /static/app.${from(HEX, 20)}.js 304`,
  () => `wasm module hash ${b64(32).replace(/=+$/, '')}`,
  () => `nonce-${b64(16)}`,
  () => `checksum crc32c=${b64(4)} md5Hash=${b64(16)}`,
];
const looks = new Set();
while (looks.size < 1200) looks.add(pick(LOOKS)());
writeFileSync(
  '__tests__/safety/corpus/generated-lookalikes.txt',
  header.replace('All secrets are random.', 'Nothing here is a secret.') + [...looks].join('\n') + '\n',
);
// Held out: templates written after the rules were final (2026-11-30), never used to change them.
const HELD_OUT = [
  () => `idempotency key ${uuid()} reused`,
  () => `cache key ${from(HEX, 40)} evicted`,
  () => `jwt kid ${from(HEX, 32)} not in JWKS`,
  () => `auth request ${uuid()} took ${int(1, 900)}ms`,
  () => `token endpoint returned 200 for client ${from(DIG, 12)}`,
  () => `secret version ${int(1, 40)} enabled for projects/p/secrets/api-${from('abcdef', 4)}`,
  () => `key ring projects/p/locations/global/keyRings/${from(LO, 6)}/cryptoKeys/${from(LO, 5)}`,
  () => `password policy v${int(1, 9)} applied to ${int(1, 900)} users`,
  () => `worker ${from(ALNUM, 8)} picked job ${from(HEX, 24)}`,
  () => `deploy digest sha256:${from(HEX, 64)} promoted`,
  () => `upload id ${from(URL64, 60)} resumed at byte ${int(0, 999999)}`,
  () => `blob ${Buffer.from(from(ALNUM, 30)).toString('base64')} stored`,
  () => `auth provider google-oauth2|${from(DIG, 21)} linked`,
  () => `oauth state ${from(ALNUM, 16)} matched`,
  () => `request signed with key version ${int(1, 9)} at ${int(1, 59)}s`,
  () => `ssh host key fingerprint SHA256:${b64(32).slice(0, 43)}`,
];
const heldOut = new Set();
while (heldOut.size < 1000) heldOut.add(pick(HELD_OUT)());
writeFileSync(
  '__tests__/safety/corpus/heldout-lookalikes.txt',
  header.replace('All secrets are random.', 'Nothing here is a secret; held out: not used to change the rules.') + [...heldOut].join('\n') + '\n',
);
console.log(
  `${cases.length} secret cases, ${cases.flatMap((c) => c.secrets).length} secrets, ${Object.keys(FORMATS).length} formats; ${looks.size} look-alikes, ${heldOut.size} held out`,
);
