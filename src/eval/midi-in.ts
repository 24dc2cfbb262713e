/**
 * `midin(port)` in performer code, as Strudel has it: the MIDI input of that name, whose control
 * changes are signals (`cc(74)`: the controller's latest value, 0 to 1) and whose notes are
 * patterns (`held()`: the notes held now, as a chord; `last()`: the last note played). Evaluating
 * records what the code listens to (`Evaluation.midiInputs`); whoever plays the code opens the
 * port and sets the values by key as messages arrive (the app, through the runtime, as a slider
 * sets its value), and each pattern reads its value when queried. Where there is no MIDI (the
 * CLI, a render), the values stay as they start: 0, and no notes.
 */
import type { CodeRange } from '../controls/event.ts';
import { stack } from '../pattern/constructors.ts';
import { pure } from '../pattern/combine.ts';
import { signal } from '../pattern/continuous.ts';
import { Pattern, silence } from '../pattern/pattern.ts';
import { describe } from './messages.ts';

/** What an input pattern reads: a controller's value (0 to 1), the notes held, or the last note. */
export type MidiInKind = 'cc' | 'held' | 'last';

/** A value the code listens to on a MIDI input. */
export interface MidiInRequest {
  /** The port as the code names it (`''`: the first input). */
  readonly port: string;
  /** The `midin(...)` call: where a missing port is reported. */
  readonly at: CodeRange;
  readonly kind: MidiInKind;
  /** The controller number (0 to 127) for `cc`; 0 otherwise. */
  readonly number: number;
  /** The MIDI channel, 1 to 16; 0 for any. */
  readonly channel: number;
  /** The name the value is set by: {@link midiInKey}. */
  readonly key: string;
}

/** An input's value: a controller's (0 to 1) or the last note (a MIDI number), or the notes held. */
export type MidiInValue = number | readonly number[];

/** Where the values come from: a map from {@link midiInKey} to the latest value. */
export interface MidiInValues {
  get(key: string): MidiInValue | undefined;
}

/** The name a value is set by: the same for every evaluation that listens to it. */
export function midiInKey(port: string, kind: MidiInKind, number: number, channel: number): string {
  return `${port}\u0000${kind}:${channel}:${number}`;
}

/** A MIDI input as performer code sees it (what `midin(port)` gives): called, it is `cc`, as in Strudel. */
export interface MidiInput {
  (ccNumber: number, channel?: number): Pattern<number>;
  /** The latest value of controller `ccNumber` (0 to 127) on `channel` (1 to 16; any by default), from 0 to 1: 0 until it moves. */
  cc(ccNumber: number, channel?: number): Pattern<number>;
  /** The notes held now, as MIDI numbers: a chord, one event a cycle (nothing while none is held). */
  held(channel?: number): Pattern<number>;
  /** The last note played (held or not), as a MIDI number, one event a cycle (nothing before the first). */
  last(channel?: number): Pattern<number>;
}

/** What one evaluation's `midin` calls listen to, and whether values can arrive at all. */
export class MidiInputs {
  readonly list: MidiInRequest[] = [];

  /**
   * @param values - where the values come from (none: every value stays as it starts)
   * @param unavailable - said once at each `midin` call when there is no MIDI here
   */
  constructor(
    private readonly values: MidiInValues | undefined,
    private readonly unavailable: (at: CodeRange) => void,
  ) {}

  /** Makes the `midin` function; `where` places the call (its range in the code). */
  function(where: () => CodeRange | undefined): (port?: unknown) => MidiInput {
    return (port?: unknown): MidiInput => {
      const name = portName(port);
      const at = where() ?? { start: 0, end: 0 };
      if (this.values === undefined) this.unavailable(at);
      const listen = (kind: MidiInKind, number: number, channel: unknown): string => {
        const ch = channelOf(channel, kind);
        const key = midiInKey(name, kind, number, ch);
        if (!this.list.some((r) => r.key === key)) this.list.push({ port: name, at, kind, number, channel: ch, key });
        return key;
      };
      const read = (key: string): MidiInValue | undefined => this.values?.get(key);
      const cc = (ccNumber: unknown, channel?: unknown): Pattern<number> => {
        const key = listen('cc', whole(ccNumber, 0, 127, 'cc(ccNumber) takes a controller number from 0 to 127'), channel);
        return signal(() => {
          const value = read(key);
          return typeof value === 'number' ? value : 0;
        });
      };
      // The notes held (a chord) or the last note: one event a cycle each, none before there are any.
      const notes = (kind: 'held' | 'last') => (channel?: unknown): Pattern<number> => {
        const key = listen(kind, 0, channel);
        return new Pattern((state) => {
          const value = read(key);
          const list = value === undefined ? [] : typeof value === 'number' ? [value] : value;
          return (list.length > 0 ? stack(...list.map((n) => pure(n))) : silence).query(state);
        });
      };
      return Object.freeze(Object.assign(cc, { cc, held: notes('held'), last: notes('last') }));
    };
  }
}

function portName(port: unknown): string {
  if (port === undefined) return '';
  if (typeof port === 'number' && Number.isInteger(port) && port >= 0) return String(port);
  if (typeof port === 'string') return port.trim();
  throw new TypeError(`midin(port) takes the input's name or number, not ${describe(port)}`);
}

/** `value` when it is a whole number from `lo` to `hi`; else says what `what` takes. */
function whole(value: unknown, lo: number, hi: number, what: string): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= lo && value <= hi) return value;
  throw new RangeError(`${what}, not ${describe(value)}`);
}

function channelOf(value: unknown, kind: MidiInKind): number {
  return value === undefined ? 0 : whole(value, 1, 16, `${kind}(${kind === 'cc' ? 'ccNumber, ' : ''}channel) takes a channel from 1 to 16`);
}
