// Made-up Web MIDI inputs for the main thread's MIDI code in Node: each an EventTarget with a name
// that the test feeds `midimessage` events with their bytes and timestamp.
import { MidiPorts, type MidiAccessLike } from '../../../src/app/midi/access.ts';

/** A fake input: `send` dispatches a message as Web MIDI would. */
export interface FakeInput {
  readonly port: MIDIInput;
  send(data: number[], timeStamp?: number): void;
}

/** Fake access with inputs of these names; `connect` adds one later. */
export function fakePorts(names: readonly string[]): { ports: MidiPorts; inputs: Map<string, FakeInput>; connect(name: string): void } {
  const access = new EventTarget() as EventTarget & { inputs: Map<string, MIDIInput>; outputs: Map<string, MIDIOutput> };
  access.inputs = new Map();
  access.outputs = new Map();
  const inputs = new Map<string, FakeInput>();
  let ids = 0;
  const connect = (name: string): void => {
    const target = new EventTarget();
    const port = Object.assign(target, { id: `in-${++ids}`, name, state: 'connected', type: 'input' }) as unknown as MIDIInput;
    access.inputs.set(port.id, port);
    inputs.set(name, {
      port,
      send(data, timeStamp = 0) {
        const event = new Event('midimessage');
        Object.defineProperty(event, 'data', { value: Uint8Array.from(data) });
        Object.defineProperty(event, 'timeStamp', { value: timeStamp });
        target.dispatchEvent(event);
      },
    });
    access.dispatchEvent(new Event('statechange'));
  };
  const ports = new MidiPorts(access as unknown as MidiAccessLike);
  for (const name of names) connect(name);
  return { ports, inputs, connect };
}
