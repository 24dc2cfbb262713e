/**
 * The pianoroll's text alternative: the notes playing now, block by block, read from the same
 * haps the roll draws ("$bass: c2 · $keys: c4 eb4 g4"). A block whose notes are short and
 * between two hits is given its latest hit.
 */
import type { Seconds } from '../../audio/index.ts';
import type { WindowHap } from '../hap-window.ts';
import { laneOf } from './lanes.ts';
import { noteLabel } from './roll-layout.ts';
import { isNoteName } from '../../pattern/theory/note.ts';
import { baseLabel } from '../runtime/messages.ts';

/** The notes of one block. */
export interface BlockNotes {
  /** The block's label (`''` for unlabelled code). */
  readonly label: string;
  /** Note names as the code writes them (`eb4`), else by pitch (`c#4`), or drum sound names (`bd`). */
  readonly notes: readonly string[];
}

/** How far back a block's latest hit still counts as playing when nothing of it sounds now. */
export const RECENT: Seconds = 1;

/** A hap's name in the text: its note as written, its pitch, or its sound. */
function nameOf(hap: WindowHap): string | undefined {
  const note = hap.controls?.['note'];
  if (typeof note === 'string' && isNoteName(note.trim())) return note.trim().toLowerCase();
  const lane = hap.controls === undefined ? undefined : laneOf(hap.controls);
  if (lane === undefined) return undefined;
  return lane.kind === 'pitch' ? noteLabel(lane.midi).toLowerCase() : lane.name;
}

/**
 * The notes each block plays at `now`: those sounding, else its latest hit of the last
 * {@link RECENT} seconds; blocks in the order of their code.
 * @example
 * playingNotes(highlights.window.haps(), now()) // [{ label: '$bass', notes: ['c2'] }, { label: '$keys', notes: ['c4', 'eb4', 'g4'] }]
 */
export function playingNotes(haps: readonly WindowHap[], now: Seconds): BlockNotes[] {
  const byBlock = new Map<string, { sounding: WindowHap[]; latest: WindowHap[]; at: number }>();
  for (const hap of haps) {
    if (hap.time > now || hap.time + hap.duration <= now - RECENT) continue;
    const entry = byBlock.get(hap.block) ?? { sounding: [], latest: [], at: Infinity };
    byBlock.set(hap.block, entry);
    entry.at = Math.min(entry.at, ...hap.locations.map((l) => l.start));
    if (hap.time + hap.duration > now) entry.sounding.push(hap);
    else if (entry.latest[0] === undefined || hap.time > entry.latest[0].time) entry.latest = [hap];
    else if (hap.time === entry.latest[0].time) entry.latest.push(hap);
  }
  const blocks: (BlockNotes & { at: number })[] = [];
  for (const [label, { sounding, latest, at }] of byBlock) {
    const notes = [...new Set((sounding.length > 0 ? sounding : latest).map(nameOf).filter((n): n is string => n !== undefined))];
    // A repeated `$:` is told apart as `$#2` in the store; the code calls it `$`.
    if (notes.length > 0) blocks.push({ label: baseLabel(label), notes, at });
  }
  blocks.sort((a, b) => a.at - b.at || a.label.localeCompare(b.label));
  return blocks.map(({ label, notes }) => ({ label, notes }));
}
