import { it } from 'vitest';
import { MidiOut } from '../src/app/midi/midi-out.ts';
it('dbg', () => {
  const clock = { now: 0 };
  const given: any[] = [];
  const a: any = { id: 'A', name: 'A', send(data: number[], at: number) { given.push([data.map((d) => d.toString(16)).join(' '), at, clock.now]); }, clear() { console.log('clear at', clock.now); for (let i = given.length - 1; i >= 0; i--) if (given[i][1] > clock.now) given.splice(i, 1); } };
  const out = new MidiOut({ port: () => a, portNames: () => ['A'], toPerformance: (t) => 1000 + 1000 * t, latency: () => 0, problem: (_i, m) => console.log(m), now: () => clock.now });
  out.receive({ cancels: [], haps: [{ id: 1, time: 0, duration: 1, locations: [], controls: { output: 'midi', note: 60 }, block: '$' }] });
  console.log(JSON.stringify(given));
  out.receive({ cancels: [], haps: [{ id: 2, time: 0.5, duration: 1, locations: [], controls: { output: 'midi', note: 60 }, block: '$' }] });
  console.log(JSON.stringify(given));
  out.dispose();
});
