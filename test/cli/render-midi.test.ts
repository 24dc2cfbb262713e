// `weft render --midi`, run as a person would (`node bin/weft.js render ... --midi out.mid`), and
// the file read back by a MIDI-file library (@tonejs/midi), as a DAW would read it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import tonejs from '@tonejs/midi';
import { parseMidi } from 'midi-file';
import { describe, expect, it } from 'vitest';

const { Midi } = tonejs;
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/weft.js');
const dir = mkdtempSync(join(tmpdir(), 'weft-render-midi-'));

function weft(args: string[], input: string): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, timeout: 20_000 });
  return { status: r.status, stderr: r.stderr.toString('utf8') };
}

const SONG = [
  'setcps(0.5)',
  '$: note("c4 [e4 g4] ~ c5").velocity("0.5 1").midichan(2).midi("Keys")',
  '$: ccn(74).ccv("<0 1>").progNum(7).midichan(3).midi("FX")',
  '$: s("bd*4")',
].join('\n');

describe('weft render --midi', () => {
  it('writes the .midi() events as a Standard MIDI File that a MIDI-file library reads back with the same notes', () => {
    const out = join(dir, 'song.mid');
    const r = weft(['render', '--cycles', '2', '--midi', out], SONG);
    expect(r.stderr).toBe(`${out}: 8 MIDI notes from 10 .midi() events\n`);
    expect(r.status).toBe(0);
    const midi = new Midi(readFileSync(out));
    // Four beats a cycle at 0.5 cps: 120 BPM.
    expect(midi.header.tempos.map((t) => Math.round(t.bpm))).toEqual([120]);
    const keys = midi.tracks.find((t) => t.name === 'Keys')!;
    expect(keys.channel).toBe(1);
    expect(keys.notes.map((n) => [n.name, n.time, n.duration, Math.round(n.velocity * 127)])).toEqual([
      ['C4', 0, 0.5, 64], ['E4', 0.5, 0.25, 64], ['G4', 0.75, 0.25, 64], ['C5', 1.5, 0.5, 127],
      ['C4', 2, 0.5, 64], ['E4', 2.5, 0.25, 64], ['G4', 2.75, 0.25, 64], ['C5', 3.5, 0.5, 127],
    ]);
    // On the beat grid: a cycle is a bar of four beats.
    expect(keys.notes.map((n) => n.ticks)).toEqual([0, 480, 720, 1440, 1920, 2400, 2640, 3360]);
    const fx = midi.tracks.find((t) => t.name === 'FX')!;
    expect(fx.instrument.number).toBe(7);
    // Its channel, from the file's events themselves (the other library reads them raw).
    const raw = parseMidi(readFileSync(out)).tracks.flat().filter((e) => e.type === 'programChange' || e.type === 'controller');
    expect(raw.map((e) => ('channel' in e ? e.channel : -1))).toEqual([2, 2, 2, 2]);
    expect((fx.controlChanges[74] ?? []).map((c) => [c.time, c.value])).toEqual([[0, 0], [2, 1]]);
    // The drums play in weft's sound, not in the file.
    expect(midi.tracks.every((t) => t.name === 'Keys' || t.name === 'FX' || t.notes.length === 0)).toBe(true);
  });

  it('writes the tempo changes, warns about what a file cannot hold, and says when the code sends nothing to MIDI', () => {
    const out = join(dir, 'changes.mid');
    const r = weft(['render', '--cycles', '2', '--midi', out], 'note("c4").cps("<0.5 1>").midi()\n');
    expect(r.status).toBe(0);
    const midi = new Midi(readFileSync(out));
    expect(midi.header.tempos.map((t) => [t.ticks, Math.round(t.bpm)])).toEqual([[0, 120], [1920, 240]]);
    expect(midi.tracks.flatMap((t) => t.notes.map((n) => [n.ticks, n.time]))).toEqual([[0, 0], [1920, 2]]);

    const clock = weft(['render', '--midi', join(dir, 'clock.mid')], 'midicmd("clock*4").midi()\n');
    expect(clock.stderr).toMatch(/^warning: midicmd messages \(clock, start, stop, continue\) have no place in a MIDI file/);
    const none = weft(['render', '--midi', join(dir, 'none.mid')], 's("bd")\n');
    expect(none.stderr).toMatch(/0 MIDI notes from 0 \.midi\(\) events \(the code sends nothing to MIDI: add \.midi\(\) to a pattern\)/);
    const bad = weft(['render', '--cycles', '1', '--midi', join(dir, 'bad.mid')], 'note("c4*4").midichan(20).midi()\n');
    // Said once, at the note of the events, however many there are.
    expect(bad.stderr).toMatch(/^warning: 1:7: midichan must be a whole number from 1 to 16, got 20\n[^\n]*0 MIDI notes from 4 \.midi\(\) events\n$/);
  });
});
