/**
 * MIDI in the app, loaded with the first `.midi()` event (or the first time the performer opens
 * the MIDI panel): the page's ports, the output clock, MIDI out for the notes and MIDI clock out,
 * and the readout in the status line that opens the panel.
 */
import type { CompletionResult } from '@codemirror/autocomplete';
import { midiWords } from '../i18n/midi-words.ts';
import { outputClockOf, type OutputClock } from '../output-clock.ts';
import type { ClientStatus, HapBatch } from '../runtime/index.ts';
import { midiPorts, MidiUnavailable, type MidiPorts } from './access.ts';
import { ClockOut } from './clock-out.ts';
import { MidiOut, type OutPort } from './midi-out.ts';
import { loadMidiSettings, saveMidiSettings, type MidiSettings } from './midi-settings.ts';

/** What MIDI needs from the app. */
export interface MidiHost {
  /** The AudioContext (the clock MIDI follows), once there is one. */
  readonly context: () => AudioContext | undefined;
  /** Says a problem at the `.midi()` call of a hap. */
  readonly problem: (hapId: number, message: string) => void;
  readonly notify: (message: string) => void;
  /** The status-line readout MIDI writes into (hidden until MIDI is used). */
  readonly readout: HTMLButtonElement;
  /** What the panel shows besides the outputs and the clock sent: the MIDI clock followed. */
  readonly more: () => Promise<readonly HTMLElement[]>;
}

/** MIDI, running. */
export interface MidiLive {
  receive(batch: HapBatch): void;
  beat(status: ClientStatus): void;
  /** Opens the MIDI panel. */
  openPanel(): Promise<void>;
  /** The audio time heard at `performance.now()` time `ms`, as MIDI maps it (undefined before there is audio). */
  audioTimeAt(ms: number): number | undefined;
  /** The names of the ports of a kind, as completions of a port's name starting at `from`. */
  completePort(kind: 'input' | 'output', from: number): CompletionResult | null;
  dispose(): void;
}

/** Starts MIDI: asks for the ports (the browser may ask the performer), then sends what comes. */
export async function startMidi(host: MidiHost): Promise<MidiLive> {
  const words = midiWords();
  let ports: MidiPorts;
  try {
    ports = await midiPorts();
  } catch (error) {
    const message = words.unavailable(error instanceof MidiUnavailable || error instanceof Error ? error.message : String(error));
    host.notify(message);
    return unavailable(host, message);
  }
  let settings: MidiSettings = loadMidiSettings();
  let clock: OutputClock | undefined;
  const outputClock = (): OutputClock | undefined => {
    const context = host.context();
    if (clock === undefined && context !== undefined) clock = outputClockOf(context);
    return clock;
  };
  const toPerformance = (time: number): number => outputClock()?.toPerformance(time) ?? performance.now() + 1000 * time;
  const toContext = (ms: number): number => outputClock()?.toContext(ms) ?? ms / 1000;
  const latency = (port: OutPort): number => settings.latency[port.name ?? port.id] ?? 0;
  let droppedTold = -Infinity;
  const out = new MidiOut({
    port: (wanted) => (wanted === undefined ? ports.output(undefined, settings.output) : ports.output(wanted)),
    portNames: () => ports.outputs().map((p) => p.name ?? p.id),
    toPerformance,
    latency,
    problem: host.problem,
    dropped: (count) => {
      // Said at most once every few seconds, with how many so far.
      const now = performance.now();
      if (now - droppedTold < 5000) return;
      droppedTold = now;
      host.notify(midiWords().dropped(count));
    },
  });
  const clockOut = new ClockOut({
    port: () => (settings.clock.port === undefined ? undefined : ports.output(settings.clock.port)),
    beatsPerCycle: () => settings.clock.beatsPerCycle,
    toPerformance,
    toContext,
    latency,
  });
  const showReadout = (): void => {
    const chosen = ports.output(undefined, settings.output);
    host.readout.textContent = midiWords().readout(chosen?.name ?? undefined, Math.max(0, ports.outputs().length - 1));
    host.readout.hidden = false;
  };
  let used = false;
  const stopWatching = ports.onChange(() => {
    if (used) showReadout();
  });
  const openPanel = async (): Promise<void> => {
    showReadout();
    const [{ openMidiPanel }, more] = await Promise.all([import('./panel.ts'), host.more()]);
    openMidiPanel({
      more,
      ports,
      settings: () => settings,
      change: (next) => {
        settings = next;
        saveMidiSettings(next);
        showReadout();
      },
    });
  };
  host.readout.onclick = () => void openPanel();
  return {
    receive(batch) {
      if (!used && batch.haps.some((h) => h.controls.output === 'midi')) {
        used = true;
        showReadout();
      }
      out.receive(batch);
    },
    beat: (status) => clockOut.beat(status),
    openPanel,
    audioTimeAt: (ms) => outputClock()?.toContext(ms),
    completePort(kind, from) {
      const names = ports.names()[kind === 'input' ? 'inputs' : 'outputs'];
      const detail = kind === 'input' ? words.inputPort : words.outputPort;
      return { from, options: names.map((p) => ({ label: p.name, type: 'constant', detail })), validFor: /^[^"'\n]*$/ };
    },
    dispose() {
      stopWatching();
      out.dispose();
      clockOut.dispose();
    },
  };
}

/** MIDI that cannot run: each `.midi()` call says why, once. */
function unavailable(host: MidiHost, message: string): MidiLive {
  host.readout.textContent = message;
  host.readout.hidden = false;
  return {
    receive(batch) {
      for (const hap of batch.haps) if (hap.controls.output === 'midi') host.problem(hap.id, message);
    },
    beat: () => undefined,
    openPanel: () => Promise.resolve(),
    audioTimeAt: () => undefined,
    completePort: () => null,
    dispose: () => undefined,
  };
}
