/**
 * What loads the OSC output (src/app/osc/osc-output.ts): the first hap marked `output: 'osc'`
 * (code that uses `.osc()`). The output then makes its slot in the status line (before
 * `anchor`) and takes the haps, those that arrived while it downloaded first. Kept this small
 * because the first screen carries it.
 */
import type { HapBatch } from '../runtime/index.ts';
import type { AppContext } from './feature.ts';

/** Watches for the first `.osc()` hap; returns the way to stop (the output's too, once loaded). */
export function loadOscOutput(context: AppContext, anchor: HTMLElement): () => void {
  let waiting: HapBatch[] | undefined;
  let dispose = context.performance.onHaps((batch) => {
    if (waiting !== undefined) waiting.push(batch);
    else if (batch.haps.some((hap) => hap.controls['output'] === 'osc')) {
      waiting = [batch];
      void import('../osc/osc-output.ts').then((m) => (dispose = m.startOscOutput({ ...context, anchor, waiting: waiting!, stop: dispose })));
    }
  });
  return () => dispose();
}
