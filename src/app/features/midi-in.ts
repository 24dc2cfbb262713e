/**
 * MIDI input for the code (`midin`) and the MIDI clock followed: their code (Web MIDI, the inputs'
 * state, the clock follower, their words) downloads with the first evaluation whose code listens
 * to a MIDI input, or with a clock chosen, so the first screen carries none.
 */
import { showProblems } from '../problems.ts';
import type { AppContext, Feature } from './feature.ts';

/**
 * Follows the evaluations: those whose code calls `midin` have their inputs opened. The MIDI
 * clock kept in the settings is followed from the start (its code downloads then).
 */
export function midiInFeature(context: AppContext, host: HTMLElement): Feature {
  const { performance, notify, settings } = context;
  const clock = settings.get().midiClock;
  if (clock !== undefined) {
    import('../midi/clock-session.ts')
      .then((session) => session.followClock(context, clock))
      .catch((error: unknown) => notify(error instanceof Error ? error.message : String(error)));
  }
  const stop = performance.onEvaluated((evaluated) => {
    if (evaluated.midiInputs.length === 0) return;
    import('../midi/midi-in-session.ts')
      .then((session) => session.listenTo(evaluated, performance, showProblems))
      .catch((error: unknown) => notify(error instanceof Error ? error.message : String(error)));
  });
  return { element: host, dispose: stop };
}
