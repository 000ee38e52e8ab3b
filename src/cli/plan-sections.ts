// A plan's files as the sections the plan text shows: each with its clients' names.
import type { Planned } from '../app/pipeline.js';
import type { FileSection } from '../core/render/plan-text.js';

export function fileSections(planned: Planned, now?: Date): FileSection[] {
  return planned.files.map((f) => ({
    plan: f.plan,
    path: f.target.path,
    clients: f.target.clients.map((c) => c.title),
    diff: f.diff,
    setOff: f.setOff,
    ...(now ? { verified: { lastVerified: f.target.state.last_verified_at ?? {}, now } } : {}),
  }));
}
