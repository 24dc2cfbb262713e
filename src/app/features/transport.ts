/** The transport bar (play, tempo, position, meters), updated every frame from the performance. */
import type { StatusModel } from '../live-status.ts';
import { Transport } from '../transport.ts';
import { everyFrame, type AppContext, type Feature } from './feature.ts';

export function transportFeature({ audio, performance, perform }: AppContext, status: StatusModel): Feature {
  const transport = new Transport({
    togglePlay: () => perform((p) => p.togglePlay()),
    setCps: (cps) => perform((p) => p.setCps(cps)),
  });
  const stop = everyFrame(() => transport.update({ audio: audio.state(), status: performance.status(), cpu: status.cpu(), level: status.peak(0.15) }));
  return { element: transport.element, dispose: stop };
}
