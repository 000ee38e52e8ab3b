import type { Command } from '../main.js';
import { jsonOption } from '../options.js';

export const catalogCommand: Command = (cli, state) =>
  cli.command(
    'catalog <action>',
    'Template catalogs: list, search, show, verify, keygen, sign, pull, import',
    (y) =>
      y
        .command(
          'list',
          'List the templates of the catalogs mcp.yaml uses (default: the built-in one)',
          (c) => c.options({ file: fileOpt, json: jsonOption }),
          run(state, 'list'),
        )
        .command(
          'search <words..>',
          'Find templates by id, name, description, category or keyword (every word must match)',
          (c) =>
            c
              .positional('words', { type: 'string', array: true, demandOption: true })
              .options({ file: fileOpt, json: jsonOption }),
          run(state, 'search'),
        )
        .command(
          'show <id>',
          'Show a template: what it runs, its inputs and secrets',
          (c) =>
            c
              .positional('id', { type: 'string', demandOption: true, describe: 'id or id@version' })
              .options({ file: fileOpt, json: jsonOption })
              .example('$0 catalog show github', 'what the github template runs and asks for'),
          run(state, 'show'),
        )
        .command(
          'verify [source]',
          'Verify a catalog folder or URL (default: the catalogs mcp.yaml uses)',
          (c) =>
            c
              .positional('source', { type: 'string', describe: 'folder or https URL of index.json' })
              .options({
                file: fileOpt,
                key: { type: 'string', array: true, describe: 'trusted public key file(s)' },
                threshold: { type: 'number', default: 1 },
                'allow-http': { type: 'boolean', default: false, describe: 'allow http for loopback URLs' },
                json: jsonOption,
              })
              .example('$0 catalog verify ./catalog --key acme.key.pub', 'check a catalog folder against its key'),
          run(state, 'verify'),
        )
        .command(
          'keygen',
          'Create an Ed25519 key pair for signing a catalog',
          (c) =>
            c
              .options({
                out: {
                  type: 'string',
                  demandOption: true,
                  requiresArg: true,
                  describe: 'secret key file to write (KEY; the public key goes to KEY.pub)',
                },
                force: { type: 'boolean', default: false },
              })
              .example('$0 catalog keygen --out acme.key', 'acme.key (secret) and acme.key.pub'),
          run(state, 'keygen'),
        )
        .command(
          'sign <dir>',
          'Write index.json for the templates in DIR and sign it (several --key during a key rotation)',
          (c) =>
            c
              .positional('dir', { type: 'string', demandOption: true })
              .options({
                key: { type: 'string', array: true, demandOption: true, describe: 'secret key file(s)' },
                name: { type: 'string', describe: 'catalog name (default: the existing index, else the folder name)' },
                'expires-days': { type: 'number', default: 365, describe: 'days until the index expires' },
              })
              .example('$0 catalog sign ./catalog --key acme.key', 'write and sign ./catalog/index.json'),
          run(state, 'sign'),
        )
        .command(
          'pull [name]',
          'Fetch and verify the remote catalogs of mcp.yaml now',
          (c) =>
            c
              .positional('name', { type: 'string', describe: 'URL (or part of it) of one catalog' })
              .options({ file: fileOpt }),
          run(state, 'pull'),
        )
        .command(
          'import [serverJson]',
          'Make a template of an MCP Registry server.json: a file, an entry of a registry (--registry), or a Server Card (--card)',
          (c) =>
            c
              .positional('serverJson', {
                type: 'string',
                describe: 'a server.json file; with --registry, the server name (e.g. io.github.acme/weather)',
              })
              .version(false)
              .options({
                registry: { type: 'string', requiresArg: true, describe: 'MCP Registry base URL (https)' },
                version: {
                  type: 'string',
                  requiresArg: true,
                  describe: 'with --registry: a published version (default: the newest)',
                },
                card: {
                  type: 'string',
                  requiresArg: true,
                  describe: 'Server Card URL, or an origin (its /.well-known/mcp/server-card.json)',
                },
                out: { type: 'string', default: 'catalog', describe: 'catalog folder' },
                id: { type: 'string', describe: 'template id (default: from the name)' },
              })
              .conflicts('registry', 'card')
              .example('$0 catalog import server.json --out ./catalog', 'adopt a server.json file')
              .example(
                '$0 catalog import --registry https://registry.example io.github.acme/weather',
                'the newest version of a registry entry',
              )
              .example('$0 catalog import --card https://mcp.example.com', "a remote server's Server Card"),
          run(state, 'import'),
        )
        .demandCommand(1, 'name a catalog action, e.g. "mcpctl catalog list"')
        .example('$0 catalog search github', 'find a template')
        .example('$0 catalog search data base', 'every word must match, best match first')
        .example(
          '$0 catalog keygen --out acme.key && $0 catalog sign ./catalog --key acme.key',
          'publish your own catalog',
        )
        .example(
          '$0 catalog verify https://mcp.acme.dev/catalog/index.json --key keys/acme.pub',
          'check a remote catalog',
        ),
    () => undefined,
  );

const fileOpt = {
  alias: 'f',
  type: 'string',
  default: 'mcp.yaml',
  describe: 'mcp.yaml whose catalogs to use',
  requiresArg: true,
} as const;

function run(state: Parameters<Command>[1], action: string) {
  return async (args: Record<string, unknown>) => {
    const { catalogAction } = await import('../actions/catalog.js');
    state.exitCode = await catalogAction(action, args, state.io);
  };
}
