/**
 * `weft render`: performer code to a WAV file, offline, with the engine that plays live
 * (through the app's {@link bounce}).
 */
import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bounceWithSamples, DEFAULT_SAMPLE_RATE, formatWarning, type Bounce } from '../app/bounce.ts';
import { midiFile } from '../app/midi/midi-file.ts';
import { lineColumn } from '../eval/index.ts';
import type { Rational } from '../pattern/index.ts';
import { codeError, EXIT_CODE_ERROR, EXIT_OK, EXIT_USAGE, messageOf, positiveCycles, readCode, type CommandIO } from './command-io.ts';
import { fileSamples } from './sample-files.ts';
import { timeoutSeconds, withTimeout } from './watchdog.ts';

/** What `weft render` was asked for. */
export interface RenderOptions {
  readonly file: string | undefined;
  /** The WAV file (undefined: none, when only a MIDI file is asked for). */
  readonly out: string | undefined;
  /** The Standard MIDI File of the `.midi()` events, if asked for. */
  readonly midi: string | undefined;
  readonly cycles: Rational;
  readonly sampleRate: number;
  readonly float: boolean;
  /** Seconds of evaluating and scheduling before the command gives up. */
  readonly timeout: number;
}

/** Runs `weft render` with `args` (after the command name); resolves to the exit code. */
export async function render(args: readonly string[], io: CommandIO): Promise<number> {
  let options: RenderOptions;
  try {
    options = renderOptions(args);
  } catch (error) {
    io.stderr(`weft render: ${messageOf(error)}\n`);
    return EXIT_USAGE;
  }
  let code: string;
  try {
    code = await readCode(options.file, io);
  } catch (error) {
    io.stderr(`weft render: cannot read ${options.file ?? 'standard input'}: ${messageOf(error)}\n`);
    return EXIT_USAGE;
  }

  // Sample paths in the code are relative to its file (or to the working directory for stdin).
  const file = options.file === '-' ? undefined : options.file;
  const samples = fileSamples(file === undefined ? process.cwd() : dirname(resolve(file)));
  let result: Bounce;
  try {
    const settings = { cycles: options.cycles, sampleRate: options.sampleRate, format: options.float ? 'float32' : 'pcm16' } as const;
    // Evaluating and scheduling happen before the bounce's first await: that is what is timed.
    result = await withTimeout(options.timeout, () => bounceWithSamples(code, settings, samples));
  } catch (error) {
    io.stderr(`${codeError(error, options.file)}\n`);
    return EXIT_CODE_ERROR;
  }
  for (const warning of result.warnings) io.stderr(`warning: ${formatWarning(warning)}\n`);
  if (options.midi !== undefined) {
    const written = await writeMidiFile(options.midi, code, result, io);
    if (written !== EXIT_OK) return written;
  }
  if (options.out === undefined) return EXIT_OK;

  try {
    if (options.out === '-') {
      if (io.stdoutBytes === undefined) throw new Error('this output cannot take binary data');
      io.stdoutBytes(result.wav);
    } else {
      await writeFile(options.out, result.wav);
    }
  } catch (error) {
    io.stderr(`weft render: cannot write ${options.out === '-' ? 'standard output' : options.out}: ${messageOf(error)}\n`);
    return EXIT_USAGE;
  }
  io.stderr(`${summary({ ...options, out: options.out }, result)}\n`);
  return EXIT_OK;
}

/** Writes the `.midi()` events of `result` as a Standard MIDI File, with its warnings and a summary line. */
async function writeMidiFile(path: string, code: string, result: Bounce, io: CommandIO): Promise<number> {
  const file = midiFile(result.events, result.tempo);
  for (const warning of file.warnings) {
    const first = warning.locations[0];
    const at = first === undefined ? '' : (({ line, column }) => `${line}:${column}: `)(lineColumn(code, first.start));
    io.stderr(`warning: ${at}${warning.message}\n`);
  }
  try {
    if (path === '-') {
      if (io.stdoutBytes === undefined) throw new Error('this output cannot take binary data');
      io.stdoutBytes(file.bytes);
    } else {
      await writeFile(path, file.bytes);
    }
  } catch (error) {
    io.stderr(`weft render: cannot write ${path === '-' ? 'standard output' : path}: ${messageOf(error)}\n`);
    return EXIT_USAGE;
  }
  const events = result.events.filter((e) => e.controls.output === 'midi').length;
  io.stderr(`${path === '-' ? 'stdout' : path}: ${file.notes} MIDI note${file.notes === 1 ? '' : 's'} from ${events} .midi() event${events === 1 ? '' : 's'}${events === 0 ? ' (the code sends nothing to MIDI: add .midi() to a pattern)' : ''}\n`);
  return EXIT_OK;
}

/**
 * The one-line summary, e.g.
 * `out.wav: 9.25 s (4 cycles at 0.5 cps + 1.25 s tail), 48000 Hz, 16 events, peak -3.1 dBFS`.
 */
export function summary(options: RenderOptions & { readonly out: string }, result: Bounce): string {
  const name = options.out === '-' ? 'stdout' : options.out;
  const cycles = options.cycles.toString().replace(/\/1$/, '');
  const peak = result.peak > 0 ? `${result.peakDb.toFixed(1)} dBFS` : 'silent';
  const warned = result.warnings.length > 0 ? `, ${result.warnings.length} warning${result.warnings.length > 1 ? 's' : ''}` : '';
  return (
    `${name}: ${result.duration.toFixed(2)} s (${cycles} cycle${cycles === '1' ? '' : 's'} at ${round(result.cps)} cps` +
    ` + ${result.tail.toFixed(2)} s tail), ${result.sampleRate} Hz, ${result.events.length} event${result.events.length === 1 ? '' : 's'},` +
    ` peak ${peak}${warned}`
  );
}

function renderOptions(args: readonly string[]): RenderOptions {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      cycles: { type: 'string', short: 'n' },
      out: { type: 'string', short: 'o' },
      midi: { type: 'string' },
      'sample-rate': { type: 'string', short: 'r' },
      float: { type: 'boolean' },
      timeout: { type: 'string' },
    },
  });
  if (positionals.length > 1) throw new Error(`expected one file, got ${positionals.length}`);
  if ((values.out === undefined || values.out === '') && (values.midi === undefined || values.midi === '')) {
    throw new Error('--out FILE is needed (the WAV file to write; "-" for standard output), or --midi FILE (a MIDI file)');
  }
  if (values.out === '-' && values.midi === '-') throw new Error('only one of --out and --midi can go to standard output');
  return {
    file: positionals[0],
    out: values.out === '' ? undefined : values.out,
    midi: values.midi === '' ? undefined : values.midi,
    cycles: positiveCycles(values.cycles ?? '4'),
    sampleRate: sampleRate(values['sample-rate']),
    float: values.float ?? false,
    timeout: timeoutSeconds(values.timeout),
  };
}

function sampleRate(text: string | undefined): number {
  if (text === undefined) return DEFAULT_SAMPLE_RATE;
  const rate = Number(text);
  if (!/^\d+$/.test(text) || rate < 3000 || rate > 384000) {
    throw new Error(`--sample-rate needs a whole number of hertz from 3000 to 384000, not "${text}"`);
  }
  return rate;
}

function round(x: number): string {
  return String(Math.round(x * 1000) / 1000);
}
