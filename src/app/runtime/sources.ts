/**
 * The runtime's record of the performance: which evaluation each block's pattern came from, the
 * version it falls back on when a query fails, and the performer's mutes and solos. It is the one
 * store of blocks: the scheduler plays from it, the main thread holds a read-only mirror of its
 * {@link Snapshot}, and a new worker rebuilds everything from that snapshot. The patterns themselves live in the
 * performer realm; here each is the {@link SourceCache} of its known onsets.
 */
import { silence, type Pattern } from '../../pattern/pattern.ts';
import { PerformerChoices, uniqueLabels, type BlockSpec, type BlockStore } from '../../scheduler/index.ts';
import type { FromPerformer, PlainBlock } from '../performer/protocol.ts';
import type { CodeRange } from '../../audio/protocol.ts';
import { baseLabel, type BlockInfo, type BlockRange, type CodeError, type EvaluatedMessage, type Snapshot, type SnapshotBlock, type SourceRef } from './messages.ts';
import type { SourceCache } from './source-cache.ts';

/** The label of the block made by code with no labelled statements. */
export const UNLABELLED = '';

/** The scheduler's silence (the same object, so its blocks and these compare equal). */
const SILENCE = silence as unknown as Pattern<unknown>;

/**
 * One successful evaluation: the code (the whole document, or a block of it) and the blocks it
 * made (ranges in that code; none for code with no labelled statement).
 */
export interface Entry {
  readonly id: number;
  readonly code: string;
  readonly block?: BlockRange;
  readonly blocks: readonly PlainBlock[];
  /** The key the main thread sent it with, which its haps carry. */
  readonly key?: string;
}

/** Where a block's pattern came from: an entry, which of its blocks, and the block's range in the document. */
export interface Source {
  readonly entry: Entry;
  readonly index: number;
  readonly cache: SourceCache;
  readonly from: number;
  readonly to: number;
}

/**
 * The known onsets of pattern `index` of an entry (-1: its one pattern), to play it; undefined
 * when that pattern failed its check (the block then keeps what it played).
 */
export type SourceFor = (entry: Entry, index: number) => SourceCache | undefined;

/** How an evaluation changes the blocks: the blocks it sets and those it keeps, and the change itself. */
export interface Assignment {
  readonly set: BlockInfo[];
  readonly kept: Kept[];
  /** Makes the change (now, or at the cycle a quantized evaluation waits for). */
  readonly apply: () => void;
}

/** A block an evaluation could not set (its pattern failed its check): what it plays instead. */
export interface Kept {
  readonly label: string;
  readonly index: number;
  readonly reverted: 'previous' | 'silence';
}

interface Slot {
  readonly label: string;
  muted: boolean;
  from: number;
  to: number;
  /** Undefined: silence (after a failing pattern had nothing to fall back on). */
  current: Source | undefined;
  fallback: Source | undefined;
}

interface Item {
  readonly label: string;
  readonly muted: boolean;
  readonly index: number;
  readonly from: number;
  readonly to: number;
}

const offsetOf = (entry: Entry): number => entry.block?.from ?? 0;

/** The blocks of an entry with document offsets; code with no labelled statement is one unlabelled block. */
function itemsOf(entry: Entry): Item[] {
  const offset = offsetOf(entry);
  const { blocks } = entry;
  if (blocks.length === 0) return [{ label: UNLABELLED, muted: false, index: -1, from: offset, to: offset + entry.code.length }];
  return blocks.map((b, index) => ({ label: b.label, muted: b.muted, index, from: offset + b.from, to: offset + b.to }));
}

/**
 * A place in an entry's code (offsets and line/column from 1, as {@link evaluate} reports them) as
 * a place in the document: offsets shifted by the block's start; lines too when the block says
 * where it starts.
 */
export function toDocument(block: BlockRange | undefined, error: CodeError): CodeError {
  if (block === undefined) return error;
  const line = block.line === undefined ? error.line : block.line + error.line - 1;
  const column = error.line === 1 && block.column !== undefined ? block.column + error.column - 1 : error.column;
  return { message: error.message, from: error.from + block.from, to: error.to + block.from, line, column };
}

/** The message of anything thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What a block replaced by `current` falls back on: what it played, unless that was the same pattern (as the scheduler's blocks do). */
function fallbackOf(old: Slot | undefined, current: Source): Source | undefined {
  if (old === undefined) return undefined;
  return old.current?.cache === current.cache ? old.fallback : old.current;
}

/**
 * The blocks being played, by label, in order, with where each pattern came from: the runtime's
 * one store of blocks, fallbacks, mutes and solos, which the scheduler plays from.
 */
export class BlockBook implements BlockStore {
  private slots = new Map<string, Slot>();
  /** The performer's mutes and solos. */
  readonly choices = new PerformerChoices();

  /**
   * The blocks heard, label to pattern, in code order: not muted by the code nor by the performer,
   * and soloed when any block is (as the scheduler asks).
   */
  audible(): Map<string, Pattern<unknown>> {
    const heard = new Map<string, Pattern<unknown>>();
    const { muted, soloed } = this.choices;
    const soloing = [...soloed].some((label) => this.slots.has(label));
    for (const slot of this.slots.values()) {
      if (slot.muted || muted.has(slot.label)) continue;
      if (soloing && !soloed.has(slot.label)) continue;
      heard.set(slot.label, slot.current?.cache.pattern ?? SILENCE);
    }
    return heard;
  }

  /** The pattern block `label` plays (silence when it has none), or undefined for no such block. */
  pattern(label: string): Pattern<unknown> | undefined {
    const slot = this.slots.get(label);
    return slot === undefined ? undefined : (slot.current?.cache.pattern ?? SILENCE);
  }

  /** What block `label` falls back on when its pattern fails. */
  fallback(label: string): Source | undefined {
    return this.slots.get(label)?.fallback;
  }

  /**
   * Takes a successful evaluation now: see {@link plan}. Returns the blocks it set, with their
   * document ranges, and those it kept.
   */
  assign(entry: Entry, sourceFor: SourceFor): Assignment {
    const assignment = this.plan(entry, sourceFor);
    assignment.apply();
    return assignment;
  }

  /**
   * Plans how an evaluation changes the blocks, to apply now or at a later cycle. The whole
   * document (no `entry.block`) replaces every block, labels made unique as the scheduler makes
   * them; a block's code replaces the blocks it names (a repeated label such as `$` is matched to
   * the block of that label nearest its place) and leaves the others alone. A block whose pattern
   * failed its check keeps what it plays (or is silent if new).
   */
  plan(entry: Entry, sourceFor: SourceFor): Assignment {
    const items = itemsOf(entry);
    const whole = entry.block === undefined;
    const taken = new Set<string>();
    const labels = whole
      ? uniqueLabels(items.map((item) => ({ label: item.label, pattern: SILENCE }))).map((spec) => spec.label)
      : items.map((item) => {
          const label = this.resolve(item.label, item.from, taken);
          taken.add(label);
          return label;
        });
    const caches = items.map((item) => sourceFor(entry, item.index));
    const set: BlockInfo[] = [];
    const kept: Kept[] = [];
    items.forEach((item, k) => {
      const label = labels[k]!;
      if (caches[k] !== undefined) set.push({ label, muted: item.muted, from: item.from, to: item.to });
      else kept.push({ label, index: item.index, reverted: this.slots.get(label)?.current === undefined ? 'silence' : 'previous' });
    });
    const apply = (): void => {
      const place = (label: string, item: Item, cache: SourceCache | undefined): Slot => {
        const old = this.slots.get(label);
        if (cache === undefined) return old ?? { label, muted: item.muted, from: item.from, to: item.to, current: undefined, fallback: undefined };
        const current: Source = { entry, index: item.index, cache, from: item.from, to: item.to };
        return { label, muted: item.muted, from: item.from, to: item.to, current, fallback: fallbackOf(old, current) };
      };
      if (!whole) {
        items.forEach((item, k) => this.slots.set(labels[k]!, place(labels[k]!, item, caches[k])));
        return;
      }
      const next = new Map<string, Slot>();
      items.forEach((item, k) => next.set(labels[k]!, place(labels[k]!, item, caches[k])));
      this.slots = next;
      this.choices.keepOnly((label) => next.has(label));
    };
    return { set, kept, apply };
  }

  /** What the scheduler should play: every block, in order (see {@link Scheduler.setBlocks}). */
  specs(): BlockSpec[] {
    return [...this.slots.values()].map((slot) => ({ label: slot.label, pattern: slot.current?.cache.pattern ?? SILENCE, muted: slot.muted }));
  }

  /** The source of a block's current pattern (undefined when it is silent or unknown). */
  current(label: string): Source | undefined {
    return this.slots.get(label)?.current;
  }

  /** After the block's pattern failed: it plays its fallback now, or silence. Says which, and what failed. */
  revert(label: string): { failed: Source | undefined; reverted: 'previous' | 'silence' } {
    const slot = this.slots.get(label);
    if (slot === undefined) return { failed: undefined, reverted: 'silence' };
    const failed = slot.current;
    slot.current = slot.fallback;
    slot.fallback = undefined;
    if (slot.current !== undefined) {
      slot.from = slot.current.from;
      slot.to = slot.current.to;
    }
    return { failed, reverted: slot.current === undefined ? 'silence' : 'previous' };
  }

  /** Forgets every block (a hush). */
  clear(): void {
    this.slots.clear();
    this.choices.clear();
  }

  labels(): string[] {
    return [...this.slots.keys()];
  }

  /** Every source a block plays or falls back on. */
  sources(): Source[] {
    return [...this.slots.values()].flatMap((slot) => [slot.current, slot.fallback].filter((s): s is Source => s !== undefined));
  }

  /** The blocks whose current pattern is `cache`'s, with their code mutes. */
  playing(cache: SourceCache): { label: string; muted: boolean }[] {
    return [...this.slots.values()].filter((slot) => slot.current?.cache === cache).map((slot) => ({ label: slot.label, muted: slot.muted }));
  }

  /** The performance as code: what {@link restore} rebuilds it from. */
  snapshot(): Snapshot {
    const entries = new Map<number, Entry>();
    const ref = (source: Source | undefined): SourceRef | undefined => {
      if (source === undefined) return undefined;
      entries.set(source.entry.id, source.entry);
      return { entry: source.entry.id, index: source.index };
    };
    const blocks = [...this.slots.values()].map((slot): SnapshotBlock => {
      const block: SnapshotBlock = { label: slot.label, muted: slot.muted, from: slot.from, to: slot.to };
      const current = ref(slot.current);
      const fallback = ref(slot.fallback);
      if (current !== undefined) block.current = current;
      if (fallback !== undefined) block.fallback = fallback;
      return block;
    });
    return {
      entries: [...entries.values()].sort((a, b) => a.id - b.id).map(({ blocks: _blocks, ...entry }) => entry),
      blocks,
      mutes: [...this.choices.muted],
      solos: [...this.choices.soloed],
    };
  }

  /**
   * Rebuilds the performance from a snapshot whose entries the performer realm holds again, mutes
   * and solos included. A reference to an entry that is missing is silence.
   */
  restore(snapshot: Snapshot, entries: ReadonlyMap<number, Entry>, sourceFor: SourceFor): void {
    this.clear();
    const find = (ref: SourceRef | undefined): Source | undefined => {
      const entry = ref === undefined ? undefined : entries.get(ref.entry);
      if (ref === undefined || entry === undefined) return undefined;
      const item = itemsOf(entry).find((it) => it.index === ref.index);
      const cache = item === undefined ? undefined : sourceFor(entry, item.index);
      return item === undefined || cache === undefined ? undefined : { entry, index: item.index, cache, from: item.from, to: item.to };
    };
    for (const block of snapshot.blocks) {
      this.slots.set(block.label, { label: block.label, muted: block.muted, from: block.from, to: block.to, current: find(block.current), fallback: find(block.fallback) });
    }
    for (const label of snapshot.mutes) this.choices.mute(label);
    for (const label of snapshot.solos) this.choices.solo(label);
  }

  /** The label a block evaluated on its own takes: an existing block of that label (nearest first), or a new one. */
  private resolve(label: string, from: number, taken: ReadonlySet<string>): string {
    const candidates = [...this.slots.values()].filter((slot) => baseLabel(slot.label) === label && !taken.has(slot.label));
    if (candidates.length > 0) {
      const inside = candidates.find((slot) => slot.from <= from && from <= slot.to);
      if (inside !== undefined) return inside.label;
      return candidates.reduce((best, slot) => (Math.abs(slot.from - from) < Math.abs(best.from - from) ? slot : best)).label;
    }
    if (!this.slots.has(label) && !taken.has(label)) return label;
    let n = 2;
    while (this.slots.has(`${label}#${n}`) || taken.has(`${label}#${n}`)) n++;
    return `${label}#${n}`;
  }
}

/**
 * An evaluation's visuals, warnings, sliders and MIDI inputs with their places moved from the code sent to the
 * document (a block's code starts at its `from`), each slider with the id that moves it.
 */
export function placedCalls(
  message: { readonly id: number; readonly block?: BlockRange | undefined },
  outcome: Pick<Extract<FromPerformer, { type: 'evaluated' }>, 'visuals' | 'warnings' | 'sliders' | 'midiInputs'>,
): Pick<EvaluatedMessage, 'visuals' | 'warnings' | 'sliders' | 'midiInputs'> {
  const shift = message.block?.from ?? 0;
  const moved = (at: CodeRange): CodeRange => ({ start: at.start + shift, end: at.end + shift });
  return {
    visuals: outcome.visuals.map((visual) => ({ ...visual, at: moved(visual.at) })),
    warnings: outcome.warnings.map((warning) => ({ ...warning, at: moved(warning.at) })),
    sliders: outcome.sliders.map((slider, i) => ({ ...slider, at: moved(slider.at), id: `${message.id}:${i}` })),
    midiInputs: outcome.midiInputs.map((input) => ({ ...input, at: moved(input.at) })),
  };
}
