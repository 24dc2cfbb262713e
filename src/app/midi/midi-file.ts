/**
 * A performance's MIDI as a Standard MIDI File (format 1), for a DAW: the events sent with
 * `.midi()`, as the same messages the live output sends ({@link midiMessages}), one track per
 * output port, on a grid of beats that follows the tempo (`beatsPerCycle` beats a cycle, the
 * tempo map's changes written as tempo events), so the bars line up in the DAW. Real-time
 * messages (`midicmd`) have no place in a file and are left out with a warning. Written with the
 * `midi-file` library.
 */
import { writeMidi, type MidiEvent as FileEvent } from 'midi-file';
import { secondsToCycle, type TempoMap } from '../../scheduler/index.ts';
import { byTime, midiMessages, type MidiEvent, type MidiMessage } from './messages.ts';

/** Ticks a beat (a quarter note) in the file. */
export const TICKS_PER_BEAT = 480;

/** An event as the file takes it: its MIDI controls, time and duration, and where its code is. */
export interface FileSource extends MidiEvent {
  readonly locations?: readonly { readonly start: number; readonly end: number }[];
}

/** The file, what went into it, and what could not. */
export interface MidiFile {
  readonly bytes: Uint8Array;
  /** Notes written (note ons). */
  readonly notes: number;
  readonly warnings: readonly { readonly message: string; readonly locations: readonly { readonly start: number; readonly end: number }[] }[];
}

/** One message in a track, by tick. */
interface Placed {
  readonly tick: number;
  readonly message: MidiMessage;
}

/** The file's event for a channel message or sysex (undefined for a real-time message). */
function fileEvent(m: MidiMessage): FileEvent | undefined {
  const [status = 0, a = 0, b = 0] = m.data;
  const channel = status & 0x0f;
  switch (status & 0xf0) {
    case 0x90: return { deltaTime: 0, type: 'noteOn', channel, noteNumber: a, velocity: b };
    case 0x80: return { deltaTime: 0, type: 'noteOff', channel, noteNumber: a, velocity: b };
    case 0xa0: return { deltaTime: 0, type: 'noteAftertouch', channel, noteNumber: a, amount: b };
    case 0xb0: return { deltaTime: 0, type: 'controller', channel, controllerType: a, value: b };
    case 0xc0: return { deltaTime: 0, type: 'programChange', channel, programNumber: a };
    case 0xd0: return { deltaTime: 0, type: 'channelAftertouch', channel, amount: a };
    case 0xe0: return { deltaTime: 0, type: 'pitchBend', channel, value: (a | (b << 7)) - 0x2000 };
    default: return status === 0xf0 ? { deltaTime: 0, type: 'sysEx', data: m.data.slice(1) } : undefined;
  }
}

/** Events placed by tick, as deltas, closed by an end of track. */
function track(name: string, placed: readonly { readonly tick: number; readonly event: FileEvent }[]): FileEvent[] {
  let last = 0;
  const out: FileEvent[] = [{ deltaTime: 0, meta: true, type: 'trackName', text: name }];
  for (const { tick, event } of placed) {
    out.push({ ...event, deltaTime: tick - last });
    last = tick;
  }
  out.push({ deltaTime: 0, meta: true, type: 'endOfTrack' });
  return out;
}

/**
 * The Standard MIDI File of the `.midi()` events among `events`, scheduled with `tempo`.
 *
 * @example
 * midiFile(bounce('note("c4 e4").midi()', { cycles: 1 }).events, tempoMap(0.5)).notes // 2
 */
export function midiFile(events: readonly FileSource[], tempo: TempoMap, beatsPerCycle = 4): MidiFile {
  const tickOf = (time: number): number => Math.round(secondsToCycle(tempo, time).toNumber() * beatsPerCycle * TICKS_PER_BEAT);
  const ports = new Map<string, Placed[]>();
  const warnings: { message: string; locations: readonly { start: number; end: number }[] }[] = [];
  let notes = 0;
  let realtime = false;
  for (const event of events) {
    if (event.controls.output !== 'midi') continue;
    const { messages, problems } = midiMessages(event);
    for (const message of problems) {
      const locations = event.locations ?? [];
      const said = warnings.some((w) => w.message === message && w.locations[0]?.start === locations[0]?.start);
      if (!said) warnings.push({ message, locations });
    }
    const port = event.controls.midiport === undefined ? 'MIDI' : String(event.controls.midiport);
    let placed = ports.get(port);
    if (placed === undefined) ports.set(port, (placed = []));
    for (const message of messages) {
      if (message.kind === 'realtime') {
        realtime = true;
        continue;
      }
      if (message.kind === 'noteOn') notes++;
      placed.push({ tick: tickOf(message.time), message });
    }
  }
  if (realtime) warnings.push({ message: 'midicmd messages (clock, start, stop, continue) have no place in a MIDI file: they are left out', locations: [] });
  const tempoTrack = track('weft', tempo.segments.map((segment) => ({
    tick: Math.round(segment.cycle.toNumber() * beatsPerCycle * TICKS_PER_BEAT),
    event: { deltaTime: 0, meta: true, type: 'setTempo', microsecondsPerBeat: Math.round(1e6 / (segment.cps * beatsPerCycle)) } as FileEvent,
  })));
  const tracks = [...ports].map(([name, placed]) => {
    const sorted = placed.sort((a, b) => a.tick - b.tick || byTime({ ...a.message, time: 0 }, { ...b.message, time: 0 }));
    return track(name, sorted.flatMap(({ tick, message }) => {
      const event = fileEvent(message);
      return event === undefined ? [] : [{ tick, event }];
    }));
  });
  const bytes = Uint8Array.from(writeMidi({ header: { format: 1, numTracks: tracks.length + 1, ticksPerBeat: TICKS_PER_BEAT }, tracks: [tempoTrack, ...tracks] }));
  return { bytes, notes, warnings };
}
