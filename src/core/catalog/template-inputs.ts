// The inputs a template asks for, in the order resolveTemplate takes them: argument variables and named
// arguments, environment variables (package) or URL and header variables (remote). What `mcpctl add` asks,
// checks and reports as missing.
import type { Argument, Input, NamedInput, ServerJson } from './server-json.js';

export interface TemplateInput {
  name: string;
  description: string | undefined;
  required: boolean;
  secret: boolean;
  default: string | undefined;
  choices: string[] | undefined;
  format: string | undefined;
  /** Fixed by the template (an env value built from other inputs): settable, never asked. */
  fixed: boolean;
  /** Its argument may repeat (isRepeated): it takes a list, the argument given once per value. */
  repeated: boolean;
}

export function templateInputs(t: ServerJson): TemplateInput[] {
  const out = new Map<string, TemplateInput>();
  const add = (name: string, def: Input, fixed = false, repeated = false) => {
    if (!name || out.has(name)) return;
    out.set(name, {
      name,
      description: def.description,
      required: def.isRequired === true && def.default === undefined && !fixed,
      secret: def.isSecret === true,
      default: def.default,
      choices: def.choices?.length ? def.choices : undefined,
      format: def.format,
      fixed,
      repeated,
    });
  };
  const vars = (value: string, defs: Record<string, Input> | undefined, repeated = false) => {
    for (const m of value.matchAll(/\{([A-Za-z0-9_.-]+)\}/g)) if (m[1]) add(m[1], defs?.[m[1]] ?? { isRequired: true }, false, repeated);
  };
  const args = (list: Argument[]) => {
    for (const a of list) {
      const repeated = a.isRepeated === true;
      if (a.value !== undefined) vars(a.value, a.variables, repeated);
      else if (a.valueHint || a.name) add(a.valueHint ?? (a.name ?? '').replace(/^-+/, ''), a, false, repeated);
    }
  };
  const env = (list: NamedInput[]) => {
    for (const e of list) {
      if (e.value !== undefined) {
        vars(e.value, e.variables);
        add(e.name, { ...e, default: e.value }, true);
      } else add(e.name, e);
    }
  };
  const pkg = t.packages[0];
  const remote = t.remotes.find((r) => r.type === 'streamable-http' || r.type === 'sse');
  if (pkg && (t.meta.prefer !== 'remote' || !remote)) {
    args(pkg.runtimeArguments);
    args(pkg.packageArguments);
    env(pkg.environmentVariables);
  } else if (remote) {
    vars(remote.url, remote.variables);
    for (const h of remote.headers) {
      if (h.value !== undefined) vars(h.value, h.variables);
      else add(h.name, h);
    }
  }
  return [...out.values()];
}

/** A value the input accepts, or why not (required, choices, number, boolean). References always pass. */
export function checkInputValue(input: TemplateInput, value: string): string | null {
  if (value.includes('${')) return null;
  if (input.choices && !input.choices.includes(value)) return `must be one of ${input.choices.join(', ')}`;
  if (input.format === 'number' && !/^-?\d+(\.\d+)?$/.test(value)) return 'must be a number';
  if (input.format === 'boolean' && !/^(true|false)$/.test(value)) return 'must be true or false';
  return null;
}
