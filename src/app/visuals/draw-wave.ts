/**
 * The sound's own views, from the output's analyser: the waveform (`scope`, `tscope`), the
 * spectrum as bars (`fscope`) and scrolling in time (`spectrum`), with Strudel's options.
 */
import { number, text, type VisualOptions } from './options.ts';

const colour = (options: VisualOptions, otherwise: string): string => text(options, 'color') ?? otherwise;

/** Where a trace starting at a rising crossing of `level` in the first half of `data` begins (0 if none). */
export function triggerIndex(data: Float32Array, level = 0): number {
  const half = data.length >> 1;
  for (let i = 1; i < half; i++) if (data[i - 1]! < level && data[i]! >= level) return i;
  return 0;
}

/** Buffers for one analyser's readings, reused every frame. */
export class AnalyserReadings {
  private time = new Float32Array(0);
  private frequency = new Float32Array(0);

  constructor(readonly analyser: AnalyserNode) {}

  /** The latest samples of the output. */
  samples(): Float32Array {
    if (this.time.length !== this.analyser.fftSize) this.time = new Float32Array(this.analyser.fftSize);
    this.analyser.getFloatTimeDomainData(this.time);
    return this.time;
  }

  /** The latest spectrum, in dB per bin. */
  spectrum(): Float32Array {
    if (this.frequency.length !== this.analyser.frequencyBinCount) this.frequency = new Float32Array(this.analyser.frequencyBinCount);
    this.analyser.getFloatFrequencyData(this.frequency);
    return this.frequency;
  }
}

/** Draws the waveform: `scale` of the height per unit, the zero line at `pos`, steadied on `trigger`. */
export function drawScope(g: CanvasRenderingContext2D, width: number, height: number, data: Float32Array, options: VisualOptions): void {
  const scale = number(options, 'scale', 0.25, 0.001, 100);
  const pos = number(options, 'pos', 0.75, 0, 1);
  const smear = number(options, 'smear', 0, 0, 0.99);
  const start = options['align'] === false || options['align'] === 0 ? 0 : triggerIndex(data, number(options, 'trigger', 0, -1, 1));
  const count = data.length >> 1;
  fade(g, width, height, smear);
  g.fillStyle = '#ffffff14';
  g.fillRect(0, height * pos, width, 1);
  g.strokeStyle = colour(options, '#6fd3ff');
  g.lineWidth = number(options, 'thickness', 1.5, 0.1, 20);
  g.beginPath();
  for (let i = 0; i < count; i++) {
    const x = (i / (count - 1)) * width;
    const y = height * pos - (data[start + i] ?? 0) * height * scale * 2;
    if (i === 0) g.moveTo(x, y);
    else g.lineTo(x, y);
  }
  g.stroke();
}

/** Draws the spectrum as bars, on a logarithmic frequency axis, between `min` and `max` dB. */
export function drawFrequencies(g: CanvasRenderingContext2D, width: number, height: number, bins: Float32Array, options: VisualOptions): void {
  const min = number(options, 'min', -100, -200, 0);
  const max = number(options, 'max', -10, -200, 20);
  fade(g, width, height, number(options, 'smear', 0, 0, 0.99));
  g.fillStyle = colour(options, '#6fd3ff');
  const bars = Math.max(16, Math.min(256, Math.floor(width / 4)));
  const last = Math.max(1, bins.length - 1);
  for (let b = 0; b < bars; b++) {
    // Logarithmic: each bar covers an equal ratio of frequencies.
    const bin = Math.min(last, Math.floor(Math.pow(last, b / bars)));
    const level = ((bins[bin] ?? min) - min) / (max - min || 1);
    const h = Math.max(0, Math.min(1, level)) * height;
    g.fillRect((b / bars) * width, height - h, width / bars - 1, h);
  }
}

/** Scrolls the spectrogram left by `speed` pixels and draws the latest spectrum at its right edge. */
export function drawSpectrum(g: CanvasRenderingContext2D, width: number, height: number, bins: Float32Array, options: VisualOptions): void {
  const min = number(options, 'min', -80, -200, 0);
  const max = number(options, 'max', 0, -200, 20);
  const speed = Math.round(number(options, 'speed', 2, 1, 20));
  const ratio = g.getTransform().a || 1;
  const canvas = g.canvas;
  // Moves what is drawn (in device pixels) `speed` CSS pixels left.
  g.save();
  g.setTransform(1, 0, 0, 1, 0, 0);
  g.globalCompositeOperation = 'copy';
  g.drawImage(canvas, -speed * ratio, 0);
  g.restore();
  const last = Math.max(1, bins.length - 1);
  const rows = Math.max(8, Math.floor(height / 2));
  for (let r = 0; r < rows; r++) {
    const bin = Math.min(last, Math.floor(Math.pow(last, r / rows)));
    const level = Math.max(0, Math.min(1, ((bins[bin] ?? min) - min) / (max - min || 1)));
    g.fillStyle = `hsl(${200 - level * 160} 90% ${level * 60}%)`;
    g.fillRect(width - speed, height - ((r + 1) / rows) * height, speed, height / rows + 0.5);
  }
}

/** Clears the canvas, or fades what is there when `smear` keeps some of it. */
function fade(g: CanvasRenderingContext2D, width: number, height: number, smear: number): void {
  if (smear <= 0) {
    g.clearRect(0, 0, width, height);
    return;
  }
  g.save();
  g.globalCompositeOperation = 'destination-out';
  g.fillStyle = `rgba(0 0 0 / ${1 - smear})`;
  g.fillRect(0, 0, width, height);
  g.restore();
}
