/**
 * Bouncing performer code to a WAV file offline, in this thread: evaluation, then the rendering of
 * `bounce-render.ts`. Used by `weft render` and the tests; the app's bounce worker evaluates in a
 * performer realm instead and renders with `bounce-render.ts` alone.
 */
import { evaluate } from '../eval/index.ts';
import { bounceFrom, bounceFromWithSamples, type Bounce, type BounceOptions, type BounceSamples, type BounceSource } from './bounce-render.ts';

export * from './bounce-render.ts';

/** Evaluates performer code in this thread for a bounce; throws an {@link EvalError}. */
export function evaluateForBounce(code: string): BounceSource {
  const evaluation = evaluate(code);
  return {
    cps: evaluation.cps,
    samples: evaluation.samples,
    input: evaluation.blocks.length > 0 ? evaluation.blocks : evaluation.pattern,
    locate: (error) => evaluation.locate(error),
    within: (ms, f) => evaluation.guard.within(ms, f),
    warnings: evaluation.warnings,
  };
}

/**
 * Renders performer code offline into a WAV file: `cycles` cycles at the code's cps (`setcps`,
 * default 0.5), then the tails of the last sounds (releases, echoes, reverb) until the output stays
 * under {@link TAIL_FLOOR_DB}, at most {@link MAX_TAIL} seconds. The result is the same, byte for
 * byte, every time. Throws an {@link EvalError} (`line:col: message`) when the code fails to
 * evaluate or its pattern fails to query; problems with single events become warnings.
 *
 * @example
 * bounce('s("bd sd")', { cycles: 4, sampleRate: 44100 }).wav
 */
export function bounce(code: string, options: BounceOptions): Bounce {
  return bounceFrom(code, evaluateForBounce(code), options);
}

/**
 * {@link bounce}, with the samples the code declares: reads its sample maps, then the files its
 * events play (and no others), and renders once they have loaded. A file that cannot be read
 * makes its events warnings (`sample "x" failed to load: ...`), as an unknown sound does.
 *
 * @example
 * await bounceWithSamples("samples({ kick: 'kick.wav' })\ns(\"kick*4\")", { cycles: 2 }, reader)
 */
export async function bounceWithSamples(code: string, options: BounceOptions, samples: BounceSamples): Promise<Bounce> {
  return bounceFromWithSamples(code, evaluateForBounce(code), options, samples);
}

