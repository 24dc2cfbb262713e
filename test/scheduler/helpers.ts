// A fake clock and a recording sink for scheduler tests: audio time is a variable the test moves.
import fc from 'fast-check';
import { cat, fast, late, pure, sequence, silence, slow, stack, type Pattern, type Rational } from '../../src/pattern/index.ts';
import {
  Scheduler, controlsOf, cpsAt, cycleToSeconds, type EventSink, type SchedulerOptions, type SoundEvent, type TempoMap,
} from '../../src/scheduler/index.ts';

/** Audio time that moves only when the test says so. */
export class FakeClock {
  time = 0;
  now(): number {
    return this.time;
  }
}

/** A sink that keeps what it was sent and applies cancels the way the engine does. */
export class RecordingSink implements EventSink {
  events: SoundEvent[] = [];
  readonly cancels: { time: number; block: string | undefined }[] = [];
  readonly batches: SoundEvent[][] = [];

  schedule(events: SoundEvent[]): void {
    this.batches.push(events);
    this.events.push(...events);
  }

  cancelAfter(time: number, block?: string): void {
    this.cancels.push({ time, block });
    this.events = this.events.filter((e) => !(e.time > time && (block === undefined || e.block === block)));
  }

  /** The events kept, in time order (ties by id). */
  sorted(): SoundEvent[] {
    return [...this.events].sort((a, b) => a.time - b.time || a.id - b.id);
  }
}

/** A scheduler over a fake clock and a recording sink, ticked by hand (no timer). */
export function fakeScheduler(options: Partial<Omit<SchedulerOptions, 'clock' | 'sink'>> = {}): {
  scheduler: Scheduler;
  clock: FakeClock;
  sink: RecordingSink;
} {
  const clock = new FakeClock();
  const sink = new RecordingSink();
  const scheduler = new Scheduler({ clock, sink, timer: null, ...options });
  return { scheduler, clock, sink };
}

/** An event without its id, for comparing event sets made in different orders. */
export function withoutId(e: SoundEvent): Omit<SoundEvent, 'id'> {
  const { id: _id, ...rest } = e;
  return rest;
}

/** Events in a canonical order (time, block, controls), ids dropped. */
export function canonical(events: readonly SoundEvent[]): Omit<SoundEvent, 'id'>[] {
  return events
    .map(withoutId)
    .sort((a, b) => a.time - b.time || String(a.block).localeCompare(String(b.block)) || JSON.stringify(a.controls).localeCompare(JSON.stringify(b.controls)));
}

/** Random patterns of `{ s }` values built from sequences, cats, stacks and time shifts. */
export const patternArb: fc.Arbitrary<Pattern<unknown>> = fc.letrec<{ node: Pattern<unknown> }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 4, depthSize: 'small' },
    fc.integer({ min: 0, max: 6 }).map((i): Pattern<unknown> => pure({ s: `x${i}` })),
    fc.constant<Pattern<unknown>>(silence),
    fc.array(tie('node'), { minLength: 1, maxLength: 4 }).map((xs) => sequence(...xs)),
    fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((xs) => cat(...xs)),
    fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((xs) => stack(...xs)),
    fc.tuple(fc.integer({ min: 1, max: 5 }), tie('node')).map(([k, p]) => fast(k, p)),
    fc.tuple(fc.constantFrom(1.5, 2, 3), tie('node')).map(([k, p]) => slow(k, p)),
    fc.tuple(fc.constantFrom(0.25, 1 / 3, 0.1), tie('node')).map(([k, p]) => late(k, p)),
  ),
})).node;

/** The onsets of a pattern in `[from, to)`, as the events a scheduler should send (ids left out). */
export function expectedEvents(
  pattern: Pattern<unknown>,
  from: Rational,
  to: Rational,
  map: TempoMap,
  block: string | undefined,
): Omit<SoundEvent, 'id'>[] {
  if (!from.lt(to)) return [];
  return pattern
    .queryArc(from, to)
    .filter((h) => h.hasOnset() && h.whole !== undefined && h.whole.begin.gte(from) && h.whole.begin.lt(to))
    .map((h) => {
      const time = cycleToSeconds(map, h.whole!.begin);
      const event: Omit<SoundEvent, 'id'> = {
        time,
        duration: cycleToSeconds(map, h.whole!.end) - time,
        controls: controlsOf(h.value),
        locations: h.context.locations.map((l) => ({ start: l.start, end: l.end })),
        cps: cpsAt(map, h.whole!.begin),
      };
      if (block !== undefined) event.block = block;
      return event;
    });
}
