// Ending every probe at once, for a command interrupted by SIGINT or SIGTERM ('exit' handlers do not run on a
// signal): the process groups the probes started, descendants in sessions of their own, holders of their pipes.
// The command installs the handler and exits (cli/probe-signals.ts); the killing is the probe layer's.
export { killAllProbeGroups } from '../probe/child.js';
