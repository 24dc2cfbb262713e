// `weft render`, run as a person would: `node bin/weft.js render ...` in a child process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bounce } from '../../src/app/bounce.ts';
import { decodeWav } from '../app/wav.ts';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/weft.js');
const dir = mkdtempSync(join(tmpdir(), 'weft-render-'));

interface Result {
  status: number | null;
  stdout: Buffer;
  stderr: string;
}

function weft(args: string[], input = ''): Result {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, timeout: 20_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

// Reverb rings past the last cycle, so the file is N cycles plus a tail.
const SONG = 'setcps(1)\n$: s("bd sd:1 [~ bd] sd").room(0.3)\n$: note("c3 g3").s("sawtooth").lpf(900)\n';

describe('weft render', () => {
  it('writes a WAV file of N cycles plus the tail, at the sample rate asked, and prints a summary', () => {
    const out = join(dir, 'song.wav');
    const r = weft(['render', '--cycles', '2', '--out', out, '--sample-rate', '22050'], SONG);
    expect(r.status).toBe(0);
    const wav = decodeWav(readFileSync(out));
    expect([wav.format, wav.channels, wav.sampleRate, wav.bitsPerSample]).toEqual([1, 2, 22050, 16]);
    const expected = bounce(SONG, { cycles: 2, sampleRate: 22050 });
    expect(expected.tail).toBeGreaterThan(0.1);
    expect(wav.frames).toBe(Math.round((2 + expected.tail) * 22050));
    expect(r.stderr).toMatch(
      new RegExp(`^${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\d+\\.\\d\\d s \\(2 cycles at 1 cps \\+ \\d+\\.\\d\\d s tail\\), 22050 Hz, 12 events, peak -\\d+\\.\\d dBFS\\n$`),
    );
  });

  it('reads a file and writes the same bytes as every other render of the same code', () => {
    const file = join(dir, 'song.ts');
    writeFileSync(file, SONG);
    const out = join(dir, 'a.wav');
    expect(weft(['render', file, '-n', '2', '-o', out, '-r', '8000']).status).toBe(0);
    const again = bounce(SONG, { cycles: 2, sampleRate: 8000 }).wav;
    expect(readFileSync(out).equals(Buffer.from(again))).toBe(true);
  });

  it('writes the WAV to standard output with --out -, 32-bit float with --float', () => {
    const r = weft(['render', '--cycles', '1', '--out', '-', '--sample-rate', '8000', '--float'], 'note("c4 e4")');
    expect(r.status).toBe(0);
    const wav = decodeWav(r.stdout);
    expect([wav.format, wav.sampleRate, wav.bitsPerSample]).toEqual([3, 8000, 32]);
    expect(wav.frames).toBeGreaterThanOrEqual(2 * 8000);
    expect(r.stderr).toMatch(/^stdout: /);
  });

  it('exits 1 with line:col: message for bad code, writing nothing', () => {
    const out = join(dir, 'bad.wav');
    const r = weft(['render', '--out', out], 'note("c4")\n  .s("sine"');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^2:\d+: .+\n$/);
    expect(() => readFileSync(out)).toThrow();
  });

  it('warns with line:col about an event the engine cannot play, and renders the rest', () => {
    const out = join(dir, 'nan.wav');
    const r = weft(['render', '--cycles', '1', '--out', out, '-r', '8000'], '$: note("c4")\n$: note("e4").gain(NaN)');
    expect(r.status).toBe(0);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^warning: 2:10: .*NaN/);
    expect(lines[1]).toMatch(/1 warning$/);
    expect(decodeWav(readFileSync(out)).frames).toBeGreaterThan(0);
  });

  it('exits 2 without --out, and for a bad sample rate', () => {
    const r = weft(['render'], 's("bd")');
    expect([r.status, r.stderr]).toEqual([2, expect.stringMatching(/--out FILE is needed/)]);
    expect(weft(['render', '--out', join(dir, 'x.wav'), '--sample-rate', '44.1k'], 's("bd")').status).toBe(2);
  });
});
