/**
 * The visuals the code asks for, drawn: the `_` forms on canvases under their calls (the editor's
 * block widgets, src/editor/inline-visuals.ts), the plain forms on a canvas behind the code, as
 * on strudel.cc. Each draws the haps that went through its call (they carry the call's place
 * among their locations), from the same frame loop as the panel. A click on a drawn note selects
 * its code. The code's sliders come with them (code-sliders.ts).
 */
import { StateEffect } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import type { Seconds } from '../../audio/index.ts';
import { hasInlineVisuals, inlineCanvases, inlineVisuals, setInlineVisuals, type InlineVisual } from '../../editor/inline-visuals.ts';
import type { WindowHap } from '../hap-window.ts';
import type { LiveHighlights } from '../highlights.ts';
import type { Evaluated } from '../performance.ts';
import { fitCanvas } from './canvas.ts';
import { showSliders } from './code-sliders.ts';
import { drawRoll, rollStyle } from './draw-roll.ts';
import { AnalyserReadings, drawFrequencies, drawScope, drawSpectrum } from './draw-wave.ts';
import { drawPitchwheel, drawSpiral } from './draw-wheel.ts';
import { hitTest, type RollLayout } from './roll-layout.ts';

/** What the drawings need. */
export interface InlineParts {
  readonly view: EditorView;
  readonly highlights: LiveHighlights;
  readonly analyser: AnalyserNode;
  /** The audio clock as heard. */
  readonly now: () => Seconds;
  /** Cycles per second now. */
  readonly cps: () => number;
  readonly onSelect: (hap: WindowHap) => void;
  /** Moves a slider of the code in the runtime. */
  readonly slide: (id: string, value: number) => void;
}

const ROLLS = new Set(['pianoroll', 'punchcard', 'wordfall']);

/** The visuals of the performer's editor. */
export class CodeVisuals {
  private next = 1;
  /** The last layout of each roll drawn, by visual id, for clicks. */
  private readonly layouts = new Map<string, RollLayout>();
  private readonly readings: AnalyserReadings;
  /** The plain form drawn behind the code (the last one asked for), and its canvas. */
  private background: InlineVisual | undefined;
  private readonly backdrop: HTMLCanvasElement;
  private readonly click = (event: MouseEvent): void => this.clicked(event);
  /** The haps each visual draws, by its id, with the window's list they were taken from (read again when it changes). */
  private readonly routed = new Map<string, { readonly from: readonly WindowHap[]; readonly haps: readonly WindowHap[] }>();

  constructor(private readonly parts: InlineParts) {
    this.readings = new AnalyserReadings(parts.analyser);
    this.backdrop = document.createElement('canvas');
    this.backdrop.className = 'cm-weft-backdrop';
    this.backdrop.setAttribute('aria-hidden', 'true');
    this.backdrop.hidden = true;
    parts.view.dom.prepend(this.backdrop);
    parts.view.dom.addEventListener('click', this.click);
  }

  /** Shows what a good evaluation of the editor's code asks to draw (replacing what its code drew before). */
  show(evaluated: Evaluated): void {
    const { view, highlights } = this.parts;
    if (evaluated.source.view !== view) return;
    this.layouts.clear();
    this.routed.clear();
    const visuals: InlineVisual[] = [];
    let background: InlineVisual | undefined;
    for (const request of evaluated.visuals) {
      const range = highlights.tracker.toCurrent(evaluated.key, [request.at])[0];
      if (range === undefined) continue;
      const visual: InlineVisual = { id: `v${this.next++}`, kind: request.kind, options: request.options, from: range.from, to: range.to, key: evaluated.key, sent: request.at };
      if (request.inline) visuals.push(visual);
      else background = visual;
    }
    showSliders(view, highlights, evaluated, this.parts.slide);
    const effects: StateEffect<unknown>[] = [setInlineVisuals.of({ from: evaluated.from, to: evaluated.to, visuals })];
    if (!hasInlineVisuals(view.state)) effects.unshift(StateEffect.appendConfig.of(inlineVisuals()));
    if (visuals.length > 0 || hasInlineVisuals(view.state)) view.dispatch({ effects });
    // A whole evaluation replaces the background; a block's only when it asks for one.
    const whole = evaluated.from === 0 && evaluated.to >= view.state.doc.length;
    if (background !== undefined || whole) this.background = background;
    this.backdrop.hidden = this.background === undefined;
  }

  /** Draws every visual shown (call once a frame). */
  draw(): void {
    const now = this.parts.now();
    const haps = this.parts.highlights.window.haps();
    for (const { canvas, visual } of inlineCanvases(this.parts.view)) this.drawOne(canvas, visual, haps, now);
    // Behind the code, faded, at half the screen's density: a quarter of the pixels to fill each frame.
    if (this.background !== undefined) this.drawOne(this.backdrop, this.background, haps, now, 0.5);
  }

  dispose(): void {
    this.parts.view.dom.removeEventListener('click', this.click);
    this.backdrop.remove();
  }

  private drawOne(canvas: HTMLCanvasElement, visual: InlineVisual, all: readonly WindowHap[], now: Seconds, density = 1): void {
    const fitted = fitCanvas(canvas, density);
    if (fitted === undefined) return;
    const { context: g, width, height } = fitted;
    const { kind, options } = visual;
    if (kind === 'scope' || kind === 'tscope') return drawScope(g, width, height, this.readings.samples(), options);
    if (kind === 'fscope') return drawFrequencies(g, width, height, this.readings.spectrum(), options);
    if (kind === 'spectrum') return drawSpectrum(g, width, height, this.readings.spectrum(), options);
    const haps = this.hapsOf(visual, all);
    if (kind === 'spiral') return drawSpiral(g, width, height, haps, now, this.parts.cps(), options);
    if (kind === 'pitchwheel') return drawPitchwheel(g, width, height, haps, now, options);
    if (ROLLS.has(kind)) this.layouts.set(visual.id, drawRoll(g, width, height, haps, now, rollStyle(kind, options, this.parts.cps())));
  }

  /** The haps that went through the visual's call (the window's list is replaced whenever it changes). */
  private hapsOf(visual: InlineVisual, all: readonly WindowHap[]): readonly WindowHap[] {
    const known = this.routed.get(visual.id);
    if (known?.from === all) return known.haps;
    const { start, end } = visual.sent;
    const haps = all.filter((h) => h.evaluation === visual.key && h.locations.some((l) => l.start === start && l.end === end));
    this.routed.set(visual.id, { from: all, haps });
    return haps;
  }

  private clicked(event: MouseEvent): void {
    const target = event.target;
    if (!(target instanceof HTMLCanvasElement) || target.dataset['visual'] === undefined) return;
    const layout = this.layouts.get(target.dataset['visual']);
    if (layout === undefined) return;
    const rect = target.getBoundingClientRect();
    const box = hitTest(layout, event.clientX - rect.left, event.clientY - rect.top);
    if (box !== undefined) this.parts.onSelect(box.hap);
  }
}
