/**
 * The control methods and the inert methods of the surface, made at run time from their names
 * (src/pattern/surface declares their types). This module gives the DSL no names: src/pattern/index.ts does not export it.
 */
import type { ControlName, Controls } from '../controls/index.ts';
import { setControl, type ControlArg } from './controls.ts';
import type { MethodClass } from './mixin.ts';
import type { Pattern } from './pattern.ts';

/**
 * The methods of a section of controls, made at run time from their names (the surface declares
 * their types): `"lpf=cutoff gain"` gives `pat.lpf(x)`, which sets `cutoff`, and `pat.gain(x)`.
 * One loop instead of a method body a control keeps the performer's realm small.
 * @example
 * controlMethods('gain lpf=cutoff').prototype
 */
export function controlMethods(forms: string): MethodClass {
  const prototype: Record<string, (this: Pattern<unknown>, x?: unknown) => Pattern<Controls>> = {};
  for (const form of forms.split(' ')) {
    const [name = form, key = name] = form.split('=');
    // The table's names: each a control's key (the types are checked where they are declared).
    const control = key as ControlName;
    // A method named as the control's (errors and messages name it).
    const named = {
      [name](this: Pattern<unknown>, x?: unknown): Pattern<Controls> {
        return setControl(control, x as ControlArg<ControlName> | undefined, this);
      },
    };
    prototype[name] = named[name]!;
  }
  return { prototype };
}

/**
 * The methods that give their pattern back whatever their arguments (tagged `@inert`: Strudel's
 * visuals and outputs, which weft's evaluator reads where they are written).
 * @example
 * inertMethods('pianoroll _pianoroll').prototype
 */
export function inertMethods(names: string): MethodClass {
  const prototype: Record<string, (this: Pattern<unknown>) => Pattern<unknown>> = {};
  for (const name of names.split(' ')) {
    const named = {
      [name](this: Pattern<unknown>): Pattern<unknown> {
        return this;
      },
    };
    prototype[name] = named[name]!;
  }
  return { prototype };
}
