/**
 * The pianoroll: the haps around now on a canvas, coloured by block, brightest while they sound.
 * A click on one gives it to the app (which selects the code that made it).
 */
import type { Seconds } from '../../audio/index.ts';
import type { HapWindow, WindowHap } from '../hap-window.ts';
import { fitCanvas } from './canvas.ts';
import { blockHue, hitTest, layoutRoll, type RollLayout } from './roll-layout.ts';

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
    const layout = layoutRoll(this.window.haps(), now, width, height);
    this.layout = layout;
    g.clearRect(0, 0, width, height);
    g.font = '10px ui-monospace, monospace';
    g.textBaseline = 'middle';
    for (const row of layout.rows) {
      g.fillStyle = row.kind === 'drum' ? '#ffffff0a' : '#ffffff14';
      if (row.kind === 'drum') g.fillRect(0, row.y, width, row.height - 1);
      else g.fillRect(0, row.y + row.height - 1, width, 1);
    }
    for (const box of layout.boxes) {
      const hue = blockHue(box.hap.block);
      const future = box.hap.time > now;
      g.fillStyle = box.active ? `hsl(${hue} 95% 70%)` : future ? `hsl(${hue} 60% 45% / 0.35)` : `hsl(${hue} 55% 45% / 0.75)`;
      g.fillRect(box.x, box.y, box.width, box.height);
      if (box.active || future) {
        g.strokeStyle = box.active ? '#ffffff' : `hsl(${hue} 80% 65%)`;
        g.lineWidth = 1;
        g.strokeRect(box.x + 0.5, box.y + 0.5, Math.max(1, box.width - 1), Math.max(1, box.height - 1));
      }
    }
    g.fillStyle = '#ffd23f';
    g.fillRect(layout.nowX, 0, 1.5, height);
    g.fillStyle = '#c8c8d0';
    for (const row of layout.rows) if (row.height >= 8 || row.kind === 'pitch') g.fillText(row.label, 4, row.y + row.height / 2);
  }
}
