/**
 * The labelled blocks a scheduler plays (`$: ...`, `drums: ...`), with the performer's mutes and
 * solos and, for each block, the last good pattern to fall back on when a query fails.
 */
import { silence, type Pattern } from '../pattern/pattern.ts';

/** A block as evaluation gives it: a label, its pattern, and whether the code mutes it (`_$:`). */
export interface BlockSpec {
  readonly label: string;
  readonly pattern: Pattern<unknown>;
  readonly muted?: boolean;
}

interface BlockState {
  readonly label: string;
  pattern: Pattern<unknown>;
  /** The pattern this one replaced, played again if this one fails; then silence. */
  fallback: Pattern<unknown> | undefined;
  /** Muted by the code (`_$:`). */
  muted: boolean;
}

/**
 * Labels made unique in order: a label seen before gets `#2`, `#3`... (Strudel code often has
 * several anonymous `$:` blocks), so each block can be cancelled and re-evaluated on its own.
 */
export function uniqueLabels(specs: readonly BlockSpec[]): BlockSpec[] {
  const seen = new Map<string, number>();
  const taken = new Set(specs.map((s) => s.label));
  return specs.map((spec) => {
    const count = (seen.get(spec.label) ?? 0) + 1;
    seen.set(spec.label, count);
    if (count === 1) return spec;
    let n = count;
    while (taken.has(`${spec.label}#${n}`)) n++;
    const label = `${spec.label}#${n}`;
    taken.add(label);
    return { ...spec, label };
  });
}

/**
 * The performer's own mutes and solos, by block label (a mute written in the code, `_$:`, belongs
 * to the block instead). Kept by the scheduler, and mirrored by the runtime for restarts.
 */
export class PerformerChoices {
  readonly muted = new Set<string>();
  readonly soloed = new Set<string>();

  mute(label: string): void {
    this.muted.add(label);
  }

  unmute(label: string): void {
    this.muted.delete(label);
  }

  solo(label: string): void {
    this.soloed.add(label);
  }

  /** Ends the solo of one label, or of all. */
  unsolo(label?: string): void {
    if (label === undefined) this.soloed.clear();
    else this.soloed.delete(label);
  }

  /** Forgets the mutes and solos of labels that no longer exist. */
  keepOnly(exists: (label: string) => boolean): void {
    for (const label of [...this.muted]) if (!exists(label)) this.muted.delete(label);
    for (const label of [...this.soloed]) if (!exists(label)) this.soloed.delete(label);
  }

  clear(): void {
    this.muted.clear();
    this.soloed.clear();
  }
}

/**
 * What a scheduler plays from: the blocks heard (label to pattern, in code order), each block's
 * pattern, and how a block whose pattern fails falls back. A scheduler changes it only inside
 * its own `update`/`change`/`revertAt`, so that it knows what changed.
 */
export interface BlockStore {
  audible(): ReadonlyMap<string, Pattern<unknown>>;
  pattern(label: string): Pattern<unknown> | undefined;
  /** After `label`'s pattern failed: it plays its fallback instead, or silence. */
  revert(label: string): void;
}

/** The playing blocks, in code order, and which of them are heard: a scheduler's own store. */
export class BlockSet implements BlockStore {
  private blocks = new Map<string, BlockState>();
  /** The performer's mutes and solos. */
  readonly choices = new PerformerChoices();

  /** Replaces every block (labels made unique by {@link uniqueLabels}); mutes and solos of labels that remain stay. */
  replaceAll(specs: readonly BlockSpec[]): void {
    const next = new Map<string, BlockState>();
    for (const spec of uniqueLabels(specs)) {
      const old = this.blocks.get(spec.label);
      const fallback = old === undefined ? undefined : old.pattern === spec.pattern ? old.fallback : old.pattern;
      next.set(spec.label, { label: spec.label, pattern: spec.pattern, fallback, muted: spec.muted ?? false });
    }
    this.blocks = next;
    this.choices.keepOnly((label) => next.has(label));
  }

  /** Sets one block's pattern, adding the block (unmuted) if it is new. */
  set(label: string, pattern: Pattern<unknown>): void {
    const old = this.blocks.get(label);
    if (old === undefined) this.blocks.set(label, { label, pattern, fallback: undefined, muted: false });
    else if (old.pattern !== pattern) {
      old.fallback = old.pattern;
      old.pattern = pattern;
    }
  }

  /** Removes every block. */
  clear(): void {
    this.replaceAll([]);
  }

  /** After `label`'s pattern failed: plays its fallback instead, or silence when there is none. */
  revert(label: string): void {
    const block = this.blocks.get(label);
    if (block === undefined) return;
    block.pattern = block.fallback ?? silence;
    block.fallback = undefined;
  }

  /** The block's current pattern. */
  pattern(label: string): Pattern<unknown> | undefined {
    return this.blocks.get(label)?.pattern;
  }

  labels(): string[] {
    return [...this.blocks.keys()];
  }

  /**
   * The blocks heard, label to pattern, in code order: not muted by the code nor by the performer,
   * and soloed when any block is.
   */
  audible(): Map<string, Pattern<unknown>> {
    const heard = new Map<string, Pattern<unknown>>();
    const { muted, soloed } = this.choices;
    const soloing = [...soloed].some((label) => this.blocks.has(label));
    for (const block of this.blocks.values()) {
      if (block.muted || muted.has(block.label)) continue;
      if (soloing && !soloed.has(block.label)) continue;
      heard.set(block.label, block.pattern);
    }
    return heard;
  }
}
