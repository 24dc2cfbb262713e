/**
 * The pianoroll: the haps around now on a canvas, coloured by block, brightest while they sound.
 * A click on one gives it to the app (which selects the code that made it).
 */
import type { Seconds } from '../../audio/index.ts';
import type { HapWindow, WindowHap } from '../hap-window.ts';
import { fitCanvas } from './canvas.ts';
import { drawRoll, PANEL_STYLE } from './draw-roll.ts';
import { hitTest, type RollLayout } from './roll-layout.ts';

/** A pianoroll drawing `window` on `canvas`. */
export class Pianoroll {
  private layout: RollLayout | undefined;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly window: HapWindow,
    onSelect: (hap: WindowHap) => void,
  ) {
    canvas.addEventListener('click', (event) => {
      if (this.layout === undefined) return;
      const rect = canvas.getBoundingClientRect();
      const box = hitTest(this.layout, event.clientX - rect.left, event.clientY - rect.top);
      if (box !== undefined) onSelect(box.hap);
    });
    canvas.addEventListener('mousemove', (event) => {
      if (this.layout === undefined) return;
      const rect = canvas.getBoundingClientRect();
      canvas.style.cursor = hitTest(this.layout, event.clientX - rect.left, event.clientY - rect.top) ? 'pointer' : '';
    });
  }

  /** Draws the roll at audio time `now`. */
  draw(now: Seconds): void {
    const fitted = fitCanvas(this.canvas);
    if (fitted === undefined) return;
    const { context: g, width, height } = fitted;
    this.layout = drawRoll(g, width, height, this.window.haps(), now, PANEL_STYLE);
  }
}
