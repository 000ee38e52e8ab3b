// The JSON-RPC envelope of an MCP message, checked the way the SDK's own schema checks it (types.js of
// @modelcontextprotocol/sdk 1.32: JSONRPCMessageSchema and the guards its transports use), without zod. The
// bridge's bundle (dist/cli/proxy.cjs, scripts/bundle.mjs) gives the SDK's transports this module in place of
// the SDK's types: building zod and every MCP schema costs more than node takes to start, and the bridge only
// forwards messages, leaving their contents to the two ends. Each message passes as the very object it was
// (the SDK's schema returns a rebuilt copy). test/core/jsonrpc-envelope.test.ts holds both to the same answers.
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown) => typeof v === 'string' || (typeof v === 'number' && Number.isSafeInteger(v));
const onlyKeys = (o: Obj, keys: readonly string[]) => Object.keys(o).every((k) => keys.includes(k));
const RELATED_TASK = 'io.modelcontextprotocol/related-task';
/** `params` and `result` may carry `_meta`: an object, whose progressToken and related task are checked. */
const metaOk = (o: Obj) => {
  const meta = o['_meta'];
  if (meta === undefined) return true;
  if (!isObject(meta)) return false;
  const task = meta[RELATED_TASK];
  return (
    (meta['progressToken'] === undefined || isId(meta['progressToken'])) &&
    (task === undefined || (isObject(task) && typeof task['taskId'] === 'string'))
  );
};
const paramsOk = (p: unknown) => p === undefined || (isObject(p) && metaOk(p));

export function isJSONRPCRequest(m: unknown): boolean {
  return (
    isObject(m) &&
    onlyKeys(m, ['jsonrpc', 'id', 'method', 'params']) &&
    m['jsonrpc'] === '2.0' &&
    isId(m['id']) &&
    typeof m['method'] === 'string' &&
    paramsOk(m['params'])
  );
}

export function isJSONRPCNotification(m: unknown): boolean {
  return (
    isObject(m) &&
    onlyKeys(m, ['jsonrpc', 'method', 'params']) &&
    m['jsonrpc'] === '2.0' &&
    typeof m['method'] === 'string' &&
    paramsOk(m['params'])
  );
}

export function isJSONRPCResultResponse(m: unknown): boolean {
  return (
    isObject(m) &&
    onlyKeys(m, ['jsonrpc', 'id', 'result']) &&
    m['jsonrpc'] === '2.0' &&
    isId(m['id']) &&
    isObject(m['result']) &&
    metaOk(m['result'])
  );
}

export function isJSONRPCErrorResponse(m: unknown): boolean {
  if (!isObject(m) || !onlyKeys(m, ['jsonrpc', 'id', 'error']) || m['jsonrpc'] !== '2.0') return false;
  if (m['id'] !== undefined && !isId(m['id'])) return false;
  const e = m['error'];
  return (
    isObject(e) && typeof e['code'] === 'number' && Number.isInteger(e['code']) && typeof e['message'] === 'string'
  );
}

export function isInitializedNotification(m: unknown): boolean {
  return isObject(m) && m['method'] === 'notifications/initialized' && paramsOk(m['params']);
}

export function isJSONRPCMessage(m: unknown): m is JSONRPCMessage {
  return isJSONRPCRequest(m) || isJSONRPCNotification(m) || isJSONRPCResultResponse(m) || isJSONRPCErrorResponse(m);
}

/** What the SDK's transports call: the message itself, or an error naming why it is not one. */
export const JSONRPCMessageSchema = {
  parse(value: unknown): JSONRPCMessage {
    if (isJSONRPCMessage(value)) return value;
    throw new Error(`not a JSON-RPC 2.0 message: ${JSON.stringify(value)?.slice(0, 120) ?? String(value)}`);
  },
};
