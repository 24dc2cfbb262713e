/**
 * What every `weft` command shares: where it reads and writes, its exit codes, reading the
 * performer's code and the `--cycles` option.
 */
import { readFile } from 'node:fs/promises';
import { EvalError, messageOf as describeThrown, type Evaluation } from '../eval/index.ts';
import { Rational } from '../pattern/rational.ts';

/** Where the command reads and writes; the process's own streams by default. */
export interface CommandIO {
  readonly readStdin: () => Promise<string>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Binary output to standard output (`weft render --out -`), when the output can take it. */
  readonly stdoutBytes?: (bytes: Uint8Array) => void;
}

/** Exit codes: success, an error in the performer code, a usage error. */
export const EXIT_OK = 0;
export const EXIT_CODE_ERROR = 1;
export const EXIT_USAGE = 2;

/** The performer's code: the file's text, or standard input when there is no file or it is `-`. */
export async function readCode(file: string | undefined, io: CommandIO): Promise<string> {
  return file === undefined || file === '-' ? io.readStdin() : readFile(file, 'utf8');
}

/** The value of `--cycles`: a positive whole number, decimal or fraction such as `3/2`. */
export function positiveCycles(text: string): Rational {
  const bad = new Error(`--cycles needs a positive number such as 4 or 3/2, not "${text}"`);
  if (!/^\d+(\/\d+|\.\d+)?$/.test(text)) throw bad;
  let cycles: Rational;
  try {
    cycles = Rational.from(text);
  } catch {
    throw bad;
  }
  if (!cycles.gt(Rational.int(0))) throw bad;
  return cycles;
}

/** The message of anything thrown (never a stack trace, never "[object Object]"). */
export function messageOf(error: unknown): string {
  return describeThrown(error);
}

/**
 * An error of the performer's code as the command prints it: `FILE:line:column: message` when
 * it can be placed (`line:column: message` for standard input), else `FILE: error: message`.
 * `evaluation` places errors thrown after evaluating (while querying).
 */
export function codeError(error: unknown, file: string | undefined, evaluation?: Evaluation): string {
  const name = file === undefined || file === '-' ? '' : `${file}:`;
  const located = error instanceof EvalError ? error : evaluation?.locate(error);
  if (located !== undefined) return `${name}${located.line}:${located.column}: ${located.message}`;
  return `${name === '' ? '' : `${name} `}error: ${messageOf(error)}`;
}
