/**
 * `npm run bench`: every benchmark figure of weft in one run, with ratios against Strudel where
 * Strudel has the same measure. Figures, not assertions: these machines are noisy.
 */
import { benchApp } from './app.ts';
import { benchAudio } from './audio.ts';
import { benchIntel } from './intel.ts';
import { benchPatterns } from './patterns.ts';
import { benchRuntime } from './runtime.ts';
import { benchSound } from './sound.ts';
import { benchVisuals } from './visuals.ts';

const sections: Record<string, () => unknown> = {
  patterns: benchPatterns,
  audio: benchAudio,
  runtime: benchRuntime,
  app: benchApp,
  intel: benchIntel,
  visuals: benchVisuals,
  sound: benchSound,
};

// `npm run bench -- audio runtime` runs only the sections named.
const wanted = process.argv.slice(2);
for (const [name, run] of Object.entries(sections)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n# ${name}`);
  await run();
}
