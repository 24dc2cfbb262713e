/**
 * The panel's oscilloscope: the engine's output as the analyser sees it, steadied on a rising zero
 * crossing so a held note stands still.
 */
import { fitCanvas } from './canvas.ts';
import { AnalyserReadings, drawScope } from './draw-wave.ts';

/** The panel's trace: centred, nearly the full height. */
const PANEL = { pos: 0.5, scale: 0.2375 };

/** A scope of `analyser`'s output drawn on `canvas`. */
export class Scope {
  private readonly readings: AnalyserReadings;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    analyser: AnalyserNode,
  ) {
    this.readings = new AnalyserReadings(analyser);
  }

  /** Draws the latest samples. */
  draw(): void {
    const fitted = fitCanvas(this.canvas);
    if (fitted === undefined) return;
    drawScope(fitted.context, fitted.width, fitted.height, this.readings.samples(), PANEL);
  }
}
