import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Pattern, Rational, s } from '../../src/pattern/index.ts';
import { CANCEL_MARGIN, secondsToCycle, tempoMap } from '../../src/scheduler/index.ts';
import { canonical, expectedEvents, fakeScheduler, patternArb } from './helpers.ts';

type Op = { kind: 'tick'; dt: number } | { kind: 'swap'; pattern: Pattern<unknown> };

const opsArb = fc.array(
  fc.oneof(
    fc.double({ min: 0, max: 1, noNaN: true }).map((dt): Op => ({ kind: 'tick', dt })),
    // A new Pattern object each time: a re-evaluation, even of the same code.
    patternArb.map((p): Op => ({ kind: 'swap', pattern: new Pattern(p.query) })),
  ),
  { minLength: 1, maxLength: 25 },
);

const min = (a: Rational, b: Rational): Rational => (a.lt(b) ? a : b);

/** Plays `ops` and checks the sink against the versions model: each swap rules from its cycle on. */
function checkSwaps(first: Pattern<unknown>, ops: Op[], cps: number, quantize: boolean): void {
  const { scheduler, clock, sink } = fakeScheduler({ cps, quantize });
  const map = tempoMap(cps);
  scheduler.setBlocks([{ label: 'a', pattern: first }, { label: 'b', pattern: s('hh*3') }]);
  scheduler.start({ time: 0 });
  let queried = secondsToCycle(map, scheduler.lookahead);
  const versions: { from: Rational; pattern: Pattern<unknown> }[] = [{ from: Rational.int(0), pattern: first }];
  for (const op of ops) {
    if (op.kind === 'tick') {
      clock.time += op.dt;
      scheduler.tick();
      const target = secondsToCycle(map, clock.time + scheduler.lookahead);
      if (target.gt(queried)) queried = target;
    } else {
      scheduler.setBlock('a', op.pattern);
      const at = secondsToCycle(map, clock.time + scheduler.blockDuration, 'ceil');
      versions.push({ from: quantize ? at.ceil() : min(at, queried), pattern: op.pattern });
    }
  }
  const expected = versions.flatMap((v, i) => expectedEvents(v.pattern, v.from, min(versions[i + 1]?.from ?? queried, queried), map, 'a'));
  expected.push(...expectedEvents(s('hh*3'), Rational.int(0), queried, map, 'b'));
  expect(canonical(sink.events)).toEqual(canonical(expected.map((e, id) => ({ id, ...e }))));
  expect(new Set(sink.events.map((e) => e.id)).size).toBe(sink.events.length);
  // Only block a was ever cancelled.
  expect(sink.cancels.every((c) => c.block === 'a')).toBe(true);
}

describe('Scheduler.setBlock', () => {
  it('replaces a block from one audio block after now, without doubling or dropping events', () => {
    fc.assert(fc.property(patternArb, opsArb, fc.constantFrom(0.5, 1, 1.7), (first, ops, cps) => checkSwaps(first, ops, cps, false)), { numRuns: 150 });
  });

  it('with quantize, replaces a block from the next cycle start', () => {
    fc.assert(fc.property(patternArb, opsArb, fc.constantFrom(0.5, 1, 1.7), (first, ops, cps) => checkSwaps(first, ops, cps, true)), { numRuns: 150 });
  });

  it('is heard exactly one audio block after now, while the lookahead stays long', () => {
    const { scheduler, clock, sink } = fakeScheduler({ cps: 2, lookahead: 1, sampleRate: 48000 });
    scheduler.setBlocks([{ label: 'a', pattern: s('bd*16') }]);
    scheduler.start({ time: 0 });
    clock.time = 0.3;
    scheduler.tick();
    const batches = sink.batches.length;
    scheduler.setBlock('a', s('cp*16'));
    const block = 128 / 48000;
    // One cancel for the block, one audio block after now (less the margin, within a grid step).
    expect(sink.cancels).toHaveLength(1);
    const cancel = sink.cancels[0]!;
    expect(cancel.block).toBe('a');
    expect(cancel.time + CANCEL_MARGIN).toBeGreaterThanOrEqual(0.3 + block - 1e-12);
    expect(cancel.time + CANCEL_MARGIN - (0.3 + block)).toBeLessThan(1e-6);
    // The new events are sent at once (no tick), up to where the old ones had been sent.
    expect(sink.batches.length).toBe(batches + 1);
    const old = sink.events.filter((e) => e.controls['s'] === 'bd');
    const fresh = sink.events.filter((e) => e.controls['s'] === 'cp');
    expect(Math.max(...old.map((e) => e.time))).toBeLessThanOrEqual(0.3 + block);
    expect(Math.min(...fresh.map((e) => e.time))).toBeGreaterThan(0.3 + block);
    expect(Math.max(...fresh.map((e) => e.time))).toBe(41 / 32);
    expect(old.length + fresh.length).toBe(42);
  });

  it('cancels an old event at the swap cycle itself, and sends the new one there', () => {
    // Swap exactly on an onset: cycle 1 = 0.5 s at 2 cps; the old "bd" at 0.5 s goes.
    const { scheduler, sink } = fakeScheduler({ cps: 2, lookahead: 1, sampleRate: 256 });
    scheduler.setBlocks([{ label: 'a', pattern: s('bd') }]);
    scheduler.start({ time: 0 });
    // One block is 0.5 s here.
    scheduler.setBlock('a', s('cp'));
    expect(sink.events.map((e) => [e.time, e.controls['s']])).toEqual([[0, 'bd'], [0.5, 'cp']]);
  });

  it('sends again, with the same id, an old event just before the swap that the cancel margin caught', () => {
    const { scheduler, sink } = fakeScheduler({ cps: 1, lookahead: 1, sampleRate: 256 });
    // Onset 1e-7 cycles (0.1 µs) before the swap point 0.5 s: the sink drops it, the scheduler resends it.
    scheduler.setBlocks([{ label: 'a', pattern: s('bd').late(0.5 - 1e-7) }]);
    scheduler.start({ time: 0 });
    const [old] = sink.events;
    scheduler.setBlock('a', s('cp*2'));
    expect(sink.cancels).toEqual([{ time: 0.5 - CANCEL_MARGIN, block: 'a' }]);
    expect(sink.sorted().map((e) => [e.id, e.time, e.controls['s']])).toEqual([[old!.id, 0.5 - 1e-7, 'bd'], [1, 0.5, 'cp']]);
  });

  it('adds a block that is new', () => {
    const { scheduler, clock, sink } = fakeScheduler({ cps: 1, lookahead: 0.5 });
    scheduler.setBlocks([{ label: 'a', pattern: s('bd*4') }]);
    scheduler.start({ time: 0 });
    clock.time = 0.1;
    scheduler.setBlock('b', s('hh*4'));
    expect(sink.cancels).toEqual([]);
    expect(sink.events.filter((e) => e.block === 'b').map((e) => e.time)).toEqual([0.25]);
  });
});

describe('Scheduler.setBlocks', () => {
  it('cancels removed blocks and leaves blocks whose pattern is the same object alone', () => {
    const { scheduler, clock, sink } = fakeScheduler({ cps: 1, lookahead: 0.5 });
    const keep = s('bd*4');
    scheduler.setBlocks([{ label: 'a', pattern: keep }, { label: 'b', pattern: s('hh*4') }]);
    scheduler.start({ time: 0 });
    clock.time = 0.1;
    scheduler.setBlocks([{ label: 'a', pattern: keep }]);
    expect(sink.cancels.map((c) => c.block)).toEqual(['b']);
    // b's event at 0.25 s is gone; a's stays.
    expect(sink.events.map((e) => [e.block, e.time])).toEqual([['a', 0], ['b', 0], ['a', 0.25]]);
  });

  it('keeps several blocks with the same label apart', () => {
    const { scheduler, sink } = fakeScheduler({ cps: 1, lookahead: 0.1 });
    scheduler.setBlocks([{ label: '$', pattern: s('bd') }, { label: '$', pattern: s('hh') }, { label: '$', pattern: s('cp'), muted: true }]);
    scheduler.start({ time: 0 });
    expect(sink.events.map((e) => [e.block, e.controls['s']])).toEqual([['$', 'bd'], ['$#2', 'hh']]);
  });

  it('with quantize, keeps the old blocks until the next cycle even past the lookahead', () => {
    const { scheduler, clock, sink } = fakeScheduler({ cps: 1, lookahead: 0.3, quantize: true });
    scheduler.setBlocks([{ label: 'a', pattern: s('bd*4') }]);
    scheduler.start({ time: 0 });
    clock.time = 0.2;
    scheduler.tick();
    scheduler.setBlocks([{ label: 'a', pattern: s('cp*4') }]);
    expect(sink.cancels).toEqual([]);
    for (; clock.time < 1.6; clock.time += 0.05) scheduler.tick();
    expect(sink.events.map((e) => [e.time, e.controls['s']])).toEqual([
      [0, 'bd'], [0.25, 'bd'], [0.5, 'bd'], [0.75, 'bd'], [1, 'cp'], [1.25, 'cp'], [1.5, 'cp'], [1.75, 'cp'],
    ]);
  });

  it('applies a waiting quantized evaluation at once when an unquantized one follows', () => {
    const { scheduler, clock, sink } = fakeScheduler({ cps: 1, lookahead: 0.3 });
    scheduler.setBlocks([{ label: 'a', pattern: s('bd*4') }]);
    scheduler.start({ time: 0 });
    clock.time = 0.1;
    scheduler.tick();
    scheduler.setBlock('b', s('hh*4'), { quantize: true });
    scheduler.setBlock('a', s('cp*4'));
    for (; clock.time < 0.9; clock.time += 0.05) scheduler.tick();
    // b came in with a's swap, one block after 0.1 s, not at cycle 1.
    expect(sink.events.filter((e) => e.block === 'b').map((e) => e.time)).toEqual([0.25, 0.5, 0.75, 1]);
    expect(sink.events.filter((e) => e.block === 'a').map((e) => [e.time, e.controls['s']])).toEqual([
      [0, 'bd'], [0.25, 'cp'], [0.5, 'cp'], [0.75, 'cp'], [1, 'cp'],
    ]);
  });
});
