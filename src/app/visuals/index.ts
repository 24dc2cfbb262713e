// The visuals, downloaded once audio starts: the pianoroll and the scope, redrawn every frame.
import type { Seconds } from '../../audio/index.ts';
import type { HapWindow, WindowHap } from '../hap-window.ts';
import { Pianoroll } from './pianoroll.ts';
import { Scope } from './scope.ts';

export { laneOf, type Lane } from './lanes.ts';
export { layoutRoll, hitTest, blockHue, DEFAULT_SPAN, type RollBox, type RollLayout, type RollRow, type RollSpan } from './roll-layout.ts';
export { triggerIndex } from './draw-wave.ts';
export { Pianoroll, Scope };
export { CodeVisuals, type InlineParts } from './inline.ts';
export { playingNotes, RECENT, type BlockNotes } from './notes-text.ts';

/** What the visuals draw from. */
export interface VisualsParts {
  readonly roll: HTMLCanvasElement;
  readonly scope: HTMLCanvasElement;
  readonly window: HapWindow;
  readonly analyser: AnalyserNode;
  /** The audio clock, compensated for output latency (what is heard now). */
  readonly now: () => Seconds;
  /** A hap was clicked in the pianoroll. */
  readonly onSelect: (hap: WindowHap) => void;
  /** Whether to draw the panel (it may be hidden). */
  readonly visible: () => boolean;
  /** Draws the code's own visuals, every frame, whether the panel shows or not. */
  readonly code?: { draw(): void };
}

/** Draws the pianoroll and the scope (and the code's visuals) at display rate until the returned function is called: one frame loop for all. */
export function startVisuals(parts: VisualsParts): () => void {
  const roll = new Pianoroll(parts.roll, parts.window, parts.onSelect);
  const scope = new Scope(parts.scope, parts.analyser);
  let frame = 0;
  const draw = (): void => {
    frame = requestAnimationFrame(draw);
    parts.code?.draw();
    if (!parts.visible()) return;
    roll.draw(parts.now());
    scope.draw();
  };
  frame = requestAnimationFrame(draw);
  return () => cancelAnimationFrame(frame);
}
