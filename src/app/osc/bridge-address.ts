/**
 * Where `weft osc-bridge` listens and sends, and which hosts count as this computer: what the page
 * and the bridge agree on (besides the messages, wire.ts). Pure.
 */

/** The bridge's WebSocket port on 127.0.0.1 (the page connects there). */
export const BRIDGE_PORT = 57121;

/** Where SuperDirt listens for OSC by default. */
export const SUPERDIRT_PORT = 57120;

/** The largest message the bridge reads (bytes); a bigger one closes the connection. */
export const MAX_WIRE_BYTES = 8192;

/** True for a host name that is this computer: `localhost` or an IPv4 loopback address (127.x.x.x). */
export function isLoopbackHost(host: string): boolean {
  const name = host.trim().toLowerCase();
  if (name === 'localhost') return true;
  const parts = name.split('.');
  return parts.length === 4 && parts[0] === '127' && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}
