// The evaluation layer's public surface: running performer code into a pattern.
export { evaluate } from './typescript.ts';
export { DEFAULT_CPS, EVALUATOR_NAMES, type Block, type Evaluation, type EvaluateOptions, type EvaluatorName } from './evaluate.ts';
export { NeedsTypeStripper, type TypeStripper } from './stripper.ts';
export { sucraseStripper } from './strip-types.ts';
export { EvalError, lineColumn, type LineColumn } from './errors.ts';
export { LoopGuard, LoopError, CHECK_EVERY, formatDuration } from './guard.ts';
export { evaluationBudget, hardEvaluationLimit, BASE_BUDGET, BUDGET_PER_KB } from './budget.ts';
export { MAX_NESTING, MAX_CHAIN, MAX_RUN, MAX_DEPTH } from './parse.ts';
export { messageOf, describe } from './messages.ts';
export { dslScope, type Scope } from './scope.ts';
export { withDeepStacks } from './run.ts';
export type { VisualRequest, VisualOptions, EvaluationWarning } from './located-calls.ts';
export { midiInKey, type MidiInRequest, type MidiInValue, type MidiInValues, type MidiInKind, type MidiInput } from './midi-in.ts';
export { declaredCps, TEMPO_CALLS, type TempoCall } from './tempo.ts';
