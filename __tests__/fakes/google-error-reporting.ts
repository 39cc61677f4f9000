// A loopback Error Reporting API (v1beta1 projects.groups get and update) with state: error groups
// per project, tracking issues as the console shows them, Bearer tokens checked against the tokens
// the auth fakes issued, and principals denied per project (403 PERMISSION_DENIED).
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ErrorGroupState {
  name: string;
  groupId: string;
  trackingIssues?: { url: string }[];
  resolutionStatus?: string;
}

export interface ErrorReportingCall {
  method: string;
  name: string;
  status: number;
  who?: string;
  body?: unknown;
}

export interface ErrorReportingFake {
  url: string;
  /** `projects/P/groups/G` -> group. */
  groups: Map<string, ErrorGroupState>;
  /** Principals (token owners) denied per project. */
  denied: Map<string, Set<string>>;
  calls: ErrorReportingCall[];
  stop(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
  res.end(JSON.stringify(body));
}

const error = (code: number, status: string, message: string) => ({ error: { code, status, message } });

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => resolve(body));
  });
}

export async function startErrorReportingFake(opts: { tokens: Map<string, string>; groups?: ErrorGroupState[] }): Promise<ErrorReportingFake> {
  const groups = new Map((opts.groups ?? []).map((g) => [g.name, { ...g }]));
  const denied = new Map<string, Set<string>>();
  const calls: ErrorReportingCall[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const m = /^\/v1beta1\/(projects\/([^/]+)\/groups\/([^/?]+))(?:\?.*)?$/.exec(req.url ?? '');
      const name = m ? decodeURIComponent(m[1]) : (req.url ?? '');
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      const who = token ? opts.tokens.get(token) : undefined;
      const call: ErrorReportingCall = { method: req.method ?? '', name, status: 200, who };
      calls.push(call);
      const answer = (status: number, payload: unknown) => {
        call.status = status;
        send(res, status, payload);
      };
      if (!m) return answer(404, error(404, 'NOT_FOUND', `the fake serves /v1beta1/projects/P/groups/G, not ${req.url}`));
      if (!who) return answer(401, error(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials.'));
      const project = decodeURIComponent(m[2]);
      if (denied.get(project)?.has(who)) return answer(403, error(403, 'PERMISSION_DENIED', 'The caller does not have permission'));
      const group = groups.get(name);
      if (!group) return answer(404, error(404, 'NOT_FOUND', `Group ${name} not found.`));
      if (req.method === 'GET') return answer(200, group);
      if (req.method === 'PUT') {
        let update: ErrorGroupState;
        try {
          update = JSON.parse(body) as ErrorGroupState;
        } catch {
          return answer(400, error(400, 'INVALID_ARGUMENT', 'Invalid JSON payload received.'));
        }
        call.body = update;
        if (update.name !== name) return answer(400, error(400, 'INVALID_ARGUMENT', 'group.name does not match the URL'));
        const next = { ...group, ...update };
        groups.set(name, next);
        return answer(200, next);
      }
      return answer(405, error(405, 'METHOD_NOT_ALLOWED', `${req.method} is not supported`));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    groups,
    denied,
    calls,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
