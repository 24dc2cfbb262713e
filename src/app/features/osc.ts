/**
 * The OSC output's slot in the status line, and what loads it: the first hap marked
 * `output: 'osc'` (code that uses `.osc()`) downloads the OSC output (src/app/osc/osc-output.ts),
 * which then takes the haps; the batches that arrive meanwhile are handed to it.
 */
import { el } from '../dom.ts';
import type { LiveHighlights } from '../highlights.ts';
import type { HapBatch } from '../runtime/index.ts';
import type { AppContext, Feature } from './feature.ts';

/** The OSC readout (empty until code uses `.osc()`). */
export function oscFeature(context: AppContext, highlights: LiveHighlights): Feature {
  const element = el('span', { class: 'status-slot', 'data-readout': 'osc' });
  let waiting: HapBatch[] | undefined;
  let dispose = (): void => undefined;
  const stop = context.performance.onHaps((batch) => {
    if (waiting !== undefined) return void waiting.push(batch);
    if (!batch.haps.some((hap) => hap.controls['output'] === 'osc')) return;
    waiting = [batch];
    void import('../osc/osc-output.ts').then(({ startOscOutput }) => {
      // It takes the batches from now on; those of the download are handed over.
      const output = startOscOutput({ ...context, highlights, element });
      stop();
      waiting?.forEach(output.receive);
      dispose = output.dispose;
    }, (error: unknown) => context.notify(String(error)));
  });
  return { element, dispose: () => (stop(), dispose()) };
}
