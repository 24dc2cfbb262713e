/**
 * What every `weft` command shares: where it reads and writes, its exit codes, reading the
 * performer's code and the `--cycles` option.
 */
import { readFile } from 'node:fs/promises';
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

/** The message of anything thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
