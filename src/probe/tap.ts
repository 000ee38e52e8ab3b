// A Transport between the SDK's Client and the real one, so the handshake is the one Codex makes: in the
// initialize era it asks for the protocol version Codex asks for, and it records the version the server answers. A version the
// SDK would refuse is recorded and then handed on as Codex's, since Codex does not refuse it either
// (measured); checks.ts reports it. start() may be called twice (the probe times the start on its own).
import type { Transport, TransportSendOptions } from '@modelcontextprotocol/sdk/shared/transport.js';
import { SUPPORTED_PROTOCOL_VERSIONS } from '@modelcontextprotocol/sdk/types.js';
import type { JSONRPCMessage, MessageExtraInfo } from '@modelcontextprotocol/sdk/types.js';
import { CODEX_REQUESTED_PROTOCOL } from '../core/codex-facts.js';

export class HandshakeTap implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage, extra?: MessageExtraInfo) => void;
  /** What the server answered to initialize, as it said it. */
  serverProtocol: string | null = null;
  private initId: string | number | null = null;
  private started: Promise<void> | null = null;

  constructor(readonly inner: Transport) {
    inner.onmessage = (m, extra) => this.onmessage?.(this.incoming(m), extra);
    inner.onclose = () => this.onclose?.();
    inner.onerror = (e) => this.onerror?.(e);
  }

  get sessionId(): string | undefined {
    return this.inner.sessionId;
  }

  setProtocolVersion(version: string): void {
    this.inner.setProtocolVersion?.(version);
  }

  /** The SDK 2 client tells its transport which revisions it speaks (its HTTP transport uses them). */
  setSupportedProtocolVersions(versions: string[]): void {
    (this.inner as { setSupportedProtocolVersions?: (v: string[]) => void }).setSupportedProtocolVersions?.(versions);
  }

  start(): Promise<void> {
    this.started ??= this.inner.start();
    return this.started;
  }

  send(message: JSONRPCMessage, options?: TransportSendOptions): Promise<void> {
    if ('method' in message && message.method === 'initialize' && 'id' in message) {
      this.initId = message.id;
      return this.inner.send(
        { ...message, params: { ...message.params, protocolVersion: CODEX_REQUESTED_PROTOCOL } },
        options,
      );
    }
    return this.inner.send(message, options);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private incoming(m: JSONRPCMessage): JSONRPCMessage {
    if (this.initId === null || !('result' in m) || m.id !== this.initId) return m;
    const v = m.result['protocolVersion'];
    this.serverProtocol = typeof v === 'string' ? v : null;
    if (typeof v === 'string' && !SUPPORTED_PROTOCOL_VERSIONS.includes(v))
      return { ...m, result: { ...m.result, protocolVersion: CODEX_REQUESTED_PROTOCOL } };
    return m;
  }
}
