/** What every `weft` command shares: where it reads and writes, and its exit codes. */

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
