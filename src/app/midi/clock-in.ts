/**
 * weft as the follower of an external MIDI clock: the input the performer chose (the `?`
 * dialog's "Follow MIDI clock from", kept in the settings) feeds a {@link ClockFollower} with
 * each pulse's timestamp; the tempo it locks to becomes weft's cps (four beats a cycle, as the
 * transport counts), set again when it moves by more than {@link CPS_STEP}; Start and Continue
 * play the performer's code, Stop stops it. A download of its own, loaded when a clock is chosen.
 */
import { DEFAULT_BEATS_PER_CYCLE } from '../../scheduler/midi-clock.ts';
import { ClockFollower } from './clock-follower.ts';
import type { MidiPorts } from './access.ts';

/** How far the followed tempo moves (relatively) before weft's cps is set again: finer than the ear, coarser than the jitter. */
export const CPS_STEP = 0.002;

/** What the follower drives. */
export interface ClockInHost {
  setCps(cps: number): void;
  /** Plays the performer's code (from the start) unless it plays. */
  start(): void;
  /** Stops it if it plays. */
  stop(): void;
}

/** Follows the MIDI clock of one input at a time. */
export class ClockIn {
  private follower = new ClockFollower();
  private input: MIDIInput | undefined;
  private wanted: string | undefined;
  private cps: number | undefined;
  private readonly onMessage = (event: Event): void => {
    const { data, timeStamp } = event as MIDIMessageEvent;
    if (data === null) return;
    this.message(data, timeStamp);
  };

  constructor(
    private readonly ports: MidiPorts,
    private readonly host: ClockInHost,
  ) {
    ports.onChange(() => this.attach());
  }

  /** Follows the clock of the input `name` names (none: stops following); the input's name, or undefined when it is not there. */
  follow(name: string | undefined): string | undefined {
    this.wanted = name;
    return this.attach();
  }

  /** The tempo followed now (BPM), once locked. */
  bpm(): number | undefined {
    return this.input === undefined ? undefined : this.follower.bpm();
  }

  /** Takes one message of the input (its bytes and timestamp, ms). */
  message(data: ArrayLike<number>, time: number): void {
    const status = data[0];
    this.follower.message(data, time);
    if (status === 0xf8) {
      const cps = this.follower.cps(DEFAULT_BEATS_PER_CYCLE);
      if (cps !== undefined && (this.cps === undefined || Math.abs(cps / this.cps - 1) > CPS_STEP)) {
        this.cps = cps;
        this.host.setCps(cps);
      }
    } else if (status === 0xfa || status === 0xfb) this.host.start();
    else if (status === 0xfc) this.host.stop();
  }

  /** The tempo weft was set to last (cps), to set again after code that sets its own. */
  followed(): number | undefined {
    return this.input === undefined ? undefined : this.cps;
  }

  private attach(): string | undefined {
    const input = this.wanted === undefined ? undefined : this.ports.input(this.wanted);
    if (input?.id === this.input?.id) return input?.name ?? undefined;
    this.input?.removeEventListener('midimessage', this.onMessage);
    this.follower = new ClockFollower();
    this.cps = undefined;
    this.input = input;
    input?.addEventListener('midimessage', this.onMessage);
    return input === undefined ? undefined : (input.name ?? input.id);
  }

  /** Stops following. */
  dispose(): void {
    this.follow(undefined);
  }
}
