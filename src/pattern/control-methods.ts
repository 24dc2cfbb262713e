/**
 * The control methods and the inert methods of the surface, made at run time from their names
 * (src/pattern/surface declares their types). This module gives the DSL no names: src/pattern/index.ts does not export it.
 */
import type { ControlName, Controls } from '../controls/index.ts';
import { setControl, type ControlArg } from './controls.ts';
import type { MethodClass } from './mixin.ts';
import type { Pattern } from './pattern.ts';

/** Methods by name, each named as it is called (errors and messages name it), its body made by `body`. */
function namedMethods<F extends (this: Pattern<unknown>, ...args: never[]) => unknown>(names: readonly string[], body: (name: string) => F): MethodClass {
  const prototype: Record<string, F> = {};
  for (const name of names) {
    const call = body(name);
    const named = {
      [name](this: Pattern<unknown>, ...args: Parameters<F>): ReturnType<F> {
        return Reflect.apply(call, this, args) as ReturnType<F>;
      },
    };
    prototype[name] = named[name] as unknown as F;
  }
  return { prototype };
}

/**
 * The methods of a section of controls, made at run time from their names (the surface declares
 * their types): `"lpf=cutoff gain"` gives `pat.lpf(x)`, which sets `cutoff`, and `pat.gain(x)`.
 * One loop instead of a method body a control keeps the performer's realm small.
 * @example
 * controlMethods('gain lpf=cutoff').prototype
 */
export function controlMethods(forms: string): MethodClass {
  const keys = new Map(forms.split(' ').map((form) => {
    const [name = form, key = name] = form.split('=');
    return [name, key] as const;
  }));
  // The table's names: each a control's key (the types are checked where they are declared).
  return namedMethods([...keys.keys()], (name) => {
    const control = keys.get(name) as ControlName;
    return function (this: Pattern<unknown>, x?: unknown): Pattern<Controls> {
      return setControl(control, x as ControlArg<ControlName> | undefined, this);
    };
  });
}

/**
 * The methods that give their pattern back whatever their arguments (tagged `@inert`: Strudel's
 * visuals and outputs, which weft's evaluator reads where they are written).
 * @example
 * inertMethods('pianoroll _pianoroll').prototype
 */
export function inertMethods(names: string): MethodClass {
  return namedMethods(names.split(' '), () =>
    function (this: Pattern<unknown>): Pattern<unknown> {
      return this;
    });
}
