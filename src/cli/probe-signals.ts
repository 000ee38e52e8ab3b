// While servers are probed, SIGINT and SIGTERM first kill everything the probes started (process groups,
// descendants in sessions of their own, holders of their pipes), then exit 130 / 143 ('exit' handlers do
// not run on a signal). Returns the function that removes the handlers again.
import { killAllProbeGroups } from '../app/stop-probes.js';

export function killProbesOnSignal(before: () => void = () => undefined): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    killAllProbeGroups();
    before();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}
