// An entry as TOML. Codex's entries never hold null (TOML has none): one that does is a bug upstream.
import { McpctlError } from '../../errors.js';
import type { TomlTable, TomlValue } from '../../toml/value.js';
import type { Entry, Value } from '../../value.js';

export function tomlOf(entry: Entry): TomlTable {
  const out: TomlTable = {};
  for (const [k, v] of Object.entries(entry)) out[k] = tomlValue(v);
  return out;
}

function tomlValue(v: Value): TomlValue {
  if (v === null)
    throw new McpctlError('E_INTERNAL', 'a Codex server entry holds a null, which TOML cannot write', {
      hint: 'this is a bug in mcpctl: please report it with the plan (mcpctl plan --json)',
    });
  if (Array.isArray(v)) return v.map(tomlValue);
  if (typeof v === 'object') return tomlOf(v);
  return v;
}
