// The store's location on the launcher and helper lines: only what differs from the defaults, so a line is
// the same on every machine with the usual set-up, and complete when the store was moved.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { defaultBus, pinnedStoreEnv, storeFlags } from '../../src/io/secrets/pin.js';

const HOME = '/home/u';

test('the usual set-up carries nothing', () => {
  assert.equal(storeFlags({}, HOME, 'linux'), []);
  assert.equal(
    storeFlags({ XDG_CONFIG_HOME: '/home/u/.config', DBUS_SESSION_BUS_ADDRESS: defaultBus() }, HOME, 'linux'),
    [],
  );
  assert.equal(storeFlags({ XDG_CONFIG_HOME: 'relative/ignored' }, HOME, 'linux'), []);
});

test('a moved store, a forced backend and a per-session bus are carried', () => {
  assert.equal(
    storeFlags(
      {
        XDG_CONFIG_HOME: '/cfg',
        MCPCTL_SECRETS_FILE: '~/v/s.age',
        MCPCTL_AGE_IDENTITY: '/k/id.txt',
        MCPCTL_SECRET_BACKEND: 'keychain',
        DBUS_SESSION_BUS_ADDRESS: 'unix:path=/tmp/dbus-x',
      },
      HOME,
      'linux',
    ),
    [
      '--config-dir',
      '/cfg',
      '--secrets-file',
      '/home/u/v/s.age',
      '--identity',
      '/k/id.txt',
      '--backend',
      'keychain',
      '--bus',
      'unix:path=/tmp/dbus-x',
    ],
  );
  // the bus zbus finds through XDG_RUNTIME_DIR, which the helper does not get either
  assert.equal(storeFlags({ XDG_RUNTIME_DIR: '/tmp/rt' }, HOME, 'linux'), ['--bus', 'unix:path=/tmp/rt/bus']);
  // no bus for the file backend, nor off Linux
  assert.equal(
    storeFlags({ MCPCTL_SECRET_BACKEND: 'file', DBUS_SESSION_BUS_ADDRESS: 'unix:path=/tmp/dbus-x' }, HOME, 'linux'),
    ['--backend', 'file'],
  );
  assert.equal(storeFlags({ DBUS_SESSION_BUS_ADDRESS: 'unix:path=/tmp/dbus-x' }, HOME, 'darwin'), []);
});

test('pinned flags set the store variables; a pinned bus only when the environment has none', () => {
  const pins = new Map([
    ['--config-dir', '/cfg'],
    ['--bus', 'unix:path=/old'],
  ] as const);
  assert.equal(pinnedStoreEnv(pins, { HOME }), {
    HOME,
    XDG_CONFIG_HOME: '/cfg',
    DBUS_SESSION_BUS_ADDRESS: 'unix:path=/old',
  });
  assert.equal(pinnedStoreEnv(pins, { HOME, XDG_CONFIG_HOME: '/x', DBUS_SESSION_BUS_ADDRESS: 'unix:path=/now' }), {
    HOME,
    XDG_CONFIG_HOME: '/cfg',
    DBUS_SESSION_BUS_ADDRESS: 'unix:path=/now',
  });
});

test.run();
