// The pure parts of the OSC output: a `.osc()` hap as SuperDirt's /dirt/play event, the haps held
// until due (withdrawn by the runtime's cancels), and the wire's schema the bridge reads them by.
import { describe, expect, it } from 'vitest';
import { cycleAt, dirtEvent } from '../../../src/app/osc/dirt-event.ts';
import { HeldEvents } from '../../../src/app/osc/held-events.ts';
import { SteadyClock } from '../../../src/app/osc/steady-clock.ts';
import { isLoopbackHost } from '../../../src/app/osc/bridge-address.ts';
import { readWireEvent } from '../../../src/app/osc/wire.ts';
import { epochMsToTimetag, timetagToEpochMs } from '../../../src/cli/osc-encode.ts';
import { evaluate } from '../../../src/eval/index.ts';
import { Rational } from '../../../src/pattern/rational.ts';

/** The controls of the haps of cycle 0 of performer code, in time order. */
function controlsOf(code: string): Record<string, unknown>[] {
  const haps = evaluate(code).pattern.queryArc(Rational.int(0), Rational.int(1)).filter((h) => h.hasOnset());
  return haps.sort((a, b) => a.whole!.begin.compare(b.whole!.begin)).map((h) => h.value as Record<string, unknown>);
}

const tempo = { cycle: '4/1', time: 10, cps: 0.5 };

describe('a .osc() hap as SuperDirt /dirt/play', () => {
  it('sends the controls with cps, cycle, delta and orbit 0, and leaves weft’s output marker out', () => {
    const [bd, sd] = controlsOf('s("bd sd").gain(0.8).osc()');
    expect(dirtEvent({ time: 11, duration: 1, controls: bd! }, tempo, 1_700_000_000_000.5).event).toEqual({
      time: 1_700_000_000_000.5,
      args: { s: 'bd', gain: 0.8, cps: 0.5, cycle: 4.5, delta: 1, orbit: 0 },
    });
    expect(dirtEvent({ time: 12, duration: 1, controls: { ...sd!, orbit: 2 } }, tempo, 0).event.args).toEqual({ s: 'sd', gain: 0.8, orbit: 2, cps: 0.5, cycle: 5, delta: 1 });
  });

  it('sends pitches as SuperDirt reads them, in semitones from c5: c4 (MIDI 60) is note 0', () => {
    const events = controlsOf('note("c4 eb3 72").s("superpiano").osc()').map((controls) => dirtEvent({ time: 10, duration: 0.5, controls }, tempo, 0));
    expect(events.map((e) => e.event.args['note'])).toEqual([0, -9, 12]);
    // A number n is a sample's number; a note name as n is a pitch.
    expect(dirtEvent({ time: 10, duration: 0.5, controls: { s: 'bd', n: 3 } }, tempo, 0).event.args['n']).toBe(3);
    expect(dirtEvent({ time: 10, duration: 0.5, controls: { s: 'superpiano', n: 'e4' } }, tempo, 0).event.args['n']).toBe(4);
    expect(dirtEvent({ time: 10, duration: 0.5, controls: { s: 'x', n: '3' } }, tempo, 0).event.args['n']).toBe(3);
  });

  it('leaves out what SuperDirt cannot take, saying why', () => {
    const { event, problems } = dirtEvent({ time: 10, duration: 1, controls: { s: 'bd', note: 'h9', speed: NaN, shape: [1, 2], output: 'osc' } }, tempo, 0);
    expect(event.args).toEqual({ s: 'bd', cps: 0.5, cycle: 4, delta: 1, orbit: 0 });
    expect(problems).toEqual([
      'control "note" must be a note name or MIDI number, got "h9"',
      'control "speed" must be a string or a finite number for OSC, got NaN',
      'control "shape" must be a string or a finite number for OSC, got a list',
    ]);
  });

  it('says where the bridge sends it when the event names oschost and oscport', () => {
    const [controls] = controlsOf('s("bd").oschost("localhost").oscport(57130).osc()');
    const { event } = dirtEvent({ time: 10, duration: 1, controls: controls! }, undefined, 0);
    expect(event).toEqual({ time: 0, args: { s: 'bd', delta: 1, orbit: 0 }, host: 'localhost', port: 57130 });
    // What the page sends is what the bridge accepts.
    expect(readWireEvent(JSON.stringify(event))).toEqual({ event });
  });

  it('counts cycles from the tempo anchor, exact fractions included', () => {
    expect(cycleAt({ cycle: '7/2', time: 1, cps: 2 }, 1.25)).toBe(4);
    expect(cycleAt({ cycle: '-1/4', time: 0, cps: 1 }, 0.25)).toBe(0);
  });
});

describe('the haps held until due', () => {
  it('are taken in time order up to a time, and withdrawn by cancels of their block (or all)', () => {
    const held = new HeldEvents<string>();
    held.hold([{ time: 2, block: '$', item: 'b' }, { time: 1, block: '$', item: 'a' }, { time: 3, block: 'drums', item: 'c' }, { time: 4, block: '$', item: 'd' }]);
    expect(held.take(1.5).map((h) => h.item)).toEqual(['a']);
    held.cancel([{ time: 2, block: '$' }]);
    expect(held.size).toBe(2);
    held.cancel([{ time: 2.5 }]);
    expect(held.take(10).map((h) => h.item)).toEqual(['b']);
    held.hold([{ time: 5, item: 'e' }]);
    held.cancel([{ time: -Infinity }]);
    expect(held.size).toBe(0);
  });
});

describe('the OSC events’ clock', () => {
  it('follows the output clock’s map a tenth of the way per event, and at most 0.5 ms, so a refit moves the steps by little', () => {
    const clock = new SteadyClock();
    expect(clock.toPerformance(1, 5000)).toBe(5000);
    // The map moves by 10 ms: the steps (500 ms) move by 0.5 ms each until it is followed.
    const steps = (moved: number, times: number[], from: number): number[] => times.map((t) => clock.toPerformance(t, 5000 + moved + (t - 1) * 1000)).map((at, i, all) => at - (i === 0 ? from : all[i - 1]!));
    expect(steps(10, [1.5, 2, 2.5], 5000)).toEqual([500.5, 500.5, 500.5]);
    // A move of 2 ms: a tenth of it per event.
    const clock2 = new SteadyClock();
    clock2.toPerformance(1, 5000);
    expect(clock2.toPerformance(1.5, 5502) - 5000).toBeCloseTo(500.2, 6);
  });

  it('jumps when the map moves far (a new context, another output)', () => {
    const clock = new SteadyClock();
    clock.toPerformance(1, 5000);
    expect(clock.toPerformance(0.1, 90_000)).toBe(90_000);
  });
});

describe('the wire to the bridge', () => {
  it('reads only well-formed events', () => {
    expect(readWireEvent('nope')).toEqual({ problem: 'not JSON' });
    expect(readWireEvent('{"time": 1, "args": {"s": {"x": 1}}}')).toMatchObject({ problem: expect.stringMatching(/^args\.s: /) });
    expect(readWireEvent('{"time": 1, "args": {}, "port": 70000}')).toMatchObject({ problem: expect.stringMatching(/^port: /) });
  });

  it('knows the loopback hosts', () => {
    expect(['localhost', '127.0.0.1', '127.1.2.3', 'LOCALHOST'].map(isLoopbackHost)).toEqual([true, true, true, true]);
    expect(['10.0.0.1', '127.0.0.256', 'example.com', '0.0.0.0', ''].map(isLoopbackHost)).toEqual([false, false, false, false, false]);
  });

  it('timetags epoch milliseconds as NTP, to well under a millisecond', () => {
    for (const ms of [0, 1_700_000_000_000.25, 1_799_999_999_999.999]) expect(Math.abs(timetagToEpochMs(epochMsToTimetag(ms)) - ms)).toBeLessThan(0.001);
    expect(epochMsToTimetag(0)).toEqual([2208988800, 0]);
    expect(epochMsToTimetag(500)).toEqual([2208988800, 2 ** 31]);
  });
});
