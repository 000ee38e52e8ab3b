// One GET of a JSON document from a registry (npm, PyPI, an OCI registry, the MCP Registry, a Server Card):
// https only (plain http for a loopback host, as the tests and a local mirror use), a time limit on the whole
// answer, a size limit on its body, no redirects to another host, and a few retries with backoff on what may
// pass (a network error, 429, 5xx). Every failure is an McpctlError E_NETWORK naming the URL, never a stack.
import { McpctlError } from '../core/errors.js';
import { isLoopback } from '../core/lint/rules/remote-url.js';
import { boundedBody } from './bounded-body.js';

export interface GetOptions {
  /** What the answer is, for messages: "npm metadata of @acme/x". */
  what: string;
  timeoutMs?: number | undefined;
  maxBytes?: number | undefined;
  /** Retries after the first try (a network error, 429 or 5xx); 0: none. */
  retries?: number | undefined;
  headers?: Record<string, string> | undefined;
  /** 404 is an answer (null), not an error. */
  notFoundOk?: boolean | undefined;
  /** 401 is an answer (json null, the WWW-Authenticate header kept): an OCI registry's token challenge. */
  challengeOk?: boolean | undefined;
}

export interface JsonAnswer {
  status: number;
  json: unknown;
  headers: Headers;
}

export const GET_DEFAULTS = { timeoutMs: 10_000, maxBytes: 8 * 1024 * 1024, retries: 2 } as const;

/** Where a registry may be: https, or http on a loopback host. */
export function registryUrl(text: string, what: string): URL {
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    throw new McpctlError('E_USAGE', `${what}: "${text}" is not a URL`, {
      hint: 'give the registry as https://host/path',
    });
  }
  if (u.protocol === 'https:' || (u.protocol === 'http:' && isLoopback(u.hostname))) return u;
  throw new McpctlError('E_TRUST', `${what}: ${u.origin} is not https`, {
    hint: 'mcpctl reads registries over https only (plain http only on a loopback host)',
  });
}

class Retryable extends Error {}

/** GET url as JSON; null for a 404 when notFoundOk. */
export async function getJson(url: URL, opts: GetOptions): Promise<JsonAnswer | null> {
  const retries = opts.retries ?? GET_DEFAULTS.retries;
  for (let attempt = 0; ; attempt++) {
    try {
      return await once(url, opts);
    } catch (e) {
      if (!(e instanceof Retryable) || attempt >= retries)
        throw e instanceof Retryable
          ? new McpctlError('E_NETWORK', `${opts.what}: ${e.message}`, {
              hint: `${url.origin} did not answer as a registry; check the URL and your network, or use --offline`,
            })
          : e;
      // 200 ms, 400 ms, … with some jitter, so parallel requests do not retry in step
      await new Promise((r) => setTimeout(r, 200 * 2 ** attempt * (0.75 + Math.random() / 2)));
    }
  }
}

/**
 * A URL's user and password (a mirror named `https://user:pw@host/…` in PIP_INDEX_URL or .npmrc) as a Basic
 * header for that request, and the URL without them: fetch's own errors quote the URL they were given.
 */
export function withoutCredentials(url: URL): { url: URL; authorization: string | null } {
  if (!url.username && !url.password) return { url, authorization: null };
  const bare = new URL(url.href);
  bare.username = '';
  bare.password = '';
  const pair = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  return { url: bare, authorization: `Basic ${Buffer.from(pair).toString('base64')}` };
}

async function once(given: URL, opts: GetOptions): Promise<JsonAnswer | null> {
  const { url, authorization } = withoutCredentials(given);
  const timeoutMs = opts.timeoutMs ?? GET_DEFAULTS.timeoutMs;
  const max = opts.maxBytes ?? GET_DEFAULTS.maxBytes;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let res: Response;
    try {
      res = await fetch(url, {
        signal: controller.signal,
        redirect: 'manual',
        headers: { accept: 'application/json', ...(authorization ? { authorization } : {}), ...opts.headers },
      });
    } catch (e) {
      throw new Retryable(controller.signal.aborted ? `no answer within ${timeoutMs} ms` : causeOf(e));
    }
    if (res.status === 404 && opts.notFoundOk) {
      await res.body?.cancel();
      return null;
    }
    if (res.status === 401 && opts.challengeOk) {
      await res.body?.cancel();
      return { status: 401, json: null, headers: res.headers };
    }
    if (res.status === 429 || res.status >= 500) {
      await res.body?.cancel();
      throw new Retryable(`HTTP ${res.status}`);
    }
    if (res.status >= 300 && res.status < 400) {
      await res.body?.cancel();
      throw new McpctlError('E_NETWORK', `${opts.what}: ${url.origin} answered with a redirect (HTTP ${res.status})`, {
        hint: 'give the registry URL it redirects to',
      });
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new McpctlError('E_NETWORK', `${opts.what}: ${url.origin} answered HTTP ${res.status}`, {
        hint:
          res.status === 401 || res.status === 403
            ? 'the registry wants credentials mcpctl does not have'
            : 'check the name and the registry URL',
      });
    }
    let body: Buffer;
    try {
      body = await boundedBody(res, max, () => tooLarge(opts.what, max));
    } catch (e) {
      if (e instanceof McpctlError) throw e;
      throw new Retryable(controller.signal.aborted ? `no whole answer within ${timeoutMs} ms` : causeOf(e));
    }
    const text = body.toString('utf8');
    try {
      return { status: res.status, json: JSON.parse(text) as unknown, headers: res.headers };
    } catch {
      throw new McpctlError('E_NETWORK', `${opts.what}: ${url.origin} did not answer with JSON`, {
        hint: 'check that the URL is the registry itself, not a web page in front of it',
      });
    }
  } finally {
    clearTimeout(timer);
  }
}

function tooLarge(what: string, max: number): McpctlError {
  return new McpctlError('E_NETWORK', `${what}: the answer is larger than ${max} bytes`, {
    hint: 'an answer this large is not what mcpctl asked for: check the registry URL',
  });
}

function causeOf(e: unknown): string {
  const cause = e instanceof Error && e.cause instanceof Error ? e.cause.message : null;
  return cause ?? (e instanceof Error ? e.message : String(e));
}
