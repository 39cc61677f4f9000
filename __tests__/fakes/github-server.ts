// A stateful fake of the GitHub REST endpoints the publisher uses, and of the GraphQL
// createCommitOnBranch mutation with the query that reads a branch head and file blob ids, on
// 127.0.0.1. Keeps issues, labels, comments, pull requests, branches with their commits and file
// contents (with sha and head conflicts), paginates with Link headers like GitHub, cuts folder
// listings at 1,000 entries like GitHub, answers rate limits on demand and logs every call.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeUser {
  login: string;
  type: 'User' | 'Bot';
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;
  labels: string[];
  user: FakeUser;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  /** Set for pull requests: the issues list returns them too, like GitHub. */
  pull_request?: { head_repo: string; base_repo: string };
  /** The issues list does not show this issue for this many more list calls (a lagging list). */
  unlistedFor?: number;
}

export interface FakeComment {
  id: number;
  issue_number: number;
  body: string;
  user: FakeUser;
  created_at: string;
  updated_at: string;
}

export interface FakeLabel {
  name: string;
  color: string;
  description: string | null;
}

export interface FakeFile {
  content: string;
  sha: string;
}

export interface FakeFault {
  /** Matches "METHOD /path" (path without query), e.g. /^POST \/repos\/.*\/issues$/. */
  match: RegExp;
  status: number;
  headers?: Record<string, string>;
  message: string;
  /** How many matching calls get the fault (default 1). */
  times?: number;
  /** Answer only after this long (a slow or hanging read); the answer is then the fault's. */
  delayMs?: number;
}

export interface FakeCall {
  method: string;
  path: string;
  query: string;
  status: number;
  write: boolean;
}

export interface FakeState {
  owner: string;
  repo: string;
  defaultBranch: string;
  /** Login of the token's user: authors of what the publisher writes. */
  actor: FakeUser;
  issues: FakeIssue[];
  comments: FakeComment[];
  labels: FakeLabel[];
  /** Keyed `${branch}:${path}`. */
  files: Map<string, FakeFile>;
  /** Commits made through the contents API (one path) or createCommitOnBranch (every path it added). */
  commits: { branch: string; paths: string[]; message: string; sha: string; verified: boolean }[];
  /** Head commit of each branch; the default branch starts at an initial commit. */
  heads: Map<string, string>;
  faults: FakeFault[];
  /** The next N contents PUTs find the file changed by someone else just before they land; the next N commits find the branch moved. */
  concurrentWrites: number;
  /** Tokens that may only read (a fork's token): writes answer 403. */
  readOnlyTokens: Set<string>;
  /** A new issue is missing from the issues list for this many list calls after it is made (default 0). */
  listLag: number;
  nextIssue: number;
  nextComment: number;
}

export interface GitHubFake {
  url: string;
  state: FakeState;
  calls: FakeCall[];
  /** Calls logged since the last reset, split in reads and writes. */
  count(): { reads: number; writes: number };
  resetCalls(): void;
  stop(): Promise<void>;
}

export interface FakeInitial {
  owner?: string;
  repo?: string;
  defaultBranch?: string;
  issues?: Partial<FakeIssue>[];
  labels?: FakeLabel[];
  comments?: Partial<FakeComment>[];
}

const NOW = () => new Date().toISOString();
const gitSha = (text: string) => createHash('sha1').update(text).digest('hex');
/** Git's blob id, as GitHub reports it for a file. */
export const blobSha = (text: string) =>
  createHash('sha1')
    .update(`blob ${Buffer.byteLength(text)}\0`)
    .update(text)
    .digest('hex');
const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function initialState(init: FakeInitial = {}): FakeState {
  const issues: FakeIssue[] = (init.issues ?? []).map((p, i) => ({
    number: p.number ?? i + 1,
    title: p.title ?? `Issue ${i + 1}`,
    body: p.body ?? '',
    state: p.state ?? 'open',
    state_reason: p.state_reason ?? null,
    labels: p.labels ?? [],
    user: p.user ?? { login: 'octocat', type: 'User' },
    created_at: p.created_at ?? NOW(),
    updated_at: p.updated_at ?? NOW(),
    closed_at: p.closed_at ?? (p.state === 'closed' ? NOW() : null),
    pull_request: p.pull_request,
  }));
  const comments: FakeComment[] = (init.comments ?? []).map((c, i) => ({
    id: c.id ?? 1000 + i,
    issue_number: c.issue_number ?? 1,
    body: c.body ?? '',
    user: c.user ?? { login: 'octocat', type: 'User' },
    created_at: c.created_at ?? NOW(),
    updated_at: c.updated_at ?? NOW(),
  }));
  return {
    owner: init.owner ?? 'acme',
    repo: init.repo ?? 'shop',
    defaultBranch: init.defaultBranch ?? 'main',
    actor: { login: 'github-actions[bot]', type: 'Bot' },
    issues,
    comments,
    labels: init.labels ?? [],
    files: new Map(),
    commits: [],
    heads: new Map([[init.defaultBranch ?? 'main', gitSha('initial commit')]]),
    faults: [],
    concurrentWrites: 0,
    readOnlyTokens: new Set(),
    listLag: 0,
    nextIssue: Math.max(0, ...issues.map((i) => i.number)) + 1,
    nextComment: Math.max(1999, ...comments.map((c) => c.id)) + 1,
  };
}

export async function startGitHubFake(init: FakeInitial = {}): Promise<GitHubFake> {
  const state = initialState(init);
  const calls: FakeCall[] = [];
  let base = '';

  const server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (raw += c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', base);
      const method = req.method ?? 'GET';
      // GraphQL calls are told apart by operation: "POST /graphql#mutation", "POST /graphql#query".
      const op = url.pathname === '/graphql' ? (/^\s*\{?\s*"query"\s*:\s*"\s*mutation/.test(raw) ? '#mutation' : '#query') : '';
      const write = method !== 'GET' && method !== 'HEAD';
      const log = (status: number) => calls.push({ method, path: url.pathname + op, query: url.search, status, write: write && op !== '#query' });
      try {
        const fault = takeFault(state, `${method} ${url.pathname}${op}`);
        if (fault) {
          log(fault.status);
          if (fault.delayMs) {
            const timer = setTimeout(() => send(res, fault.status, { message: fault.message }, fault.headers), fault.delayMs);
            res.on('close', () => clearTimeout(timer));
            return;
          }
          return send(res, fault.status, { message: fault.message }, fault.headers);
        }
        if (write && state.readOnlyTokens.has(tokenOf(req))) throw new HttpError(403, 'Resource not accessible by integration');
        const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
        const out = url.pathname === '/graphql' ? graphql(state, base, body) : route(state, base, method, url, body);
        log(out.status);
        send(res, out.status, out.body, out.headers);
      } catch (e) {
        const status = e instanceof HttpError ? e.status : 500;
        log(status);
        send(res, status, { message: (e as Error).message, ...(e instanceof HttpError ? e.extra : {}) });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let mark = 0;
  return {
    url: base,
    state,
    calls,
    count() {
      const since = calls.slice(mark);
      return { reads: since.filter((c) => !c.write).length, writes: since.filter((c) => c.write).length };
    },
    resetCalls() {
      mark = calls.length;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function tokenOf(req: IncomingMessage): string {
  return (req.headers.authorization ?? '').replace(/^(token|bearer)\s+/i, '');
}

function takeFault(state: FakeState, key: string): FakeFault | undefined {
  const i = state.faults.findIndex((f) => f.match.test(key));
  if (i < 0) return undefined;
  const f = state.faults[i];
  const left = (f.times ?? 1) - 1;
  if (left <= 0) state.faults.splice(i, 1);
  else f.times = left;
  return f;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = status === 204 ? '' : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-ratelimit-remaining': '4999', ...headers });
  res.end(text);
}

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** GitHub-style page of a list, with a Link header when there is more. */
function page<T>(url: URL, items: T[]): Answer {
  const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
  const pageNo = Math.max(1, Number(url.searchParams.get('page') ?? 1));
  const slice = items.slice((pageNo - 1) * perPage, pageNo * perPage);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const headers: Record<string, string> = {};
  if (pageNo < last) {
    const link = (n: number) => {
      const u = new URL(url.toString());
      u.searchParams.set('page', String(n));
      return u.toString();
    };
    headers.link = `<${link(pageNo + 1)}>; rel="next", <${link(last)}>; rel="last"`;
  }
  return { status: 200, body: slice, headers };
}

function route(state: FakeState, base: string, method: string, url: URL, body: Record<string, unknown>): Answer {
  const repoPrefix = `/repos/${state.owner}/${state.repo}`;
  const p = decodeURIComponent(url.pathname);
  if (!p.startsWith(repoPrefix)) throw new HttpError(404, 'Not Found');
  const rest = p.slice(repoPrefix.length);
  const html = `${base}/${state.owner}/${state.repo}`;
  const key = `${method} ${rest}`;
  let m: RegExpMatchArray | null;

  if (key === 'GET ') {
    return { status: 200, body: { full_name: `${state.owner}/${state.repo}`, default_branch: state.defaultBranch, html_url: html } };
  }
  if (key === 'GET /issues')
    return page(
      url,
      listIssues(state, url).map((i) => issueJson(state, html, i)),
    );
  if (key === 'POST /issues') return { status: 201, body: issueJson(state, html, createIssue(state, body)) };
  if ((m = key.match(/^(GET|PATCH) \/issues\/(\d+)$/))) {
    const issue = findIssue(state, Number(m[2]));
    if (m[1] === 'PATCH') patchIssue(state, issue, body);
    return { status: 200, body: issueJson(state, html, issue) };
  }
  if ((m = key.match(/^(POST|PUT) \/issues\/(\d+)\/labels$/))) {
    const issue = findIssue(state, Number(m[2]));
    const names = (body.labels as string[]) ?? [];
    setIssueLabels(state, issue, m[1] === 'POST' ? [...issue.labels, ...names] : names);
    return { status: 200, body: issue.labels.map((n) => labelJson(state, n)) };
  }
  if ((m = key.match(/^DELETE \/issues\/(\d+)\/labels\/(.+)$/))) {
    const issue = findIssue(state, Number(m[1]));
    const name = m[2];
    if (!issue.labels.some((l) => sameName(l, name))) throw new HttpError(404, 'Label does not exist');
    issue.labels = issue.labels.filter((l) => !sameName(l, name));
    return { status: 200, body: issue.labels.map((n) => labelJson(state, n)) };
  }
  if ((m = key.match(/^GET \/issues\/(\d+)\/comments$/))) {
    findIssue(state, Number(m[1]));
    return page(
      url,
      state.comments.filter((c) => c.issue_number === Number(m![1])).map((c) => commentJson(html, c)),
    );
  }
  if ((m = key.match(/^POST \/issues\/(\d+)\/comments$/))) {
    const issue = findIssue(state, Number(m[1]));
    const c: FakeComment = {
      id: state.nextComment++,
      issue_number: issue.number,
      body: String(body.body ?? ''),
      user: state.actor,
      created_at: NOW(),
      updated_at: NOW(),
    };
    checkBody(c.body);
    state.comments.push(c);
    return { status: 201, body: commentJson(html, c) };
  }
  if ((m = key.match(/^PATCH \/issues\/comments\/(\d+)$/))) {
    const c = state.comments.find((x) => x.id === Number(m![1]));
    if (!c) throw new HttpError(404, 'Not Found');
    if (c.user.login !== state.actor.login) throw new HttpError(403, 'Resource not accessible by integration');
    c.body = String(body.body ?? '');
    checkBody(c.body);
    c.updated_at = NOW();
    return { status: 200, body: commentJson(html, c) };
  }
  if (key === 'GET /labels')
    return page(
      url,
      state.labels.map((l) => labelJson(state, l.name)),
    );
  if (key === 'POST /labels') {
    const name = String(body.name ?? '');
    if (state.labels.some((l) => sameName(l.name, name))) {
      throw new HttpError(422, 'Validation Failed', { errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }] });
    }
    const label: FakeLabel = { name, color: String(body.color ?? 'ededed'), description: (body.description as string) ?? null };
    state.labels.push(label);
    return { status: 201, body: labelJson(state, name) };
  }
  if ((m = key.match(/^(GET|PATCH|DELETE) \/labels\/(.+)$/))) {
    const label = state.labels.find((l) => sameName(l.name, m![2]));
    if (!label) throw new HttpError(404, 'Not Found');
    if (m[1] === 'DELETE') {
      state.labels = state.labels.filter((l) => l !== label);
      for (const i of state.issues) i.labels = i.labels.filter((n) => !sameName(n, label.name));
      return { status: 204 };
    }
    if (m[1] === 'PATCH') Object.assign(label, pick(body, ['color', 'description']));
    return { status: 200, body: labelJson(state, label.name) };
  }
  if ((m = key.match(/^GET \/pulls\/(\d+)$/))) {
    const pr = findIssue(state, Number(m[1]));
    if (!pr.pull_request) throw new HttpError(404, 'Not Found');
    return {
      status: 200,
      body: { number: pr.number, head: { repo: { full_name: pr.pull_request.head_repo } }, base: { repo: { full_name: pr.pull_request.base_repo } } },
    };
  }
  if ((m = key.match(/^(GET|PUT) \/contents\/(.+)$/))) return contents(state, html, m[1], m[2], url, body);
  throw new HttpError(404, `Not Found: ${key}`);
}

function pick(body: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => k in body).map((k) => [k, body[k]]));
}

function checkTitle(text: string): void {
  if (text.length > 256) throw new HttpError(422, 'Validation Failed: title is too long (maximum is 256 characters)');
}

function checkBody(text: string): void {
  if (text.length > 65536) throw new HttpError(422, 'Validation Failed: body is too long (maximum is 65536 characters)');
}

function listIssues(state: FakeState, url: URL): FakeIssue[] {
  const want = url.searchParams.get('state') ?? 'open';
  const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
  const since = url.searchParams.get('since');
  const sort = url.searchParams.get('sort') ?? 'created';
  const asc = url.searchParams.get('direction') === 'asc';
  const field = sort === 'updated' ? 'updated_at' : 'created_at';
  const lagging = state.issues.filter((i) => (i.unlistedFor ?? 0) > 0);
  for (const i of lagging) i.unlistedFor = (i.unlistedFor ?? 0) - 1;
  return state.issues
    .filter((i) => !lagging.includes(i))
    .filter((i) => want === 'all' || i.state === want)
    .filter((i) => labels.every((l) => i.labels.some((n) => sameName(n, l))))
    .filter((i) => !since || i.updated_at >= since)
    .sort((a, b) => (a[field] === b[field] ? a.number - b.number : a[field] < b[field] ? -1 : 1) * (asc ? 1 : -1));
}

function findIssue(state: FakeState, n: number): FakeIssue {
  const issue = state.issues.find((i) => i.number === n);
  if (!issue) throw new HttpError(404, 'Not Found');
  return issue;
}

/** Like GitHub for a token with push access: unknown labels are created with a default colour. */
function setIssueLabels(state: FakeState, issue: FakeIssue, names: string[]): void {
  const out: string[] = [];
  for (const n of names) {
    let label = state.labels.find((l) => sameName(l.name, n));
    if (!label) {
      label = { name: n, color: 'ededed', description: null };
      state.labels.push(label);
    }
    if (!out.some((o) => sameName(o, label.name))) out.push(label.name);
  }
  issue.labels = out;
  issue.updated_at = NOW();
}

function createIssue(state: FakeState, body: Record<string, unknown>): FakeIssue {
  const title = String(body.title ?? '');
  if (!title) throw new HttpError(422, 'Validation Failed: title is missing');
  checkTitle(title);
  const text = String(body.body ?? '');
  checkBody(text);
  const issue: FakeIssue = {
    number: state.nextIssue++,
    title,
    body: text,
    state: 'open',
    state_reason: null,
    labels: [],
    user: state.actor,
    created_at: NOW(),
    updated_at: NOW(),
    closed_at: null,
    ...(state.listLag ? { unlistedFor: state.listLag } : {}),
  };
  setIssueLabels(state, issue, (body.labels as string[]) ?? []);
  state.issues.push(issue);
  return issue;
}

function patchIssue(state: FakeState, issue: FakeIssue, body: Record<string, unknown>): void {
  if (typeof body.title === 'string') {
    checkTitle(body.title);
    issue.title = body.title;
  }
  if (typeof body.body === 'string') {
    checkBody(body.body);
    issue.body = body.body;
  }
  if (Array.isArray(body.labels)) setIssueLabels(state, issue, body.labels as string[]);
  if (body.state === 'closed' && issue.state === 'open') {
    issue.state = 'closed';
    issue.closed_at = NOW();
    issue.state_reason = (body.state_reason as FakeIssue['state_reason']) ?? 'completed';
  } else if (body.state === 'open' && issue.state === 'closed') {
    issue.state = 'open';
    issue.closed_at = null;
    issue.state_reason = 'reopened';
  }
  issue.updated_at = NOW();
}

function issueJson(state: FakeState, html: string, i: FakeIssue): Record<string, unknown> {
  return {
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    state_reason: i.state_reason,
    labels: i.labels.map((n) => labelJson(state, n)),
    user: i.user,
    html_url: `${html}/${i.pull_request ? 'pull' : 'issues'}/${i.number}`,
    created_at: i.created_at,
    updated_at: i.updated_at,
    closed_at: i.closed_at,
    comments: state.comments.filter((c) => c.issue_number === i.number).length,
    ...(i.pull_request ? { pull_request: { url: `${html}/pull/${i.number}` } } : {}),
  };
}

function labelJson(state: FakeState, name: string): Record<string, unknown> {
  const l = state.labels.find((x) => sameName(x.name, name));
  return { name: l?.name ?? name, color: l?.color ?? 'ededed', description: l?.description ?? null };
}

function commentJson(html: string, c: FakeComment): Record<string, unknown> {
  return {
    id: c.id,
    body: c.body,
    user: c.user,
    html_url: `${html}/issues/${c.issue_number}#issuecomment-${c.id}`,
    created_at: c.created_at,
    updated_at: c.updated_at,
  };
}

function contents(state: FakeState, html: string, method: string, path: string, url: URL, body: Record<string, unknown>): Answer {
  if (method === 'GET') {
    const branch = url.searchParams.get('ref') ?? state.defaultBranch;
    const f = state.files.get(`${branch}:${path}`);
    if (!f) {
      // A folder lists its direct children, as the real API does.
      const prefix = `${branch}:${path.replace(/\/$/, '')}/`;
      const children = [...state.files].filter(([k]) => k.startsWith(prefix) && !k.slice(prefix.length).includes('/'));
      if (!children.length) throw new HttpError(404, 'Not Found');
      // GitHub's contents API lists at most 1,000 entries of a folder.
      return {
        status: 200,
        body: children.slice(0, 1000).map(([k, v]) => ({ type: 'file', name: k.slice(prefix.length), path: k.slice(branch.length + 1), sha: v.sha })),
      };
    }
    return { status: 200, body: { type: 'file', path, sha: f.sha, encoding: 'base64', content: Buffer.from(f.content).toString('base64') } };
  }
  const branch = (body.branch as string) ?? state.defaultBranch;
  const key = `${branch}:${path}`;
  if (state.concurrentWrites > 0) {
    state.concurrentWrites -= 1;
    const other = `someone else's change, ${state.concurrentWrites} more to come`;
    state.files.set(key, { content: other, sha: blobSha(other) });
  }
  const existing = state.files.get(key);
  const sha = body.sha as string | undefined;
  if (existing && !sha) throw new HttpError(422, `Invalid request.\n\n"sha" wasn't supplied.`);
  if (existing && sha !== existing.sha) throw new HttpError(409, `${path} does not match ${sha}`);
  if (!existing && sha) throw new HttpError(409, `${path} does not match ${sha}`);
  const content = Buffer.from(String(body.content ?? ''), 'base64').toString('utf8');
  const fileSha = blobSha(content);
  state.files.set(key, { content, sha: fileSha });
  const commitSha = gitSha(`${key}:${state.commits.length}:${String(body.message)}`);
  state.commits.push({ branch, paths: [path], message: String(body.message ?? ''), sha: commitSha, verified: true });
  state.heads.set(branch, commitSha);
  return {
    status: existing ? 200 : 201,
    body: {
      content: { path, sha: fileSha, html_url: `${html}/blob/${branch}/${path}` },
      commit: { sha: commitSha, html_url: `${html}/commit/${commitSha}`, verification: { verified: true, reason: 'valid' } },
    },
  };
}

interface GraphqlBody {
  query?: string;
  variables?: Record<string, unknown>;
}

const gqlError = (message: string, type?: string): Answer => ({ status: 200, body: { data: null, errors: [{ message, ...(type ? { type } : {}) }] } });

/** The two GraphQL operations the publisher sends: read a branch head and blob ids; createCommitOnBranch. */
function graphql(state: FakeState, base: string, raw: Record<string, unknown>): Answer {
  const { query = '', variables = {} } = raw as GraphqlBody;
  if (/createCommitOnBranch/.test(query)) return createCommitOnBranch(state, base, variables.input as Record<string, unknown>);
  if (variables.owner !== state.owner || variables.name !== state.repo)
    return gqlError(`Could not resolve to a Repository with the name '${String(variables.owner)}/${String(variables.name)}'.`, 'NOT_FOUND');
  const branch = String(variables.ref ?? '').replace(/^refs\/heads\//, '');
  const head = state.heads.get(branch);
  const repository: Record<string, unknown> = { ref: head ? { target: { oid: head } } : null };
  for (const [name, value] of Object.entries(variables)) {
    if (!/^e\d+$/.test(name)) continue;
    const [ref, ...rest] = String(value).split(':');
    const file = state.files.get(`${ref}:${rest.join(':')}`);
    repository[`f${name.slice(1)}`] = file ? { oid: file.sha } : null;
  }
  return { status: 200, body: { data: { repository } } };
}

function createCommitOnBranch(state: FakeState, base: string, input: Record<string, unknown>): Answer {
  const target = input.branch as { repositoryNameWithOwner?: string; branchName?: string };
  if (target.repositoryNameWithOwner !== `${state.owner}/${state.repo}`) return gqlError('Could not resolve to a Repository', 'NOT_FOUND');
  const branch = String(target.branchName ?? '');
  if (!state.heads.has(branch)) return gqlError(`A ref named "refs/heads/${branch}" does not exist.`, 'NOT_FOUND');
  if (state.concurrentWrites > 0) {
    state.concurrentWrites -= 1;
    const other = `someone else's commit, ${state.concurrentWrites} more to come`;
    state.files.set(`${branch}:OTHER.md`, { content: other, sha: blobSha(other) });
    const sha = gitSha(`${branch}:${state.commits.length}:other`);
    state.commits.push({ branch, paths: ['OTHER.md'], message: 'someone else', sha, verified: true });
    state.heads.set(branch, sha);
  }
  const head = state.heads.get(branch)!;
  if (input.expectedHeadOid !== head)
    return gqlError(`Expected branch to point to "${String(input.expectedHeadOid)}" but it did not. Pull and try again.`, 'STALE_DATA');
  const additions = (input.fileChanges as { additions?: { path: string; contents: string }[] })?.additions ?? [];
  const message = (input.message as { headline?: string })?.headline ?? '';
  for (const a of additions) {
    const content = Buffer.from(a.contents, 'base64').toString('utf8');
    state.files.set(`${branch}:${a.path}`, { content, sha: blobSha(content) });
  }
  const sha = gitSha(`${branch}:${state.commits.length}:${message}:${head}`);
  state.commits.push({ branch, paths: additions.map((a) => a.path), message, sha, verified: true });
  state.heads.set(branch, sha);
  return { status: 200, body: { data: { createCommitOnBranch: { commit: { oid: sha, url: `${base}/${state.owner}/${state.repo}/commit/${sha}` } } } } };
}
