// Helpers shared by the evaluator's tests.
import { evaluate, EvalError } from '../../src/eval/index.ts';

/** The error evaluating `code` throws (fails the test if it throws anything else, or nothing). */
export function errorOf(code: string): EvalError {
  try {
    evaluate(code);
  } catch (error) {
    if (error instanceof EvalError) return error;
    throw new Error(`expected an EvalError, got ${String(error)}`);
  }
  throw new Error('expected an error');
}
