// What the bridge's bundle gives the SDK's client transports in place of their OAuth module (client/auth.js,
// with its zod schemas of OAuth metadata): the bridge never gives them an auth provider, so they never call it;
// its headers come from mcp.yaml and the secret store. See scripts/bundle.mjs and src/core/jsonrpc-envelope.ts.
export class UnauthorizedError extends Error {
  constructor(message?: string) {
    super(message ?? 'Unauthorized');
  }
}

export function auth(): never {
  throw new UnauthorizedError('mcpctl proxy does not run an OAuth flow: give the server its token as a header');
}

export function extractWWWAuthenticateParams(): Record<string, never> {
  return {};
}
