/**
 * What the page sends `weft osc-bridge` over its loopback WebSocket, one JSON text per event:
 * when it must sound (epoch milliseconds) and SuperDirt's `/dirt/play` key/value pairs. The
 * bridge reads it through {@link readWireEvent} and encodes the OSC bundle itself, so the page
 * ships no OSC library. Pure: shared by the page and the bridge.
 */
import * as v from 'valibot';

const finite = v.pipe(v.number(), v.finite());

/** A `/dirt/play` argument name: SuperDirt's parameters are short identifiers. */
const KeySchema = v.pipe(v.string(), v.regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, 'an argument name must be an identifier'));

/** One event for SuperDirt (or another OSC engine on this computer). */
export const WireEventSchema = v.object({
  /** When it must sound: milliseconds since 1970 (`performance.timeOrigin + performance.now()` clock). */
  time: finite,
  /** The `/dirt/play` pairs, in order: strings and finite numbers. */
  args: v.pipe(v.record(KeySchema, v.union([v.pipe(v.string(), v.maxLength(1024)), finite])), v.check((args) => Object.keys(args).length <= 128, 'too many arguments')),
  /** Another OSC host than the bridge's target (the event's `oschost`); only loopback ones are served. */
  host: v.optional(v.pipe(v.string(), v.maxLength(255))),
  /** Another UDP port than the bridge's target (the event's `oscport`). */
  port: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(65535))),
});
/** One event for SuperDirt, as the page sends it. */
export type WireEvent = v.InferOutput<typeof WireEventSchema>;

/** The event in a message's text, or the reason it is not one. */
export function readWireEvent(text: string): { event: WireEvent } | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { problem: 'not JSON' };
  }
  const result = v.safeParse(WireEventSchema, data);
  if (result.success) return { event: result.output };
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.');
  return { problem: path === undefined || path === '' ? issue.message : `${path}: ${issue.message}` };
}
