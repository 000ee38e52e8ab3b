// Stopping every probe this process started, for the CLI's SIGINT/SIGTERM handlers (src/cli/probe-signals.ts).
import { killAllProbeGroups } from '../probe/child.js';

/** Kills everything the probes started: process groups, descendants in sessions of their own, pipe holders. */
export function stopAllProbes(): void {
  killAllProbeGroups();
}
