/**
 * `samples(...)` in performer code: declares sounds by naming their files. Pure: evaluating it
 * only records what the code asks for (in `Evaluation.samples`); whoever plays the code loads the
 * files, so nothing is fetched that the code does not name, and nothing while evaluating.
 */
import type { CodeRange, SampleDeclaration } from '../audio/protocol.ts';
import { parseSampleMap, sampleMapDeclaration } from '../audio/sample-map.ts';
import { Pattern } from '../pattern/pattern.ts';

/** The `samples` function as performer code sees it. */
export type SamplesFunction = (map: unknown, base?: unknown) => void;

function containsPattern(x: unknown, depth = 0): boolean {
  if (x instanceof Pattern) return true;
  if (depth > 3 || typeof x !== 'object' || x === null) return false;
  return Object.values(x).some((v) => containsPattern(v, depth + 1));
}

const PLAIN_STRINGS =
  "samples() takes plain strings, not mini-notation: write the URLs in single quotes, as samples({ bd: 'bd.wav' })";

/**
 * Makes the `samples` function for one evaluation: each call adds its declarations through
 * `declare`, located in the code by `where` (the place of the call).
 *
 * Performer code calls it with a map of sound names to files, and an optional base URL:
 * `samples({ bd: 'bd.wav', hh: ['hh0.wav', 'hh1.wav'], moog: { g2: 'g2.wav', g3: 'g3.wav' } }, base)`.
 * A list is played by `n` (`s("hh:1")`); an object of note names is a pitched sound (each note
 * plays the nearest file). `github:user/repo/branch/` stands for that repository's raw files.
 * With a single string, `samples('https://.../strudel.json')` or `samples('github:user/repo')`
 * names a sample map file: its sounds are declared once it has loaded.
 *
 * @example
 * samples({ bd: 'bd/BT0AADA.wav', sd: ['sd/rytm-01-classic.wav', 'sd/rytm-00-hard.wav'] }, 'github:tidalcycles/dirt-samples/master/')
 */
export function samplesFunction(declare: (declarations: SampleDeclaration[]) => void, where: () => CodeRange[]): SamplesFunction {
  return (map: unknown, base?: unknown): void => {
    if (containsPattern(map) || base instanceof Pattern) throw new TypeError(PLAIN_STRINGS);
    if (base !== undefined && typeof base !== 'string') throw new TypeError('the base URL of samples() should be a string');
    const locations = where();
    if (typeof map === 'string') {
      // With a base, the map's paths are read against it (as Strudel's samples(url, base)).
      declare([sampleMapDeclaration(map, locations, base)]);
      return;
    }
    declare(parseSampleMap(map, base, locations));
  };
}
