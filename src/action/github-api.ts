// The three REST calls of the sticky comment, with node's fetch: list an issue's comments (paged),
// create one, update one. GITHUB_API_URL is the base, so GitHub Enterprise Server (and a test's
// loopback server) work the same.
export interface IssueComment {
  id: number;
  body: string;
  html_url: string | null;
}

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
  listComments(issue: number): Promise<IssueComment[]>;
  createComment(issue: number, body: string): Promise<IssueComment>;
  updateComment(id: number, body: string): Promise<IssueComment>;
}

const PER_PAGE = 100;
/** 100 pages of 100: a pull request with more comments than that gets a new sticky comment. */
const MAX_PAGES = 100;

export function githubApi(opts: { apiUrl: string; token: string; repository: string; userAgent: string }): GitHubApi {
  const base = `${opts.apiUrl.replace(/\/+$/, '')}/repos/${opts.repository.split('/').map(encodeURIComponent).join('/')}`;
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
    if (!res.ok) throw new GitHubApiError(`${method} ${new URL(url).pathname} answered ${res.status}${_message(text)}`, res.status);
    return text === '' ? null : JSON.parse(text);
  };
  return {
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

export type StickyResult = { action: 'created' | 'updated'; comment: IssueComment };

/** Updates the comment that starts with `marker`, or creates it: one comment per marker, ever. */
export async function upsertSticky(api: GitHubApi, issue: number, marker: string, body: string): Promise<StickyResult> {
  const existing = (await api.listComments(issue)).find((c) => c.body.trimStart().startsWith(marker));
  if (existing) return { action: 'updated', comment: await api.updateComment(existing.id, body) };
  return { action: 'created', comment: await api.createComment(issue, body) };
}

function _comment(v: unknown): IssueComment | null {
  if (typeof v !== 'object' || v === null) return null;
  const id = 'id' in v ? v.id : undefined;
  const body = 'body' in v ? v.body : undefined;
  const url = 'html_url' in v ? v.html_url : undefined;
  if (typeof id !== 'number') return null;
  return { id, body: typeof body === 'string' ? body : '', html_url: typeof url === 'string' ? url : null };
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
