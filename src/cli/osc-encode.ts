/**
 * SuperDirt's OSC, from the page's events (src/app/osc/wire.ts): one `/dirt/play` message per
 * event, in a bundle whose NTP timetag is the time it must sound, encoded by osc-min.
 */
import { toBuffer, type OscArgInput, type TimeTag } from 'osc-min';
import type { WireEvent } from '../app/osc/wire.ts';

/** Seconds from NTP's epoch (1900) to Unix's (1970). */
const NTP_TO_UNIX = 2208988800;
const TWO_POW_32 = 4294967296;

/** SuperDirt's parameters that are whole numbers (indices); every other number is a float. */
const INTEGER_KEYS: ReadonlySet<string> = new Set(['orbit', 'channel', 'cut']);

/** The NTP timetag `[seconds since 1900, fraction of 2^32]` of `ms` milliseconds since 1970 (sub-millisecond kept). */
export function epochMsToTimetag(ms: number): TimeTag {
  const seconds = Math.floor(ms / 1000);
  let fraction = Math.round(((ms - seconds * 1000) / 1000) * TWO_POW_32);
  let whole = seconds + NTP_TO_UNIX;
  if (fraction >= TWO_POW_32) {
    fraction -= TWO_POW_32;
    whole += 1;
  }
  return [whole, fraction];
}

/** Milliseconds since 1970 of an NTP timetag (the inverse of {@link epochMsToTimetag}). */
export function timetagToEpochMs([seconds, fraction]: TimeTag): number {
  return (seconds - NTP_TO_UNIX) * 1000 + (fraction / TWO_POW_32) * 1000;
}

/** The `/dirt/play` arguments of `event`: name, value, name, value... with typed numbers. */
export function dirtArgs(event: WireEvent): OscArgInput[] {
  return Object.entries(event.args).flatMap(([key, value]): OscArgInput[] => {
    if (typeof value === 'string') return [key, value];
    const integer = INTEGER_KEYS.has(key) && Number.isInteger(value);
    return [key, integer ? { type: 'integer', value } : { type: 'float', value }];
  });
}

/** The OSC bundle for `event`: `/dirt/play` with its arguments, timetagged with its time. */
export function dirtBundle(event: WireEvent): Uint8Array {
  const view = toBuffer({ timetag: epochMsToTimetag(event.time), elements: [{ address: '/dirt/play', args: dirtArgs(event) }] });
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}
