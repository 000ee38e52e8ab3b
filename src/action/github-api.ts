// The REST calls of the sticky comment, with node's fetch: who the token is, list an issue's comments
// (paged), create one, update one. GITHUB_API_URL is the base, so GitHub Enterprise Server (and a test's
// loopback server) work the same.
export interface Author {
  login: string;
  id: number | null;
  type: string;
}

export interface IssueComment {
  id: number;
  body: string;
  html_url: string | null;
  author: Author | null;
}

/**
 * Who comments with the workflow's GITHUB_TOKEN. GET /user does not answer for that token (it is an app's
 * installation token), and a user login can never end in "[bot]", so nobody else can write as it. Its
 * account id differs between github.com and GitHub Enterprise Server: matched by login and type.
 */
export const ACTIONS_BOT: Author = { login: 'github-actions[bot]', id: null, type: 'Bot' };

export class GitHubApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'GitHubApiError';
  }
}

export interface GitHubApi {
  /** The token's own account (GET /user), or null for an app's installation token, which has none. */
  whoAmI(): Promise<Author | null>;
  listComments(issue: number): Promise<IssueComment[]>;
  createComment(issue: number, body: string): Promise<IssueComment>;
  updateComment(id: number, body: string): Promise<IssueComment>;
}

const PER_PAGE = 100;
/** 100 pages of 100: a pull request with more comments than that gets a new sticky comment. */
const MAX_PAGES = 100;

export function githubApi(opts: { apiUrl: string; token: string; repository: string; userAgent: string }): GitHubApi {
  const root = opts.apiUrl.replace(/\/+$/, '');
  const base = `${root}/repos/${opts.repository.split('/').map(encodeURIComponent).join('/')}`;
  const call = async (method: string, url: string, body?: unknown): Promise<unknown> => {
    const res = await fetch(url, {
      method,
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${opts.token}`,
        'x-github-api-version': '2022-11-28',
        'user-agent': opts.userAgent,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    if (!res.ok)
      throw new GitHubApiError(
        `${method} ${new URL(url).pathname} answered ${res.status}${_message(text)}`,
        res.status,
      );
    return text === '' ? null : JSON.parse(text);
  };
  return {
    async whoAmI() {
      try {
        const me = _author(await call('GET', `${root}/user`));
        if (!me) throw new GitHubApiError('the answer of GET /user names no account', 502);
        return me;
      } catch (e) {
        // "Resource not accessible by integration": an installation token (GITHUB_TOKEN, a GitHub App's)
        if (e instanceof GitHubApiError && (e.status === 403 || e.status === 404)) return null;
        throw e;
      }
    },
    async listComments(issue) {
      const out: IssueComment[] = [];
      for (let page = 1; page <= MAX_PAGES; page++) {
        const got = await call('GET', `${base}/issues/${issue}/comments?per_page=${PER_PAGE}&page=${page}`);
        if (!Array.isArray(got)) throw new GitHubApiError('the comments list is not a JSON array', 502);
        for (const c of got) {
          const comment = _comment(c);
          if (comment) out.push(comment);
        }
        if (got.length < PER_PAGE) break;
      }
      return out;
    },
    async createComment(issue, body) {
      return _must(await call('POST', `${base}/issues/${issue}/comments`, { body }));
    },
    async updateComment(id, body) {
      return _must(await call('PATCH', `${base}/issues/comments/${id}`, { body }));
    },
  };
}

export type StickyResult = {
  action: 'created' | 'updated';
  comment: IssueComment;
  /** Comments with the marker by someone else, left alone. */ impostors: number;
};

/**
 * Updates our comment that starts with `marker`, or creates it: one comment per marker, ever. Ours means
 * written by the token's own account: anyone can post a comment that starts with the marker, and updating
 * theirs would put our report under their name (and let them edit it afterwards).
 */
export async function upsertSticky(api: GitHubApi, issue: number, marker: string, body: string): Promise<StickyResult> {
  const marked = (await api.listComments(issue)).filter((c) => c.body.trimStart().startsWith(marker));
  const me = marked.length ? ((await api.whoAmI()) ?? ACTIONS_BOT) : null;
  const own = me ? marked.find((c) => sameAuthor(c.author, me)) : undefined;
  const impostors = marked.filter((c) => c !== own && !sameAuthor(c.author, me)).length;
  if (own) return { action: 'updated', comment: await api.updateComment(own.id, body), impostors };
  return { action: 'created', comment: await api.createComment(issue, body), impostors };
}

/** The same account: by id when both have one (a login can be renamed, then taken by someone else), else by login and type. */
function sameAuthor(a: Author | null, b: Author | null): boolean {
  if (!a || !b) return false;
  if (a.id !== null && b.id !== null) return a.id === b.id && a.type === b.type;
  return a.login === b.login && a.type === b.type;
}

function _comment(v: unknown): IssueComment | null {
  if (typeof v !== 'object' || v === null) return null;
  const id = 'id' in v ? v.id : undefined;
  const body = 'body' in v ? v.body : undefined;
  const url = 'html_url' in v ? v.html_url : undefined;
  if (typeof id !== 'number') return null;
  return {
    id,
    body: typeof body === 'string' ? body : '',
    html_url: typeof url === 'string' ? url : null,
    author: _author('user' in v ? v.user : null),
  };
}

function _author(v: unknown): Author | null {
  if (typeof v !== 'object' || v === null) return null;
  const login = 'login' in v ? v.login : undefined;
  const id = 'id' in v ? v.id : undefined;
  const type = 'type' in v ? v.type : undefined;
  if (typeof login !== 'string' || login === '') return null;
  return { login, id: typeof id === 'number' ? id : null, type: typeof type === 'string' ? type : 'User' };
}

function _must(v: unknown): IssueComment {
  const c = _comment(v);
  if (!c) throw new GitHubApiError('the answer is not a comment', 502);
  return c;
}

function _message(text: string): string {
  try {
    const parsed: unknown = JSON.parse(text);
    const m = typeof parsed === 'object' && parsed !== null && 'message' in parsed ? parsed.message : undefined;
    return typeof m === 'string' ? `: ${m}` : '';
  } catch {
    return '';
  }
}
