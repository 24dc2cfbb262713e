/**
 * The transport (play, tempo, position in the top bar; meters in the status line), updated every
 * frame from the performance. Until the code plays, the tempo shown is the one the code declares
 * (`setcpm(112/4)`), read from the editor's syntax tree, so that the transport does not show a
 * tempo the code will not play.
 */
import { syntaxTree } from '@codemirror/language';
import type { Tree } from '@lezer/common';
import { declaredCps } from '../../eval/tempo.ts';
import type { StatusModel } from '../live-status.ts';
import { Transport } from '../transport.ts';
import { everyFrame, type AppContext, type Feature } from './feature.ts';

/** The transport; `meters` (voices, CPU, peak) go in the status line. */
export interface TransportFeature extends Feature {
  readonly meters: HTMLElement;
}

/** The transport, following the performance; `stopped` is called whenever the code stops playing. */
export function transportFeature({ view, audio, performance, perform }: AppContext, status: StatusModel, stopped: () => void = () => undefined): TransportFeature {
  const transport = new Transport({
    togglePlay: () => perform((p) => p.togglePlay()),
    setCps: (cps) => perform((p) => p.setCps(cps)),
  });
  // The code's declared tempo, read again only when the syntax tree has changed: the editor
  // parses in the background, so a tree may be partial at first and complete a frame later.
  let read: Tree | undefined;
  let declared: number | undefined;
  const declaredNow = (): number | undefined => {
    const tree = syntaxTree(view.state);
    if (read !== tree) {
      read = tree;
      declared = declaredCps(view.state.doc.toString(), tree);
    }
    return declared;
  };
  let playing = false;
  const stop = everyFrame(() => {
    const now = performance.performerStatus();
    if (playing && !now.playing) stopped();
    playing = now.playing;
    const cps = now.playing ? undefined : declaredNow();
    transport.update({ audio: audio.state(), requested: audio.requested(), status: cps === undefined ? now : { ...now, cps }, cpu: status.cpu(), level: status.peak(0.15) });
  });
  return { element: transport.element, meters: transport.meters, dispose: stop };
}
