/**
 * `slider(value, min, max, step)` in performer code, as on strudel.cc: a pattern of one value a
 * cycle that a slider drawn in the code sets while the code plays, with no evaluation. The
 * rewriter turns each call `slider(...)` into `RUNTIME.sl(start, end)(...)`, `[start, end)` the
 * number written as its first argument (the call's name when it is no number): the slider shows
 * there, and moving it writes its value there, so the code stays the source of what is heard.
 * A `slider` not called by name (passed on, say) is a fixed value with no slider.
 */
import type { CodeRange } from '../controls/event.ts';
import { pure } from '../pattern/combine.ts';
import { Pattern } from '../pattern/pattern.ts';
import { describe } from './messages.ts';

/** A slider the code asks for, and the value it has now. */
export interface SliderRequest {
  /** The number the slider writes (or the call's name, when its first argument is no number literal). */
  readonly at: CodeRange;
  /** True when `at` is the number written: the app may write the slider's value there. */
  readonly literal: boolean;
  readonly min: number;
  readonly max: number;
  /** The steps the value moves by (0: any value). */
  readonly step: number;
  /** The value now: the code's, until the slider moves. */
  value: number;
}

/** Strudel's defaults: from 0 to 1, any value between. */
const DEFAULT_MIN = 0;
const DEFAULT_MAX = 1;

function numberArg(name: string, value: unknown, otherwise: number): number {
  if (value === undefined) return otherwise;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new TypeError(`slider(value, min, max, step) needs numbers: its ${name} is ${describe(value)}`);
  return value;
}

/** Reads a slider's arguments: the value, and its range and step. */
function sliderArgs(args: readonly unknown[]): Omit<SliderRequest, 'at' | 'literal'> {
  const value = numberArg('value', args[0], DEFAULT_MIN);
  const min = numberArg('min', args[1], DEFAULT_MIN);
  const max = numberArg('max', args[2], DEFAULT_MAX);
  const step = numberArg('step', args[3], 0);
  if (!(max > min)) throw new RangeError(`slider(${String(value)}, ${String(min)}, ${String(max)}): its max should be more than its min`);
  if (step < 0) throw new RangeError(`slider(...): its step should not be negative, not ${String(step)}`);
  return { value, min, max, step };
}

/** The sliders of one evaluation. */
export class Sliders {
  readonly list: SliderRequest[] = [];

  /** `RUNTIME.sl`: the slider function for the call whose number is at `[start, end)` (`literal` false: the call's name). */
  at(start: number, end: number, literal: boolean): (...args: unknown[]) => Pattern<number> {
    return (...args) => {
      const slider: SliderRequest = { at: { start, end }, literal, ...sliderArgs(args) };
      this.list.push(slider);
      return new Pattern((state) => pure(slider.value).query(state));
    };
  }

  /** Sets slider `index` (in the order the calls ran) to `value`, within its range; false when there is none. */
  set(index: number, value: number): boolean {
    const slider = this.list[index];
    if (slider === undefined || !Number.isFinite(value)) return false;
    slider.value = Math.min(slider.max, Math.max(slider.min, value));
    return true;
  }
}

/** `slider` as a plain name (not called where it is written): its value, fixed. */
export function fixedSlider(...args: unknown[]): Pattern<number> {
  return pure(sliderArgs(args).value);
}
