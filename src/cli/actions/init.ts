import { detectClients, parseTargets, starterTarget, writeStarter } from '../../app/init.js';
import type { InitClient } from '../../app/init.js';
import { processContext } from '../../app/pipeline.js';
import { EXIT } from '../../core/errors.js';
import type { StarterTarget } from '../../core/starter.js';
import { canPrompt } from '../confirm.js';
import type { Io } from '../output.js';
import { askLine } from '../prompt.js';

export async function initAction(
  args: { file: string; force: boolean; targets?: string[] | undefined },
  io: Io,
): Promise<number> {
  let targets: StarterTarget[] = [];
  if (args.targets?.length) targets = parseTargets(args.targets);
  else if (canPrompt(io)) targets = await chooseClients(detectClients(args.file, processContext()), io);
  await writeStarter(args.file, args.force, targets);
  const which = targets.length ? ` for ${targets.map((t) => t.name).join(', ')}` : '';
  io.stdout.write(
    `Wrote ${args.file}${which}. Next:\n  mcpctl validate -f ${args.file}\n  mcpctl plan -f ${args.file}\n`,
  );
  return EXIT.ok;
}

/** The question: every client, numbered, those with a file on this machine chosen unless the answer says otherwise. */
async function chooseClients(clients: InitClient[], io: Io): Promise<StarterTarget[]> {
  io.stderr.write('Which clients should this mcp.yaml configure?\n');
  clients.forEach((c, i) => {
    const mark = c.found.length ? '*' : ' ';
    io.stderr.write(
      `  ${mark} ${String(i + 1).padStart(2)}) ${c.title.padEnd(15)}${c.found.map((f) => `${f.path} (${f.scope})`).join(', ')}\n`,
    );
  });
  const found = clients.filter((c) => c.found.length);
  const preset = found.length ? found : clients.filter((c) => c.name === 'codex');
  // a client found on this machine keeps the scope of its file (the first found: project before user)
  const target = (c: InitClient) => starterTarget(c.name, c.found[0]?.scope);
  for (;;) {
    const answer = await askLine(
      io,
      `Numbers or names, comma-separated (Enter: ${preset.map((c) => c.name).join(', ')}): `,
    );
    if (answer === '') return preset.map(target);
    const picked: StarterTarget[] = [];
    let bad: string | null = null;
    for (const word of answer.split(/[\s,]+/).filter(Boolean)) {
      const n = Number(word);
      const c = /^\d+$/.test(word) ? clients[n - 1] : clients.find((x) => x.name === word);
      if (!c) bad = word;
      else if (!picked.some((p) => p.name === c.name)) picked.push(target(c));
    }
    if (!bad && picked.length) return picked;
    io.stderr.write(
      `  ${bad ? `"${bad}" is not one of them` : 'name at least one'}: a number from 1 to ${clients.length}, or a name\n`,
    );
  }
}
