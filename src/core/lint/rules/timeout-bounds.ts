// policy/timeout-bounds: a very long start-up or tool timeout leaves the agent hanging on a dead server.
import type { PolicyRule, RawFinding } from '../rule.js';

export const DEFAULT_LIMITS = { startup: 300, tool: 3600 };

export const timeoutBounds: PolicyRule = {
  meta: {
    id: 'policy/timeout-bounds',
    title: 'Timeout outside the allowed range',
    help: `startup_timeout_sec above ${DEFAULT_LIMITS.startup} s or tool_timeout_sec above ${DEFAULT_LIMITS.tool} s (or the policy's timeouts) keeps the agent waiting on a server that will not answer. Lower it.`,
    defaultSeverity: 'warn',
    category: 'policy',
  },
  check(s, policy) {
    const out: RawFinding[] = [];
    const startupMax = policy.timeouts?.startup_max_sec ?? DEFAULT_LIMITS.startup;
    const toolMax = policy.timeouts?.tool_max_sec ?? DEFAULT_LIMITS.tool;
    if (s.startupTimeoutSec !== undefined && s.startupTimeoutSec > startupMax) {
      out.push({
        ruleId: 'policy/timeout-bounds',
        path: ['startup_timeout_sec'],
        message: `startup_timeout_sec ${s.startupTimeoutSec} is above ${startupMax}`,
        hint: `use at most ${startupMax}`,
      });
    }
    if (s.toolTimeoutSec !== undefined && s.toolTimeoutSec > toolMax) {
      out.push({
        ruleId: 'policy/timeout-bounds',
        path: ['tool_timeout_sec'],
        message: `tool_timeout_sec ${s.toolTimeoutSec} is above ${toolMax}`,
        hint: `use at most ${toolMax}`,
      });
    }
    return out;
  },
};
