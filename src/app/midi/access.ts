/**
 * The browser's MIDI ports, for the MIDI output, clock and input: one `navigator.requestMIDIAccess()`
 * for the page, asked for the first time the code or the performer needs MIDI (the browser may ask
 * the performer's permission then), and the ports found by name or number. Nothing here sends or
 * reads a message.
 */

/** A port as the performer names it. */
export interface PortInfo {
  readonly id: string;
  readonly name: string;
}

/** What `navigator.requestMIDIAccess` gives, as much of it as weft uses (tests give their own). */
export type MidiAccessLike = Pick<MIDIAccess, 'inputs' | 'outputs' | 'addEventListener' | 'removeEventListener'> & { readonly sysexEnabled?: boolean };

/** Why there is no MIDI: the browser has none, or the performer (or the page's policy) refused it. */
export class MidiUnavailable extends Error {}

/** The ports of a kind in the browser's order. */
function list<P extends MIDIPort>(ports: ReadonlyMap<string, P>): P[] {
  return [...ports.values()];
}

/**
 * The port that `wanted` names among `ports`: by number (its place in the list), else by name:
 * exact, then ignoring case, then the first whose name contains it (so `"IAC"` finds "IAC Driver
 * Bus 1"). Without `wanted`, `fallback` by name if present, else the first port.
 */
export function findPort<P extends { readonly name: string | null }>(ports: readonly P[], wanted: string | number | undefined, fallback?: string): P | undefined {
  if (wanted === undefined) return (fallback === undefined ? undefined : findPort(ports, fallback)) ?? ports[0];
  if (typeof wanted === 'number') return Number.isInteger(wanted) ? ports[wanted] : undefined;
  const name = wanted.trim();
  if (/^\d+$/.test(name)) return ports[Number(name)];
  const lower = name.toLowerCase();
  return ports.find((p) => p.name === name) ?? ports.find((p) => p.name?.toLowerCase() === lower) ?? ports.find((p) => p.name?.toLowerCase().includes(lower) === true);
}

/** The page's MIDI access: its ports, kept current as devices come and go. */
export class MidiPorts {
  private readonly listeners = new Set<() => void>();

  constructor(readonly access: MidiAccessLike) {
    access.addEventListener('statechange', () => {
      for (const listener of this.listeners) listener();
    });
  }

  outputs(): MIDIOutput[] {
    return list(this.access.outputs as ReadonlyMap<string, MIDIOutput>).filter((p) => p.state !== 'disconnected');
  }

  inputs(): MIDIInput[] {
    return list(this.access.inputs as ReadonlyMap<string, MIDIInput>).filter((p) => p.state !== 'disconnected');
  }

  /** The output `wanted` names (see {@link findPort}). */
  output(wanted?: string | number, fallback?: string): MIDIOutput | undefined {
    return findPort(this.outputs(), wanted, fallback);
  }

  /** The input `wanted` names (see {@link findPort}). */
  input(wanted?: string | number, fallback?: string): MIDIInput | undefined {
    return findPort(this.inputs(), wanted, fallback);
  }

  /** The names of the outputs and inputs present (for completion and the MIDI panel). */
  names(): { readonly outputs: readonly PortInfo[]; readonly inputs: readonly PortInfo[] } {
    const info = (p: MIDIPort): PortInfo => ({ id: p.id, name: p.name ?? p.id });
    return { outputs: this.outputs().map(info), inputs: this.inputs().map(info) };
  }

  /** Calls `listener` when a port comes or goes; returns the way to stop. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

let shared: Promise<MidiPorts> | undefined;

/**
 * The page's {@link MidiPorts}, asked for once (later calls share the answer; a refusal is asked
 * again next time). Rejects with {@link MidiUnavailable} saying why.
 */
export function midiPorts(nav: Navigator = navigator): Promise<MidiPorts> {
  if (shared !== undefined) return shared;
  if (typeof nav.requestMIDIAccess !== 'function') return Promise.reject(new MidiUnavailable('this browser has no Web MIDI (Chrome, Edge, Firefox and Opera have it)'));
  const asked = nav.requestMIDIAccess({ sysex: false }).then(
    (access) => new MidiPorts(access),
    (error: unknown) => {
      shared = undefined;
      const why = error instanceof Error ? error.message : String(error);
      throw new MidiUnavailable(`MIDI was not allowed: ${why}`);
    },
  );
  shared = asked;
  return asked;
}
