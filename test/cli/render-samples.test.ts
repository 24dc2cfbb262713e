// `weft render` with samples: files next to the code, and URLs fetched over HTTP.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWav } from '../audio/wav-fixture.ts';
import { decodeWav } from '../app/wav.ts';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/weft.js');
const dir = mkdtempSync(join(tmpdir(), 'weft-samples-'));
const SR = 8000;

/** 0.1 s of a tone at `frequency`, starting at its peak. */
const tone = (frequency: number): Float32Array =>
  Float32Array.from({ length: SR / 10 }, (_, i) => 0.5 * Math.cos((2 * Math.PI * frequency * i) / SR));

/** Runs weft without blocking this process (which serves the HTTP samples). */
function weft(args: string[], cwd = root): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (status) => done({ status, stderr }));
  });
}

/** The frames where the left channel is louder than 0.05 after being quiet for 400 frames. */
function onsets(left: Float32Array): number[] {
  const found: number[] = [];
  let quiet = 400;
  for (let i = 0; i < left.length; i++) {
    if (Math.abs(left[i]!) > 0.05) {
      if (quiet >= 400) found.push(i);
      quiet = 0;
    } else quiet++;
  }
  return found;
}

let server: Server;
let base: string;
const served: string[] = [];

beforeAll(async () => {
  const far = makeWav([tone(500)], SR);
  server = createServer((request, response) => {
    served.push(request.url ?? '');
    if (request.url === '/far.wav') response.writeHead(200, { 'content-type': 'audio/wav' }).end(far);
    else response.writeHead(404).end();
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(() => new Promise<void>((closed) => server.close(() => closed())));

describe('weft render with samples', () => {
  it('reads sample files relative to the code file and fetches http URLs', async () => {
    mkdirSync(join(dir, 'sounds'), { recursive: true });
    writeFileSync(join(dir, 'sounds', 'kick 1.wav'), makeWav([tone(100), tone(100)], SR, { bits: 24 }));
    const code = `samples({ kick: 'sounds/kick%201.wav', far: '${base}far.wav' })\ns("kick far ~ kick")\n`;
    writeFileSync(join(dir, 'song.ts'), code);
    const out = join(dir, 'song.wav');
    // Run from elsewhere: the paths are the code file's, not the working directory's.
    const r = await weft(['render', join(dir, 'song.ts'), '--cycles', '1', '--out', out, '-r', String(SR)], tmpdir());
    expect(r.stderr).not.toMatch(/warning/);
    expect(r.status).toBe(0);
    expect(served).toEqual(['/far.wav']);
    const wav = decodeWav(readFileSync(out));
    // cps 0.5: a cycle is 2 s, so the four steps start 0.5 s apart.
    expect(onsets(wav.left)).toEqual([0, SR / 2, (3 * SR) / 2]);
  });

  it('warns with line:column about a file it cannot read, and renders the rest', async () => {
    const out = join(dir, 'missing.wav');
    writeFileSync(join(dir, 'ok.wav'), makeWav([tone(200)], SR));
    const code = `samples({ ok: 'ok.wav', gone: 'gone.wav', away: '${base}away.wav' })\n$: s("ok gone away")\n`;
    writeFileSync(join(dir, 'missing.ts'), code);
    const r = await weft(['render', join(dir, 'missing.ts'), '--cycles', '1', '--out', out, '-r', String(SR)]);
    expect(r.status).toBe(0);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'warning: 2:10: sample "gone" failed to load: no such file: gone.wav',
      `warning: 2:15: sample "away" failed to load: HTTP 404 Not Found for ${base}away.wav`,
    ]);
    expect(onsets(decodeWav(readFileSync(out)).left)).toEqual([0]);
  });
});
