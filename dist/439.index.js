"use strict";
exports.id = 439;
exports.ids = [439];
exports.modules = {

/***/ 75439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  githubTarget: () => (/* binding */ githubTarget),
  knownFromIssues: () => (/* binding */ knownFromIssues),
  previousFromRepository: () => (/* binding */ previousFromRepository),
  publishStep: () => (/* binding */ publishStep)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(92413);
;// CONCATENATED MODULE: ./src/budget.ts
class Budget {
    clock;
    end;
    maxWaitMs;
    maxWaitedMs;
    waitedMs = 0;
    /** What was not waited for, one line each. */
    refused = [];
    constructor(clock, opts) {
        this.clock = clock;
        this.end = clock.now() + opts.totalMs;
        this.maxWaitMs = opts.maxWaitMs ?? 60_000;
        this.maxWaitedMs = opts.maxWaitedMs ?? Infinity;
    }
    get leftMs() {
        return Math.max(0, this.end - this.clock.now());
    }
    get spent() {
        return this.leftMs <= 0 || this.refused.length > 0;
    }
    get waited() {
        return this.waitedMs;
    }
    /** Why a wait of ms would not happen, or undefined when it may. */
    refusal(ms) {
        if (ms > this.maxWaitMs)
            return `a wait of ${seconds(ms)} is longer than the ${seconds(this.maxWaitMs)} one wait may take`;
        if (this.waitedMs + ms > this.maxWaitedMs)
            return `a wait of ${seconds(ms)} would pass the ${seconds(this.maxWaitedMs)} of waiting allowed`;
        if (ms > this.leftMs)
            return `a wait of ${seconds(ms)} would outlast the run budget (${seconds(this.leftMs)} left)`;
        return undefined;
    }
    /** Sleeps ms and returns true, or returns false at once (and records why) when the budget refuses. */
    async wait(ms, what) {
        const no = this.refusal(Math.max(0, ms));
        if (no) {
            this.refused.push(`${what}: ${no}`);
            return false;
        }
        if (ms > 0)
            await this.clock.sleep(ms);
        this.waitedMs += Math.max(0, ms);
        return true;
    }
}
const seconds = (ms) => `${Math.ceil(ms / 1000)} s`;
/** A budget that never refuses a wait shorter than a day (for callers that set none). */
const unbounded = (clock) => new Budget(clock, { totalMs: 365 * 86_400_000, maxWaitMs: 86_400_000 });

// EXTERNAL MODULE: ./src/clock.ts
var src_clock = __webpack_require__(99373);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/settings.ts
var src_settings = __webpack_require__(58750);
// EXTERNAL MODULE: ./src/safety/markdown.ts
var markdown = __webpack_require__(31373);
// EXTERNAL MODULE: ./src/safety/truncate.ts
var truncate = __webpack_require__(10622);
// EXTERNAL MODULE: ./src/safety/unicode.ts
var unicode = __webpack_require__(9489);
;// CONCATENATED MODULE: ./src/github/limits.ts
// Sizes GitHub accepts, applied to every request as the last step before it leaves: titles at most
// 256 characters, issue and comment bodies at most 65,536. Callers fit their text first (and say
// what they cut); this is the guarantee that nothing over the limit is ever sent.



const TITLE_LIMIT = 256;
/** GitHub's limit for issue and comment bodies. */
const BODY_LIMIT = 65_536;
/** Request parameters with every string normalised (see unicode.ts) and title and body cut to fit. */
function fitForGitHub(params) {
    const out = (0,unicode/* cleanDeep */.A)(params);
    if (typeof out.title === 'string' && out.title.length > TITLE_LIMIT)
        out.title = (0,markdown/* shorten */.ml)(out.title, TITLE_LIMIT);
    if (typeof out.body === 'string' && out.body.length > BODY_LIMIT)
        out.body = (0,truncate/* truncateBody */.N)(out.body, BODY_LIMIT).body;
    return out;
}

;// CONCATENATED MODULE: ./src/github/repo.ts
function statusOf(e) {
    const s = e?.status;
    return typeof s === 'number' ? s : undefined;
}
function isStatus(e, ...statuses) {
    const s = statusOf(e);
    return s !== undefined && statuses.includes(s);
}

;// CONCATENATED MODULE: ./src/github/request-policy.ts


/** A request that got no answer in time, or whose connection failed: GitHub is not reachable. */
class GitHubUnreachable extends Error {
    static marker = 'GitHub unreachable';
    status = 504;
    constructor(why) {
        super(why.startsWith(GitHubUnreachable.marker) ? why : `${GitHubUnreachable.marker}: ${why}`);
    }
}
const WRITE = /^(POST|PUT|PATCH|DELETE)$/;
const NOTIFIES = /^POST \/repos\/\{owner\}\/\{repo\}\/issues(\/\{issue_number\}\/comments)?$/;
function requestPolicy(policy) {
    let lastWrite = -Infinity;
    let lastNotify = -Infinity;
    let queue = Promise.resolve();
    let down;
    /** Writes go one at a time, spaced out. */
    const spaced = (key) => {
        const turn = queue.then(async () => {
            const now = policy.clock.now();
            const gap = Math.max(lastWrite + policy.writeSpacingMs, NOTIFIES.test(key) ? lastNotify + policy.notifySpacingMs : -Infinity) - now;
            if (gap > 0)
                await policy.budget.wait(gap, `spacing ${key}`);
            lastWrite = policy.clock.now();
            if (NOTIFIES.test(key))
                lastNotify = lastWrite;
        });
        queue = turn.catch(() => undefined);
        return turn;
    };
    const once = async (send, options) => {
        const abort = new AbortController();
        const timer = setTimeout(() => abort.abort(), policy.requestTimeoutMs);
        try {
            options.request = Object.assign(options.request ?? {}, { signal: abort.signal });
            return await send(options);
        }
        catch (e) {
            const seconds = Math.round(policy.requestTimeoutMs / 1000);
            if (abort.signal.aborted)
                throw new GitHubUnreachable(`no answer from GitHub within ${seconds} s (${options.method} ${options.url})`);
            if (statusOf(e) === 500 && !e.response)
                throw new GitHubUnreachable(e.message);
            throw e;
        }
        finally {
            clearTimeout(timer);
        }
    };
    return async (send, raw) => {
        if (down)
            throw new GitHubUnreachable(down);
        // Octokit's hooks pass the original options object down the chain: change it, do not copy it.
        const options = Object.assign(raw, fitForGitHub(raw));
        const key = `${options.method} ${options.url}`;
        const retries = typeof options.request?.retries === 'number' ? options.request.retries : policy.serverRetries;
        let serverTries = 0;
        let limitTries = 0;
        for (;;) {
            if (WRITE.test(options.method))
                await spaced(key);
            try {
                return await once(send, options);
            }
            catch (e) {
                const limit = rateLimit(e, policy.clock.now());
                if (limit) {
                    const again = limitTries++ < policy.rateLimitRetries;
                    const refusal = again ? policy.budget.refusal(limit.waitMs) : undefined;
                    const what = !again ? 'giving up' : refusal ? `not waited: ${refusal}` : `retrying after ${Math.ceil(limit.waitMs / 1000)}s`;
                    policy.notice(`GitHub ${limit.kind} rate limit on ${key}: ${what}`);
                    if (!again || !(await policy.budget.wait(limit.waitMs, `GitHub ${limit.kind} rate limit on ${key}`)))
                        throw e;
                    continue;
                }
                const status = statusOf(e) ?? 0;
                if (status < 500 || serverTries++ >= retries) {
                    if (e instanceof GitHubUnreachable)
                        down = e.message;
                    throw e;
                }
                if (!(await policy.budget.wait(1000 * serverTries, `retrying ${key}`)))
                    throw e;
            }
        }
    };
}
/** A primary (quota spent) or secondary (too fast) rate limit, and how long GitHub asks to wait. */
function rateLimit(e, now) {
    const status = statusOf(e);
    if (status !== 403 && status !== 429)
        return undefined;
    const headers = (e.response?.headers ?? {});
    const retryAfter = Number(headers['retry-after']);
    if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter))
        return { kind: 'secondary', waitMs: Math.max(0, retryAfter) * 1000 };
    if (headers['x-ratelimit-remaining'] === '0') {
        const reset = Number(headers['x-ratelimit-reset']) * 1000;
        return { kind: 'primary', waitMs: Math.max(0, Math.ceil(((Number.isFinite(reset) ? reset : now) - now) / 1000) + 1) * 1000 };
    }
    if (/secondary rate limit/i.test(e.message))
        return { kind: 'secondary', waitMs: 60_000 };
    return undefined;
}

;// CONCATENATED MODULE: ./src/github/client.ts
// The Octokit the publisher uses: @actions/github's, with one request policy around every call
// (spacing, retries, rate limits, timeouts, sizes and clean text; see request-policy.ts).




function createOctokit(token, opts = {}) {
    const clock = opts.clock ?? src_clock/* realClock */.dQ;
    const octokit = (0,github/* getOctokit */.Q)(token, { baseUrl: opts.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com' });
    const policy = requestPolicy({
        clock,
        budget: opts.budget ?? unbounded(clock),
        notice: opts.notice ?? (() => undefined),
        rateLimitRetries: opts.rateLimitRetries ?? 2,
        serverRetries: opts.serverRetries ?? 2,
        requestTimeoutMs: opts.requestTimeoutMs ?? 30_000,
        writeSpacingMs: 1000,
        notifySpacingMs: 3000,
    });
    octokit.hook.wrap('request', policy);
    return octokit;
}

// EXTERNAL MODULE: ./src/github/settings-check.ts
var settings_check = __webpack_require__(88839);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(16141);
// EXTERNAL MODULE: ./src/safety/markers.ts
var markers = __webpack_require__(68045);
;// CONCATENATED MODULE: ./src/github/issue-index.ts

function toKnown(i) {
    return {
        number: i.number,
        url: i.html_url,
        title: i.title,
        body: i.body ?? '',
        state: i.state === 'closed' ? 'closed' : 'open',
        stateReason: i.state_reason,
        closedAt: i.closed_at,
        labels: i.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
        fingerprint: (0,markers/* readFingerprint */.bi)(i.body),
        byPerson: i.user?.type !== 'Bot',
    };
}
class IssueIndex {
    issues;
    byFingerprint = new Map();
    /** Open issues carrying a fingerprint another, older open issue carries too. */
    duplicates = [];
    constructor(issues) {
        this.issues = issues;
        // Open beats closed; among equals the oldest issue wins, so every run picks the same one.
        const rank = (i) => (i.state === 'open' ? 0 : 1);
        for (const i of [...issues].sort((a, b) => rank(a) - rank(b) || a.number - b.number)) {
            if (!i.fingerprint || i.stateReason === 'duplicate')
                continue;
            const first = this.byFingerprint.get(i.fingerprint);
            if (!first)
                this.byFingerprint.set(i.fingerprint, i);
            else if (first.state === 'open' && i.state === 'open')
                this.duplicates.push({ keep: first, close: i });
        }
    }
    /** The issue of a signature: by its fingerprint, else by an older fingerprint of the same problem. */
    find(signature) {
        for (const fp of [signature.fingerprint, ...(signature.aliases ?? [])]) {
            const hit = this.byFingerprint.get(fp);
            if (hit)
                return hit;
        }
        return undefined;
    }
    /** Every fingerprint on the action's issues, open and closed. */
    fingerprints() {
        return new Set(this.byFingerprint.keys());
    }
    /**
     * Open issues of ours whose group was last seen before `before` (from the state marker), on one
     * of `services` (any service when empty): another service's issues are not this run's to judge.
     */
    quietSince(before, services) {
        const out = [];
        for (const issue of this.byFingerprint.values()) {
            const memory = issue.state === 'open' ? (0,markers/* readMemory */.S1)(issue.body) : undefined;
            if (!memory || Date.parse(memory.lastSeen) >= before)
                continue;
            if (services.length && !(memory.services ?? []).some((s) => services.includes(s)))
                continue;
            out.push({ issue, lastSeen: memory.lastSeen });
        }
        return out;
    }
}
/** The action's issues: every open one, and closed ones updated within the window (all closed ones with closedWithinDays: Infinity). */
async function listActionIssues(octokit, repo, opts) {
    const days = opts.closedWithinDays ?? 90;
    const list = (state, since) => octokit.paginate(octokit.rest.issues.listForRepo, {
        owner: repo.owner,
        repo: repo.repo,
        labels: opts.label,
        state,
        per_page: 100,
        ...(since ? { since, sort: 'updated', direction: 'desc' } : {}),
    });
    const since = Number.isFinite(days) ? new Date(opts.now.getTime() - days * 86_400_000).toISOString() : undefined;
    const [open, closed] = await Promise.all([list('open'), days > 0 || !Number.isFinite(days) ? list('closed', since) : Promise.resolve([])]);
    return new IssueIndex([...open, ...closed].filter((i) => !i.pull_request).map(toKnown));
}
/** People's issues without the action's label or marker, open and recently closed, most recently updated first, up to maxPages pages. */
async function listHumanIssues(octokit, repo, label, maxPages = 3) {
    const out = [];
    let pages = 0;
    const params = { owner: repo.owner, repo: repo.repo, state: 'all', sort: 'updated', direction: 'desc', per_page: 100 };
    const iterator = octokit.paginate.iterator(octokit.rest.issues.listForRepo, params);
    for await (const res of iterator) {
        for (const i of res.data) {
            if (i.pull_request)
                continue;
            const k = toKnown(i);
            if (!k.fingerprint && !k.labels.some((l) => l.toLowerCase() === label.toLowerCase()))
                out.push(k);
        }
        if (++pages >= maxPages)
            break;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/github/issue-news.ts



const rank = (p) => types/* PRIORITIES */.BE.indexOf(p);
const DEFAULT_QUIET_MS = 72 * 3_600_000;
/** Seen after the issue was closed, and not closed as "not planned" (a decision to ignore it). */
function isRegression(g, issue) {
    return issue.stateReason !== 'not_planned' && !!issue.closedAt && Date.parse(g.lastSeen) > Date.parse(issue.closedAt);
}
/** Why a human should hear about this run, if at all. */
function newsFor(g, before, quietMs = DEFAULT_QUIET_MS) {
    if (!before)
        return [];
    const news = [];
    if (rank(g.triage.priority) < rank(before.priority))
        news.push(`priority escalated from ${before.priority} to ${g.triage.priority}`);
    const fresh = Object.keys(g.revisions).filter((r) => !before.revisions.includes((0,markers/* rememberedRevision */.Cx)(r)));
    if (fresh.length)
        news.push(`new revision${fresh.length > 1 ? 's' : ''} affected: ${fresh
            .slice(0, 10)
            .map((r) => (0,markdown/* code */.aY)(r.slice(0, 80)))
            .join(', ')}`);
    const gap = Date.parse(g.firstSeen) - Date.parse(before.lastSeen);
    if (gap > quietMs)
        news.push(`back after ${Math.round(gap / 3_600_000)} quiet hours (last seen before: ${before.lastSeen})`);
    return news;
}
/** What a regression comment says: what returned and since when. */
function regressionNews(g, issue) {
    const revisions = Object.keys(g.revisions)
        .slice(0, 10)
        .map((r) => (0,markdown/* code */.aY)(r.slice(0, 80)))
        .join(', ') || 'unknown';
    return `regression: seen again since ${g.firstSeen} after the issue was closed${issue.closedAt ? ` on ${issue.closedAt}` : ''}, in revisions ${revisions}`;
}

// EXTERNAL MODULE: ./src/render/format.ts
var format = __webpack_require__(71509);
;// CONCATENATED MODULE: ./src/render/distributions.ts

/** A bullet per distribution; empty when there are none. */
function distributionLines(g, max = 12) {
    const ds = g.distributions ?? [];
    const lines = ds.slice(0, max).map((d) => `- ${(0,format/* distributionLine */.J)(d, 5)}`);
    if (ds.length > max)
        lines.push(`- … ${ds.length - max} more fields in the JSON report`);
    return lines;
}

// EXTERNAL MODULE: ./src/triage/suspect.ts
var triage_suspect = __webpack_require__(88897);
;// CONCATENATED MODULE: ./src/github/issue-text.ts








const TITLE_MAX = 120;
/** Longest name (component, revision, location) shown in a title or a list. */
const NAME_MAX = 80;
const HISTOGRAM_HOURS = 72;
/** One scheme for every issue: `[P1] websocket: ImportError: cannot import name 'x'`. */
function issueTitle(g) {
    const prefix = `[${g.triage.priority}] ${(0,markdown/* shorten */.ml)((0,markdown/* plainText */.wh)(g.triage.component), 40)}: `;
    return prefix + (0,markdown/* shorten */.ml)((0,markdown/* plainText */.wh)(g.signature.title), TITLE_MAX - prefix.length);
}
/** The same title with the priority prefix moved to the group's current priority. */
function retitle(current, g) {
    return /^\[P[0-3]\] /.test(current) ? `[${g.triage.priority}] ${current.slice(5)}` : current;
}
const sorted = (c) => Object.entries(c).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0));
const list = (c, max = 10) => {
    const all = sorted(c);
    const shown = all.slice(0, max).map(([k, n]) => `${(0,markdown/* code */.aY)((0,markdown/* shorten */.ml)(k, NAME_MAX))} (${n})`);
    return all.length > max ? `${shown.join(', ')} and ${all.length - max} more` : shown.join(', ') || 'none';
};
function memoryOf(g, previous) {
    const revisions = [...(previous?.revisions ?? [])];
    for (const r of Object.keys(g.revisions))
        if (!revisions.includes(r))
            revisions.push(r);
    const services = [...new Set([...Object.keys(g.services), ...(previous?.services ?? [])])].slice(0, 5);
    return { priority: g.triage.priority, revisions, lastSeen: g.lastSeen, ...(services.length ? { services } : {}) };
}
function statusBlock(g, report, links, memory) {
    const window = `${report.query.since} to ${report.query.until}`;
    const where = [links.runUrl && `[run](${safeUrl(links.runUrl)})`, links.worklogUrl && `[worklog](${safeUrl(links.worklogUrl)})`].filter(Boolean);
    return (0,markers/* wrapStatus */.Z3)([
        (0,markers/* stateMarker */.AF)(memory),
        `**Status** (kept up to date by GCP Log Gardener): **${g.count}** entries in the window ${window}; ` +
            `last seen **${g.lastSeen}**; priority **${g.triage.priority}**; revisions ${list(g.revisions, 5)}.` +
            (where.length ? ` Latest ${where.join(', ')}.` : ''),
    ]);
}
/** Only http(s) URLs, with the characters that would end a markdown link escaped. */
function safeUrl(url) {
    if (!/^https?:\/\//i.test(url))
        return '#';
    return url.replace(/[()\s<>"]/g, (c) => encodeURIComponent(c));
}
function rate(g) {
    const hours = Math.max(1, (Date.parse(g.lastSeen) - Date.parse(g.firstSeen)) / 3_600_000);
    const perHour = g.count / hours;
    return perHour >= 1 ? `${perHour.toFixed(1)} per hour` : `${(perHour * 24).toFixed(1)} per day`;
}
function histogram(hourly) {
    const hours = Object.keys(hourly).sort();
    const shown = hours.slice(-HISTOGRAM_HOURS);
    const max = Math.max(1, ...shown.map((h) => hourly[h] ?? 0));
    const lines = shown.map((h) => {
        const n = hourly[h] ?? 0;
        return `${h}:00Z ${'█'.repeat(Math.max(1, Math.round((n / max) * 30)))} ${n}`;
    });
    return { text: lines.join('\n'), omitted: hours.length - shown.length };
}
function technical(g) {
    const e = g.exemplar;
    const src = e.sourceLocation &&
        [e.sourceLocation.file, e.sourceLocation.line].filter(Boolean).join(':') + (e.sourceLocation.function ? ` in ${e.sourceLocation.function}` : '');
    const rows = [
        ['Service', list(g.services)],
        ['Revisions', list(g.revisions)],
        ['Locations', list(g.locations)],
        ['Severity', `${g.maxSeverity} (highest)`],
        ['Signature', `${g.signature.kind}, ${(0,markdown/* code */.aY)(g.signature.fingerprint)}`],
    ];
    if (e.logger)
        rows.push(['Logger', (0,markdown/* code */.aY)(e.logger)]);
    if (src)
        rows.push(['Source location', (0,markdown/* code */.aY)(src)]);
    if (e.trace)
        rows.push(['Trace (exemplar)', (0,markdown/* code */.aY)(e.trace)]);
    if (e.http?.status)
        rows.push(['HTTP', (0,markdown/* cell */.Hn)(`${e.http.method ?? ''} ${e.http.path ?? ''} -> ${e.http.status}`.trim())]);
    return ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
}
/** Error text of the group: its distinct samples, and the exemplar's stack when it is not in them. */
function errorText(g) {
    const parts = [...g.samples];
    const stack = g.exemplar.stackTrace;
    if (stack && !parts.some((s) => s.includes(stack.slice(0, 200))))
        parts.push(stack);
    return parts.join('\n\n-----\n\n');
}
function issueBody(input) {
    const { group: g, report, links } = input;
    const hist = histogram(g.hourly);
    const head = [
        (0,markers/* fingerprintMarker */.nn)(g.signature.fingerprint),
        statusBlock(g, report, links, input.memory),
        '',
        ...(input.regressionOf ? [`> Regression: this came back after [#${input.regressionOf.number}](${safeUrl(input.regressionOf.url)}) was closed.`, ''] : []),
        '## Impact',
        (0,markdown/* inline */.mG)(g.triage.impact),
        '',
        '## Priority',
        `**${g.triage.priority}**, because of rule ${(0,markdown/* code */.aY)(g.triage.reason)}.${g.triage.owners.length ? ` Owners: ${g.triage.owners.map((o) => (0,markdown/* code */.aY)(o)).join(', ')}.` : ''}`,
        '',
        '## First and last seen',
        `First seen **${g.firstSeen}**, last seen **${g.lastSeen}** (window ${report.query.since} to ${report.query.until}).`,
        '',
        '## Pattern',
        `**${g.count}** entries, about ${rate(g)}; at most ${g.maxConsecutive} in a row.${hist.omitted ? ` Hourly counts below show the last ${HISTOGRAM_HOURS} hours (${hist.omitted} earlier hours omitted).` : ''}`,
        '',
        (0,markdown/* fenced */.OF)(hist.text),
        '',
        ...groupFactsSection(g),
        '## Error details',
    ].join('\n');
    const tail = [
        '',
        '## Technical context',
        ...technical(g),
        '',
        '## Links',
        g.explorerUrl ? `- [Logs Explorer](${safeUrl(g.explorerUrl)})` : '- Logs Explorer: project unknown',
        links.worklogUrl ? `- [Worklog](${safeUrl(links.worklogUrl)})` : '- Worklog: not committed',
        ...(links.runUrl ? [`- [Workflow run](${safeUrl(links.runUrl)})`] : []),
        '',
        `<sub>Filed by GCP Log Gardener ${(0,markdown/* inline */.mG)(report.tool.version)}. The status block above is rewritten by each run; edit anything else freely.</sub>`,
        '',
    ].join('\n');
    return fitErrorDetails(head, errorText(g), tail);
}
/** Which deploy brought it and what its entries have in common (suspect revision, distributions). */
function groupFactsSection(g) {
    const suspect = (0,triage_suspect/* suspectMarkdown */.Vl)(g);
    const dist = distributionLines(g);
    return [...(suspect.length ? ['## Suspect revision', ...suspect, ''] : []), ...(dist.length ? ['## Distributions', ...dist, ''] : [])];
}
/** Puts as much error text as fits between head and tail, saying what was cut. */
function fitErrorDetails(head, details, tail) {
    const whole = `${head}\n${(0,markdown/* fenced */.OF)(details)}\n${tail}`;
    if (whole.length <= BODY_LIMIT)
        return whole;
    const overhead = 400; // the note and the fence lines
    const room = BODY_LIMIT - head.length - tail.length - overhead;
    if (room < 1000)
        return (0,truncate/* truncateBody */.N)(whole, BODY_LIMIT).body;
    // fenced() may lengthen text (it breaks `<!--`), so shrink until the block fits.
    let keep = room;
    let block = (0,markdown/* fenced */.OF)((0,markdown/* shorten */.ml)(details, keep));
    while (block.length > room && keep > 0) {
        keep -= block.length - room + 16;
        block = (0,markdown/* fenced */.OF)((0,markdown/* shorten */.ml)(details, keep));
    }
    const note = `_Error details cut to fit GitHub's ${BODY_LIMIT}-character body limit: ${Math.max(0, keep)} of ${details.length} characters shown._`;
    return `${head}\n${note}\n\n${block}\n${tail}`;
}
/**
 * The body with its status block replaced (or appended when there is none), within `limit`: what
 * is cut is the text before the block (a person's words, or our error details), never the block.
 */
function withStatusBlock(body, block, limit = BODY_LIMIT) {
    const old = (0,markers/* statusBlockOf */.zF)(body);
    const [before, after] = old ? [body.slice(0, body.indexOf(old)), body.slice(body.indexOf(old) + old.length)] : [`${body.replace(/\s+$/, '')}\n\n`, '\n'];
    const whole = before + block + after;
    if (whole.length <= limit)
        return whole;
    const tail = (0,truncate/* truncateBody */.N)(after, Math.max(0, Math.floor((limit - block.length) / 4))).body;
    const head = (0,truncate/* truncateBody */.N)(before.replace(/\s+$/, ''), Math.max(0, limit - block.length - tail.length - 2)).body;
    return `${head}\n\n${block}${tail}`.slice(0, limit);
}

;// CONCATENATED MODULE: ./src/github/labels.ts

const PRIORITY_LABELS = {
    P0: { color: 'b60205', description: 'Critical: users are failing now; fix first' },
    P1: { color: 'd93f0b', description: 'High: a feature is broken or degrading' },
    P2: { color: 'fbca04', description: 'Medium: errors to fix in the normal flow' },
    P3: { color: '0e8a16', description: 'Low: noise or minor errors' },
};
const isPriorityLabel = (name) => /^P[0-3]$/.test(name);
/** Label names may not hold commas (list filters split on them) and are at most 50 characters. */
function componentLabel(component) {
    const clean = component
        .replace(/[,\s]+/g, '-')
        .replace(/[^\w.:/-]/g, '')
        .slice(0, 40) || 'unknown';
    return `component:${clean}`;
}
/** The action's label, the priority, and the component's label (the team's, or `component:NAME`). */
function labelsFor(g, actionLabel) {
    return [actionLabel, g.triage.priority, g.triage.label ?? componentLabel(g.triage.component)];
}
function specFor(name, actionLabel) {
    if (name === actionLabel)
        return { name, color: '5319e7', description: 'Filed and kept up to date by GCP Log Gardener from Cloud Logging errors' };
    if (isPriorityLabel(name))
        return { name, ...PRIORITY_LABELS[name] };
    const component = name.startsWith('component:') ? name.slice('component:'.length) : name;
    return { name, color: 'c5def5', description: `Errors from the ${component} component (GCP Log Gardener)` };
}
/**
 * Creates the labels among `names` the repository lacks. One listing, one POST per missing label;
 * a label another run created meanwhile (422 already_exists) counts as present.
 */
async function ensureLabels(octokit, repo, names, actionLabel) {
    const existing = await octokit.paginate(octokit.rest.issues.listLabelsForRepo, { owner: repo.owner, repo: repo.repo, per_page: 100 });
    const have = new Set(existing.map((l) => l.name.toLowerCase()));
    const created = [];
    for (const name of new Set(names)) {
        if (have.has(name.toLowerCase()))
            continue;
        try {
            const spec = specFor(name, actionLabel);
            await octokit.rest.issues.createLabel({ owner: repo.owner, repo: repo.repo, name: spec.name, color: spec.color, description: spec.description });
            created.push(name);
        }
        catch (e) {
            if (!isStatus(e, 422))
                throw e;
        }
        have.add(name.toLowerCase());
    }
    return created;
}
/** Labels to write when the priority label or a wanted label is off; undefined when nothing changes.
 * Labels people added stay; only the P0-P3 label is replaced. */
function relabel(current, g, actionLabel) {
    const wanted = labelsFor(g, actionLabel);
    const keep = current.filter((n) => !isPriorityLabel(n));
    const next = [...keep, ...wanted.filter((w) => !keep.some((k) => k.toLowerCase() === w.toLowerCase()))];
    const same = next.length === current.length && next.every((n) => current.some((c) => c.toLowerCase() === n.toLowerCase()));
    return same ? undefined : next;
}

;// CONCATENATED MODULE: ./src/github/once.ts


/** Pause before looking, times the attempt number (GitHub's writes land within a second or two). */
const LOOK_PAUSE_MS = 1_000;
/** Request options that turn the policy's server-error retries off for one call (rate limits are still waited out). */
const NO_RETRY = { retries: 0 };
async function writeOnce(budget, write, lookFor, attempts = 3) {
    for (let attempt = 1;; attempt++) {
        try {
            return await write();
        }
        catch (e) {
            if ((statusOf(e) ?? 0) < 500 || attempt >= attempts)
                throw e;
            if (!(await budget.wait(LOOK_PAUSE_MS * attempt, 'looking for a write whose answer was lost')))
                throw e;
            const found = await lookFor();
            if (found !== undefined)
                return found;
        }
    }
}
/** Posts a comment once: after a server error, an identical comment already there is the one. */
async function commentOnce(octokit, budget, repo, issueNumber, body) {
    return writeOnce(budget, async () => (await octokit.rest.issues.createComment({ owner: repo.owner, repo: repo.repo, issue_number: issueNumber, body, request: NO_RETRY })).data, async () => {
        const params = { owner: repo.owner, repo: repo.repo, issue_number: issueNumber, per_page: 100 };
        const comments = await octokit.paginate(octokit.rest.issues.listComments, params);
        const sent = fitForGitHub({ body }).body;
        return comments.find((c) => c.body === sent);
    });
}

;// CONCATENATED MODULE: ./src/github/outcomes.ts
function emptySync() {
    const none = { created: [], updated: [], unchanged: [], reopened: [], adopted: [], commented: [], closed: [], skipped: [], uncertain: [] };
    return { ...none, labelsCreated: [], refs: {}, read: false };
}
function outcome(g, issue, note) {
    return {
        fingerprint: g.signature.fingerprint,
        title: g.signature.title,
        priority: g.triage.priority,
        ...(issue ? { number: issue.number, url: issue.url } : {}),
        ...(note ? { note } : {}),
    };
}
/** The worklog's notes on what the GitHub step left undone on purpose. */
function issueNotes(issues) {
    return {
        notFiled: issues.skipped.map((s) => ({ title: s.title, priority: s.priority, ...(s.note ? { note: s.note } : {}) })),
        possibleDuplicates: issues.uncertain.map((u) => ({
            title: u.title,
            priority: u.priority,
            candidates: u.candidates.map((c) => ({ number: c.number, url: c.url, title: c.title })),
        })),
    };
}
/** Records a group left alone, and its issue when it has one. */
function skip(result, g, note, issue) {
    result.skipped.push(outcome(g, issue, note));
    if (issue)
        result.refs[g.signature.fingerprint] = { number: issue.number, url: issue.url, state: 'skipped' };
}

;// CONCATENATED MODULE: ./src/github/issue-actions.ts









const dryNote = (ctx, what, note) => (ctx.settings.dryRun ? `dry run: would ${what}${note ? ` (${note})` : ''}` : note);
const issueParams = (ctx, issueNumber) => ({ owner: ctx.repo.owner, repo: ctx.repo.repo, issue_number: issueNumber });
async function create(ctx, g, regressionOf) {
    const note = regressionOf ? `returned after #${regressionOf.number} was closed` : undefined;
    if (ctx.settings.dryRun) {
        ctx.result.created.push(outcome(g, undefined, dryNote(ctx, 'file', note)));
        return;
    }
    const body = issueBody({ group: g, report: ctx.report, links: ctx.links, memory: memoryOf(g), regressionOf });
    const filed = await writeOnce(ctx.budget, async () => {
        const { data } = await ctx.octokit.rest.issues.create({
            owner: ctx.repo.owner,
            repo: ctx.repo.repo,
            title: issueTitle(g),
            body,
            labels: labelsFor(g, ctx.settings.issueLabel),
            request: NO_RETRY,
        });
        return { number: data.number, url: data.html_url };
    }, async () => {
        // After a lost answer the group's issue, found by its marker, is the one.
        const found = (await listActionIssues(ctx.octokit, ctx.repo, { label: ctx.settings.issueLabel, now: ctx.now, closedWithinDays: 0 })).find(g.signature);
        return found?.state === 'open' ? { number: found.number, url: found.url } : undefined;
    });
    ctx.result.created.push(outcome(g, filed, note));
    ctx.result.refs[g.signature.fingerprint] = { ...filed, state: 'new' };
}
/** A person's body with our status block after it; their text is cut, never our block. */
function adoptedBody(body, block) {
    const room = BODY_LIMIT - block.length - 4;
    return `${(0,truncate/* truncateBody */.N)(body.replace(/\s+$/, ''), room).body}\n\n${block}\n`;
}
const adoptionText = (ctx, g, reopened) => `GCP Log Gardener matched this issue to the error group ${(0,markdown/* code */.aY)(g.signature.fingerprint)} ` +
    `(${(0,markdown/* inline */.mG)(g.signature.title)}; ${g.count} entries, last seen ${g.lastSeen})` +
    `${reopened ? ', which came back after the issue was closed, so it was reopened;' : ''} ` +
    `and will keep the status block at the end of the description up to date instead of filing a new issue. ` +
    `If the match is wrong, remove the ${(0,markdown/* code */.aY)(ctx.settings.issueLabel)} label and the status block.`;
/** Adopts a person's issue (reopening it when it was closed and the group came back). */
async function adopt(ctx, g, issue, score) {
    const ref = { number: issue.number, url: issue.url };
    const reopen = issue.state === 'closed';
    const note = `matched by similarity ${score.toFixed(2)}${reopen ? `; reopened: ${regressionNews(g, issue).replace(/`/g, '')}` : ''}`;
    if (ctx.settings.dryRun) {
        ctx.result.adopted.push(outcome(g, ref, dryNote(ctx, reopen ? 'adopt and reopen' : 'adopt', note)));
        return;
    }
    // The explanation is owed until it is posted: a later run posts it if this one could not.
    const owed = reopen ? 'adopted-reopened' : 'adopted';
    const memory = { ...memoryOf(g), owed: [owed] };
    const block = `${(0,markers/* fingerprintMarker */.nn)(g.signature.fingerprint)}\n${statusBlock(g, ctx.report, ctx.links, memory)}`;
    const labels = relabel(issue.labels, g, ctx.settings.issueLabel);
    await ctx.octokit.rest.issues.update({
        ...issueParams(ctx, issue.number),
        body: adoptedBody(issue.body, block),
        labels: labels ?? issue.labels,
        ...(reopen ? { state: 'open', state_reason: 'reopened' } : {}),
    });
    ctx.result.adopted.push(outcome(g, ref, note));
    if (reopen)
        ctx.result.reopened.push(outcome(g, ref, 'adopted'));
    ctx.result.refs[g.signature.fingerprint] = { ...ref, state: 'adopted' };
    await postOwed(ctx, g, { ...issue, state: 'open', body: adoptedBody(issue.body, block) }, memory);
}
/** Posts each notice the memory says is owed and not yet on the issue, then clears the debt. */
async function postOwed(ctx, g, issue, memory, news = []) {
    if (!memory.owed?.length)
        return memory;
    const comments = await ctx.octokit.paginate(ctx.octokit.rest.issues.listComments, { ...issueParams(ctx, issue.number), per_page: 100 });
    const posted = new Set(comments.map((c) => (0,markers/* readNotice */.di)(c.body)).filter(Boolean));
    for (const id of memory.owed) {
        if (posted.has(id))
            continue;
        const text = id === 'adopted-reopened' || id === 'adopted'
            ? adoptionText(ctx, g, id === 'adopted-reopened')
            : newsText(ctx, g, id === REGRESSION && news.length ? news : ['regression: seen again after the issue was closed']);
        await commentOnce(ctx.octokit, ctx.budget, ctx.repo, issue.number, `${text}\n\n${(0,markers/* noticeMarker */.Jb)(id)}`);
        if (!news.length)
            ctx.result.commented.push(outcome(g, issue, id));
    }
    const cleared = { ...memory, owed: undefined };
    const body = withStatusBlock(issue.body, statusBlock(g, ctx.report, ctx.links, cleared));
    await ctx.octokit.rest.issues.update({ ...issueParams(ctx, issue.number), body });
    return cleared;
}
const withoutLinks = (body) => body.replace(/ Latest (?:\[(?:run|worklog)\]\([^)\s]*\)(?:, )?)+\./g, '');
/** Known issue: status block, labels and title in one edit; a comment only with news; reopen on regression. */
async function keepCurrent(ctx, g, issue) {
    const ref = { number: issue.number, url: issue.url };
    if (issue.state === 'closed' && !isRegression(g, issue)) {
        const why = issue.stateReason === 'not_planned' ? 'issue closed as not planned' : 'all entries predate the close';
        skip(ctx.result, g, `${why}: not reopened`, ref);
        return;
    }
    const before = (0,markers/* readMemory */.S1)(issue.body);
    const reopen = issue.state === 'closed';
    const news = reopen ? [regressionNews(g, issue)] : newsFor(g, before, ctx.quietMs);
    // A reopening owes its explanation until it is posted; so does whatever an earlier run owed.
    const owed = [...(before?.owed ?? []), ...(reopen ? [REGRESSION] : [])];
    const memory = { ...memoryOf(g, before), ...(owed.length ? { owed } : {}) };
    const body = withStatusBlock(issue.body, statusBlock(g, ctx.report, ctx.links, memory));
    const labels = relabel(issue.labels, g, ctx.settings.issueLabel);
    const title = retitle(issue.title, g);
    // Fresh run and worklog links alone are no reason to edit an issue (and notify its watchers).
    const bodyChanged = withoutLinks(body) !== withoutLinks(issue.body);
    const changed = bodyChanged || labels !== undefined || title !== issue.title || reopen;
    const dry = ctx.settings.dryRun ? 'dry run: would ' : '';
    if (!ctx.settings.dryRun) {
        // News goes out before the memory moves on: when the comment fails, the next run says it again.
        if (news.length && !reopen)
            await commentOnce(ctx.octokit, ctx.budget, ctx.repo, issue.number, newsText(ctx, g, news));
        if (changed) {
            await ctx.octokit.rest.issues.update({
                ...issueParams(ctx, issue.number),
                ...(bodyChanged ? { body } : {}),
                ...(labels ? { labels } : {}),
                ...(title !== issue.title ? { title } : {}),
                ...(reopen ? { state: 'open', state_reason: 'reopened' } : {}),
            });
        }
        if (owed.length)
            await postOwed(ctx, g, { ...issue, state: 'open', body }, memory, reopen ? news : []);
    }
    if (news.length)
        ctx.result.commented.push(outcome(g, ref, dry + news.join('; ').replace(/`/g, '')));
    if (reopen)
        ctx.result.reopened.push(outcome(g, ref, dry ? 'dry run: would reopen' : undefined));
    else if (changed)
        ctx.result.updated.push(outcome(g, ref, dry ? 'dry run: would update' : undefined));
    else
        ctx.result.unchanged.push(outcome(g, ref));
    ctx.result.refs[g.signature.fingerprint] = { ...ref, state: reopen ? 'reopened' : 'updated' };
}
const REGRESSION = 'regression';
function newsText(ctx, g, news) {
    const run = ctx.links.runUrl ? ` [Run](${safeUrl(ctx.links.runUrl)})` : '';
    const window = `${ctx.report.query.since} to ${ctx.report.query.until}`;
    return `GCP Log Gardener: ${news.join('; ')}. ${g.count} entries in the window ${window}, last seen ${g.lastSeen}.${run}`;
}
/** Two open issues of ours with one fingerprint (a lost answer while the list lagged): keep the older. */
async function closeDuplicate(ctx, keep, close) {
    const entry = { fingerprint: close.fingerprint ?? '', title: close.title, priority: 'P3', number: close.number, url: close.url };
    if (ctx.settings.dryRun) {
        ctx.result.closed.push({ ...entry, note: `dry run: would close as a duplicate of #${keep.number}` });
        return;
    }
    const text = `GCP Log Gardener: duplicate of #${keep.number} (the same error group, ${(0,markdown/* code */.aY)(close.fingerprint ?? '')}), which is kept up to date instead.`;
    await commentOnce(ctx.octokit, ctx.budget, ctx.repo, close.number, text);
    await ctx.octokit.rest.issues.update({ ...issueParams(ctx, close.number), state: 'closed', state_reason: 'duplicate' });
    ctx.result.closed.push({ ...entry, note: `duplicate of #${keep.number}` });
}
/** An issue of ours whose group has been quiet for resolve-after: closed as completed, saying when it was last seen. */
async function resolveQuiet(ctx, issue, lastSeen) {
    const days = Math.floor((ctx.now.getTime() - Date.parse(lastSeen)) / 86_400_000);
    const entry = { fingerprint: issue.fingerprint ?? '', title: issue.title, priority: 'P3', number: issue.number, url: issue.url };
    if (ctx.settings.dryRun) {
        ctx.result.closed.push({ ...entry, note: `dry run: would close, quiet since ${lastSeen}` });
        return;
    }
    await commentOnce(ctx.octokit, ctx.budget, ctx.repo, issue.number, `GCP Log Gardener: no entries of this error group since ${lastSeen} (${days} days), so the issue is closed as completed. ` +
        'If the error returns, this issue is reopened.');
    await ctx.octokit.rest.issues.update({ ...issueParams(ctx, issue.number), state: 'closed', state_reason: 'completed' });
    ctx.result.closed.push({ ...entry, note: `quiet since ${lastSeen}` });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/github/lock.ts
// A repository-wide mutex for the moments a run files or adopts issues, so two runs at once never
// file the same group twice. Creating a label is atomic on GitHub's side: the second POST of the
// same name gets 422. The label's description holds the owner and an expiry, so a crashed run's
// lock is taken over once it expires. The owner is unique per process (run id, attempt, job and a
// random nonce): the legs of a matrix share the run id and the job name.



const LOCK_LABEL = 'log-gardener-lock';
/** Who holds the lock: unique per process, readable in the label's description (<= 100 characters). */
function lockOwner(env, nonce = (0,external_node_crypto_.randomBytes)(4).toString('hex')) {
    const part = (s, max) => (s ?? '').replace(/[^\w.-]+/g, '-').slice(0, max);
    return [part(env.GITHUB_RUN_ID, 20) || 'local', part(env.GITHUB_RUN_ATTEMPT, 4) || '1', part(env.GITHUB_JOB, 24) || 'job', nonce].join('.');
}
const describe = (owner, until) => `Held by GCP Log Gardener run ${owner} until ${new Date(until).toISOString()}; safe to delete after that`;
const expiryOf = (description) => Date.parse(/until (\S+);/.exec(description ?? '')?.[1] ?? '') || 0;
const heldBy = (description, owner) => (description ?? '').includes(`run ${owner} `);
async function acquireLock(octokit, repo, owner, waits, opts = {}) {
    const { clock, budget } = waits;
    const ttl = opts.ttlMs ?? 600_000;
    const deadline = clock.now() + (opts.waitMs ?? ttl + 30_000);
    const label = { owner: repo.owner, repo: repo.repo, name: LOCK_LABEL };
    const read = () => octokit.rest.issues.getLabel(label).then((r) => r.data, (e) => {
        if (isStatus(e, 404))
            return undefined;
        throw e;
    });
    const lock = {
        release: async () => {
            const now = await read();
            if (!now || !heldBy(now.description, owner))
                return; // gone already, or taken over: not ours to delete
            await octokit.rest.issues.deleteLabel(label).catch((e) => {
                if (!isStatus(e, 404))
                    throw e; // a lost answer on our own delete: it is gone
            });
        },
    };
    let refusals = 0;
    for (;;) {
        try {
            const description = describe(owner, clock.now() + ttl);
            await octokit.rest.issues.createLabel({ owner: repo.owner, repo: repo.repo, name: LOCK_LABEL, color: '000000', description });
            return { lock };
        }
        catch (e) {
            if (!isStatus(e, 422))
                throw e;
            const held = await read();
            // 422 while no lock label exists: GitHub refused the label itself, not because another run holds it.
            if (!held && ++refusals >= 3)
                return { why: `the issue lock could not be created: ${(0,errors/* errorLine */.B)(e)}` };
            if (!held)
                continue;
        }
        const held = await read();
        // Our own label: a retried create whose first answer was lost after GitHub made the label.
        if (held && heldBy(held.description, owner))
            return { lock };
        if (held && expiryOf(held.description) < clock.now()) {
            try {
                await octokit.rest.issues.deleteLabel(label);
            }
            catch (e) {
                if (!isStatus(e, 404))
                    return { why: `the issue lock expired but could not be taken over: deleting it failed: ${(0,errors/* errorLine */.B)(e)}` };
            }
            if (clock.now() >= deadline)
                return { why: 'the issue lock kept changing hands until the wait for it ran out' };
            continue;
        }
        if (clock.now() >= deadline)
            return { why: 'another run held the issue lock' };
        const pause = Math.min(opts.pollMs ?? 5000, Math.max(0, deadline - clock.now()));
        if (!(await budget.wait(pause, 'waiting for the issue lock')))
            return { why: 'the run budget ran out while another run held the issue lock' };
    }
}

;// CONCATENATED MODULE: ./src/github/similarity.ts
/** At or above: adopt. */
const CONFIDENT = 0.8;
/** At or above (and below CONFIDENT): list for a human. */
const UNCERTAIN = 0.5;
const STOP = new Set('the and for from with that this was were are not but has have had into onto when then than there their what which while about after before error errors exception failed failure cannot could unable none null true false http https www'.split(' '));
function words(text) {
    const out = new Set();
    for (const raw of text.match(/[A-Za-z_][A-Za-z0-9_.$-]*[A-Za-z0-9_]|[A-Za-z]{3,}/g) ?? []) {
        const w = raw.replace(/^[.-]+|[.-]+$/g, '');
        const lower = w.toLowerCase();
        if (lower.length < 3 || STOP.has(lower))
            continue;
        out.add(w);
        // A dotted or pathed identifier also counts by its last part ("app.services.auth" ~ "auth").
        const tail = w.split(/[.$]/).pop();
        if (tail && tail !== w && tail.length >= 4 && !STOP.has(tail.toLowerCase()))
            out.add(tail);
    }
    return out;
}
function isIdentifier(w) {
    return /[_.$]/.test(w) || /[a-z][A-Z]/.test(w) || w.length >= 12;
}
function groupText(g) {
    const headline = (g.samples[0] ?? '').split('\n').find((l) => l.trim()) ?? '';
    return [g.signature.title.replace(/<\*>/g, ' '), g.signature.exceptionType ?? '', headline.slice(0, 500)].join('\n');
}
function similarity(group, issueTitle, issueBody) {
    const want = words(groupText(group));
    if (want.size === 0)
        return { score: 0, matchedIdentifiers: 0, longestIdentifier: 0, exceptionMatched: false };
    const have = new Set([...words(`${issueTitle}\n${issueBody.slice(0, 20000)}`)].map((w) => w.toLowerCase()));
    const exception = group.signature.exceptionType;
    let total = 0;
    let got = 0;
    let ids = 0;
    let longest = 0;
    for (const w of want) {
        const weight = isIdentifier(w) ? 3 : 1;
        total += weight;
        if (have.has(w.toLowerCase())) {
            got += weight;
            if (weight > 1) {
                ids += 1;
                longest = Math.max(longest, w.length);
            }
        }
    }
    const exceptionMatched = !exception || have.has(exception.toLowerCase()) || have.has(exception.split(/[.$]/).pop().toLowerCase());
    return { score: got / total, matchedIdentifiers: ids, longestIdentifier: longest, exceptionMatched };
}
/**
 * Confident when most of the group's words match including a distinctive one, or when a long
 * distinctive name (20+ characters) and the exception type both appear. Generic words alone never adopt.
 */
function verdict(s) {
    if (s.score >= CONFIDENT && s.matchedIdentifiers > 0)
        return 'confident';
    if (s.longestIdentifier >= 20 && s.exceptionMatched && s.score >= 0.4)
        return 'confident';
    return s.score >= UNCERTAIN ? 'uncertain' : 'none';
}

;// CONCATENATED MODULE: ./src/github/issue-sync.ts










const issue_sync_rank = (p) => types/* PRIORITIES */.BE.indexOf(p);
async function syncIssues(ctx) {
    const result = emptySync();
    const { octokit, repo, settings } = ctx;
    const groups = [...ctx.report.groups].sort((a, b) => issue_sync_rank(a.triage.priority) - issue_sync_rank(b.triage.priority) || b.count - a.count);
    const list = () => listActionIssues(octokit, repo, { label: settings.issueLabel, now: ctx.now, closedWithinDays: ctx.closedWithinDays });
    let index = await list();
    result.read = true;
    let plans = groups.map((g) => planFor(g, index, settings));
    plans = await matchPeoplesIssues(ctx, plans, result);
    const actx = { ...ctx, result };
    const repairs = () => index.duplicates.length > 0 || quietOnes(ctx, index).length > 0;
    if (settings.dryRun || (!plans.some((p) => needsLock(ctx, p)) && !repairs())) {
        await apply(actx, plans, index);
        return result;
    }
    // Filing, adopting, reopening, commenting and closing happen under the lock, after a fresh
    // listing: a run that waited for another sees that run's issues and status blocks, so it neither
    // files nor says anything twice.
    const got = await acquireLock(octokit, repo, ctx.owner, ctx, ctx.lock);
    if (!got.lock) {
        for (const p of plans)
            if (needsLock(ctx, p))
                skip(result, p.group, `${got.why}; the next run catches up`, p.kind === 'known' ? p.issue : undefined);
        ctx.failures.push(`GitHub: ${got.why}; new groups, regressions and notices were left for the next run`);
        await apply(actx, plans.filter((p) => !needsLock(ctx, p)), undefined);
        return result;
    }
    try {
        index = await list();
        plans = plans.map((p) => (p.kind === 'known' || index.find(p.group.signature) ? planFor(p.group, index, settings) : p));
        await apply(actx, plans, index);
    }
    finally {
        await got.lock.release().catch((e) => ctx.failures.push(`GitHub: releasing the issue lock: ${(0,errors/* errorLine */.B)(e)}`));
    }
    return result;
}
/** Writes that must not happen twice (a new issue, an adoption, a reopening, a comment) need the lock. */
function needsLock(ctx, p) {
    if (p.kind === 'left')
        return false;
    if (p.kind !== 'known')
        return true;
    if (p.issue.state === 'closed')
        return isRegression(p.group, p.issue);
    const memory = (0,markers/* readMemory */.S1)(p.issue.body);
    return !!memory?.owed?.length || newsFor(p.group, memory, ctx.quietMs).length > 0;
}
function quietOnes(ctx, index) {
    const after = ctx.settings.resolveAfterMs;
    if (!after)
        return [];
    const seen = new Set(ctx.report.groups.flatMap((g) => [g.signature.fingerprint, ...(g.signature.aliases ?? [])]));
    const closable = (issue) => !seen.has(issue.fingerprint ?? '') && (!issue.byPerson || !!ctx.settings.resolveAdopted);
    return index.quietSince(ctx.now.getTime() - after, ctx.report.query.services).filter(({ issue }) => closable(issue));
}
async function apply(ctx, plans, index) {
    if (!ctx.settings.dryRun)
        await labelsNeeded(ctx, plans);
    let filed = 0;
    for (const p of plans) {
        if (ctx.budget.spent && !ctx.settings.dryRun) {
            if (p.kind !== 'left')
                skip(ctx.result, p.group, 'the run budget was spent; the next run catches up', p.kind === 'create' ? undefined : p.issue);
            continue;
        }
        if (p.kind === 'left')
            continue;
        if (p.kind === 'adopt')
            await guarded(ctx, p.group, () => adopt(ctx, p.group, p.issue, p.score));
        else if (p.kind === 'known')
            await guarded(ctx, p.group, () => keepCurrent(ctx, p.group, p.issue));
        else if (!ctx.settings.createIssues)
            skip(ctx.result, p.group, 'create-issues is off');
        else if (filed >= ctx.settings.maxNewIssues)
            skip(ctx.result, p.group, `cap of ${ctx.settings.maxNewIssues} new issues per run reached`);
        else {
            filed += 1;
            await guarded(ctx, p.group, () => create(ctx, p.group, p.regressionOf));
        }
    }
    if (!index)
        return;
    for (const d of index.duplicates) {
        await repaired(ctx, `closing #${d.close.number} as a duplicate of #${d.keep.number}`, () => closeDuplicate(ctx, d.keep, d.close));
    }
    for (const q of quietOnes(ctx, index))
        await repaired(ctx, `closing quiet issue #${q.issue.number}`, () => resolveQuiet(ctx, q.issue, q.lastSeen));
}
function planFor(group, index, settings) {
    const issue = index.find(group.signature);
    if (!issue)
        return { kind: 'create', group };
    if (issue.state === 'closed' && settings.onRegression === 'new-issue' && isRegression(group, issue)) {
        return { kind: 'create', group, regressionOf: issue };
    }
    return { kind: 'known', group, issue };
}
async function guarded(ctx, g, work) {
    try {
        await work();
    }
    catch (e) {
        ctx.failures.push(`GitHub: issue for group ${g.signature.fingerprint}: ${(0,errors/* errorLine */.B)(e)}`);
    }
}
async function repaired(ctx, what, work) {
    if (ctx.budget.spent)
        return;
    try {
        await work();
    }
    catch (e) {
        ctx.failures.push(`GitHub: ${what}: ${(0,errors/* errorLine */.B)(e)}`);
    }
}
/**
 * Groups without an issue of ours: a person's issue that matches confidently is adopted (an open
 * one kept current, a closed one followed as a regression); unsure matches are listed.
 */
async function matchPeoplesIssues(ctx, plans, result) {
    const fresh = plans.filter((p) => p.kind === 'create' && !p.regressionOf);
    if (!fresh.length)
        return plans;
    let people;
    try {
        people = await listHumanIssues(ctx.octokit, ctx.repo, ctx.settings.issueLabel);
    }
    catch (e) {
        ctx.failures.push(`GitHub: listing issues to match by similarity: ${(0,errors/* errorLine */.B)(e)}`);
        return plans;
    }
    const taken = new Set();
    return plans.map((p) => {
        if (p.kind !== 'create' || p.regressionOf)
            return p;
        const scored = people
            .map((issue) => ({ issue, s: similarity(p.group, issue.title, issue.body) }))
            .filter((x) => verdict(x.s) !== 'none' && !taken.has(x.issue.number) && x.issue.stateReason !== 'duplicate')
            .sort((a, b) => b.s.score - a.s.score || (a.issue.state === 'open' ? -1 : 1));
        const best = scored[0];
        if (best && verdict(best.s) === 'confident') {
            taken.add(best.issue.number);
            if (best.issue.state === 'open')
                return { kind: 'adopt', group: p.group, issue: best.issue, score: best.s.score };
            if (!isRegression(p.group, best.issue)) {
                const how = best.issue.stateReason === 'not_planned' ? ' as not planned' : ' after every entry in the window';
                skip(result, p.group, `matches #${best.issue.number}, closed by people${how}: not filed`, best.issue);
                return { kind: 'left', group: p.group };
            }
            if (ctx.settings.onRegression === 'new-issue')
                return { kind: 'create', group: p.group, regressionOf: best.issue };
            return { kind: 'adopt', group: p.group, issue: best.issue, score: best.s.score };
        }
        if (scored.length) {
            result.uncertain.push({
                fingerprint: p.group.signature.fingerprint,
                title: p.group.signature.title,
                priority: p.group.triage.priority,
                candidates: scored.slice(0, 3).map((x) => ({
                    number: x.issue.number,
                    url: x.issue.url,
                    title: x.issue.title,
                    score: Math.round(x.s.score * 100) / 100,
                })),
            });
        }
        return p;
    });
}
/** Creates the labels the planned writes use, once. */
async function labelsNeeded(ctx, plans) {
    const label = ctx.settings.issueLabel;
    let creates = 0; // apply() files the first maxNewIssues creates in plan order: only they need labels
    const names = plans.flatMap((p) => {
        if (p.kind === 'left')
            return [];
        if (p.kind === 'known')
            return p.issue.state === 'closed' || relabel(p.issue.labels, p.group, label) ? labelsFor(p.group, label) : [];
        if (p.kind === 'create' && (!ctx.settings.createIssues || creates++ >= ctx.settings.maxNewIssues))
            return [];
        return labelsFor(p.group, label);
    });
    if (!names.length)
        return;
    try {
        ctx.result.labelsCreated.push(...(await ensureLabels(ctx.octokit, ctx.repo, names, label)));
    }
    catch (e) {
        ctx.failures.push(`GitHub: creating labels: ${(0,errors/* errorLine */.B)(e)}`);
    }
}

;// CONCATENATED MODULE: ./src/github/pr-comment.ts









const MAX_ROWS = 30;
function rows(items) {
    const out = items.slice(0, MAX_ROWS).map((o) => {
        const link = o.number && o.url ? `: [#${o.number}](${safeUrl(o.url)})` : '';
        return `- **${o.priority}** ${(0,markdown/* inline */.mG)((0,markdown/* shorten */.ml)(o.title, 140))}${link}${o.note ? ` (${(0,markdown/* inline */.mG)(o.note)})` : ''}`;
    });
    if (items.length > MAX_ROWS)
        out.push(`- and ${items.length - MAX_ROWS} more in the worklog`);
    return out;
}
function prCommentBody(input) {
    const { report, issues } = input;
    const count = (p) => report.byPriority[p] ?? 0;
    const fresh = [...issues.created, ...issues.adopted];
    const known = [...issues.updated, ...issues.unchanged, ...issues.reopened];
    const links = [input.worklogUrl && `[worklog](${safeUrl(input.worklogUrl)})`, input.runUrl && `[run](${safeUrl(input.runUrl)})`].filter(Boolean);
    const lines = [
        markers/* PR_COMMENT_MARKER */.U5,
        '## GCP Log Gardener',
        '',
        input.gate ? `${input.gate.failed ? '**Gate: failed.**' : '**Gate: passed.**'} ${(0,markdown/* inline */.mG)(input.gate.text)}` : '',
        '',
        `${report.groups.length} error groups in ${report.stats.entries} entries (${report.query.since} to ${report.query.until}).`,
        '',
        `| ${types/* PRIORITIES */.BE.join(' | ')} |`,
        `|${types/* PRIORITIES */.BE.map(() => '---').join('|')}|`,
        `| ${types/* PRIORITIES */.BE.map(count).join(' | ')} |`,
        '',
        ...(input.issuesSynced
            ? [
                `### New (${fresh.length})`,
                ...(fresh.length ? rows(fresh) : ['None.']),
                '',
                `### Known (${known.length})`,
                ...(known.length ? rows(known) : ['None.']),
                ...(issues.skipped.length ? ['', `### Not filed (${issues.skipped.length})`, ...rows(issues.skipped)] : []),
            ]
            : [`### Groups (issues not managed: create-issues is off)`, ...rows(report.groups.map((g) => outcome(g, undefined, `${g.count} entries`)))]),
        '',
        links.length ? `Details: ${links.join(', ')}. This comment is updated in place on each run.` : 'This comment is updated in place on each run.',
    ];
    const body = lines.join('\n');
    return (0,truncate/* truncateBody */.N)(body, BODY_LIMIT).body;
}
/** Edits the marked comment of ours on the pull request, or posts it when there is none. */
async function upsertPrComment(octokit, budget, repo, prNumber, body) {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner: repo.owner, repo: repo.repo, issue_number: prNumber, per_page: 100 });
    const ours = comments
        .filter((c) => (c.body ?? '').startsWith(`${markers/* PR_COMMENT_MARKER */.U5}\n`))
        .sort((a, b) => (a.user?.type === 'Bot' ? 0 : 1) - (b.user?.type === 'Bot' ? 0 : 1));
    for (const c of ours) {
        if (c.body === fitForGitHub({ body }).body)
            return { url: c.html_url, action: 'updated' };
        try {
            const { data } = await octokit.rest.issues.updateComment({ owner: repo.owner, repo: repo.repo, comment_id: c.id, body });
            return { url: data.html_url, action: 'updated' };
        }
        catch (e) {
            // Someone else's comment carrying our marker: not ours to edit, try the next.
            if (!isStatus(e, 403, 404))
                throw e;
        }
    }
    const data = await commentOnce(octokit, budget, repo, prNumber, body);
    return { url: data.html_url, action: 'created' };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
// EXTERNAL MODULE: ./src/triage/trend.ts
var trend = __webpack_require__(98119);
;// CONCATENATED MODULE: ./src/github/previous-report.ts
// Finds the previous run's JSON report, so each run can say what changed without other storage.
// Each run commits a small pointer file beside its worklog that names its report: the lookup
// reads that file, never a folder (GitHub's contents listing stops at 1,000 entries). Folders
// without a pointer yet (worklogs of older versions) are listed once, as before.




/** The folder of the worklog path template, when it has no placeholder in it. */
function reportFolder(template) {
    const dir = external_node_path_.posix.dirname(template);
    return /[{}]/.test(dir) ? undefined : dir === '.' ? '' : dir;
}
/** Where the pointer to a service's newest report lives: the template's fixed folders, then a fixed name. */
function latestPointerPath(template, services) {
    const parts = external_node_path_.posix.dirname(template).split('/');
    const placeholder = parts.findIndex((part) => /[{}]/.test(part));
    const dirs = (placeholder < 0 ? parts : parts.slice(0, placeholder)).filter((part) => part && part !== '.');
    return [...dirs, `LATEST-${(0,paths/* serviceKey */.jq)(services)}.json`].join('/');
}
function latestPointer(paths, generatedAt) {
    const p = { report: paths.json, worklog: paths.markdown, generatedAt };
    return JSON.stringify(p, null, 2) + '\n';
}
/** A name pattern for the reports of one service, from the template's file name (a run suffix allowed). */
function reportNamePattern(template, services) {
    const base = external_node_path_.posix.basename(template).replace(/\.md$/i, '');
    const safe = (0,paths/* serviceKey */.jq)(services);
    const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const parts = base
        .split(/(\{service\}|\{timestamp\}|\{date\})/)
        .map((p) => (p === '{service}' ? esc(safe) : p === '{timestamp}' || p === '{date}' ? '[0-9TZ-]+' : esc(p)));
    return new RegExp(`^${parts.join('')}(?:-run[0-9A-Za-z.-]+)?\\.json$`);
}
async function readText(octokit, repo, path, branch) {
    try {
        const file = await octokit.rest.repos.getContent({ owner: repo.owner, repo: repo.repo, path, ref: branch, mediaType: { format: 'raw' } });
        return typeof file.data === 'string' ? file.data : Buffer.from(file.data.content ?? '', 'base64').toString('utf8');
    }
    catch (e) {
        if (statusOf(e) === 404)
            return undefined;
        throw e;
    }
}
/** The newest report of this service before this run: by the pointer, else the newest name in the folder. */
async function newestReportPath(octokit, repo, template, services, branch) {
    const pointer = await readText(octokit, repo, latestPointerPath(template, services), branch);
    if (pointer !== undefined) {
        const value = JSON.parse(pointer);
        if (typeof value.report === 'string')
            return value.report;
    }
    const folder = reportFolder(template);
    if (folder === undefined)
        return undefined;
    try {
        const { data } = await octokit.rest.repos.getContent({ owner: repo.owner, repo: repo.repo, path: folder, ref: branch });
        if (!Array.isArray(data))
            return undefined;
        const pattern = reportNamePattern(template, services);
        return data
            .filter((f) => f.type === 'file' && pattern.test(f.name))
            .map((f) => f.path)
            .sort()
            .pop();
    }
    catch (e) {
        if (statusOf(e) === 404)
            return undefined;
        throw e;
    }
}
/**
 * The newest committed report for this service, or nothing when there is none yet. Reading errors
 * are returned as text: a missing history must not fail a run.
 */
async function findPreviousReport(octokit, repo, template, services, branch) {
    let path;
    try {
        path = await newestReportPath(octokit, repo, template, services, branch);
        if (!path)
            return {};
        const text = await readText(octokit, repo, path, branch);
        if (text === undefined)
            return { path, problem: `${path} is named by the latest-report pointer but does not exist` };
        const value = JSON.parse(text);
        const problem = (0,trend/* shapeProblem */.jn)(value);
        if (problem)
            return { path, problem: `${path} is not a log-gardener report: ${problem}` };
        return { report: value, path };
    }
    catch (e) {
        return { ...(path ? { path } : {}), problem: `reading the previous report: ${e.message.split('\n')[0]}` };
    }
}

;// CONCATENATED MODULE: ./src/github/worklog-commit.ts
// Commits the worklog, its JSON report and the "latest" pointer in one commit through GraphQL
// createCommitOnBranch, so GitHub makes (and signs) the commit and it shows as Verified. The
// commit names the head it expects: a concurrent commit makes it fail, and it is retried on the
// new head. Content identical to what the branch holds is not committed again (a lost answer on
// the first try, or a rerun). Never reads or writes the workspace.


/** Git's blob id of a text, to compare with what the branch holds without downloading it. */
const blobOid = (text) => {
    const bytes = Buffer.from(text, 'utf8');
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
};
async function readHead(octokit, repo, branch, paths) {
    const fields = paths.map((_, i) => `f${i}: object(expression: $e${i}) { oid }`).join('\n');
    const vars = paths.map((_, i) => `$e${i}: String!`).join(', ');
    const query = `query($owner: String!, $name: String!, $ref: String!${vars ? `, ${vars}` : ''}) {
  repository(owner: $owner, name: $name) {
    ref(qualifiedName: $ref) { target { oid } }
    ${fields}
  }
}`;
    const variables = { owner: repo.owner, name: repo.repo, ref: `refs/heads/${branch}` };
    paths.forEach((p, i) => (variables[`e${i}`] = `${branch}:${p}`));
    const data = await octokit.graphql(query, variables);
    const ref = data.repository.ref;
    if (!ref)
        throw new Error(`branch ${branch} does not exist`);
    return { oid: ref.target.oid, blobs: paths.map((_, i) => data.repository[`f${i}`]?.oid) };
}
/** How many names a run tries: its own, then "-2" to "-21". */
const MAX_TAKEN = 20;
const suffixOf = (taken) => (taken ? `-${taken + 1}` : '');
/**
 * How many of the names `names(suffix)` gives (suffix "", "-2", "-3", ...) are held on the branch (by
 * another leg of the same matrix run), looked up in one query before anything is written.
 */
async function freeSuffix(octokit, repo, branch, names) {
    const tries = Array.from({ length: MAX_TAKEN + 1 }, (_, i) => names(suffixOf(i)));
    const head = await readHead(octokit, repo, branch, tries.flat());
    let at = 0;
    const free = tries.findIndex((t) => {
        const held = head.blobs.slice(at, (at += t.length));
        return held.every((b) => b === undefined);
    });
    return free < 0 ? MAX_TAKEN : free;
}
const isStaleHead = (e) => /expected branch to point to|STALE_DATA/i.test(e.message ?? '') ||
    (e.errors ?? []).some((x) => x.type === 'STALE_DATA');
/**
 * Commits `files` in one commit on `branch`. The first `keep` files never replace another run's file:
 * when a path holds different content (another leg of the same matrix run, same run id and attempt),
 * the names get "-2", "-3", ... (`files` is called again with the suffix, so the pointer can name the
 * file that is written).
 */
async function commitFiles(octokit, budget, repo, commit, attempts = 4) {
    let taken = commit.taken ?? 0;
    for (let attempt = 1;; attempt++) {
        const suffix = suffixOf(taken);
        const files = commit.files(suffix);
        const paths = files.map((f) => f.path);
        const want = files.map((f) => blobOid(f.content));
        const head = await readHead(octokit, repo, commit.branch, paths);
        // Already there: a rerun with the same content (nothing to commit), or our own commit whose answer was lost.
        if (want.every((oid, i) => head.blobs[i] === oid))
            return { ...(attempt === 1 ? { identical: true } : { commitSha: head.oid, identical: false }), suffix };
        if (files.slice(0, commit.keep).some((_, i) => head.blobs[i] !== undefined && head.blobs[i] !== want[i]) && taken < MAX_TAKEN) {
            taken += 1;
            attempt -= 1; // a name taken is not a failed attempt
            continue;
        }
        try {
            const data = await octokit.graphql(`mutation($input: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $input) { commit { oid } } }`, {
                input: {
                    branch: { repositoryNameWithOwner: `${repo.owner}/${repo.repo}`, branchName: commit.branch },
                    message: { headline: commit.message },
                    expectedHeadOid: head.oid,
                    fileChanges: { additions: files.map((f) => ({ path: f.path, contents: Buffer.from(f.content, 'utf8').toString('base64') })) },
                },
                request: { retries: 0 },
            });
            return { commitSha: data.createCommitOnBranch.commit.oid, identical: false, suffix };
        }
        catch (e) {
            // Another commit landed first, or the answer was lost: read the head again; our files there mean it landed.
            const retry = isStaleHead(e) || (statusOf(e) ?? 0) >= 500;
            if (!retry || attempt >= attempts)
                throw e;
            if (!(await budget.wait(500 * attempt, 'retrying the worklog commit')))
                throw e;
        }
    }
}

;// CONCATENATED MODULE: ./src/github/publish.ts













/** The pull request of a pull_request / pull_request_target event payload, if any. */
function pullRequestFromPayload(payload) {
    const pr = payload
        ?.pull_request;
    if (!pr?.number)
        return undefined;
    const head = pr.head?.repo?.full_name;
    return { number: pr.number, isFork: !head || head !== pr.base?.repo?.full_name };
}
const encodePath = (p) => p.split('/').map(encodeURIComponent).join('/');
/** "a/b.md" with "-2" -> "a/b-2.md" (before the extension). */
const withSuffix = (path, suffix) => (suffix ? path.replace(/(\.[A-Za-z]+)?$/, (ext) => `${suffix}${ext}`) : path);
const repoOf = (ctx) => ({ owner: ctx.owner, repo: ctx.repo });
const runOf = (ctx) => ctx.run ?? (0,paths/* runName */.rt)(process.env);
const named = (paths, suffix) => ({ markdown: withSuffix(paths.markdown, suffix), json: withSuffix(paths.json, suffix) });
/** Step 1: where the worklog goes (the default branch is read when no branch is set). */
async function locateWorklog(ctx, report, failures) {
    const base = ctx.paths ?? (0,paths/* worklogPaths */.AK)(ctx.settings.worklogPath, report, runOf(ctx));
    if (!ctx.settings.commitWorklog)
        return { paths: base };
    try {
        const { data } = await ctx.octokit.rest.repos.get({ owner: ctx.owner, repo: ctx.repo });
        const branch = ctx.settings.branch ?? data.default_branch;
        // Decided before the issues link it and the worklog is written: the name committed is the name linked.
        const taken = await freeSuffix(ctx.octokit, repoOf(ctx), branch, (suffix) => Object.values(named(base, suffix))).catch(() => 0); // the commit finds the branch missing itself
        const chosen = named(base, suffixOf(taken));
        return { paths: chosen, base, taken, branch, htmlRoot: data.html_url, url: `${data.html_url}/blob/${encodePath(branch)}/${encodePath(chosen.markdown)}` };
    }
    catch (e) {
        failures.push(`GitHub: reading the repository${ctx.settings.branch || ctx.settings.dryRun ? '' : ' (so the worklog is not committed)'}: ${(0,errors/* errorLine */.B)(e)}`);
        return { paths: base, branch: ctx.settings.branch };
    }
}
/** Step 2: the issues. */
async function publishIssues(ctx, report, place, failures) {
    if (!ctx.settings.createIssues)
        return emptySync();
    const clock = ctx.clock ?? src_clock/* realClock */.dQ;
    try {
        return await syncIssues({
            octokit: ctx.octokit,
            repo: repoOf(ctx),
            report,
            settings: ctx.settings,
            links: { worklogUrl: place.url, runUrl: ctx.runUrl },
            now: ctx.now ?? new Date(clock.now()),
            clock,
            budget: ctx.budget ?? unbounded(clock),
            owner: ctx.lockOwner ?? lockOwner(process.env),
            lock: ctx.lock,
            quietMs: ctx.quietMs,
            failures,
        });
    }
    catch (e) {
        failures.push(`GitHub: issues: ${(0,errors/* errorLine */.B)(e)}`);
        return emptySync();
    }
}
/** Step 3: the worklog, its report and the latest-report pointer, in one commit. */
async function commitWorklog(ctx, place, text, report, failures) {
    const { paths } = place;
    const result = { path: paths.markdown, jsonPath: paths.json, url: place.url, commitShas: [] };
    if (place.htmlRoot && place.branch)
        result.jsonUrl = `${place.htmlRoot}/blob/${encodePath(place.branch)}/${encodePath(paths.json)}`;
    if (ctx.settings.dryRun)
        return result;
    if (!place.branch)
        return result; // reading the repository failed, and its failure line says so
    try {
        const clock = ctx.clock ?? src_clock/* realClock */.dQ;
        const base = place.base ?? paths;
        const done = await commitFiles(ctx.octokit, ctx.budget ?? unbounded(clock), repoOf(ctx), {
            branch: place.branch,
            message: `log-gardener: worklog ${paths.markdown.split('/').pop()}`,
            keep: 2,
            taken: place.taken,
            files: (suffix) => [
                { path: named(base, suffix).markdown, content: text.markdown },
                { path: named(base, suffix).json, content: text.json },
                { path: latestPointerPath(ctx.settings.worklogPath, report.query.services), content: latestPointer(named(base, suffix), report.generatedAt) },
            ],
        });
        if (done.commitSha)
            result.commitShas.push(done.commitSha);
        if (done.suffix !== suffixOf(place.taken ?? 0)) {
            // Another leg took the name between the look and the commit (the issues link the name looked at).
            const moved = named(base, done.suffix);
            result.path = moved.markdown;
            result.jsonPath = moved.json;
            if (place.htmlRoot && place.branch) {
                result.url = `${place.htmlRoot}/blob/${encodePath(place.branch)}/${encodePath(moved.markdown)}`;
                result.jsonUrl = `${place.htmlRoot}/blob/${encodePath(place.branch)}/${encodePath(moved.json)}`;
            }
        }
        result.identical = done.identical;
    }
    catch (e) {
        failures.push(`GitHub: committing the worklog to ${paths.markdown}: ${(0,errors/* errorLine */.B)(e)}`);
    }
    return result;
}
/** Step 4: the sticky pull request comment. */
async function commentOnPullRequest(ctx, report, issues, worklogUrl, notices, failures) {
    const pr = ctx.pullRequest ?? (ctx.settings.prNumber ? { number: ctx.settings.prNumber, isFork: false } : undefined);
    if (!ctx.settings.prComment || !pr)
        return undefined;
    if (pr.isFork) {
        notices.push(`Pull request #${pr.number} comes from a fork: its token is read-only, so no comment was posted.`);
        return undefined;
    }
    if (ctx.settings.dryRun)
        return { number: pr.number, action: 'would-post' };
    try {
        const body = prCommentBody({ report, issues, issuesSynced: ctx.settings.createIssues && issues.read, gate: ctx.gate, worklogUrl, runUrl: ctx.runUrl });
        const clock = ctx.clock ?? src_clock/* realClock */.dQ;
        return { number: pr.number, ...(await upsertPrComment(ctx.octokit, ctx.budget ?? unbounded(clock), repoOf(ctx), pr.number, body)) };
    }
    catch (e) {
        const hint = isStatus(e, 403) ? ' (the job needs `permissions: pull-requests: write`)' : '';
        failures.push(`GitHub: commenting on pull request #${pr.number}: ${(0,errors/* errorLine */.B)(e)}${hint}`);
        return undefined;
    }
}
/** GitHub unreachable: one line, not one per step. */
function collapseUnreachable(failures) {
    const down = failures.filter((f) => f.includes(GitHubUnreachable.marker));
    if (down.length <= 1)
        return failures;
    const first = failures.indexOf(down[0]);
    return failures.filter((f, i) => i === first || !f.includes(GitHubUnreachable.marker));
}
/** What the run budget stopped, in one line, or nothing. */
function budgetLine(budget) {
    const refused = budget?.refused ?? [];
    if (!refused.length)
        return undefined;
    const more = refused.length > 3 ? `; and ${refused.length - 3} more` : '';
    return `GitHub: the run budget (max-run-time) stopped the waiting: ${refused.slice(0, 3).join('; ')}${more}`;
}
/**
 * Publishes in order: locate the worklog, sync the issues, have the caller render the worklog once
 * (issues linked, failures so far), commit it, comment on the pull request. Failures of the last
 * two steps come after the worklog was rendered: they are in the result's failures only.
 */
async function publishToGitHub(report, ctx) {
    (0,settings_check/* validateGitHubSettings */.l)(ctx.settings);
    const failures = [];
    const notices = [];
    const place = await locateWorklog(ctx, report, failures);
    const issues = await publishIssues(ctx, report, place, failures);
    const spent = budgetLine(ctx.budget);
    if (spent)
        failures.push(spent);
    const sofar = collapseUnreachable(failures);
    failures.splice(0, failures.length, ...sofar);
    const rendered = typeof ctx.worklog === 'function' ? await ctx.worklog(issues, [...failures], place.paths) : ctx.worklog;
    const worklog = ctx.settings.commitWorklog && rendered ? await commitWorklog(ctx, place, rendered, report, failures) : undefined;
    const prComment = await commentOnPullRequest(ctx, report, issues, worklog?.url ?? place.url, notices, failures);
    const later = budgetLine(ctx.budget);
    const all = collapseUnreachable(later && later !== spent ? [...failures.filter((f) => f !== spent), later] : failures);
    return { ...issues, dryRun: ctx.settings.dryRun, rendered, worklog, prComment, notices, failures: all };
}

;// CONCATENATED MODULE: ./src/github/index.ts
// GitHub publishing: deduplicated issues, the worklog commit and the pull request comment.



;// CONCATENATED MODULE: ./src/publish/github-step.ts
// The action's GitHub step: issues, then the worklog finished once (linked to the issues), then its
// commit and the PR comment. Never throws for API errors: it returns what failed.











/** Where to publish, or why not (no token, not in a repository). */
function githubTarget(settings, env, notice, clock = (0,src_clock/* clockFromEnv */.iQ)(env)) {
    const wanted = settings.createIssues || settings.commitWorklog || settings.prComment;
    if (!wanted)
        return undefined;
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!settings.githubToken || !owner || !repo) {
        notice('GitHub step skipped: no github-token or GITHUB_REPOSITORY (local run). The worklog is written locally only.');
        return undefined;
    }
    // A dry run only reads: when GitHub is down it says so within seconds, not minutes.
    const budget = new Budget(clock, { totalMs: settings.maxRunTimeMs ?? src_settings/* DEFAULT_MAX_RUN_TIME_MS */.u, ...(settings.dryRun ? { maxWaitedMs: 20_000 } : {}) });
    const octokit = createOctokit(settings.githubToken, {
        baseUrl: env.GITHUB_API_URL,
        notice,
        clock,
        budget,
        requestTimeoutMs: settings.dryRun ? 5_000 : 30_000,
        serverRetries: settings.dryRun ? 1 : 2,
    });
    return { octokit, owner, repo, clock, budget };
}
async function previousFromRepository(target, settings, services, warn) {
    const found = await findPreviousReport(target.octokit, { owner: target.owner, repo: target.repo }, settings.worklogPath, services, settings.branch);
    if (found.problem)
        warn(`previous report: ${found.problem}; trends are left out this run`);
    return found.report;
}
/**
 * The fingerprints on the action's issues, open and closed, when the token can read issues; else
 * undefined (the caller falls back on the previous report).
 */
async function knownFromIssues(target, settings, warn) {
    try {
        const now = new Date((target.clock ?? src_clock/* realClock */.dQ).now());
        const repo = { owner: target.owner, repo: target.repo };
        const index = await listActionIssues(target.octokit, repo, { label: settings.issueLabel, now, closedWithinDays: Infinity });
        return { source: 'issues', fingerprints: index.fingerprints() };
    }
    catch (e) {
        if (!isStatus(e, 401, 403, 404))
            warn(`known groups: reading the issues failed (${(0,errors/* errorLine */.B)(e)}); the previous report is used instead`);
        return undefined;
    }
}
/** What the issue sync hands the worklog: each group's issue, the notes, the failures so far. */
function linked(issues, failures) {
    return { refs: issues.refs, notes: issueNotes(issues), failures };
}
function done(result, failures, createIssues) {
    return {
        dryRun: result.dryRun,
        created: result.created.length,
        updated: result.updated.length,
        reopened: result.reopened.length,
        adopted: result.adopted.length,
        skipped: result.skipped.length,
        read: result.read || !createIssues,
        worklogUrl: result.worklog?.commitShas.length ? result.worklog.url : undefined,
        commentUrl: result.prComment?.url,
        notices: result.notices,
        failures,
    };
}
/**
 * Issues first; then `finish` renders and writes the worklog once, with the issues linked and what
 * failed so far; then the same text is committed and the PR comment posted. Failures after `finish`
 * come back in `github.failures`.
 */
async function publishStep(built, settings, target, env, finish) {
    const runUrl = env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
        ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined;
    let finished;
    let reported = 0;
    const result = await publishToGitHub(built.report, {
        octokit: target.octokit,
        owner: target.owner,
        repo: target.repo,
        settings,
        worklog: async (issues, failures, paths) => {
            finished = await finish(linked(issues, failures), paths);
            reported = failures.length;
            return { markdown: finished.markdown, json: finished.json };
        },
        runUrl,
        run: (0,paths/* runName */.rt)(env),
        paths: built.repoPaths,
        pullRequest: pullRequestFromPayload(github/* context */._.payload),
        gate: { failed: built.gate.failed, text: built.gate.text },
        clock: target.clock,
        budget: target.budget,
    });
    // publishToGitHub calls worklog() exactly once; this only guards against a throw before it.
    finished ??= await finish(linked(result, [...result.failures]));
    return { finished, github: done(result, result.failures.slice(reported), settings.createIssues), result };
}


/***/ })

};
;
//# sourceMappingURL=439.index.js.map