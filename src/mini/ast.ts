/**
 * The syntax tree of a mini-notation string, as {@link parseMini} produces it.
 *
 * Every node records where it came from: `start` and `end` are offsets into the performer's
 * code (the parse offset already added), so an atom's location can go straight onto its haps.
 */

/** A range of characters: `start` inclusive, `end` exclusive. */
export interface MiniSpan {
  readonly start: number;
  readonly end: number;
}

/** A word or number: `bd`, `c#4`, `-1.5`. Numbers are read as JavaScript's `Number` reads them. */
export interface MiniAtom extends MiniSpan {
  readonly kind: 'atom';
  readonly value: string | number;
}

/** A rest: `~` or `-`. */
export interface MiniRest extends MiniSpan {
  readonly kind: 'rest';
}

/** `[...]`: its layers squeezed into one step. */
export interface MiniBracket extends MiniSpan {
  readonly kind: 'bracket';
  readonly body: MiniLayers;
}

/** `<...>`: each layer plays one of its steps per cycle. */
export interface MiniAlternation extends MiniSpan {
  readonly kind: 'alternation';
  readonly body: MiniLayers;
}

/** `{...}` or `{...}%steps`: layers that share one pulse (steps per cycle). */
export interface MiniPolymeter extends MiniSpan {
  readonly kind: 'polymeter';
  readonly layers: readonly MiniSequence[];
  readonly steps: MiniSlice | undefined;
}

/** Something that can carry operators: an atom, a rest, or a bracketed group. */
export type MiniSlice = MiniAtom | MiniRest | MiniBracket | MiniAlternation | MiniPolymeter;

/** An operator after a slice, applied in source order. */
export type MiniOp =
  | { readonly kind: 'fast'; readonly arg: MiniSlice }
  | { readonly kind: 'slow'; readonly arg: MiniSlice }
  | { readonly kind: 'tail'; readonly arg: MiniSlice }
  | { readonly kind: 'range'; readonly arg: MiniSlice }
  | { readonly kind: 'degrade'; readonly amount: number; readonly seed: number }
  | { readonly kind: 'replicate'; readonly times: number }
  | { readonly kind: 'euclid'; readonly pulses: MiniStep; readonly steps: MiniStep; readonly rotation: MiniStep | undefined };

/**
 * One step of a sequence: a slice, its operators and its weight (`@`, `_`). Replication (`!`)
 * is one operator, placed where the last `!` is, with the total count; its copies share the
 * weight.
 */
export interface MiniStep extends MiniSpan {
  readonly slice: MiniSlice;
  readonly ops: readonly MiniOp[];
  readonly weight: number;
}

/**
 * Steps played one after another in a cycle. `marked` is a leading `^` (count steps here);
 * `feet` says the steps are the `.`-separated groups, each a sub-sequence.
 */
export interface MiniSequence extends MiniSpan {
  readonly kind: 'sequence';
  readonly steps: readonly MiniStep[];
  readonly marked: boolean;
  readonly feet: boolean;
}

/**
 * The inside of brackets or the whole string: one sequence, or several stacked (`,`) or chosen
 * between at random each cycle (`|`, with the seed of its random stream).
 */
export type MiniLayers =
  | MiniSequence
  | { readonly kind: 'stack'; readonly layers: readonly MiniSequence[] }
  | { readonly kind: 'choice'; readonly layers: readonly MiniSequence[]; readonly seed: number };
