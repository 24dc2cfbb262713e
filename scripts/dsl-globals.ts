/**
 * The performer's global scope as declarations (`generated/dsl/dsl.d.ts`): each DSL name is a
 * global alias of its export (so hover and completion show the export's own signature and docs),
 * plus the names the evaluator adds (`setcps`, `setcpm`, `all`, `samples`...; EVALUATOR_NAMES in src/eval).
 */
import type { DocEntry } from '../src/intel/reference-data.ts';

/** A global that is not a DSL export: its declaration and its reference entry. */
interface EvaluatorGlobal {
  readonly declaration: string;
  readonly entry: DocEntry;
}

function global(name: string, signature: string, summary: string, examples: string[], details = '', category = 'Tempo and setup'): EvaluatorGlobal {
  const doc = [summary, ...(details === '' ? [] : ['', details]), ...examples.flatMap((e) => ['@example', ...e.split('\n')])];
  const declaration = `    /**\n${doc.map((l) => `     * ${l}`.trimEnd()).join('\n')}\n     */\n    function ${signature};`;
  return {
    declaration,
    entry: { name, kind: 'global', category, signature, summary, details, examples, method: false },
  };
}

/** The names `evaluate` adds to the DSL's (`EVALUATOR_NAMES` in src/eval/evaluate.ts; a test checks they match). */
export const EVALUATOR_GLOBALS: readonly EvaluatorGlobal[] = [
  global('setcps', 'setcps(cps: number): void', 'Sets the tempo in cycles per second (0.5 by default).',
    ['setcps(0.6)\n$: s("bd sd")'], 'The last call in the code wins; it applies when the code is evaluated.'),
  global('setcpm', 'setcpm(cpm: number): void', 'Sets the tempo in cycles per minute: `setcpm(30)` is `setcps(0.5)`.',
    ['setcpm(120 / 4)\n$: s("bd*4")'], 'With four beats to a cycle, `setcpm(bpm / 4)` plays at `bpm` beats per minute.'),
  global('setCps', 'setCps(cps: number): void', "Strudel's camelCase name for `setcps`: sets the tempo in cycles per second.",
    ['setCps(0.6)\n$: s("bd sd")']),
  global('setCpm', 'setCpm(cpm: number): void', "Strudel's camelCase name for `setcpm`: sets the tempo in cycles per minute.",
    ['setCpm(120 / 4)\n$: s("bd*4")']),
  global('all', 'all(transform: (pattern: Pattern<Controls>) => Pattern<Controls>): void',
    'Applies a function to everything the code plays: every block, or the last expression when there is no block.',
    ['$: s("bd sd")\n$: note("c e g").s("sine")\nall(x => x.room(0.3).gain(0.8))'],
    'Applied once the code has run, after `each`, in the order of the calls. weft applies it to each block apart (so that a block can still change or be muted alone), which gives the same events as applying it to their stack for every function that treats events one by one or by time.'),
  global('each', 'each(transform: (pattern: Pattern<Controls>) => Pattern<Controls>): void',
    'Applies a function to each block apart (or to the last expression when there is no block).',
    ['$: s("bd sd")\n$: s("hh*3")\neach(x => x.every(2, fast(2)))'],
    'Applied once the code has run, before `all`, in the order of the calls.'),
  global('register', 'register(name: string, f: (...args: any[]) => Pattern<any>): (...args: any[]) => Pattern<any>',
    'Defines a function of some arguments and, last, a pattern, and a method of that name on every pattern of the same code.',
    ["register('swap', (n, pat) => pat.add(n))\n$: n(\"0 2\").swap(\"<1 5>\").scale(\"C:minor\")"],
    'As in Strudel: the arguments may be patterns or mini-notation (the function is applied to their values), and `register` returns the function, to call as `swap(1, pat)`. The method exists only in the code that registers it, from where the `register` call has run.'),
  global('createParam', 'createParam(name: string): (value: any) => Pattern<any>',
    'Makes a control of a name the code chooses: a function (`x(pat)`) and a method (`pat.x(value)`), as in Strudel.',
    ["const x = createParam('x')\n$: note(\"c e\").x(\"<0 1>\")"],
    "weft's engine does not hear a control it does not know: it is for the code's own use. The method exists only in the code that makes it."),
  global('createParams', 'createParams(...names: string[]): Record<string, (value: any) => Pattern<any>>',
    'Makes several controls of names the code chooses (see `createParam`), by name.',
    ["const { x, y } = createParams('x', 'y')\n$: x(sine.range(0, 200)).y(cosine.range(0, 200)).segment(4)"]),
  global('loadOrc', 'loadOrc(url: string): Promise<void>', "Strudel's Csound orchestra loader: weft has no Csound, so it loads nothing and says so at the call.",
    ["await loadOrc('github:kunstmusik/csound-live-code/master/livecode.orc')\nnote(\"c a f e\").csound('FM1')"]),
  global('loadCsound', 'loadCsound(code: TemplateStringsArray | string, ...values: unknown[]): Promise<void>', "Strudel's Csound code loader: weft has no Csound, so it loads nothing and says so at the call.",
    ['await loadCsound`instr Sine\nendin`\nnote("c e").csound(\'Sine\')']),
  global('slider', 'slider(value: number, min?: number, max?: number, step?: number): Pattern<number>',
    'A value to set while the code plays: a slider drawn in the code, from `min` to `max` (0 and 1 by default).',
    ['note("c2 <eb2 g2>").s("sawtooth").lpf(slider(800, 200, 4000, 10))'],
    'As on strudel.cc: moving the slider changes the sound at once, with no evaluation, and writes its value into the code in place of the first number, so the code stays the source of what is heard. The pattern has one event a cycle.'),
  global('midin',
    'midin(port?: string | number): { (ccNumber: number, channel?: number): Pattern<number>; cc(ccNumber: number, channel?: number): Pattern<number>; held(channel?: number): Pattern<number>; last(channel?: number): Pattern<number> }',
    'A MIDI input by name or number (the first without one): called with a controller number, or through `.cc`, its controllers are signals; `.held()` and `.last()` are its notes as patterns.',
    ["const cc = await midin('IAC Driver Bus 1')\nnote(\"c a f e\").s(\"sawtooth\").lpf(cc(74).range(200, 2000))",
      "const kb = midin('Keys')\n$: note(kb.held()).s(\"sawtooth\")\n$: note(\"c2*4\").s(\"square\").lpf(kb.cc(1).range(300, 3000))"],
    "As in Strudel, `cc(ccNumber, channel?)` is the controller's latest value from 0 to 1 (0 until it moves), and `await` before `midin` is accepted (it returns at once). `held(channel?)` plays the notes held now as a chord, one event a cycle or the structure of what it is combined with, and `last(channel?)` the last note played. A change is heard at once, with no evaluation. A port that is missing is said at the call with the names of those present; where there is no MIDI (the CLI, a render), the values stay at 0 and no notes.",
    'MIDI'),
  global('samples', 'samples(source: string | Readonly<Record<string, string | readonly string[]>>, baseUrl?: string): void',
    'Loads sample sounds from a sample map (a URL, or sound names to file paths), as in Strudel.',
    ["samples({ kick: 'bd/BT0AADA.wav', snare: 'sd/rytm-01-classic.wav' }, 'github:tidalcycles/Dirt-Samples/master/')\n$: s(\"kick snare\")"],
    'The files are read from the network when the code plays: their sounds are silent until they arrive, and offline. `github:user/repo/branch/` stands for that repository\'s files; a single URL (`samples(\'github:tidalcycles/dirt-samples\')`) names a `strudel.json` sample map. Without samples, weft plays the sounds it ships, network or not: its drum kit (`s("bd sd hh")`), its synths (`note("c e g").s("sawtooth")`) and the General MIDI instruments (`note("c e g").s("piano")`).'),
  global('addVoicings',
    'addVoicings(name: string, dictionary: Readonly<Record<string, readonly (string | readonly (string | number)[])[]>>, range?: readonly [string | number, string | number]): void',
    'Adds a voicing dictionary under a name, for `.dict(name).voicing()` and `.voicings(name)`.',
    ["addVoicings('house', { '': ['7 12 16', '0 7 16', '4 7 12'], m: ['0 3 7'] })\n$: chord(\"<Am C D F>\").dict('house').anchor(66).voicing()"],
    "The dictionary maps chord symbols (what follows the root: `''`, `'m'`, `'^7'`...) to voicings, each written as semitones or intervals above the root (`'0 4 7'`, `'3M 5P 7M 9M'`). The range (`['F3', 'A4']` by default) is where `.voicings(name)` places them. As everything about voicings, it belongs to the code that calls it: another program's dictionaries are its own.",
    'Harmony'),
  global('setVoicingRange', 'setVoicingRange(name: string, range: readonly [string | number, string | number]): void',
    'Sets the lowest and highest note that `.voicings(name)` places the voicings of a dictionary between.',
    ["setVoicingRange('lefthand', ['C3', 'C5'])\n$: \"<C^7 A7 Dm7 G7>\".voicings('lefthand').note()"],
    'The range is two note names or MIDI numbers. By default it is F3 to A4 for `lefthand` (and dictionaries added without one), D3 to A4 for the others. `.voicing()` places voicings by `anchor` instead.',
    'Harmony'),
  global('setDefaultVoicings', 'setDefaultVoicings(name: string): void',
    'Makes a named voicing dictionary the one `.voicing()` uses when `dict` names none (`ireal` unless set).',
    ["setDefaultVoicings('lefthand')\n$: chord(\"<C^7 A7 Dm7 G7>\").voicing()"],
    'It changes what `.voicing()` plays in the code that calls it, wherever the call is; `.voicings()` always needs a name.',
    'Harmony'),
];

/** The text of dsl.d.ts, given each DSL name and the module that exports it. */
export function globalsDeclarations(dsl: ReadonlyMap<string, { module: 'pattern' | 'mini' }>): string {
  const aliases = [...dsl].map(([name, { module }]) => `    export import ${name} = ${module === 'mini' ? 'miniNotation' : 'weft'}.${name};`);
  return `/**
 * The global scope of performer code: every name of the DSL (\`dslScope\` in src/eval/scope.ts)
 * as a global alias of its export, the evaluator's \`setcps\` and \`setcpm\`, and the app's \`samples\`.
 * Performer code is a module of its own (its names may shadow these, as at run time) without imports.
 * Pattern methods on double-quoted strings are declared in pattern/pattern.d.ts (\`interface String\`).
 */
import * as weft from './pattern/index.ts';
import * as miniNotation from './mini/index.ts';

declare global {
${aliases.join('\n')}

    /** A pattern of values of type \`T\` over cyclic time (a type only: performer code makes patterns with functions). */
    type Pattern<T> = weft.Pattern<T>;
    /** What a control pattern's events hold: control names and their values. */
    type Controls = weft.Controls;
    /** A value, a pattern of values, or a mini-notation string that reads as one. */
    type PatternArg<T> = weft.PatternArg<T>;
    /** A function from a pattern to a pattern, as \`every\` or \`off\` take. */
    type Transform<T> = weft.Transform<T>;
    /**
     * Only for Strudel code's \`Pattern.prototype.name = function (...args) { ... this ... }\`, which
     * adds a method to this code's patterns (weft reads it as \`register\` does); nothing else of
     * \`Pattern\` is a value in performer code.
     */
    const Pattern: { readonly prototype: Record<string, (this: weft.Pattern<any>, ...args: any[]) => weft.Pattern<any>> };

${EVALUATOR_GLOBALS.map((g) => g.declaration).join('\n\n')}
}

export {};
`;
}
