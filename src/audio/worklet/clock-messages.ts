// The clock worklet's messages (see clock-processor.ts): what its node sends it. The stamps it
// posts on the ports it keeps are `ClockMessage`s (replies.ts), read as the engine's stats are.
import type { Seconds } from '../dsp/units.ts';

/** The name the clock's processor is registered under in the AudioWorkletGlobalScope. */
export const CLOCK_NAME = 'weft-clock';

/** How often the clock stamps, in seconds of audio time: as often as the engine's stats do by default. */
export const CLOCK_INTERVAL: Seconds = 0.05;

/** Gives the clock a port (transferred) to stamp on. */
export interface KeepPortMessage {
  type: 'keepPort';
  port: MessagePort;
}

/** Ends the clock for good: it stops stamping and closes its ports. */
export interface StopClockMessage {
  type: 'stop';
}

/** What the clock's node sends to its processor. */
export type ToClock = KeepPortMessage | StopClockMessage;
