/**
 * The oscilloscope: the engine's output as the analyser sees it, steadied on a rising zero
 * crossing so a held note stands still.
 */
import { fitCanvas } from './canvas.ts';

/** Where a trace starting at a rising zero crossing in the first half of `data` begins (0 if none). */
export function triggerIndex(data: Float32Array): number {
  const half = data.length >> 1;
  for (let i = 1; i < half; i++) if (data[i - 1]! < 0 && data[i]! >= 0) return i;
  return 0;
}

/** A scope of `analyser`'s output drawn on `canvas`. */
export class Scope {
  private data: Float32Array<ArrayBuffer>;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly analyser: AnalyserNode,
  ) {
    this.data = new Float32Array(analyser.fftSize);
  }

  /** Draws the latest samples. */
  draw(): void {
    const fitted = fitCanvas(this.canvas);
    if (fitted === undefined) return;
    const { context: g, width, height } = fitted;
    if (this.data.length !== this.analyser.fftSize) this.data = new Float32Array(this.analyser.fftSize);
    this.analyser.getFloatTimeDomainData(this.data);
    const start = triggerIndex(this.data);
    const count = this.data.length >> 1;
    g.clearRect(0, 0, width, height);
    g.fillStyle = '#ffffff14';
    g.fillRect(0, height / 2, width, 1);
    g.strokeStyle = '#6fd3ff';
    g.lineWidth = 1.5;
    g.beginPath();
    for (let i = 0; i < count; i++) {
      const x = (i / (count - 1)) * width;
      const y = height / 2 - (this.data[start + i] ?? 0) * (height / 2) * 0.95;
      if (i === 0) g.moveTo(x, y);
      else g.lineTo(x, y);
    }
    g.stroke();
  }
}
