// weft following a MIDI clock input: the tempo it locks to sets weft's cps (four beats a cycle),
// again only when it moves by more than CPS_STEP; Start and Continue play, Stop stops; another
// input's clock is not followed, and choosing none lets go.
import { describe, expect, it } from 'vitest';
import { ClockIn, CPS_STEP } from '../../../src/app/midi/clock-in.ts';
import { fakePorts } from './fake-ports.ts';

function setUp() {
  const fake = fakePorts(['Keys', 'Clock']);
  const cps: number[] = [];
  const transport: string[] = [];
  const clock = new ClockIn(fake.ports, { setCps: (c) => void cps.push(c), start: () => void transport.push('start'), stop: () => void transport.push('stop') });
  return { fake, clock, cps, transport };
}

/** Feeds `beats` beats of pulses at `bpm` from `start` ms. */
function pulses(send: (data: number[], time: number) => void, bpm: number, beats: number, start = 0): number {
  const period = 60000 / bpm / 24;
  for (let i = 0; i < beats * 24; i++) send([0xf8], start + i * period);
  return start + beats * 24 * period;
}

describe('ClockIn', () => {
  it('sets the tempo it locks to, and again only when it moves', () => {
    const { fake, clock, cps, transport } = setUp();
    expect(clock.follow('Clock')).toBe('Clock');
    const input = fake.inputs.get('Clock')!;
    input.send([0xfa]);
    const end = pulses((d, t) => input.send(d, t), 120, 8);
    expect(cps).toHaveLength(1);
    expect(cps[0]).toBeCloseTo(0.5, 9);
    expect(clock.bpm()).toBeCloseTo(120, 6);
    pulses((d, t) => input.send(d, t), 100, 8, end);
    expect(cps.at(-1)).toBeCloseTo(100 / 240, 3);
    // Each step set is a move of more than CPS_STEP.
    for (let i = 1; i < cps.length; i++) expect(Math.abs(cps[i]! / cps[i - 1]! - 1)).toBeGreaterThan(CPS_STEP);
    input.send([0xfc]);
    input.send([0xfb]);
    expect(transport).toEqual(['start', 'stop', 'start']);
  });

  it('follows only the input chosen, and none once none is', () => {
    const { fake, clock, cps, transport } = setUp();
    expect(clock.follow('Nord')).toBeUndefined();
    clock.follow('Clock');
    pulses((d, t) => fake.inputs.get('Keys')!.send(d, t), 120, 4);
    fake.inputs.get('Keys')!.send([0xfa]);
    expect([cps, transport]).toEqual([[], []]);
    clock.follow(undefined);
    pulses((d, t) => fake.inputs.get('Clock')!.send(d, t), 120, 4);
    expect(cps).toEqual([]);
    expect(clock.followed()).toBeUndefined();
  });
});
