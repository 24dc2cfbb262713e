/**
 * MIDI clock out: 24 pulses a beat from the tempo the runtime plays (its heartbeat's tempo
 * anchor), so the pulses follow every `setcps`, with Start (or Song Position and Continue) when
 * playback starts and Stop when it stops. Each pulse's time is its cycle's audio time
 * ({@link clockPulses}: no drift, however the time is cut), mapped to `performance.now()` as the
 * notes are. Pulses go to the port a short horizon ahead: a tempo change is known only once it
 * is made, so what was sent ahead of it keeps the old tempo for at most that long.
 */
import { Rational } from '../../pattern/rational.ts';
import { clockPulses, songPosition, tempoMap, type TempoMap } from '../../scheduler/index.ts';
import type { TempoAnchor } from '../runtime/messages.ts';
import type { OutPort } from './midi-out.ts';

/** How far ahead pulses are sent (ms): past a stall of the page this long, and a tempo change reaches the clock this late at most. */
export const CLOCK_HORIZON = 250;

/** What the clock needs from the app. */
export interface ClockOutOptions {
  /** The port the clock goes to (undefined: none, or not there). */
  readonly port: () => OutPort | undefined;
  readonly beatsPerCycle: () => number;
  /** Audio time (s) to the `performance.now()` ms at which it is heard, and back. */
  readonly toPerformance: (time: number) => number;
  readonly toContext: (ms: number) => number;
  readonly latency: (port: OutPort) => number;
  readonly now?: () => number;
}

/** The part of the runtime's heartbeat the clock follows. */
export interface ClockBeat {
  readonly running: boolean;
  readonly tempo: TempoAnchor;
}

/** Sends MIDI clock while weft plays. */
export class ClockOut {
  /** Pulses sent since the page loaded (for the readout and the tests). */
  pulses = 0;
  late = 0;
  private readonly now: () => number;
  private map: TempoMap | undefined;
  private anchor = '';
  /** The next pulse to send. */
  private next = 0;
  private running = false;
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(private readonly options: ClockOutOptions) {
    this.now = options.now ?? (() => performance.now());
    this.timer = setInterval(() => this.pump(), 20);
  }

  /** Takes a heartbeat: starts, stops, or follows a new tempo. */
  beat(beat: ClockBeat): void {
    const { cycle, time, cps } = beat.tempo;
    const key = `${cycle}@${time}@${cps}`;
    if (key !== this.anchor) {
      this.anchor = key;
      this.map = tempoMap(cps, time, Rational.from(cycle));
    }
    if (beat.running && !this.running) this.start(Rational.from(cycle), time);
    else if (!beat.running && this.running) this.stop();
    this.pump();
  }

  /** Sends the pulses due within the horizon. */
  pump(): void {
    const port = this.options.port();
    if (!this.running || this.map === undefined || port === undefined) return;
    const now = this.now();
    const beats = this.options.beatsPerCycle();
    const from = this.options.toContext(now - 1000);
    const to = this.options.toContext(now + CLOCK_HORIZON);
    const offset = this.options.latency(port);
    for (const pulse of clockPulses(this.map, from, to, beats)) {
      if (pulse.pulse < this.next) continue;
      this.send(port, [0xf8], this.options.toPerformance(pulse.time) + offset, now);
      this.next = pulse.pulse + 1;
      this.pulses++;
    }
  }

  dispose(): void {
    clearInterval(this.timer);
    if (this.running) this.stop();
  }

  /** Playback starts at `cycle` (audio time `time`): Start from the top, else Song Position and Continue. */
  private start(cycle: Rational, time: number): void {
    this.running = true;
    const beats = this.options.beatsPerCycle();
    const perPulse = Rational.of(1, 24 * beats);
    // The first pulse on or after the start.
    this.next = Math.max(0, cycle.div(perPulse).ceil().toNumber());
    const port = this.options.port();
    if (port === undefined) return;
    const now = this.now();
    const at = this.options.toPerformance(time) + this.options.latency(port) - 0.5;
    if (cycle.toNumber() === 0) this.send(port, [0xfa], at, now);
    else {
      const position = songPosition(cycle, beats);
      this.send(port, [0xf2, position & 0x7f, (position >> 7) & 0x7f], at, now);
      this.send(port, [0xfb], at, now);
    }
  }

  private stop(): void {
    this.running = false;
    const port = this.options.port();
    if (port !== undefined) this.send(port, [0xfc], this.now(), this.now());
  }

  private send(port: OutPort, data: number[], at: number, now: number): void {
    const late = at < now;
    if (late) this.late++;
    try {
      if (late) port.send(data);
      else port.send(data, at);
    } catch {
      // A port that went away: the readout says it is not there.
    }
  }
}
