// Evaluating with Sucrase at hand for TypeScript's types: what the command line, the bounce
// renderer and Node use. The performer realm calls evaluate.ts's own `evaluate`, and loads
// Sucrase only after the first sound (see stripper.ts).
import { evaluate as evaluateCode, type EvaluateOptions, type Evaluation } from './evaluate.ts';
import { sucraseStripper } from './strip-types.ts';

/** Evaluates performer code (see evaluate.ts), with Sucrase to strip types unless `options.types` says otherwise. */
export function evaluate(code: string, options: EvaluateOptions = {}): Evaluation {
  return evaluateCode(code, { types: sucraseStripper, ...options });
}
