// Friendly usage errors: yargs's own messages ("Not enough non-option arguments: got 0, need at least 1")
// say neither what is missing nor how to write it. Each is rewritten to name what is missing, with the
// failing command's usage line and its first example (both read from that command's help text).
// Pure: the caller passes yargs's message and the help text of the command that failed.

export interface UsageError {
  message: string;
  hint: string;
}

interface HelpParts {
  /** e.g. "mcpctl catalog show <id>" */
  usage: string;
  /** e.g. "mcpctl catalog show" */
  path: string;
  example: string | undefined;
  /** Subcommand names, for a command that has them. */
  subcommands: string[];
}

function helpParts(help: string): HelpParts {
  const lines = help.split('\n');
  const usage = (lines[0] ?? '').trim() || 'mcpctl <command> [options]';
  const path = usage
    .split(/\s+/)
    .filter((w) => !/^[<[]/.test(w))
    .join(' ');
  const section = (title: string) => {
    const at = lines.findIndex((l) => l === `${title}:`);
    if (at < 0) return [];
    const end = lines.findIndex((l, i) => i > at && !l.startsWith('  '));
    return lines.slice(at + 1, end < 0 ? undefined : end).map((l) => l.trim().split(/\s{2,}/)[0] ?? '');
  };
  const subcommands = section('Commands')
    .filter((c) => c.startsWith(`${path} `))
    .map((c) => c.slice(path.length + 1).split(/\s/)[0] ?? '')
    .filter(Boolean);
  return { usage, path, example: section('Examples')[0], subcommands };
}

const flag = (name: string) => (name.length === 1 ? `-${name}` : `--${name}`);
const list = (names: string) => names.split(/,\s*/).map(flag).join(', ');

/** yargs's message for a command line it refused, as a message and a hint that say what to write. */
export function friendlyUsage(msg: string, help: string | undefined): UsageError {
  const h = helpParts(help ?? '');
  const example = h.example ? `e.g. ${h.example}; ` : '';
  const hint = `${example}see "${h.path} --help"`;
  const positionals = [...h.usage.matchAll(/<([^>]+)>/g)].map((m) => m[1] ?? '');
  let m: RegExpMatchArray | null;
  if ((m = msg.match(/^Not enough non-option arguments: got (\d+), need at least (\d+)$/))) {
    if (h.subcommands.length) return { message: `"${h.path}" needs one of: ${h.subcommands.join(', ')}`, hint };
    const missing = positionals.slice(Number(m[1])).map((p) =>
      p
        .replace(/([a-z])([A-Z])/g, '$1_$2')
        .toUpperCase()
        .replace(/\.\.$/, '...'),
    );
    return {
      message: `"${h.path}" needs ${missing.length ? missing.join(' and ') : 'more arguments'} (usage: ${h.usage})`,
      hint,
    };
  }
  if ((m = msg.match(/^Too many non-option arguments: got (\d+), maximum of (\d+)$/))) {
    return {
      message: `"${h.path}" takes ${m[2] === '0' ? 'no words after it' : `at most ${m[2]}`} (usage: ${h.usage})`,
      hint,
    };
  }
  if ((m = msg.match(/^Missing required arguments?: (.+)$/)))
    return { message: `"${h.path}" needs ${list(m[1] ?? '')}`, hint };
  if ((m = msg.match(/^Not enough arguments following: (.+)$/)))
    return { message: `${flag(m[1] ?? '')} needs a value`, hint };
  if ((m = msg.match(/^Arguments (\S+) and (\S+) are mutually exclusive$/)))
    return { message: `${flag(m[1] ?? '')} and ${flag(m[2] ?? '')} cannot be used together`, hint };
  if (msg.startsWith('Invalid values:')) {
    const wrong = [...msg.matchAll(/Argument: (\S+), Given: (.+?), Choices: (.+)/g)].map(
      (v) => `${flag(v[1] ?? '')} ${v[2]} is not one of ${(v[3] ?? '').replaceAll('"', '')}`,
    );
    if (wrong.length) return { message: wrong.join('; '), hint };
  }
  // "Unknown argument: x", "Did you mean plan?", our own demandCommand messages: already say what is wrong
  return { message: msg, hint };
}
