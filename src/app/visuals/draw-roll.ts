/**
 * Drawing a pianoroll with Strudel's options, for the panel's roll and the `pianoroll`,
 * `punchcard` and `wordfall` visuals: how many cycles, where now is, which way time and pitch
 * run, labels, colours (`.color()` of each event first), what is hidden.
 */
import type { Seconds } from '../../audio/index.ts';
import type { WindowHap } from '../hap-window.ts';
import { blockHue, labelSize, layoutRoll, noteLabel, type RollBox, type RollLayout, type RollSpan } from './roll-layout.ts';
import { laneOf } from './lanes.ts';
import { flag, number, text as colour, type VisualOptions } from './options.ts';

export type { VisualOptions } from './options.ts';

/** How a roll is drawn. */
export interface RollStyle extends RollSpan {
  readonly fold: boolean;
  readonly labels: boolean;
  readonly vertical: boolean;
  readonly flipTime: boolean;
  readonly flipValues: boolean;
  readonly hideNegative: boolean;
  readonly hideInactive: boolean;
  readonly fill: boolean;
  /** A fixed range of notes (MIDI numbers), when the options give one. */
  readonly range?: readonly [number, number];
  readonly active?: string;
  readonly inactive?: string;
  readonly background?: string;
  readonly playheadColor: string;
}

/** The panel's roll: three seconds past, the lookahead ahead, coloured by block. */
export const PANEL_STYLE: RollStyle = {
  past: 3, future: 1.2, fold: false, labels: false, vertical: false, flipTime: false, flipValues: false,
  hideNegative: false, hideInactive: false, fill: true, playheadColor: '#ffd23f',
};


/**
 * The style a visual's options ask for at `cps` cycles per second: Strudel's defaults are 4
 * cycles with now in the middle; `wordfall` runs down, labelled.
 */
export function rollStyle(kind: string, options: VisualOptions, cps: number): RollStyle {
  const wordfall = kind === 'wordfall';
  const cycles = number(options, 'cycles', 4, 0.01, 256);
  const playhead = number(options, 'playhead', 0.5, 0, 1);
  const seconds = cycles / (cps > 0 ? cps : 0.5);
  const style: RollStyle = {
    past: seconds * playhead,
    future: seconds * (1 - playhead),
    fold: flag(options, 'fold', wordfall),
    labels: flag(options, 'labels', wordfall),
    vertical: flag(options, 'vertical', wordfall),
    flipTime: flag(options, 'flipTime', wordfall),
    flipValues: flag(options, 'flipValues', false),
    hideNegative: flag(options, 'hideNegative', false),
    hideInactive: flag(options, 'hideInactive', false),
    fill: flag(options, 'fill', true),
    playheadColor: colour(options, 'playheadColor') ?? '#ffd23f',
  };
  const low = number(options, 'minMidi', NaN, 0, 127);
  const high = number(options, 'maxMidi', NaN, 0, 127);
  const range = low < high ? ([low, high] as const) : undefined;
  const active = colour(options, 'active');
  const inactive = colour(options, 'inactive');
  const background = colour(options, 'background');
  return { ...style, ...(range && { range }), ...(active && { active }), ...(inactive && { inactive }), ...(background && { background }) };
}

/** Maps a box laid out with time running right and pitch up to where the style puts it. */
function orient(style: RollStyle, width: number, height: number) {
  return (x: number, y: number, w: number, h: number): [number, number, number, number] => {
    // Laid out in the roll's own frame: `across` is time, `up` is pitch.
    const across = style.vertical ? height : width;
    const up = style.vertical ? width : height;
    let t = style.flipTime ? across - x - w : x;
    let p = style.flipValues ? up - y - h : y;
    if (!style.vertical) return [t, p, w, h];
    // Vertical: time runs down, pitch runs right (low notes left).
    [t, p] = [t, up - p - h];
    return [p, t, h, w];
  };
}

/** A block's colours (sounding, to come, played), made once per block label. */
const blockColours = new Map<string, readonly [string, string, string]>();

function coloursOf(block: string): readonly [string, string, string] {
  let colours = blockColours.get(block);
  if (colours === undefined) {
    const hue = blockHue(block);
    colours = [`hsl(${hue} 95% 70%)`, `hsl(${hue} 60% 45% / 0.35)`, `hsl(${hue} 55% 45% / 0.75)`];
    blockColours.set(block, colours);
  }
  return colours;
}

/** The colour of a box: its event's `.color()`, else the style's, else its block's hue. */
function boxColour(box: RollBox, now: Seconds, style: RollStyle): string {
  const own = box.hap.controls['color'] ?? box.hap.controls['colour'];
  if (typeof own === 'string') return own;
  const [active, future, past] = coloursOf(box.hap.block);
  if (box.active) return style.active ?? active;
  if (style.inactive !== undefined) return style.inactive;
  return box.hap.time > now ? future : past;
}

/** The text of a box's label: its note, else its sound. */
function labelOf(hap: WindowHap): string {
  const lane = laneOf(hap.controls);
  if (lane?.kind === 'drum') return lane.name;
  const note = hap.controls['note'] ?? hap.controls['n'];
  if (typeof note === 'string') return note;
  return lane?.kind === 'pitch' ? noteLabel(lane.midi) : '';
}

/** The editor's font size the canvas inherits from the app (`--editor-font-size`, in px), if any. */
function editorFontSize(g: CanvasRenderingContext2D): number | undefined {
  const canvas: unknown = g.canvas;
  if (typeof HTMLCanvasElement === 'undefined' || !(canvas instanceof HTMLCanvasElement)) return undefined;
  const px = Number.parseFloat(getComputedStyle(canvas).getPropertyValue('--editor-font-size'));
  return Number.isFinite(px) ? px : undefined;
}

/**
 * Draws `haps` at audio time `now` on a `width` × `height` context; returns the layout (in the
 * canvas's frame). Labels follow the editor's font size ({@link labelSize}).
 */
export function drawRoll(g: CanvasRenderingContext2D, width: number, height: number, haps: readonly WindowHap[], now: Seconds, style: RollStyle): RollLayout {
  const hiding = style.hideNegative || style.hideInactive;
  const shown = !hiding ? haps : haps.filter((h) => (!style.hideNegative || h.time + h.duration > now) && (!style.hideInactive || (h.time <= now && now < h.time + h.duration)));
  const [across, up] = style.vertical ? [height, width] : [width, height];
  const label = labelSize(editorFontSize(g));
  const layout = layoutRoll(shown, now, across, up, style, style.fold, style.range, Math.max(16, label + 4));
  const place = orient(style, width, height);
  g.clearRect(0, 0, width, height);
  if (style.background !== undefined) {
    g.fillStyle = style.background;
    g.fillRect(0, 0, width, height);
  }
  for (const row of layout.rows) {
    g.fillStyle = row.kind === 'drum' ? '#ffffff0a' : '#ffffff14';
    const [x, y, w, h] = row.kind === 'drum' ? place(0, row.y, across, row.height - 1) : place(0, row.y + row.height - 1, across, 1);
    g.fillRect(x, y, w, h);
  }
  g.font = `${label}px ui-monospace, monospace`;
  g.textBaseline = 'middle';
  // Boxes of one colour are drawn as one path: thousands of boxes a frame stay cheap.
  const boxes: RollBox[] = [];
  const fills = new Map<string, number[]>();
  const strokes = new Map<string, number[]>();
  const add = (paths: Map<string, number[]>, colour: string, x: number, y: number, w: number, h: number): void => {
    const list = paths.get(colour);
    if (list === undefined) paths.set(colour, [x, y, w, h]);
    else list.push(x, y, w, h);
  };
  for (const box of layout.boxes) {
    const [x, y, w, h] = place(box.x, box.y, box.width, box.height);
    boxes.push({ hap: box.hap, x, y, width: w, height: h, active: box.active });
    const fill = boxColour(box, now, style);
    if (style.fill || box.active) add(fills, fill, x, y, w, h);
    if (box.active || box.hap.time > now || !style.fill) add(strokes, box.active ? '#ffffff' : fill, x + 0.5, y + 0.5, Math.max(1, w - 1), Math.max(1, h - 1));
  }
  const draw = (paths: Map<string, number[]>, stroke: boolean): void => {
    for (const [colour, rects] of paths) {
      g.beginPath();
      for (let i = 0; i < rects.length; i += 4) g.rect(rects[i]!, rects[i + 1]!, rects[i + 2]!, rects[i + 3]!);
      if (stroke) {
        g.strokeStyle = colour;
        g.stroke();
      } else {
        g.fillStyle = colour;
        g.fill();
      }
    }
  };
  draw(fills, false);
  g.lineWidth = 1;
  draw(strokes, true);
  if (style.labels) {
    for (const box of boxes) {
      if (box.height < Math.max(8, label * 0.7) || box.width < label * 1.2) continue;
      g.fillStyle = box.active ? '#101010' : '#e8e8f0';
      g.fillText(labelOf(box.hap), box.x + 2, box.y + box.height / 2, Math.max(8, box.width - 3));
    }
  }
  g.fillStyle = style.playheadColor;
  const [px, py, pw, ph] = place(layout.nowX, 0, 1.5, up);
  g.fillRect(px, py, pw, ph);
  if (!style.labels) {
    g.fillStyle = '#c8c8d0';
    for (const row of layout.rows) {
      if (row.height < Math.max(8, label * 0.7) && row.kind !== 'pitch') continue;
      const [x, y, , h] = place(0, row.y, 1, row.height);
      g.fillText(row.label, x + 4, y + h / 2);
    }
  }
  return { ...layout, boxes };
}
