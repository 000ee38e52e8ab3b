#!/bin/sh
# Runs a command inside a fresh D-Bus session with an unlocked GNOME keyring, i.e. a real Secret Service
# for @napi-rs/keyring, as on a desktop. Needs the Debian packages dbus and gnome-keyring.
#   test/helpers/with-keyring.sh node bin/mcpctl.cjs secret list
# The keyring lives in $HOME/.local/share/keyrings (give tests a temp HOME). Its password is
# $MCPCTL_TEST_KEYRING_PASSWORD (default "mcpctl-test"): the first run creates the login keyring with it; a
# later run with another password leaves it locked. The command's stdin, stdout, stderr and exit code are its
# own (the daemons' chatter goes to /dev/null); the keyring daemon and the session end with the command.
set -eu
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
  command -v "$tool" >/dev/null 2>&1 || { echo "with-keyring.sh: $tool not found; install the Debian packages dbus and gnome-keyring" >&2; exit 127; }
done
exec 3>&2
exec dbus-run-session -- sh -c '
  printf %s "${MCPCTL_TEST_KEYRING_PASSWORD-mcpctl-test}" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
  daemon=$!
  # wait until it owns the Secret Service name: a client asking earlier would make D-Bus start a second, locked daemon
  tries=0
  until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
    tries=$((tries + 1))
    if [ "$tries" -ge 200 ]; then echo "with-keyring.sh: gnome-keyring-daemon did not start within 10 s" >&3; kill "$daemon" 2>/dev/null; exit 1; fi
    sleep 0.05
  done
  status=0
  "$@" 2>&3 3>&- || status=$?
  kill "$daemon" 2>/dev/null || true
  wait "$daemon" 2>/dev/null || true
  exit "$status"
' with-keyring "$@" 2>/dev/null
