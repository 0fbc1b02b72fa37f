/** A plain JSON object (not null, not an array). Its own module, free of imports, so the tiny feed-shape detector can use it too. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
