/**
 * What one MIDI input has said so far, as `midin` reads it: each controller's latest value
 * (0 to 1) and the notes held and the last note, per channel and on any channel. Pure: messages
 * are fed as bytes, so tests give it made-up input.
 */
import type { MidiInKind, MidiInValue } from '../../eval/midi-in.ts';

/** Channels 1 to 16, and 0 for "any channel" (the latest message on any of them). */
const CHANNELS = 17;

/** An input's controllers and notes. */
export class InputState {
  private readonly controllers = new Float64Array(CHANNELS * 128);
  /** Controllers that have moved (a value told), by channel · 128 + number. */
  private readonly moved = new Uint8Array(CHANNELS * 128);
  private readonly held: Set<number>[] = Array.from({ length: CHANNELS }, () => new Set<number>());
  /** How many channels hold each note (for "any channel"). */
  private readonly holding = new Uint8Array(128);
  private readonly last: (number | undefined)[] = new Array<number | undefined>(CHANNELS).fill(undefined);

  /** Takes a message (bytes as Web MIDI gives them); true when it changed a controller or a note. */
  apply(data: ArrayLike<number>): boolean {
    const status = data[0] ?? 0;
    const kind = status & 0xf0;
    const channel = (status & 0x0f) + 1;
    const a = (data[1] ?? 0) & 0x7f;
    const b = (data[2] ?? 0) & 0x7f;
    if (status < 0x80 || status >= 0xf0) return false;
    if (kind === 0xb0) {
      for (const ch of [channel, 0]) {
        this.controllers[ch * 128 + a] = b / 127;
        this.moved[ch * 128 + a] = 1;
      }
      return true;
    }
    if (kind === 0x90 && b > 0) {
      if (!this.held[channel]!.has(a)) {
        this.held[channel]!.add(a);
        this.holding[a]!++;
      }
      this.held[0]!.add(a);
      this.last[channel] = a;
      this.last[0] = a;
      return true;
    }
    if (kind === 0x80 || kind === 0x90) {
      if (!this.held[channel]!.delete(a)) return false;
      if (--this.holding[a]! === 0) this.held[0]!.delete(a);
      return true;
    }
    return false;
  }

  /** The value `midin` reads for `kind` (`number`: the controller) on `channel` (0: any); undefined before anything was said. */
  value(kind: MidiInKind, number: number, channel: number): MidiInValue | undefined {
    const ch = Math.max(0, Math.min(CHANNELS - 1, channel));
    switch (kind) {
      case 'cc':
        return this.moved[ch * 128 + number] === 1 ? this.controllers[ch * 128 + number] : undefined;
      case 'held':
        return [...this.held[ch]!].sort((x, y) => x - y);
      case 'last':
        return this.last[ch];
    }
  }
}
