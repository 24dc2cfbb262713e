/**
 * MIDI out: the haps of `.midi()` to Web MIDI, each message with an absolute timestamp, the audio
 * time its event sounds mapped to `performance.now()` by the output clock (so MIDI lines up with
 * what the speakers play) plus the port's latency offset. Web MIDI exists only on this thread, so
 * messages are handed to the browser ahead of their time: all of the runtime's lookahead (a second)
 * where a port can withdraw what it was given (`MIDIOutput.clear()`), so a main-thread stall
 * delays nothing and a swap is still heard at once; only a short horizon ahead where it cannot
 * (Chromium's ports), so that what a swap replaces is mostly not sent yet. A note off always goes
 * out before a note on of the same key and channel at the same time, and a note struck again
 * before its note off ends there, not later.
 */
import { midiWords } from '../i18n/midi-words.ts';
import type { HapBatch } from '../runtime/index.ts';
import type { SoundingHap } from '../runtime/messages.ts';
import { byTime, midiMessages, type MidiMessage } from './messages.ts';

/** How far ahead messages go to a port that cannot withdraw them (ms): what a swap may still play of the code it replaced. */
export const SHORT_HORIZON = 200;

/**
 * A note on later than this (ms) is not sent: after a stall, or while the browser asked for MIDI
 * permission, a burst of stale notes is worse than the silence they leave. Its performer is told.
 */
export const DROP_LATE = 50;

/** How often queued messages are handed to the ports (ms). */
const PUMP_EVERY = 20;

/** A port as MIDI out uses it (Web MIDI's `MIDIOutput`, or a test's). */
export interface OutPort {
  readonly id: string;
  readonly name: string | null;
  send(data: readonly number[], timestamp?: number): void;
  clear?: () => void;
}

/** What MIDI out needs from the app. */
export interface MidiOutOptions {
  /** The port an event names (`midiport`, `.midi(port)`), or the chosen one when it names none; undefined when there is no such port. */
  readonly port: (wanted: string | number | undefined) => OutPort | undefined;
  /** The names of the ports present (for the message about a missing one). */
  readonly portNames: () => readonly string[];
  /** The `performance.now()` time (ms) at which audio time `time` (s) is heard. */
  readonly toPerformance: (time: number) => number;
  /** The performer's latency offset for a port (ms, may be negative). */
  readonly latency: (port: OutPort) => number;
  /** Says at the `.midi()` call of hap `id` what cannot be sent. */
  readonly problem: (hapId: number, message: string) => void;
  /** Notes were not sent, being too late (said once in a while, not at a place). */
  readonly dropped?: (count: number) => void;
  readonly now?: () => number;
}

/** One message waiting for its port, or sent and not yet due. */
interface Queued {
  /** When it goes out (performance ms), as the output clock maps its audio time (plus `offset`) when it was queued. */
  at: number;
  /** The port's latency offset (ms). */
  readonly offset: number;
  readonly message: MidiMessage;
  readonly port: OutPort;
  readonly hap: SoundingHap;
  /** The note on of this hap has been handed to the port (its note off must then go too). */
  readonly note: { on: boolean };
}

/** Figures for the status and the note. */
export interface MidiOutStats {
  sent: number;
  /** Handed to the port after their time (a stall longer than the horizon). */
  late: number;
  /** Note ons not sent, being over {@link DROP_LATE} late. */
  dropped: number;
  /** Withdrawn with `clear()` and sent again. */
  cleared: number;
}

const keyOf = (q: Queued): string => `${q.port.id}:${q.message.channel ?? -1}:${q.message.key ?? -1}`;

/** Sends the `.midi()` haps the runtime schedules. */
export class MidiOut {
  readonly stats: MidiOutStats = { sent: 0, late: 0, dropped: 0, cleared: 0 };
  private readonly now: () => number;
  /** Not yet handed to their port, in sending order. */
  private queue: Queued[] = [];
  /** Handed to a port that can withdraw them, and not yet due. */
  private inFlight: Queued[] = [];
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(private readonly options: MidiOutOptions) {
    this.now = options.now ?? (() => performance.now());
    this.timer = setInterval(() => this.pump(), PUMP_EVERY);
  }

  /** Takes a batch from the runtime: its cancels (a swap, a stop), then its `.midi()` haps. */
  receive(batch: HapBatch): void {
    const now = this.now();
    this.inFlight = this.inFlight.filter((q) => q.at > now);
    for (const cancel of batch.cancels) this.cancel(cancel.time, cancel.block);
    for (const hap of batch.haps) if (hap.controls.output === 'midi') this.add(hap);
    this.pump();
  }

  /** Hands the port every message within its horizon. */
  pump(): void {
    const now = this.now();
    this.inFlight = this.inFlight.filter((q) => q.at > now);
    if (this.queue.length === 0) return;
    const keep: Queued[] = [];
    for (const q of this.queue) {
      if (q.at > now + horizonOf(q.port)) keep.push(q);
      else this.send(q, now);
    }
    this.queue = keep;
  }

  /**
   * Stops every note at once (a hush): nothing queued goes out, what ports can withdraw is
   * withdrawn, and each note sounding ends now. A port that cannot withdraw plays what it was
   * given, so the note offs of what it was given stay due.
   */
  silence(): void {
    const now = this.now();
    // Only ports that can withdraw are in flight.
    for (const port of new Set(this.inFlight.map((q) => q.port))) {
      port.clear!();
      this.stats.cleared++;
    }
    const withdrawn = this.inFlight.filter((q) => q.message.kind === 'noteOff' && q.note.on);
    this.inFlight = [];
    const offs = this.queue.filter((q) => q.message.kind === 'noteOff' && q.note.on);
    this.queue = offs.filter((q) => q.port.clear === undefined);
    for (const q of [...withdrawn, ...offs.filter((o) => o.port.clear !== undefined)]) this.send(q, now, now);
  }

  dispose(): void {
    clearInterval(this.timer);
    this.silence();
  }

  private add(hap: SoundingHap): void {
    const port = this.options.port(hap.controls.midiport as string | number | undefined);
    if (port === undefined) {
      const wanted = hap.controls.midiport;
      const names = this.options.portNames();
      const words = midiWords();
      const present = names.length === 0 ? words.noOutput : words.outputsAre(names.map((n) => `"${n}"`).join(', '));
      this.options.problem(hap.id, wanted === undefined ? words.nothingSent(present) : words.missing(String(wanted), present));
      return;
    }
    const { messages, problems } = midiMessages(hap);
    for (const problem of problems) this.options.problem(hap.id, problem);
    const offset = this.options.latency(port);
    const note = { on: false };
    for (const message of messages.sort(byTime)) {
      const q: Queued = { at: this.options.toPerformance(message.time) + offset, offset, message, port, hap, note };
      if (message.kind === 'noteOn') this.endEarlier(q);
      this.enqueue(q);
    }
  }

  /**
   * A key struck again while the same key still sounds: the earlier note ends where this one
   * starts, just before it, not later (which would cut this one short).
   */
  private endEarlier(on: Queued): void {
    const key = keyOf(on);
    // Later by more than rounding: a note off that falls where the note on is already goes first.
    const later = (q: Queued): boolean => q.message.kind === 'noteOff' && keyOf(q) === key && q.message.time > on.message.time + 1e-6 && q.at > on.at;
    const pending = this.queue.find(later);
    if (pending !== undefined) {
      this.queue = this.queue.filter((q) => q !== pending);
      this.enqueue(movedTo(pending, on));
      return;
    }
    // Only a port that can withdraw has note offs in flight: withdraw that one, and give it again where it belongs.
    const given = this.inFlight.find(later);
    if (given === undefined) return;
    this.withdraw(on.port, (q) => q === given);
    this.enqueue(movedTo(given, on));
  }

  /**
   * Withdraws the haps of `block` (every block when undefined) that start after `time`. A note
   * that started keeps its note off (or it would hang), unless everything stops (a hush).
   */
  private cancel(time: number, block: string | undefined): void {
    this.inFlight = this.inFlight.filter((q) => q.at > this.now());
    const cancelled = (q: Queued): boolean => q.hap.time > time && (block === undefined || q.hap.block === block);
    // Note ons in flight are withdrawn with their port: those notes never start.
    for (const q of this.inFlight) if (cancelled(q) && q.message.kind === 'noteOn') q.note.on = false;
    const drop = (q: Queued): boolean => cancelled(q) && !(q.message.kind === 'noteOff' && q.note.on);
    this.queue = this.queue.filter((q) => !drop(q));
    for (const port of new Set(this.inFlight.filter(drop).map((q) => q.port))) this.withdraw(port, drop);
    if (time === -Infinity) this.silence();
  }

  /** Clears `port` and gives it again what it had that is not due yet, but what `drop` says. */
  private withdraw(port: OutPort, drop: (q: Queued) => boolean): void {
    port.clear!();
    this.stats.cleared++;
    const now = this.now();
    const again = this.inFlight.filter((q) => q.port === port && q.at > now && !drop(q));
    this.inFlight = this.inFlight.filter((q) => q.port !== port);
    for (const q of again) this.send(q, now);
  }

  private enqueue(q: Queued): void {
    let i = this.queue.length;
    while (i > 0 && byQueue(this.queue[i - 1]!, q) > 0) i--;
    this.queue.splice(i, 0, q);
  }

  /**
   * Gives `q` to its port, stamped `at` (by default its audio time as the output clock maps it
   * now, which is fitted better than when it was queued); past its time, at once.
   */
  private send(q: Queued, now: number, at: number = this.options.toPerformance(q.message.time) + q.offset): void {
    const late = at < now;
    if (late && q.message.kind === 'noteOn' && at < now - DROP_LATE) {
      this.stats.dropped++;
      this.options.dropped?.(this.stats.dropped);
      return;
    }
    if (late) this.stats.late++;
    try {
      // A message past its time goes at once (no timestamp), and is counted late.
      if (late) q.port.send(q.message.data);
      else q.port.send(q.message.data, at);
    } catch (error) {
      this.options.problem(q.hap.id, midiWords().refused(q.port.name ?? q.port.id, error instanceof Error ? error.message : String(error)));
      return;
    }
    this.stats.sent++;
    if (q.message.kind === 'noteOn') q.note.on = true;
    if (q.port.clear !== undefined && !late) this.inFlight.push({ ...q, at });
  }
}

/** A note off moved to where a note on of its key starts (just before it). */
function movedTo(off: Queued, on: Queued): Queued {
  return { ...off, at: on.at, message: { ...off.message, time: on.message.time } };
}

/** How far ahead a port is given messages (ms). */
function horizonOf(port: OutPort): number {
  return port.clear !== undefined ? Infinity : SHORT_HORIZON;
}

/** The sending order: by time; at the same time a note off first. */
function byQueue(a: Queued, b: Queued): number {
  return a.at - b.at || Number(b.message.kind === 'noteOff') - Number(a.message.kind === 'noteOff');
}
