/**
 * The voicing dictionaries of one evaluation. Strudel keeps them in one registry for the whole page;
 * weft gives each evaluation its own (a `VoicingContext`), open while the code runs, so that
 * `voicing()` and `voicings()` take it when called: what one program adds with `addVoicings` or sets
 * with `setVoicingRange` and `setDefaultVoicings` never changes the patterns of another, even when
 * the performer realm queries both, interleaved. Their docs are in scripts/dsl-globals.ts.
 */
import {
  openVoicingContext, parseVoicingDictionary, parseVoicingRange, VoicingContext,
} from '../pattern/theory/voicing-registry.ts';
import { literalText } from './literals.ts';
import { describe } from './messages.ts';

/** The evaluator's voicing functions (they are in `EVALUATOR_NAMES`). */
export interface VoicingFunctions {
  readonly addVoicings: (name: unknown, dictionary: unknown, range?: unknown) => void;
  readonly setVoicingRange: (name: unknown, range: unknown) => void;
  readonly setDefaultVoicings: (name: unknown) => void;
}

/** One evaluation's voicings: the functions its code calls, and how to run the code with them open. */
export interface EvaluationVoicings {
  readonly functions: VoicingFunctions;
  /**
   * Makes this evaluation's dictionaries the ones `voicing()` and `voicings()` take, while the code
   * runs; the function it returns restores the ones open before.
   */
  open(): () => void;
}

function nameOf(name: unknown, caller: string): string {
  const text = literalText(name) ?? name;
  if (typeof text !== 'string' || text === '') throw new TypeError(`${caller} needs a dictionary name (a string), not ${describe(name)}`);
  return text;
}

/** The value with each double-quoted string in it (a mini-notation pattern in weft) as its text. */
function asWritten(value: unknown): unknown {
  const text = literalText(value);
  if (text !== undefined) return text;
  if (Array.isArray(value)) return value.map(asWritten);
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asWritten(item)]));
}

/** A new evaluation's voicings, starting from the built-in dictionaries. */
export function evaluationVoicings(): EvaluationVoicings {
  const context = new VoicingContext();
  const functions: VoicingFunctions = {
    addVoicings(name, dictionary, range) {
      const named = nameOf(name, 'addVoicings');
      const parsed = parseVoicingDictionary(asWritten(dictionary), 'addVoicings');
      context.add(named, parsed, range === undefined ? undefined : parseVoicingRange(asWritten(range), 'addVoicings'));
    },
    setVoicingRange(name, range) {
      context.setRange(nameOf(name, 'setVoicingRange'), parseVoicingRange(asWritten(range), 'setVoicingRange'));
    },
    setDefaultVoicings(name) {
      context.setDefault(nameOf(name, 'setDefaultVoicings'));
    },
  };
  return { functions, open: () => openVoicingContext(context) };
}
