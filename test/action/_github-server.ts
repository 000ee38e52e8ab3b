// A loopback stand-in for the GitHub REST API: GET /user and the three issue-comment endpoints the action
// uses, with GitHub's shapes, pagination (per_page, page, a Link header) and the auth header check. It
// records every call. `readOnly` answers writes with 403, as GitHub does for a fork's token. `identity` is
// the token's account: null (the default) is the workflow's GITHUB_TOKEN, for which GET /user answers 403
// and comments are written by github-actions[bot]; an account stands for a personal access token.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StoredComment {
  id: number;
  body: string;
  html_url: string;
  user: Account;
  issue: number;
}

export interface Account {
  login: string;
  id: number;
  type: string;
}

/** github-actions[bot], as github.com shows it. */
export const ACTIONS_BOT: Account = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export interface Call {
  method: string;
  path: string;
  query: Record<string, string>;
  authorized: boolean;
  body: string;
}

export interface FakeGitHub {
  url: string;
  calls: Call[];
  comments: StoredComment[];
  readOnly: boolean;
  identity: Account | null;
  seed(issue: number, body: string, author?: Account): StoredComment;
  close(): Promise<void>;
}

export async function fakeGitHub(opts: { repository: string; token: string }): Promise<FakeGitHub> {
  let nextId = 1000;
  const state: FakeGitHub = {
    url: '',
    calls: [],
    comments: [],
    readOnly: false,
    identity: null,
    seed(issue, body, author = { login: 'someone', id: 501, type: 'User' }) {
      const c: StoredComment = { id: nextId++, body, html_url: '', user: { ...author }, issue };
      c.html_url = `https://github.com/${opts.repository}/pull/${issue}#issuecomment-${c.id}`;
      state.comments.push(c);
      return c;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
  const prefix = `/repos/${opts.repository}`;
  const server = createServer((req, res) => {
    void handle(req, res);
  });
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let body = '';
    for await (const chunk of req) body += String(chunk);
    const authorized =
      req.headers.authorization === `Bearer ${opts.token}` || req.headers.authorization === `token ${opts.token}`;
    state.calls.push({
      method: req.method ?? '',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      authorized,
      body,
    });
    const send = (status: number, value: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(value));
    };
    if (!authorized)
      return send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    if (url.pathname === '/user' && req.method === 'GET') {
      if (!state.identity)
        return send(403, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
        });
      return send(200, { ...state.identity, node_id: `U_${state.identity.id}`, site_admin: false });
    }
    if (!url.pathname.startsWith(`${prefix}/`)) return send(404, { message: 'Not Found' });
    const rest = url.pathname.slice(prefix.length);
    const list = rest.match(/^\/issues\/(\d+)\/comments$/);
    const one = rest.match(/^\/issues\/comments\/(\d+)$/);
    if (list && req.method === 'GET') {
      const issue = Number(list[1]);
      const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? '30'));
      const page = Math.max(1, Number(url.searchParams.get('page') ?? '1'));
      const all = state.comments.filter((c) => c.issue === issue);
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const links: Record<string, string> =
        page < last
          ? {
              link: `<${state.url}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next", <${state.url}${url.pathname}?per_page=${perPage}&page=${last}>; rel="last"`,
            }
          : {};
      return send(200, all.slice((page - 1) * perPage, page * perPage).map(_shape), links);
    }
    if (list && req.method === 'POST') {
      if (state.readOnly) return send(403, { message: 'Resource not accessible by integration' });
      const text = _bodyOf(body);
      if (text === null) return send(422, { message: 'Validation Failed' });
      if (text.length > 65536)
        return send(422, {
          message: 'Validation Failed',
          errors: [{ message: 'body is too long (maximum is 65536 characters)' }],
        });
      return send(201, _shape(state.seed(Number(list[1]), text, state.identity ?? ACTIONS_BOT)));
    }
    if (one && req.method === 'PATCH') {
      if (state.readOnly) return send(403, { message: 'Resource not accessible by integration' });
      const c = state.comments.find((x) => x.id === Number(one[1]));
      if (!c) return send(404, { message: 'Not Found' });
      const text = _bodyOf(body);
      if (text === null) return send(422, { message: 'Validation Failed' });
      if (text.length > 65536)
        return send(422, {
          message: 'Validation Failed',
          errors: [{ message: 'body is too long (maximum is 65536 characters)' }],
        });
      c.body = text;
      return send(200, _shape(c));
    }
    return send(404, { message: 'Not Found' });
  };
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  const address: AddressInfo | string | null = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  state.url = `http://127.0.0.1:${address.port}`;
  return state;
}

function _shape(c: StoredComment) {
  return {
    id: c.id,
    node_id: `IC_${c.id}`,
    body: c.body,
    html_url: c.html_url,
    user: c.user,
    created_at: '2026-11-29T00:00:00Z',
    updated_at: '2026-11-29T00:00:00Z',
  };
}

function _bodyOf(raw: string): string | null {
  try {
    const v: unknown = JSON.parse(raw);
    return typeof v === 'object' && v !== null && 'body' in v && typeof v.body === 'string' ? v.body : null;
  } catch {
    return null;
  }
}
