// A server of the same name that mcpctl did not write, in a client file other than Codex's: a conflict
// (E_CONFLICT, exit 4) until it is adopted — with `--adopt` on plan/apply (mcp.yaml's entry replaces it) or by
// `mcpctl import --from CLIENT` (which records it as managed). Codex keeps what it has always done: its plan
// shows the clash as "adopt" and apply takes the server over.
import type { Diagnostic } from '../core/errors.js';
import type { Planned } from './pipeline.js';

export function adoptionConflicts(planned: Planned, adopt: boolean): Diagnostic[] {
  if (adopt) return [];
  const out: Diagnostic[] = [];
  for (const f of planned.files) {
    if (f.target.clients.some((c) => c.name === 'codex')) continue;
    const clients = f.target.clients.map((c) => c.title).join(' and ');
    for (const c of f.plan.changes) {
      if (!c.adopt || c.action === 'create') continue;
      out.push({
        code: 'E_CONFLICT',
        severity: 'error',
        message: `server "${c.name}" is already in ${f.target.path}, written by hand or by ${clients}, not by mcpctl`,
        file: planned.spec.file,
        ...planned.spec.doc.locate(['servers', c.name], 'key'),
        path: `servers.${c.name}`,
        hint: `take it over with --adopt (mcp.yaml's entry replaces it), import it first with "mcpctl import --from ${f.target.clients[0]?.name ?? 'CLIENT'}", or give the server another name in mcp.yaml`,
      });
    }
  }
  return out;
}
