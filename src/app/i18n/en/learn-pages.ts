/**
 * The app's words, in English: the learning pages' (buttons, labels, the marks of silent examples).
 * Apart from the learn section so that they download with the pages, not with the first screen;
 * typed as the pages take them, so a missing message fails the type check.
 */
import type { PageWords } from '../../../intel/index.ts';

const sounds = (count: number): string => (count === 1 ? 'is' : 'are');

export const pages: PageWords = {
  play: '▶ Play',
  playName: 'Play this example',
  playTitle: 'Play this example (Ctrl+Enter in its code) in place of your code; the ▶ play button above plays your code again',
  stop: '■ Stop',
  stopName: 'Stop this example',
  stopTitle: 'Stop this example (Ctrl+. in its code); your own code is not touched',
  example: 'example',
  marks: {
    network: 'Loads samples from the network: it reads its sound files from GitHub when it plays, so it is silent offline. Without the network, the built-in drums (s("bd sd")) and instruments (note("c e g").s("piano")) play.',
    dirtSamples: (names: string, count: number) =>
      `Loads samples from the network: ${names} ${sounds(count)} in Strudel's dirt-samples, which weft does not ship. Add samples('github:tidalcycles/dirt-samples') above the code to hear it online.`,
    strudelSounds: (names: string, count: number) =>
      `Silent without samples from the network: weft has no sound named ${names} (Strudel loads ${count === 1 ? 'it' : 'them'} from its sample libraries). Name the files with samples({ ... }) to hear it.`,
    midi: 'Silent in weft: its controls are for MIDI output, which weft does not have.',
    noSound: 'Silent by design: its events carry the code’s own controls, not a sound.',
    mouse: 'Silent in weft: it follows the mouse, which weft does not give to the code yet (the signal stays at 0).',
  },
  kinds: { control: 'control', function: 'function', constant: 'pattern', global: 'setup' },
  method: 'method',
  searchPlaceholder: (count: number) => `Search ${count} functions and controls`,
  searchName: 'Search the reference',
  showMore: 'Show more',
  nothingMatches: (query: string) => `Nothing matches "${query}".`,
  tryThis: (text: string) => `Try this: ${text}`,
  inReference: 'In the reference: ',
  next: (title: string) => `Next: ${title} →`,
};
