/**
 * The pianoroll's geometry, apart from any canvas: which haps show, where each one's box is,
 * and which box a click hits. Time runs left to right with "now" at a fixed line; pitched haps
 * rise with their pitch, drums sit in named lanes below them.
 */
import type { Seconds } from '../../audio/index.ts';
import type { WindowHap } from '../hap-window.ts';
import { laneOf } from './lanes.ts';

/** How much time the roll shows before and after now. */
export interface RollSpan {
  readonly past: Seconds;
  readonly future: Seconds;
}

/** Three seconds of the past, and the runtime's lookahead of the future. */
export const DEFAULT_SPAN: RollSpan = { past: 3, future: 1.2 };

/** A hap's box, in CSS pixels. */
export interface RollBox {
  readonly hap: WindowHap;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Sounding at the layout's time. */
  readonly active: boolean;
}

/** A labelled row: a drum lane, or a C of the pitch area. */
export interface RollRow {
  readonly label: string;
  readonly y: number;
  readonly height: number;
  readonly kind: 'drum' | 'pitch';
}

/** Everything the roll draws. */
export interface RollLayout {
  readonly boxes: readonly RollBox[];
  readonly rows: readonly RollRow[];
  /** Where now is, in CSS pixels from the left. */
  readonly nowX: number;
}

/** Drums in the order a kit is usually read, from the floor up; other names follow alphabetically. */
const DRUM_ORDER = ['bd', 'sd', 'rim', 'cp', 'lt', 'mt', 'ht', 'hh', 'oh', 'cr', 'rd', 'cb', 'perc', 'tb', 'sh'];

function drumRank(name: string): number {
  const index = DRUM_ORDER.indexOf(name);
  return index === -1 ? DRUM_ORDER.length : index;
}

/** The smallest pitch range shown, in semitones. */
const MIN_SPAN = 12;

/** The size of a roll's labels for an editor font size (px): about 0.6 of it, 10 px at least, so that a projector's large type gives large labels. */
export function labelSize(editorFontSize: number | undefined): number {
  if (editorFontSize === undefined || !(editorFontSize > 0)) return 10;
  return Math.max(10, Math.min(28, Math.round(editorFontSize * 0.6)));
}

/**
 * Lays out the haps visible at audio time `now` in a `width` × `height` roll; `fold` gives each
 * pitch that occurs a row of its own, with no rows between; `range` fixes the notes shown (MIDI
 * numbers, lowest and highest) instead of fitting those that occur; a drum lane is at most
 * `laneMax` pixels high (room for its label).
 *
 * @example
 * layoutRoll(window.haps(), context.currentTime, 800, 160)
 */
export function layoutRoll(
  haps: readonly WindowHap[],
  now: Seconds,
  width: number,
  height: number,
  span: RollSpan = DEFAULT_SPAN,
  fold = false,
  range?: readonly [number, number],
  laneMax = 16,
): RollLayout {
  const begin = now - span.past;
  const end = now + span.future;
  const perSecond = width / (span.past + span.future);
  const visible = haps.filter((h) => h.time < end && h.time + h.duration > begin);
  const placed = visible.map((hap) => ({ hap, lane: laneOf(hap.controls) })).filter((p) => p.lane !== undefined);

  const drums = [...new Set(placed.flatMap((p) => (p.lane?.kind === 'drum' ? [p.lane.name] : [])))];
  drums.sort((a, b) => drumRank(a) - drumRank(b) || a.localeCompare(b));
  const pitches = placed.flatMap((p) => (p.lane?.kind === 'pitch' ? [p.lane.midi] : []));

  const laneHeight = drums.length === 0 ? 0 : Math.max(6, Math.min(laneMax, (height * (pitches.length > 0 ? 0.45 : 1)) / drums.length));
  const drumTop = height - laneHeight * drums.length;
  const pitchHeight = drumTop;
  let low = range?.[0] ?? Math.floor(Math.min(...pitches));
  let high = range?.[1] ?? Math.ceil(Math.max(...pitches));
  if (range === undefined && pitches.length > 0 && high - low < MIN_SPAN) {
    const middle = Math.round((low + high) / 2);
    low = middle - MIN_SPAN / 2;
    high = middle + MIN_SPAN / 2;
  }
  // Folded, a pitch's row is its rank among the pitches that occur.
  const folded = fold ? [...new Set(pitches)].sort((a, b) => a - b) : [];
  const rowOf = (midi: number): number => (fold ? folded.indexOf(midi) : midi - low);
  const rowCount = fold ? folded.length : high - low + 1;
  const noteHeight = pitches.length === 0 ? 0 : pitchHeight / rowCount;

  const rows: RollRow[] = drums.map((name, i) => ({ kind: 'drum', label: name, y: height - laneHeight * (i + 1), height: laneHeight }));
  if (pitches.length > 0 && fold) {
    for (const [i, midi] of folded.entries()) rows.push({ kind: 'pitch', label: noteLabel(midi), y: pitchHeight - (i + 1) * noteHeight, height: noteHeight });
  } else if (pitches.length > 0) {
    for (let midi = Math.ceil(low / 12) * 12; midi <= high; midi += 12) {
      rows.push({ kind: 'pitch', label: `C${midi / 12 - 1}`, y: pitchHeight - (midi - low + 1) * noteHeight, height: noteHeight });
    }
  }

  const boxes: RollBox[] = [];
  for (const { hap, lane } of placed) {
    if (lane === undefined) continue;
    const x = (hap.time - begin) * perSecond;
    const boxWidth = Math.max(2, hap.duration * perSecond - 1);
    const active = hap.time <= now && now < hap.time + hap.duration;
    if (lane.kind === 'drum') {
      const i = drums.indexOf(lane.name);
      boxes.push({ hap, x, y: height - laneHeight * (i + 1) + 1, width: boxWidth, height: Math.max(1, laneHeight - 2), active });
    } else {
      const y = pitchHeight - (rowOf(lane.midi) + 1) * noteHeight;
      // At least 3 pixels tall, centred on the pitch's row, so a wide range still reads.
      const boxHeight = Math.max(3, noteHeight - 1);
      boxes.push({ hap, x, y: y + (noteHeight - 1 - boxHeight) / 2, width: boxWidth, height: boxHeight, active });
    }
  }
  return { boxes, rows, nowX: span.past * perSecond };
}

const NAMES = ['C', 'C#', 'D', 'D#', 'E', 'F', 'F#', 'G', 'G#', 'A', 'A#', 'B'];

/** A MIDI note's name with its octave (`60` is `C4`); a fractional note is named by its nearest. */
export function noteLabel(midi: number): string {
  const n = Math.round(midi);
  return `${NAMES[((n % 12) + 12) % 12] ?? '?'}${Math.floor(n / 12) - 1}`;
}

/** The box at `(x, y)` (CSS pixels), the one drawn on top (the latest) when several overlap. */
export function hitTest(layout: RollLayout, x: number, y: number, slop = 2): RollBox | undefined {
  for (let i = layout.boxes.length - 1; i >= 0; i--) {
    const box = layout.boxes[i]!;
    if (x >= box.x - slop && x <= box.x + box.width + slop && y >= box.y - slop && y <= box.y + box.height + slop) return box;
  }
  return undefined;
}

/** A colour for a block, the same every time for the same label. */
export function blockHue(label: string): number {
  let hash = 7;
  for (let i = 0; i < label.length; i++) hash = (hash * 31 + label.charCodeAt(i)) >>> 0;
  return (hash * 137.508) % 360;
}
