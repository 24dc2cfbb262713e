/** Stack traces deep enough to find the performer's frame under the DSL's own. */

/**
 * Calls `f` with deeper stack traces, so that the performer's frame is still in the stack of an
 * error thrown deep inside the DSL (V8 keeps 10 frames by default).
 */
export function withDeepStacks<T>(f: () => T): T {
  const saved = Error.stackTraceLimit;
  Error.stackTraceLimit = Math.max(saved, 200);
  try {
    return f();
  } finally {
    Error.stackTraceLimit = saved;
  }
}
