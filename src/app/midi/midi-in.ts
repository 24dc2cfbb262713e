/**
 * The MIDI inputs the code listens to (`midin`), on the main thread where Web MIDI is: each port
 * the code names is opened once, its messages kept in an {@link InputState}, and each value the
 * code reads is sent to the runtime by its key as it changes (the runtime has the code's patterns
 * asked again from now, as for a slider). A value is sent at most once per {@link THROTTLE_MS}
 * per key, the latest one last, so a knob turned fast costs a few queries, not hundreds. A port
 * the code names that is missing is said at its `midin` call with the names of the inputs there
 * are; it is looked for again when ports come and go. Loaded with the first code that calls
 * `midin`.
 */
import type { MidiInRequest, MidiInValue } from '../../eval/midi-in.ts';
import type { MidiPorts } from './access.ts';
import { InputState } from './input-state.ts';

/** The shortest time between two values sent for one key (ms): finer than a listener hears a knob move. */
export const THROTTLE_MS = 15;

/** What the inputs need from the app. */
export interface MidiInHost {
  /** Sets a value for the code (the runtime's `midiIn` command). */
  send(key: string, value: MidiInValue): void;
  /** `performance.now()`, and a timer (tests give their own). */
  now(): number;
  setTimeout(f: () => void, ms: number): unknown;
}

interface Listened {
  readonly input: MIDIInput;
  readonly state: InputState;
  readonly stop: () => void;
}

/** The code's MIDI inputs, kept open while the page lives. */
export class MidiIn {
  private readonly requests = new Map<string, MidiInRequest>();
  /** Open inputs, by port id. */
  private readonly open = new Map<string, Listened>();
  private readonly sent = new Map<string, { at: number; text: string; timer: boolean }>();

  constructor(
    private readonly ports: MidiPorts,
    private readonly host: MidiInHost,
  ) {
    ports.onChange(() => this.connect());
  }

  /**
   * Listens to what an evaluation's code reads, and sends the values already known; `missing`
   * gets each `midin` call of it that names a port not there, with the inputs there are.
   */
  listen(requests: readonly MidiInRequest[], missing: (request: MidiInRequest, present: readonly string[]) => void): void {
    for (const request of requests) this.requests.set(request.key, request);
    const present = this.ports.inputs().map((p) => p.name ?? p.id);
    const told = new Set<number>();
    for (const request of requests) {
      if (this.inputOf(request) !== undefined || told.has(request.at.start)) continue;
      told.add(request.at.start);
      missing(request, present);
    }
    this.connect();
  }

  /** Opens every input the code names and sends the values known. */
  private connect(): void {
    for (const request of this.requests.values()) {
      const input = this.inputOf(request);
      if (input === undefined) continue;
      const listened = this.open.get(input.id) ?? this.opened(input);
      this.update(request, listened.state);
    }
  }

  private inputOf(request: MidiInRequest): MIDIInput | undefined {
    return this.ports.input(request.port === '' ? undefined : request.port);
  }

  private opened(input: MIDIInput): Listened {
    const state = new InputState();
    const onMessage = (event: Event): void => {
      const data = (event as MIDIMessageEvent).data;
      if (data === null || !state.apply(data)) return;
      for (const request of this.requests.values()) {
        if (this.inputOf(request)?.id === input.id) this.update(request, state);
      }
    };
    input.addEventListener('midimessage', onMessage);
    const listened: Listened = { input, state, stop: () => input.removeEventListener('midimessage', onMessage) };
    this.open.set(input.id, listened);
    return listened;
  }

  /** Sends `request`'s value if it changed, at most once per {@link THROTTLE_MS} (the latest last). */
  private update(request: MidiInRequest, state: InputState): void {
    const value = state.value(request.kind, request.number, request.channel);
    if (value === undefined) return;
    const text = JSON.stringify(value);
    const sent = this.sent.get(request.key);
    if (sent === undefined && text === '[]') return;
    if (sent?.text === text || sent?.timer === true) return;
    const wait = sent === undefined ? 0 : sent.at + THROTTLE_MS - this.host.now();
    if (wait <= 0) {
      this.host.send(request.key, value);
      this.sent.set(request.key, { at: this.host.now(), text, timer: false });
      return;
    }
    this.sent.set(request.key, { ...sent!, timer: true });
    this.host.setTimeout(() => {
      const latest = state.value(request.kind, request.number, request.channel);
      const before = this.sent.get(request.key);
      this.sent.set(request.key, { at: before?.at ?? 0, text: before?.text ?? '', timer: false });
      if (latest === undefined || JSON.stringify(latest) === before?.text) return;
      this.host.send(request.key, latest);
      this.sent.set(request.key, { at: this.host.now(), text: JSON.stringify(latest), timer: false });
    }, wait);
  }

  /** Stops listening to every input. */
  dispose(): void {
    for (const listened of this.open.values()) listened.stop();
    this.open.clear();
  }
}
