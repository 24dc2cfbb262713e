/**
 * The app's words, in English: what the OSC output says (the bridge's state in the status line,
 * the warning at `.osc()`). Only the OSC output uses them, so they come with its download (see
 * `osc-words.ts`), not with the first screen.
 */
export const oscWords = {
  /** The status line's readout: its accessible name, and what it says. */
  readoutName: 'OSC output',
  connecting: 'OSC → SuperDirt: connecting…',
  connected: 'OSC → SuperDirt: connected',
  notRunning: 'OSC bridge not running: start it with npx weft osc-bridge',
  /** At `.osc()` while the bridge is not there. */
  notHeard: 'nothing is sent from .osc(): the OSC bridge is not running (start it with npx weft osc-bridge, beside SuperDirt)',
  /** The readout's title: events that left after their time, because the page was busy. */
  late: (count: number) => `${count} OSC ${count === 1 ? 'event' : 'events'} sent late (the page was busy)`,
  /** What the bridge refused, in its words. */
  refused: (reason: string) => `the OSC bridge did not send an event: ${reason}`,
  /** A control that SuperDirt cannot take as it is, left out. */
  leftOut: (problem: string) => `left out of the OSC event: ${problem}`,
  failed: (message: string) => `the OSC output failed: ${message}`,
};

/** What the OSC output says: {@link oscWords}'s shape. */
export type OscWords = typeof oscWords;
