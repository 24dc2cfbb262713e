/**
 * The tutorial, as data: short steps for learning music programming, from a first sound through
 * mini-notation, transformations, sound design and effects to a full piece. Every step's code is
 * real performer code (the tests play and type-check it); the learner changes it in place.
 */

/** One step of the tutorial. */
export interface TutorialStep {
  /** A stable id, for links (`#tutorial-rhythm`). */
  readonly id: string;
  readonly title: string;
  /** Paragraphs of explanation; `code` spans are written in backticks. */
  readonly text: readonly string[];
  /** The code to play and change. */
  readonly code: string;
  /** Something to try by changing the code. */
  readonly tryThis: string;
  /** Reference entries the step introduces. */
  readonly names: readonly string[];
}

/** The steps, in order (in English; other languages translate their words: `tutorial-language.ts`). */
export const TUTORIAL = [
  {
    id: 'first-sound',
    title: 'A first sound',
    text: [
      '`s` picks a sound. Press Play: a bass drum plays once every cycle, the loop that everything in weft repeats.',
      'The double-quoted string is mini-notation, a tiny language for rhythm. Here it holds one sound name.',
    ],
    code: 's("bd")',
    tryThis: 'Replace `bd` with `sd`, `hh`, `cp` or `oh`, and play again.',
    names: ['s'],
  },
  {
    id: 'rhythm',
    title: 'A rhythm',
    text: [
      'Several names share the cycle equally: four names make four beats. `~` is a rest.',
      'Square brackets squeeze several steps into one: `[hh hh]` plays two hats in the time of one step.',
    ],
    code: 's("bd [hh hh] sd ~")',
    tryThis: 'Add a step, or put three sounds inside the brackets.',
    names: ['s'],
  },
  {
    id: 'mini-notation',
    title: 'More mini-notation',
    text: [
      '`*` repeats a step faster, `<...>` plays one of its steps per cycle, and a comma plays layers together.',
      '`bd(3,8)` spreads three beats over eight steps: a Euclidean rhythm.',
    ],
    code: 's("bd(3,8), hh*8, ~ <sd cp>")',
    tryThis: 'Try `bd(5,8)`, or `hh*<8 16>`.',
    names: ['s', 'mini'],
  },
  {
    id: 'notes',
    title: 'Notes and melody',
    text: [
      '`note` plays pitches, by name (`c`, `eb3`, `f#4`) or by number. `.s(...)` picks a synth for them.',
      'Methods chain: each one takes the pattern before it and returns a new one.',
    ],
    code: 'note("c3 e3 g3 <b3 a3>").s("triangle")',
    tryThis: 'Change a note, or the synth: `sine`, `square`, `sawtooth`, `supersaw`.',
    names: ['note', 's'],
  },
  {
    id: 'scales',
    title: 'Scales and layers',
    text: [
      '`n` numbers steps of a scale: `scale("C3:minor")` turns 0 2 4 into C3, Eb3 and G3 (the octave in the name places it). Every pattern fits the key.',
      'Lines starting with `$:` play together, each its own layer.',
    ],
    code: '$: n("0 2 4 <6 7>").scale("C3:minor").s("sawtooth")\n$: s("bd*2, ~ sd, hh*4")',
    tryThis: 'Change the scale to `"D:dorian"` or `"A:major"`.',
    names: ['n', 'scale'],
  },
  {
    id: 'transformations',
    title: 'Transformations',
    text: [
      'Functions change patterns in time: `fast(2)` plays twice as fast, `rev()` backwards.',
      '`every(4, ...)` applies a change every fourth cycle; `off` layers a shifted, changed copy.',
    ],
    code: 'n("0 2 4 7").scale("C:major").s("triangle")\n  .every(4, rev)\n  .off(0.125, (x) => x.add(n(7)))',
    tryThis: 'Try `.fast("<1 2>")`, or change the 4 in `every`.',
    names: ['every', 'rev', 'off', 'fast', 'add'],
  },
  {
    id: 'chance',
    title: 'Chance and signals',
    text: [
      '`rand` is a random signal between 0 and 1, and `sine` a smooth one. `.range` scales them.',
      '`sometimes` applies a change to about half of the events; `degradeBy` drops some.',
    ],
    code: 's("hh*16").gain(rand.range(0.3, 1))\n  .sometimes((x) => x.speed(2))\n  .degradeBy(0.2)',
    tryThis: 'Use `sine.range(0.2, 1)` for the gain instead, or `often` for `sometimes`.',
    names: ['rand', 'sine', 'range', 'sometimes', 'degradeBy', 'gain'],
  },
  {
    id: 'sound-design',
    title: 'Sound design',
    text: [
      'A low-pass filter (`lpf`) darkens a sound; `lpq` adds resonance. A slow `sine` sweeps it.',
      'The envelope shapes each note: `attack`, `decay`, `sustain` and `release`.',
    ],
    code: 'note("c2 [~ c3] eb2 g2").s("sawtooth")\n  .lpf(sine.range(300, 2000).slow(4)).lpq(8)\n  .attack(0.01).decay(0.2).sustain(0.3).release(0.1)',
    tryThis: 'Try `.lpf("<400 1600>")`, or a longer `attack`.',
    names: ['lpf', 'lpq', 'attack', 'decay', 'sustain', 'release', 'slow'],
  },
  {
    id: 'effects',
    title: 'Effects',
    text: [
      '`room` adds reverb, `delay` echoes (with `delaytime` and `delayfeedback`), `pan` places a sound left or right.',
      '`shape` and `crush` add grit.',
    ],
    code: 'note("e4 g4 b4 d5").s("square").gain(0.5)\n  .delay(0.5).delaytime(0.375).delayfeedback(0.4)\n  .room(0.4).pan(sine.slow(2))',
    tryThis: 'Raise `delayfeedback` towards 0.8, or add `.crush(4)`.',
    names: ['room', 'delay', 'delaytime', 'delayfeedback', 'pan', 'shape', 'crush'],
  },
  {
    id: 'piece',
    title: 'A full piece',
    text: [
      '`setcpm` sets the tempo in cycles per minute. With a four-beat cycle, `setcpm(120 / 4)` is 120 BPM.',
      'Drums, bass, chords and a lead: change any part while it plays, and evaluate again.',
    ],
    code: [
      'setcpm(120 / 4)',
      '$: s("bd*4, ~ cp, [~ hh]*4").gain(0.9)',
      '$: note("<c2 c2 ab1 bb1>*4").s("sawtooth").lpf(600).lpq(6).decay(0.15).sustain(0)',
      '$: n("<[0,2,4] [0,2,5] [-1,1,4] [1,3,5]>").scale("C4:minor").s("supersaw")',
      '  .attack(0.05).release(0.3).gain(0.35).room(0.5)',
      '$: n("0 [2 4] <7 6> 4").scale("C5:minor").s("triangle")',
      '  .off(0.25, (x) => x.add(n(2))).delay(0.3).delaytime(0.25).gain(0.5)',
    ].join('\n'),
    tryThis: 'Mute a layer by writing `_$:` instead of `$:`, then bring it back.',
    names: ['setcpm', 'setcps'],
  },
] as const satisfies readonly TutorialStep[];
