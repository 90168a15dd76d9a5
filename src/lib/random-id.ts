/**
 * A short random id. Uses crypto.getRandomValues, which (unlike
 * crypto.randomUUID) also exists on plain-http intranet servers.
 */
export function randomId(bytes = 8): string {
  const buf = new Uint8Array(bytes);
  if (globalThis.crypto?.getRandomValues) globalThis.crypto.getRandomValues(buf);
  else for (let i = 0; i < bytes; i++) buf[i] = Math.floor(Math.random() * 256);
  return Array.from(buf, (b) => b.toString(16).padStart(2, '0')).join('');
}
