// The bridge's envelope check (src/core/jsonrpc-envelope.ts) against the SDK's own zod schemas, which it stands in
// for in the bridge's bundle: on every message here — valid ones of each kind, and each way one can be wrong —
// both give the same answer, and a message that passes is the very object given (nothing rebuilt or dropped).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as sdk from '@modelcontextprotocol/sdk/types.js';
import * as mine from '../../src/core/jsonrpc-envelope.js';

const TASK = 'io.modelcontextprotocol/related-task';

const MESSAGES: unknown[] = [
  // valid: each kind, with the parts that vary
  { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {} } },
  { jsonrpc: '2.0', id: 'a-1', method: 'tools/list' },
  { jsonrpc: '2.0', id: 0, method: 'tools/call', params: { name: 'x', _meta: { progressToken: 'p', extra: 1 } } },
  { jsonrpc: '2.0', id: 2, method: 'x', params: { _meta: { progressToken: 7, [TASK]: { taskId: 't' } } } },
  { jsonrpc: '2.0', method: 'notifications/initialized' },
  { jsonrpc: '2.0', method: 'notifications/progress', params: { progressToken: 1, progress: 0.5 } },
  { jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 3, reason: 'x' } },
  { jsonrpc: '2.0', id: 1, result: {} },
  { jsonrpc: '2.0', id: 'z', result: { tools: [], _meta: { anything: true } } },
  { jsonrpc: '2.0', id: 4, error: { code: -32601, message: 'no such method' } },
  { jsonrpc: '2.0', id: 4, error: { code: -32000, message: 'x', data: { any: ['thing'] } } },
  { jsonrpc: '2.0', error: { code: -32700, message: 'parse error' } },
  { jsonrpc: '2.0', method: 'server/discover', params: { future: { field: 1 } } },
  // not messages
  null,
  'text',
  [],
  [{ jsonrpc: '2.0', method: 'a' }],
  {},
  { jsonrpc: '1.0', id: 1, method: 'a' },
  { id: 1, method: 'a' },
  { jsonrpc: '2.0', id: 1.5, method: 'a' },
  { jsonrpc: '2.0', id: 2 ** 53, method: 'a' },
  { jsonrpc: '2.0', id: 1e21, result: {} },
  { jsonrpc: '2.0', id: null, method: 'a' },
  { jsonrpc: '2.0', id: true, method: 'a' },
  { jsonrpc: '2.0', id: 1, method: 7 },
  { jsonrpc: '2.0', id: 1, method: 'a', params: [1, 2] },
  { jsonrpc: '2.0', id: 1, method: 'a', params: 'p' },
  { jsonrpc: '2.0', id: 1, method: 'a', extra: 1 },
  { jsonrpc: '2.0', method: 'a', extra: 1 },
  { jsonrpc: '2.0', id: 1, method: 'a', params: { _meta: 'm' } },
  { jsonrpc: '2.0', id: 1, method: 'a', params: { _meta: { progressToken: 1.5 } } },
  { jsonrpc: '2.0', id: 1, method: 'a', params: { _meta: { progressToken: {} } } },
  { jsonrpc: '2.0', id: 1, method: 'a', params: { _meta: { [TASK]: { taskId: 5 } } } },
  { jsonrpc: '2.0', id: 1, result: 'r' },
  { jsonrpc: '2.0', id: 1, result: [] },
  { jsonrpc: '2.0', id: 1, result: null },
  { jsonrpc: '2.0', result: {} },
  { jsonrpc: '2.0', id: 1, result: {}, error: { code: 1, message: 'm' } },
  { jsonrpc: '2.0', id: 1, result: { _meta: { progressToken: [] } } },
  { jsonrpc: '2.0', id: 1, error: { code: 1.5, message: 'm' } },
  { jsonrpc: '2.0', id: 1, error: { code: -1 } },
  { jsonrpc: '2.0', id: 1, error: 'e' },
  { jsonrpc: '2.0', id: 1.5, error: { code: 1, message: 'm' } },
  { jsonrpc: '2.0', id: 1, error: { code: 1, message: 'm' }, extra: 1 },
];

const sdkAccepts = (m: unknown) => sdk.JSONRPCMessageSchema.safeParse(m).success;
const mineAccepts = (m: unknown) => {
  try {
    return mine.JSONRPCMessageSchema.parse(m) === m;
  } catch {
    return false;
  }
};

test('the same answer as the SDK schema on every message, and the message passes as itself', () => {
  let accepted = 0;
  for (const m of MESSAGES) {
    assert.is(mineAccepts(m), sdkAccepts(m), JSON.stringify(m));
    if (sdkAccepts(m)) accepted++;
  }
  assert.is(accepted, 13, 'the valid ones above are accepted by the SDK too');
});

test("the guards the transports use agree with the SDK's", () => {
  const guards = [
    [mine.isJSONRPCRequest, sdk.isJSONRPCRequest],
    [mine.isJSONRPCNotification, sdk.isJSONRPCNotification],
    [mine.isJSONRPCResultResponse, sdk.isJSONRPCResultResponse],
    [mine.isJSONRPCErrorResponse, sdk.isJSONRPCErrorResponse],
    [mine.isInitializedNotification, (m: unknown) => sdk.InitializedNotificationSchema.safeParse(m).success],
  ] as const;
  for (const [ours, theirs] of guards)
    for (const m of [...MESSAGES, { method: 'notifications/initialized', params: { _meta: 1 } }])
      assert.is(ours(m), theirs(m), `${ours.name}: ${JSON.stringify(m)}`);
});

test('a message that is not one is refused with what it was (cut short)', () => {
  assert.throws(
    () => mine.JSONRPCMessageSchema.parse({ id: 1, method: 'a'.repeat(500) }),
    /not a JSON-RPC 2\.0 message: \{"id":1/,
  );
});

test.run();
