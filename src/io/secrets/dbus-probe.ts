// Does a D-Bus session bus answer? Checked in plain Node before the keychain addon is touched: the addon
// blocks a worker thread on a bus that accepts but never answers (the process would then never exit), while
// this gives up after a second. It connects and does the first step of the D-Bus handshake (AUTH EXTERNAL).
import { connect } from 'node:net';
import { join } from 'node:path';

const TIMEOUT_MS = 1000;

/** null when the bus answers, else why not (for the message that says why the file is used). */
export async function sessionBusProblem(env: NodeJS.ProcessEnv): Promise<string | null> {
  const configured = env['DBUS_SESSION_BUS_ADDRESS'];
  // zbus (under keyring) falls back to $XDG_RUNTIME_DIR/bus, then /run/user/UID/bus
  const address =
    configured || `unix:path=${join(env['XDG_RUNTIME_DIR'] || `/run/user/${process.getuid?.() ?? 0}`, 'bus')}`;
  const socket = _unixSocket(address);
  if (socket === undefined) return null; // tcp:, launchd:, ...: let the addon try
  const shown = socket.startsWith('\0') ? `@${socket.slice(1)}` : socket;
  const answer = await _handshake(socket);
  if (answer === 'ok') return null;
  if (!configured && answer !== 'timeout')
    return 'no D-Bus session bus, so no Secret Service (DBUS_SESSION_BUS_ADDRESS is not set)';
  return answer === 'timeout'
    ? `the D-Bus session bus at ${shown} does not answer`
    : `the D-Bus session bus at ${shown} cannot be reached (${answer})`;
}

/** The socket of the first unix address in a D-Bus address list; abstract names start with NUL. */
function _unixSocket(addresses: string): string | undefined {
  for (const address of addresses.split(';')) {
    const colon = address.indexOf(':');
    if (address.slice(0, colon) !== 'unix') continue;
    for (const pair of address.slice(colon + 1).split(',')) {
      const eq = pair.indexOf('=');
      const key = pair.slice(0, eq);
      const value = _unescape(pair.slice(eq + 1));
      if (key === 'path') return value;
      if (key === 'abstract') return `\0${value}`;
    }
  }
  return undefined;
}

function _unescape(v: string): string {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}

function _handshake(path: string): Promise<string> {
  return new Promise((resolve) => {
    const s = connect(path);
    let reply = '';
    const done = (answer: string) => {
      clearTimeout(timer);
      s.destroy();
      resolve(answer);
    };
    const timer = setTimeout(() => done('timeout'), TIMEOUT_MS);
    s.on('connect', () =>
      s.write(`\0AUTH EXTERNAL ${Buffer.from(String(process.getuid?.() ?? 0)).toString('hex')}\r\n`),
    );
    s.on('data', (d: Buffer) => {
      reply += d.toString('latin1');
      // OK: authenticated; REJECTED: the bus answers but wants another mechanism (the addon negotiates that)
      if (reply.includes('\r\n'))
        done(/^(OK|REJECTED)\b/.test(reply) ? 'ok' : `unexpected reply ${JSON.stringify(reply.slice(0, 40))}`);
    });
    s.on('error', (e: NodeJS.ErrnoException) => done(e.code ?? e.message));
    s.on('close', () => done('closed'));
  });
}
