/**
 * The performer vocabulary the conformance cases must cover, each item with a detector that
 * finds it in a case's code. Function and control names are looked for in the code outside string
 * literals; mini-notation features inside the double-quoted and backtick strings (the ones the
 * REPL reads as mini-notation) and in the pattern arguments given as strings.
 */

/** One word or feature of the vocabulary and how to recognise it in code. */
export interface VocabularyItem {
  /** e.g. `fast`, `mini: ~ rest`, `program: $: blocks`. */
  item: string;
  /** True when the code uses the item. */
  detect: (code: string) => boolean;
}

/** The code with the contents of every string literal blanked out (quotes kept). */
export function codeOutsideStrings(code: string): string {
  return code.replace(/(["'`])((?:\\.|(?!\1)[^\\])*)\1/g, (_match, quote: string, body: string) =>
    `${quote}${' '.repeat(body.length)}${quote}`,
  );
}

/** The contents of the code's string literals (all three kinds of quote). */
export function stringsIn(code: string): string[] {
  return [...code.matchAll(/(["'`])((?:\\.|(?!\1)[^\\])*)\1/g)].map((match) => match[2] ?? '');
}

function call(name: string): VocabularyItem {
  const pattern = new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}\\s*\\(`);
  return { item: name, detect: (code) => pattern.test(codeOutsideStrings(code)) };
}

function word(name: string): VocabularyItem {
  const pattern = new RegExp(`(?<![\\w$])${name}(?![\\w$])`);
  return { item: name, detect: (code) => pattern.test(codeOutsideStrings(code)) };
}

function inMini(item: string, pattern: RegExp): VocabularyItem {
  return { item: `mini: ${item}`, detect: (code) => stringsIn(code).some((text) => pattern.test(text)) };
}

function inCode(item: string, pattern: RegExp): VocabularyItem {
  return { item, detect: (code) => pattern.test(code) };
}

const functions = [
  'pure', 'sequence', 'seq', 'fastcat', 'cat', 'slowcat', 'stack', 'timeCat', 'stepcat', 'polymeter',
  'arrange', 'fast', 'slow', 'early', 'late', 'palindrome', 'iter', 'iterBack', 'ply', 'segment', 'range',
  'rangex', 'every', 'firstOf', 'lastOf', 'when', 'off', 'superimpose', 'layer', 'jux', 'juxBy', 'echo',
  'echoWith', 'stut', 'struct', 'mask', 'euclid', 'euclidRot', 'euclidLegato', 'degrade', 'degradeBy',
  'undegradeBy', 'sometimes', 'sometimesBy', 'often', 'rarely', 'almostNever', 'almostAlways', 'always',
  'never', 'someCycles', 'someCyclesBy', 'shuffle', 'scramble', 'chunk', 'chunkBack', 'linger', 'zoom',
  'compress', 'fastGap', 'inside', 'outside', 'hurry', 'swing', 'swingBy', 'chop', 'striate', 'slice',
  'splice', 'loopAt', 'fit', 'arp', 'arpWith', 'add', 'sub', 'mul', 'div', 'mod', 'set', 'keep', 'choose',
  'wchoose', 'pick', 'inhabit', 'squeeze', 'run', 'binary', 'scale', 'transpose', 'chord', 'voicing',
  'irand', 'setcps', 'dict', 'voicings', 'addVoicings', 'setVoicingRange', 'setDefaultVoicings',
];

const values = ['silence', 'rev', 'sine', 'cosine', 'saw', 'isaw', 'tri', 'square', 'rand', 'perlin', 'time'];

const controls = [
  's', 'sound', 'n', 'note', 'freq', 'gain', 'velocity', 'postgain', 'pan', 'speed', 'begin', 'end', 'loop',
  'cut', 'clip', 'legato', 'attack', 'decay', 'sustain', 'release', 'lpf', 'cutoff', 'lpq', 'resonance',
  'hpf', 'hpq', 'bpf', 'bpq', 'lpenv', 'lpattack', 'lpdecay', 'lpsustain', 'lprelease', 'vowel', 'delay',
  'delaytime', 'delayfeedback', 'room', 'size', 'orbit', 'crush', 'coarse', 'shape', 'distort', 'cps', 'color',
];

/** Every item the suite must cover, with at least one case each. */
export const vocabulary: readonly VocabularyItem[] = [
  ...functions.map(call),
  // `rev` and the signals are used both as values (`every(2, rev)`, `gain(sine)`) and called.
  ...values.map(word),
  ...controls.map((name) => ({ ...call(name), item: `control: ${name}` })),
  inCode('control: s with a sample number ("bd:3")', /(?<![\w$])(?:s|sound)\(\s*["`][^"`]*\w:\d/),
  inMini('sequence', /\S\s+\S/),
  inMini('~ rest', /(?:^|[\s[<{,])~(?=$|[\s\]>},])/),
  inMini('[] subsequence', /\[/),
  inMini('<> alternation', /</),
  inMini(', stack', /^[^({]*,|\][^({]*,|,[^)}]*\[/),
  inMini('| random choice', /\|/),
  inMini('* fast', /\*/),
  inMini('* patterned', /\*[<[]/),
  inMini('/ slow', /\//),
  inMini('/ patterned', /\/[<[]/),
  inMini('! replicate', /!/),
  inMini('@ elongate', /@/),
  inMini('_ extend', /(?:^|\s)_(?=$|\s|\])/),
  inMini('? degrade', /\?/),
  inMini(': pairs', /\w:\w/),
  inMini('(k,n,r) euclid', /\w\(\s*-?\d+\s*,\s*\d+\s*(?:,\s*\d+\s*)?\)/),
  inMini('(k,n,r) euclid patterned', /\w\([^)]*<[^)]*\)/),
  inMini('{} polymeter', /\{/),
  inMini('{}% polymeter steps', /\}%/),
  inMini('.. ranges', /\.\./),
  inMini('note names with octaves and accidentals', /(?<![\w.])[a-gA-G](?:#|b|s|f)\d(?!\w)/),
  inMini('numbers (negative and decimal)', /(?<![\w.])-?\d+\.\d+|(?<![\w.])-\d/),
  inCode('program: $: blocks', /^\s*\$:/m),
  inCode('program: _$: muting', /^\s*_\$:/m),
  inCode('program: setcps', /(?<![\w$])setcps\(/),
  inCode('program: method on a double-quoted string', /"[^"\n]*"\s*\.\s*\w+\s*\(/),
  inCode('program: backtick strings', /`/),
];

/** The names of the vocabulary items that `code` uses. */
export function itemsUsedBy(code: string): string[] {
  return vocabulary.filter(({ detect }) => detect(code)).map(({ item }) => item);
}
