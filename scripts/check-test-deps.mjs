#!/usr/bin/env node
// Run by `npm test` before anything else (`pretest`): the tests use real tools (see docs/development.md),
// and a missing one would otherwise show up minutes later as a puzzling failure deep in one test. Lists
// every missing command with the Debian package that has it and the one apt-get line that installs them
// all, and exits 1. .ci/run installs the same packages on a fresh machine.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** [command, Debian package, what the tests use it for] */
const TOOLS = [
  ['age', 'age', 'the real age CLI decrypts the secret store file'],
  ['dbus-run-session', 'dbus', 'a private D-Bus session for a real Secret Service (test/helpers/with-keyring.sh)'],
  ['gnome-keyring-daemon', 'gnome-keyring', 'the Secret Service (OS keychain) the keychain tests talk to'],
  ['pre-commit', 'pre-commit', 'the real pre-commit framework runs the shipped hooks'],
  ['git', 'git', "scan --staged and the Action's base/head plan read git"],
  ['openssl', 'openssl', 'a throw-away TLS certificate for the probe tests'],
  ['ps', 'procps', 'the probe leak test looks for processes left behind'],
  ['tmux', 'tmux', 'drives the interactive `mcpctl add` through a pseudo-terminal'],
  ['zsh', 'zsh', 'checks and runs the zsh completion script'],
  ['fish', 'fish', 'checks and runs the fish completion script'],
  ['setpriv', 'util-linux', 'runs the permission-denied case as the user nobody when the tests run as root'],
];
const NODE_MIN = [20, 19];

function onPath(command, path) {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, command);
    try {
      if (statSync(file).isFile()) {
        accessSync(file, constants.X_OK);
        return true;
      }
    } catch {
      // not here, or not executable: look further
    }
  }
  return false;
}

const problems = [];
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < NODE_MIN[0] || (major === NODE_MIN[0] && minor < NODE_MIN[1])) {
  problems.push(`Node ${process.versions.node} is too old: mcpctl needs Node >= ${NODE_MIN.join('.')}.`);
}
const missing = TOOLS.filter(([command]) => !onPath(command, process.env.PATH ?? ''));
if (missing.length > 0) {
  const width = Math.max(...missing.map(([c]) => c.length));
  problems.push(
    `npm test needs ${missing.length === 1 ? 'a command' : 'commands'} that ${missing.length === 1 ? 'is' : 'are'} not on the PATH:\n` +
      missing.map(([c, pkg, why]) => `  ${c.padEnd(width)}  (Debian package ${pkg}): ${why}`).join('\n') +
      `\nInstall ${missing.length === 1 ? 'it' : 'them'} on Debian or Ubuntu (as root, or with sudo):\n` +
      `  apt-get install -y --no-install-recommends ${[...new Set(missing.map(([, pkg]) => pkg))].join(' ')}\n` +
      'or run .ci/run, which installs them and then runs npm test. See docs/development.md.',
  );
}
if (problems.length > 0) {
  process.stderr.write(problems.join('\n') + '\n');
  process.exit(1);
}
