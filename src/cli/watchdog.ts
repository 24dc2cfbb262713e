/**
 * The command line's last line of defence against code that hangs where no loop guard or event
 * cap sees it (inside a builtin, say): the synchronous work runs through `node:vm` with a timeout,
 * which interrupts JavaScript wherever it is, weft's own code included.
 */
import { createContext, runInContext } from 'node:vm';

/** How long a command may compute by default before it gives up, in seconds. */
export const DEFAULT_TIMEOUT = 60;

/** The work of a command took longer than its time limit and was stopped. */
export class CommandTimeout extends Error {
  override readonly name = 'CommandTimeout';
  readonly seconds: number;

  constructor(seconds: number) {
    super(`gave up after ${seconds} s: the code took too long to evaluate or play (use --timeout to allow more)`);
    this.seconds = seconds;
  }
}

/**
 * Runs `f` and returns what it returns, unless it runs for more than `seconds`: then it is stopped
 * and a {@link CommandTimeout} is thrown. Only the synchronous part of `f` is timed (for an async
 * function, until its first `await`).
 */
export function withTimeout<T>(seconds: number, f: () => T): T {
  const context = createContext({ f });
  try {
    return runInContext('f()', context, { timeout: Math.max(1, Math.round(seconds * 1000)) }) as T;
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new CommandTimeout(seconds);
    throw error;
  }
}

/** The value of `--timeout`: a positive number of seconds. */
export function timeoutSeconds(text: string | undefined): number {
  if (text === undefined) return DEFAULT_TIMEOUT;
  const seconds = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || !(seconds > 0)) throw new Error(`--timeout needs a positive number of seconds, not "${text}"`);
  return seconds;
}
