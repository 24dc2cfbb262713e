// Code that used to hang or crash the command: every case exits within 10 s, with status 1 and
// one located line "FILE:line:column: message", run as a person would (`node bin/weft.js ...`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as patternLayer from '../../src/pattern/index.ts';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/weft.js');
const dir = mkdtempSync(join(tmpdir(), 'weft-blowups-'));

// TODO(caps): the event caps and query budgets of the pattern layer (issue 9) turn these into
// located errors; until `BudgetError` is exported from src/pattern they are skipped.
const capsLanded = 'BudgetError' in patternLayer;

interface Run {
  readonly status: number | null;
  readonly stderr: string;
  readonly ms: number;
}

/** Runs `weft <command> FILE ...` on `code` written to a file. */
function weft(command: 'events' | 'render', code: string, ...args: string[]): Run {
  const file = join(dir, 'set.ts');
  writeFileSync(file, code);
  const out = command === 'render' ? ['--out', join(dir, 'out.wav')] : ['--count'];
  const start = performance.now();
  const r = spawnSync(process.execPath, [bin, command, file, ...out, ...args], { cwd: root, encoding: 'utf8', timeout: 20_000 });
  return { status: r.status, stderr: r.stderr, ms: performance.now() - start };
}

/** Expects a quick exit with status 1 and one line placed in the file: `set.ts:LINE:COL: message`. */
function expectLocated(run: Run, line: number, message: RegExp): void {
  expect(run.ms, 'exits within 10 s').toBeLessThan(10_000);
  expect(run.status).toBe(1);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines, 'one line, no stack trace').toHaveLength(1);
  const found = /^(.*):(\d+):(\d+): (.*)$/.exec(lines[0] ?? '');
  expect(found?.[1]).toBe(join(dir, 'set.ts'));
  expect(Number(found?.[2])).toBe(line);
  expect(found?.[4]).toMatch(message);
}

const PLAYING = '$: s("hh*4")\n';

describe('weft events and render on code that blows up', () => {
  it('report a loop at the top level at the loop', () => {
    expectLocated(weft('events', `${PLAYING}while (true) {}`), 2, /this loop ran for more than 1 s/);
    expectLocated(weft('render', `${PLAYING}while (true) {}`), 2, /this loop ran for more than 1 s/);
  });

  it('report a loop in a pattern function at the loop, while querying', () => {
    const code = `${PLAYING}$: s("bd").fmap((x) => { while (true) {} })`;
    expectLocated(weft('events', code), 2, /this loop ran for more than 3 s/);
    expectLocated(weft('render', code), 2, /this loop ran for more than 3 s/);
  });

  it('report setcps(1e-9) at the call: render no longer crashes on it', () => {
    expectLocated(weft('events', `${PLAYING}setcps(1e-9)`), 2, /setcps\(1e-9\): weft plays between 0.001 and 100 cycles per second/);
    expectLocated(weft('render', `${PLAYING}setcps(1e-9)`), 2, /setcps\(1e-9\): weft plays between/);
  });

  it('refuses a render of absurd length with a clear message instead of crashing', () => {
    const run = weft('render', 'setcps(0.001)\n$: s("bd")', '--cycles', '1000');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^.*set\.ts: error: this render would last 1000000 s \(1000 cycles at 0.001 cps\): weft renders up to 600 s at 48000 Hz; render fewer cycles\n$/);
  });

  it('report a thrown error with its message and place, without a stack trace', () => {
    expectLocated(weft('events', `${PLAYING}throw new Error("boom")`), 2, /^boom$/);
    expectLocated(weft('events', `${PLAYING}$: s("bd").fmap(() => { throw 5 })`), 2, /the code threw the number 5/);
  });

  it('place an error that no line of the code throws at the block whose query throws it', () => {
    const code = `${PLAYING}let p = s("bd")\nfor (let i = 0; i < 100000; i++) p = p.fast(1)\n$: p`;
    expectLocated(weft('events', code), 4, /Maximum call stack size exceeded/);
  });

  // Caps of the pattern layer: each asks for 10^8 or more events a cycle.
  const huge: [string, string][] = [
    ['mini-notation *', '$: s("bd*100000000")'],
    ['fast', '$: s("bd").fast(1e9)'],
    ['ply', '$: s("bd").ply(1e9)'],
    ['a .. range', '$: n("0 .. 1e8")'],
    ['segment', '$: s("bd").segment(1e9)'],
  ];
  for (const [what, block] of huge) {
    it.skipIf(!capsLanded)(`report a cap on events (${what}) at the block, in events and render`, () => {
      expectLocated(weft('events', `${PLAYING}${block}`), 2, /.+/);
      expectLocated(weft('render', `${PLAYING}${block}`), 2, /.+/);
    });
  }
});

describe('weft --timeout', () => {
  it('stops code that hangs where no guard sees it, with a message and status 1', () => {
    // A builtin working through an enormous array: no loop of the code runs, nothing is capped.
    const run = weft('events', 'const a = new Array(3e7).fill(0)\nfor (let i = 0; i < 50; i++) a.sort()\n$: s("bd")', '--timeout', '2');
    expect(run.ms).toBeLessThan(10_000);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/gave up after 2 s/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a timeout that is not a positive number', () => {
    expect(weft('events', 's("bd")', '--timeout', '0').status).toBe(2);
    expect(weft('events', 's("bd")', '--timeout', 'x').status).toBe(2);
  });
});
