/**
 * Mixing classes of methods into `Pattern` (TypeScript's mixin pattern): the generated surface
 * (src/pattern/surface/) declares `Pattern` to extend its method classes, and installs their
 * members on `Pattern.prototype` once, when it loads.
 */

/** A class whose prototype holds methods (abstract classes too). */
export interface MethodClass {
  readonly prototype: object;
}

/** Copies every member of the mixins' prototypes onto the target's; a name given twice is a bug. */
export function installMethods(target: MethodClass, mixins: readonly MethodClass[]): void {
  for (const mixin of mixins) {
    for (const [name, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(mixin.prototype))) {
      if (name === 'constructor') continue;
      if (Object.hasOwn(target.prototype, name)) throw new Error(`two pattern methods are named ${name}`);
      Object.defineProperty(target.prototype, name, descriptor);
    }
  }
}
