// The pattern layer's public surface, by concept. The generated surface comes first: it mixes
// the methods into Pattern (surface/index.ts). Modules with internal helpers (core, reify,
// concat, euclid, cycles) are listed name by name; step-count, float-time, ops-values, mixin,
// method-only and control-methods are internal.
export * from './surface/index.ts';
export * from './pattern.ts';

// Time, haps and the primitives.
export * from './rational.ts';
export * from './span.ts';
export * from './hap.ts';
export * from './state.ts';
// Limits: what a query may cost and what arguments weft plays (classes and constants only, so
// that none of the checks becomes a DSL name).
export { QueryBudget, BudgetError, QUERY_BUDGET_PER_CYCLE } from './budget.ts';
export { TimeRangeError } from './errors.ts';
export { ArgumentError, MAX_EVENTS_PER_CYCLE, MAX_SLOWDOWN, MAX_TIME_SHIFT, MAX_NESTING, type ArgCheck } from './limits.ts';
export {
  splitQueries, withQuerySpan, withQueryTime, withHapSpan, withHapTime, withHaps, withHap, filterValues, filterHaps,
  filterOnsets, withLocation, bind, innerBind, outerBind, join, innerJoin, outerJoin, squeezeJoin, squeezeBind,
  compressSpan, focusSpan, compress, focus, fmap, appBoth, appLeft, appRight, rev, type LocationOrder,
} from './core.ts';
export { reify, isPatterned, withArg, patternify, patternify2, type PatternArg } from './reify.ts';
export * from './transform.ts';

// Making patterns, and moving them in time.
export * from './constructors.ts';
export { timeCat, timecat, stepcat, arrange, polymeter, type WeightedArg } from './concat.ts';
export * from './run.ts';
export * from './time.ts';
export { repeatCycles, revv, reset, restart, timeline, seqPLoop, filterWhen, type TimedPattern } from './cycles.ts';
export * from './reset-join.ts';
export * from './steps.ts';
export * from './steps-combine.ts';

// Structure and layering.
export * from './conditional.ts';
export * from './structure.ts';
export { euclid, euclidRot, euclidLegato, euclidLegatoRot } from './euclid.ts';
export * from './rhythm.ts';
export * from './pieces.ts';
export * from './tags.ts';
export * from './layering.ts';
export * from './crossfade.ts';

// Signals and randomness.
export * from './signal.ts';
export * from './signals.ts';
export * from './signals-extra.ts';
export * from './mouse.ts';
export * from './random.ts';
export * from './chance.ts';

// Values: arithmetic, picking, lists, arpeggios, music theory.
export * from './ops.ts';
export * from './pick.ts';
export * from './lists.ts';
export * from './arp.ts';
export * from './theory/index.ts';

// Controls, modulators and sound. The control functions are generated (surface/index.ts above);
// from the controls layer, only the table and its types are DSL (the engine's API is not).
export { CONTROL_TABLE, spreadKeys, type ControlName, type ControlValue, type Controls, type ControlSpec, type ControlKinds, type EngineRole } from '../controls/index.ts';
export * from './controls.ts';
export * from './sources.ts';
export * from './envelopes.ts';
export * from './sysex.ts';
export * from './modulators.ts';
export * from './fx-chain.ts';
export * from './distortion.ts';
export * from './sampling.ts';
export * from './scrub.ts';
export * from './ribbon.ts';
export * from './playback.ts';
