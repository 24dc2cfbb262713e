// The evaluation layer's public surface: running performer code into a pattern.
export { evaluate, DEFAULT_CPS, type Block, type Evaluation, type EvaluateOptions } from './evaluate.ts';
export { EvalError, lineColumn, type LineColumn } from './errors.ts';
export { dslScope, type Scope } from './scope.ts';
export { withDeepStacks } from './run.ts';
