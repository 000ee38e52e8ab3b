// Checks of a successful handshake against the server's config: tool names, start-up time, protocol
// version, stdout hygiene. Pure.
import { nearest } from '../core/suggest.js';
import { CODEX_KNOWN_PROTOCOLS, CODEX_REQUESTED_PROTOCOL, CODEX_VERSION } from '../core/codex-facts.js';
import type { Era, Finding, ProbeSpec } from '../core/probe-types.js';

export interface Handshake {
  tools: string[] | null;
  protocolVersion: string | null;
  startupMs: number | null;
  noiseLines: string[];
  /** The eras the server serves, where the probe could tell. */
  eras?: Era[] | null | undefined;
}

export function checkHandshake(spec: ProbeSpec, h: Handshake): Finding[] {
  const out: Finding[] = [];
  if (h.tools !== null) {
    const offered = new Set(h.tools);
    for (const [key, list] of [
      ['enabled_tools', spec.enabledTools],
      ['disabled_tools', spec.disabledTools],
    ] as const) {
      for (const name of list ?? []) {
        if (offered.has(name)) continue;
        const near = nearest(name, h.tools);
        out.push({
          code: key === 'enabled_tools' ? 'unknown-enabled-tool' : 'unknown-disabled-tool',
          severity: 'error',
          message: `${key} names "${name}", which the server does not offer (it offers ${h.tools.length} ${h.tools.length === 1 ? 'tool' : 'tools'}${h.tools.length ? `: ${shortList(h.tools)}` : ''})`,
          hint:
            (near ? `did you mean "${near}"? ` : '') +
            (key === 'enabled_tools'
              ? 'fix the name in enabled_tools: Codex silently offers nothing under a name the server lacks'
              : 'fix the name in disabled_tools: as written, the tool you meant to turn off stays on'),
        });
      }
    }
  }
  if (h.startupMs !== null) {
    const limitMs = spec.startupTimeoutSec * 1000;
    const took = seconds(h.startupMs);
    if (h.startupMs > limitMs) {
      out.push({
        code: 'slow-startup',
        severity: 'error',
        message: `the handshake took ${took}; Codex gives this server ${seconds(limitMs)} (startup_timeout_sec) and would give up on it`,
        hint: `raise startup_timeout_sec to at least ${Math.ceil((h.startupMs * 1.5) / 1000)}, or make it start faster (an "npx -y" package is downloaded on its first start: install it once)`,
      });
    } else if (h.startupMs > limitMs * 0.75) {
      out.push({
        code: 'slow-startup',
        severity: 'warn',
        message: `the handshake took ${took}, close to the ${seconds(limitMs)} Codex allows (startup_timeout_sec)`,
        hint: `raise startup_timeout_sec to ${Math.ceil((h.startupMs * 1.5) / 1000)} to leave room for a slower start`,
      });
    }
  }
  if (h.eras?.length === 1 && h.eras[0] === 'modern' && !spec.client) {
    // Codex opens every server with initialize (measured: it asks for CODEX_REQUESTED_PROTOCOL), which a server
    // of the 2026-07-28 era alone refuses (another client's eras are not verified here: no finding for it)
    out.push({
      code: 'era-mismatch',
      severity: 'error',
      message: `the server speaks only MCP ${h.protocolVersion ?? '2026-07-28'} (server/discover) and refuses the initialize handshake, which Codex ${CODEX_VERSION} opens every server with (asking for ${CODEX_REQUESTED_PROTOCOL}): Codex cannot use it`,
      hint: 'run the server so that it serves the initialize era too (the SDK 2 servers do by default: legacy "serve"/"stateless"), or use a client that speaks 2026-07-28',
    });
  } else if (h.protocolVersion !== null && !CODEX_KNOWN_PROTOCOLS.some((v) => v === h.protocolVersion)) {
    out.push({
      code: 'protocol-version',
      severity: 'warn',
      message: `the server speaks MCP protocol ${h.protocolVersion}, which Codex ${CODEX_VERSION} does not (it asks for ${CODEX_REQUESTED_PROTOCOL} and knows ${CODEX_KNOWN_PROTOCOLS.join(', ')})`,
      hint: 'Codex still connects, but messages may not mean what either side expects: upgrade the server (or its MCP SDK) to a current release',
    });
  }
  if (h.noiseLines.length) {
    const [first] = h.noiseLines;
    out.push({
      code: 'stdout-noise',
      severity: 'warn',
      message: `the server wrote ${h.noiseLines.length === 1 ? 'a line' : `${h.noiseLines.length}${h.noiseLines.length >= 5 ? '+' : ''} lines`} that ${h.noiseLines.length === 1 ? 'is' : 'are'} not JSON-RPC to stdout, e.g. "${(first ?? '').slice(0, 80)}"`,
      hint: `stdout is the protocol channel: send logs and banners to stderr (Codex ${CODEX_VERSION} skips such lines, other clients fail on them)`,
    });
  }
  return out;
}

export function seconds(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(0)} s` : `${(ms / 1000).toFixed(1)} s`;
}

function shortList(names: string[], max = 8): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')}, … ${names.length - max} more`;
}
