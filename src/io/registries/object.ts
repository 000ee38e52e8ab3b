// A registry's answer is `unknown` until each field is looked at: this narrows one level.
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
