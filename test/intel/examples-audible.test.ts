/**
 * Every reference example and every tutorial step is heard without the network, or its mark says
 * why not (src/intel/example-marks.ts, shown beside the example in the Learn panel). Each is
 * rendered offline, as `weft render` would with no network: the General MIDI instruments from the
 * SoundFont weft ships, and every file a `samples(...)` call names failing to load.
 */
import { describe, expect, it } from 'vitest';
import { bounce, bounceWithSamples, type Bounce, type BounceSamples } from '../../src/app/bounce.ts';
import { generalMidi } from '../../src/cli/general-midi.ts';
import { EXAMPLE_MARKS, exampleId } from '../../src/intel/example-marks.ts';
import { TUTORIAL } from '../../src/intel/tutorial.ts';
import { generated } from './helpers.ts';

/** Heard: a peak above -50 dBFS. */
const AUDIBLE = 10 ** (-50 / 20);
const CYCLES = 2;

const requested: string[] = [];
const offline: BounceSamples = {
  instruments: generalMidi(),
  read(url) {
    requested.push(url);
    return Promise.reject(new Error(`offline: ${url}`));
  },
};

/**
 * The render: quickly, at a low rate and with no files; when that one is quiet, again at a
 * higher rate (a filter above the low rate's Nyquist frequency would silence it) with the
 * instruments weft ships and the files the code names (which fail: offline).
 */
async function render(code: string): Promise<Bounce> {
  const quick = bounce(code, { cycles: CYCLES, sampleRate: 8000 });
  return quick.peak > AUDIBLE ? quick : bounceWithSamples(code, { cycles: CYCLES, sampleRate: 22050 }, offline);
}

/** The sounds a render reports unknown, sorted. */
const unknownSounds = (rendered: Bounce): string[] =>
  [...new Set(rendered.warnings.flatMap((w) => /^unknown sound "([^"]+)"/.exec(w.message)?.[1] ?? []))].sort();

const examples = generated().reference.entries.flatMap((entry) => entry.examples.map((code, i) => ({ id: exampleId(entry.name, i), code })));

describe('the reference examples, offline', () => {
  it('are marked only where an example exists', () => {
    const ids = new Set(examples.map((e) => e.id));
    expect(Object.keys(EXAMPLE_MARKS).filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(examples)('$id is heard, or marked with why it is silent', async ({ id, code }) => {
    const rendered = await render(code);
    const mark = EXAMPLE_MARKS[id];
    if (mark === undefined) {
      expect(rendered.peak, `${id} is silent offline: make it heard, or mark it in example-marks.ts\n${code}`).toBeGreaterThan(AUDIBLE);
      return;
    }
    expect(rendered.peak, `${id} is marked silent (${mark.kind}) but is heard: take its mark away`).toBeLessThanOrEqual(AUDIBLE);
    if (mark.kind === 'dirtSamples' || mark.kind === 'strudelSounds') {
      // The mark names what the render does not know (it may name more: not every sound plays in two cycles).
      const unknown = unknownSounds(rendered);
      expect(unknown.length).toBeGreaterThan(0);
      expect(unknown.filter((name) => !mark.sounds.includes(name))).toEqual([]);
    }
    if (mark.kind === 'network') {
      const before = requested.length;
      await render(code);
      expect(requested.slice(before).some((url) => url.startsWith('https://'))).toBe(true);
    }
  });
});

describe('the tutorial, offline', () => {
  it.each(TUTORIAL)('step $id is heard', async ({ code }) => {
    expect((await render(code)).peak).toBeGreaterThan(AUDIBLE);
  });
});
