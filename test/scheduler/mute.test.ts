import { describe, expect, it } from 'vitest';
import { s } from '../../src/pattern/index.ts';
import { fakeScheduler } from './helpers.ts';

/** Three blocks of four events a cycle at 1 cps, started at 0 and ticked to 0.1 s (sent up to 0.4 s). */
function threeBlocks(): ReturnType<typeof fakeScheduler> {
  const setup = fakeScheduler({ cps: 1, lookahead: 0.3 });
  setup.scheduler.setBlocks([
    { label: 'a', pattern: s('a*4') },
    { label: 'b', pattern: s('b*4') },
    { label: 'c', pattern: s('c*4') },
  ]);
  setup.scheduler.start({ time: 0 });
  setup.clock.time = 0.1;
  setup.scheduler.tick();
  return setup;
}

/** Plays on to 1.2 s and lists which blocks sounded at each time. */
function playOn(setup: ReturnType<typeof fakeScheduler>): Record<number, string[]> {
  for (; setup.clock.time < 1.2; setup.clock.time += 0.05) setup.scheduler.tick();
  const byTime: Record<number, string[]> = {};
  for (const e of setup.sink.sorted()) (byTime[e.time] ??= []).push(e.block ?? '');
  for (const labels of Object.values(byTime)) labels.sort();
  return byTime;
}

describe('Scheduler.mute', () => {
  it('silences a block from one audio block after now, and the others play on', () => {
    const setup = threeBlocks();
    setup.scheduler.mute('b');
    expect(setup.sink.cancels.map((c) => c.block)).toEqual(['b']);
    expect(playOn(setup)).toEqual({ 0: ['a', 'b', 'c'], 0.25: ['a', 'c'], 0.5: ['a', 'c'], 0.75: ['a', 'c'], 1: ['a', 'c'], 1.25: ['a', 'c'] });
  });

  it('stays across a re-evaluation that keeps the label', () => {
    const setup = threeBlocks();
    setup.scheduler.mute('b');
    setup.scheduler.setBlocks([{ label: 'a', pattern: s('a*4') }, { label: 'b', pattern: s('b*4') }]);
    expect(playOn(setup)[0.5]).toEqual(['a']);
  });
});

describe('Scheduler.unmute', () => {
  it('brings a muted block back from one audio block after now', () => {
    const setup = threeBlocks();
    setup.scheduler.mute('b');
    setup.clock.time = 0.4;
    setup.scheduler.tick();
    setup.scheduler.unmute('b');
    expect(playOn(setup)).toEqual({
      0: ['a', 'b', 'c'], 0.25: ['a', 'c'], 0.5: ['a', 'b', 'c'], 0.75: ['a', 'b', 'c'], 1: ['a', 'b', 'c'], 1.25: ['a', 'b', 'c'],
    });
  });

  it('does not unmute a block muted in the code', () => {
    const setup = fakeScheduler({ cps: 1, lookahead: 0.3 });
    setup.scheduler.setBlocks([{ label: '_$', pattern: s('x*4'), muted: true }]);
    setup.scheduler.start({ time: 0 });
    setup.scheduler.unmute('_$');
    expect(playOn(setup)).toEqual({});
  });
});

describe('Scheduler.solo', () => {
  it('plays only the soloed blocks', () => {
    const setup = threeBlocks();
    setup.scheduler.solo('a');
    setup.scheduler.solo('c');
    expect(setup.sink.cancels.map((c) => c.block)).toEqual(['b', 'c']);
    expect(playOn(setup)[0.75]).toEqual(['a', 'c']);
  });

  it('ignores a solo of a label that does not play', () => {
    const setup = threeBlocks();
    setup.scheduler.solo('nope');
    expect(setup.sink.cancels).toEqual([]);
    expect(playOn(setup)[0.75]).toEqual(['a', 'b', 'c']);
  });
});

describe('Scheduler.unsolo', () => {
  it('ends every solo without an argument, or one with a label', () => {
    const setup = threeBlocks();
    setup.scheduler.solo('a');
    setup.scheduler.solo('b');
    setup.clock.time = 0.3;
    setup.scheduler.tick();
    setup.scheduler.unsolo('b');
    setup.clock.time = 0.55;
    setup.scheduler.tick();
    setup.scheduler.unsolo();
    expect(playOn(setup)).toEqual({
      0: ['a', 'b', 'c'], 0.25: ['a', 'b'], 0.5: ['a'], 0.75: ['a', 'b', 'c'], 1: ['a', 'b', 'c'], 1.25: ['a', 'b', 'c'],
    });
  });
});

describe('Scheduler.hush', () => {
  it('cancels everything after one audio block and forgets the blocks; the clock runs on', () => {
    const setup = threeBlocks();
    setup.scheduler.hush();
    expect(setup.sink.cancels).toEqual([{ time: 0.1 + 128 / 48000, block: undefined }]);
    expect(playOn(setup)).toEqual({ 0: ['a', 'b', 'c'] });
    expect(setup.scheduler.status().running).toBe(true);
    setup.scheduler.setBlocks([{ label: 'a', pattern: s('a') }]);
    setup.clock.time = 2.5;
    setup.scheduler.tick();
    expect(setup.sink.sorted().at(-1)?.time).toBe(2);
  });
});

describe('Scheduler.stop', () => {
  it('cancels everything after one audio block and stops the clock where it was', () => {
    const setup = threeBlocks();
    setup.clock.time = 0.2;
    setup.scheduler.stop();
    expect(setup.sink.cancels).toEqual([{ time: 0.2 + 128 / 48000, block: undefined }]);
    expect(playOn(setup)).toEqual({ 0: ['a', 'b', 'c'] });
    expect(setup.scheduler.status()).toMatchObject({ running: false, cycle: expect.closeTo(0.2, 5) });
  });

  it('starts again from cycle 0 on start()', () => {
    const setup = threeBlocks();
    setup.scheduler.stop();
    setup.clock.time = 5;
    setup.scheduler.start({ time: 5 });
    expect(setup.sink.events.filter((e) => e.time >= 5).map((e) => e.time)).toEqual([5, 5, 5, 5.25, 5.25, 5.25]);
  });
});
