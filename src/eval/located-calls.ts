/**
 * The calls whose place in the code matters: Strudel's visuals (`._pianoroll()`, `.scope()`...)
 * the outputs (`.midi()`, `.osc()`) and the calls weft does not connect (`.draw()`...). The rewriter turns each
 * `x.name(args)` into `RUNTIME.c(x, 'name', start, end)(args)`; for a pattern (or mini-notation)
 * this records what the call asks for, where it is written:
 *
 * - a visual: its kind, inline (the `_` form) or not, its options as plain data, and its place.
 *   Its haps also carry that place among their locations, so the app draws under each call the
 *   haps that went through it (as Strudel tags them with the widget's id);
 * - an output: its haps carry the call's place too, where the app reports a port that is missing;
 * - a call that is not connected: one warning at the call.
 *
 * The events are unchanged either way: the call itself is the pattern's own method
 * (src/pattern/visual.ts). Anything else than a pattern keeps its own method of that name.
 */
import type { CodeRange } from '../controls/event.ts';
import { Pattern } from '../pattern/pattern.ts';
import { reify } from '../pattern/reify.ts';
import { withLocation } from '../pattern/primitives.ts';
import { unreadMidiOptions } from '../pattern/outputs.ts';
import { UNCONNECTED_CALLS, VISUAL_KINDS, type VisualKind } from '../pattern/visual.ts';

/** A visual's options as plain data: what the app can draw from (functions and the like are left out). */
export type VisualOptions = Readonly<Record<string, string | number | boolean>>;

/** A visual the code asks for. */
export interface VisualRequest {
  readonly kind: VisualKind;
  /** True for the `_` form: drawn under its line, not behind the code. */
  readonly inline: boolean;
  readonly options: VisualOptions;
  /** The call, from its name to its closing parenthesis: also a location of every hap it draws. */
  readonly at: CodeRange;
}

/** Something the code asks for that is not heard or drawn: the code plays on. */
export interface EvaluationWarning {
  readonly message: string;
  readonly at: CodeRange;
}

const visualKinds: ReadonlySet<string> = new Set(VISUAL_KINDS);

/** The outputs other than weft's sound (src/pattern/outputs.ts): their events carry the call's place, where a missing port is reported. */
export const OUTPUT_CALLS: ReadonlySet<string> = new Set(['midi', 'osc']);

/** The method names the rewriter places (see the module comment). */
export const LOCATED_CALLS: ReadonlySet<string> = new Set([
  ...VISUAL_KINDS.flatMap((kind) => [kind, `_${kind}`]),
  ...OUTPUT_CALLS,
  ...Object.keys(UNCONNECTED_CALLS),
]);

/** What one evaluation's placed calls asked for. */
export class LocatedCalls {
  readonly visuals: VisualRequest[] = [];
  readonly warnings: EvaluationWarning[] = [];

  /** Says once at `at` that something the code asks for is not heard (the code plays on). */
  warn(message: string, at: CodeRange): void {
    if (!this.warnings.some((w) => w.at.start === at.start && w.message === message)) this.warnings.push({ message, at });
  }

  /** `RUNTIME.c`: what `target.name` reads for the call written at `[start, end)`. */
  method(target: unknown, name: string, start: number, end: number): unknown {
    if (!(target instanceof Pattern) && typeof target !== 'string') {
      // Not a pattern: its own method, as the code would have read it.
      const own: unknown = Reflect.get(Object(target) as object, name);
      return typeof own === 'function' ? own.bind(target) : own;
    }
    const pat = reify(target);
    const at: CodeRange = { start, end };
    return (...args: unknown[]): unknown => {
      const method: unknown = Reflect.get(pat, name);
      if (typeof method !== 'function') throw new TypeError(`.${name}() is not a function`);
      const result: unknown = Reflect.apply(method, pat, args);
      const kind = name.startsWith('_') ? name.slice(1) : name;
      if (visualKinds.has(kind) && result instanceof Pattern) {
        this.visuals.push({ kind: kind as VisualKind, inline: name.startsWith('_'), options: plainOptions(args[0]), at });
        return withLocation(at, result);
      }
      if (OUTPUT_CALLS.has(name) && result instanceof Pattern) {
        const unread = name === 'midi' ? unreadMidiOptions(...args) : [];
        if (unread.length > 0) this.warn(`weft's .midi() does not read ${unread.map((o) => `"${o}"`).join(', ')}: the other options apply`, at);
        return withLocation(at, result);
      }
      const message = UNCONNECTED_CALLS[name];
      if (message !== undefined) this.warn(message, at);
      return result;
    };
  }
}

/** The options a visual was given, as plain data: strings, finite numbers and booleans. */
function plainOptions(options: unknown): VisualOptions {
  if (typeof options !== 'object' || options === null) return {};
  const plain: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(options)) {
    if (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) plain[key] = value;
  }
  return plain;
}
