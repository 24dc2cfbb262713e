/**
 * The `weft` command: `weft events` prints the events of performer code as JSON lines;
 * `weft render` renders it to a WAV file; `weft osc-bridge` sends the page's `.osc()` events to
 * SuperDirt; `weft serve` serves the app and its rooms (ensembles, classrooms).
 */
import { parseArgs } from 'node:util';
import { evaluate, EvalError, lineColumn, messageOf as describeThrown, withDeepStacks, type Evaluation } from '../eval/index.ts';
import { LIMITS } from '../app/room/protocol.ts';
import type { Pattern } from '../pattern/pattern.ts';
import type { Rational } from '../pattern/rational.ts';
import { codeError, EXIT_CODE_ERROR, EXIT_OK, EXIT_USAGE, messageOf, positiveCycles, readCode, type CommandIO } from './command-io.ts';
import { countEvents, patternEvents, type EventRecord } from './events.ts';
import { oscBridge } from './osc-bridge.ts';
import { render } from './render.ts';
import { timeoutSeconds, withTimeout } from './watchdog.ts';

export { EXIT_CODE_ERROR, EXIT_OK, EXIT_USAGE, type CommandIO } from './command-io.ts';

/** How long (ms) loops in pattern functions may run while `weft events` queries the events. */
export const QUERY_BUDGET = 3000;

export const HELP = `weft — live-coding patterns

Usage:
  weft events [FILE] [--cycles N] [--count] [--timeout S]
      Evaluates performer code from FILE (or standard input, also with FILE "-") and prints its
      events for cycles [0, N) as JSON lines, sorted by part begin:
        {"whole":["1/3","2/3"],"part":["1/3","2/3"],"value":{...}}
      "whole" is null for continuous values; times are exact fractions "n/d".
      --cycles N   how many cycles (default 1; may be a fraction such as 3/2)
      --count      print only the number of events
      --timeout S  give up after S seconds of evaluating and querying (default 60)
  weft render [FILE] --out OUT.wav [--midi OUT.mid] [--cycles N] [--sample-rate HZ] [--float] [--timeout S]
      Renders performer code from FILE (or standard input) offline, with the same sound engine
      that plays in the browser: N cycles at the code's cps (setcps; default 0.5), cycle 0 at
      sample 0, then the tails of the last sounds (releases, echoes, reverb) until the output
      stays under -90 dBFS (at most 20 s). Writes a stereo WAV file; prints a one-line summary
      (length, events, peak level) on standard error. Sample files named by samples(...) are
      read relative to FILE's directory (the working directory for standard input), or fetched
      for http(s) URLs; only WAV files, and only those the events play.
      --out FILE         the WAV file to write ("-" for standard output)
      --midi FILE        also (or only) a Standard MIDI File of the events sent with .midi(),
                         one track per MIDI port, four beats a cycle, tempo changes included
      --cycles N         how many cycles (default 4; may be a fraction such as 3/2)
      --sample-rate HZ   default 48000
      --float            32-bit float samples instead of 16-bit integers
      --timeout S        give up after S seconds of evaluating and scheduling (default 60)
      At most 10 minutes are rendered at 48000 Hz (proportionally less at higher rates).
      An event the engine cannot play (e.g. a NaN control) is skipped with a warning
      "warning: line:column: message"; the rest is rendered.
  weft osc-bridge [--port P] [--target HOST:PORT]
      Sends the events of code that uses .osc() in the weft page of this browser to SuperDirt
      (or another OSC engine on this computer), as timetagged /dirt/play bundles over UDP: the
      page connects to it on a WebSocket of 127.0.0.1 (browsers cannot send UDP). Prints a line
      when a page connects or disconnects; runs until Ctrl+C.
      --port P            the WebSocket's port on 127.0.0.1 (default 57121, where the page looks)
      --target HOST:PORT  where OSC goes (default 127.0.0.1:57120, SuperDirt's); this computer only
  weft serve [--port N] [--host H] [--secret S] [--redis URL] [--open] [--app DIR]
      Serves the app and its rooms (shared code for an ensemble or a classroom) on one port,
      and prints the URL; runs until Ctrl+C. The page's room button makes a room and gives two
      links: one that edits (it carries the room's key) and one that only follows. The app is
      the repository's build (dist/), made first with npm run build when the sources changed.
      --port N          default 4321 (0: any free port)
      --host H          default 127.0.0.1 (this computer only); 0.0.0.0 for a classroom's network
      --secret S        the secret of the rooms' keys (or env WEFT_ROOM_SECRET; 16+ characters).
                        Without it each run makes a random one: links stop working after a
                        restart, and several processes need the same secret to share rooms
      --redis URL       share the rooms with the other processes on this Redis (redis://host:port)
      --open            everyone in a room may edit it, key or not
      --app DIR         serve the app built in DIR instead
      --document-bytes N, --messages-per-second N, --message-burst N
                        a room's limits (default ${LIMITS.documentBytes}, ${LIMITS.messagesPerSecond}, ${LIMITS.messageBurst}): a client sending
                        faster is cut off; an edit that would grow the room past N bytes is refused
  weft --help      this text

Errors in the code are printed as "FILE:line:column: message" ("line:column: message" for
standard input) with exit status 1; usage errors exit with status 2. A loop in the code is
stopped after about 1 s at the top level (more for long code), or after ${QUERY_BUDGET / 1000} s in a pattern
function while the events are queried.
`;

/** Runs the command with `args` (without `node` and the script); resolves to the exit code. */
export async function main(args: readonly string[], io: CommandIO = processIO()): Promise<number> {
  try {
    return await run(args, io);
  } catch (error) {
    // Whatever went wrong, a message and a status, never a stack trace.
    io.stderr(`weft: ${messageOf(error)}\n`);
    return EXIT_CODE_ERROR;
  }
}

async function run(args: readonly string[], io: CommandIO): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(HELP);
    return command === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (command === 'events') return events(rest, io);
  if (command === 'render') return render(rest, io);
  if (command === 'osc-bridge') return oscBridge(rest, io, untilSignal());
  // The room server's packages (Hocuspocus, Yjs) load only for it.
  if (command === 'serve') return (await import('./serve.ts')).serve(rest, io, untilSignal());
  io.stderr(`weft: unknown command "${command}" (try weft --help)\n`);
  return EXIT_USAGE;
}

interface EventOptions {
  readonly cycles: Rational;
  readonly count: boolean;
  readonly file: string | undefined;
  readonly timeout: number;
}

async function events(args: readonly string[], io: CommandIO): Promise<number> {
  let options: EventOptions;
  try {
    options = eventOptions(args);
  } catch (error) {
    io.stderr(`weft events: ${messageOf(error)}\n`);
    return EXIT_USAGE;
  }
  let code: string;
  try {
    code = await readCode(options.file, io);
  } catch (error) {
    io.stderr(`weft events: cannot read ${options.file ?? 'standard input'}: ${messageOf(error)}\n`);
    return EXIT_USAGE;
  }

  let evaluation: Evaluation | undefined;
  try {
    const output = withTimeout(options.timeout, () => {
      const evaluated = evaluate(code);
      evaluation = evaluated;
      // --count counts the haps of the same query: no records are built, formatted or sorted.
      const query = (pattern: Pattern<unknown>): EventRecord[] | number =>
        evaluated.guard.within(QUERY_BUDGET, () =>
          withDeepStacks(() => (options.count ? countEvents(pattern, 0, options.cycles) : patternEvents(pattern, 0, options.cycles))),
        );
      try {
        return query(evaluated.pattern);
      } catch (error) {
        throw blameBlock(code, evaluated, error, query);
      }
    });
    io.stdout(typeof output === 'number' ? `${output}\n` : output.map((e) => `${JSON.stringify(e)}\n`).join(''));
    // What the code asks for that the command line neither hears nor draws (visuals draw nothing here).
    for (const { message, at } of evaluation?.warnings ?? []) {
      const { line, column } = lineColumn(code, at.start);
      const name = options.file === undefined || options.file === '-' ? '' : `${options.file}:`;
      io.stderr(`${name}${line}:${column}: warning: ${message}\n`);
    }
    return EXIT_OK;
  } catch (error) {
    io.stderr(`${codeError(error, options.file, evaluation)}\n`);
    return EXIT_CODE_ERROR;
  }
}

/**
 * A query error that no frame of the code places (one thrown deep inside weft, such as a stack
 * overflow on a pattern built too deep) is placed at the first block whose own query throws it.
 */
function blameBlock(code: string, evaluation: Evaluation, error: unknown, query: (pattern: Pattern<unknown>) => unknown): unknown {
  if (evaluation.locate(error) !== undefined) return error;
  for (const block of evaluation.blocks) {
    if (block.muted) continue;
    try {
      query(block.pattern);
    } catch (own) {
      return evaluation.locate(own) ?? new EvalError(describeThrown(own), code, block.from, block.to, { cause: own });
    }
  }
  return error;
}

function eventOptions(args: readonly string[]): EventOptions {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { cycles: { type: 'string', short: 'n' }, count: { type: 'boolean' }, timeout: { type: 'string' } },
  });
  if (positionals.length > 1) throw new Error(`expected one file, got ${positionals.length}`);
  return {
    cycles: positiveCycles(values.cycles ?? '1'),
    count: values.count ?? false,
    file: positionals[0],
    timeout: timeoutSeconds(values.timeout),
  };
}

/** Aborts at the first SIGINT or SIGTERM (the bridge's way to stop). */
function untilSignal(): AbortSignal {
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return controller.signal;
}

function processIO(): CommandIO {
  return {
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    stdout: (text) => process.stdout.write(text),
    stdoutBytes: (bytes) => process.stdout.write(bytes),
    stderr: (text) => process.stderr.write(text),
  };
}
