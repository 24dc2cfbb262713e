/**
 * Strudel's documented examples, read from the installed `@strudel/core` sources when the tests
 * run (they are never copied into this repository), and the stubs that let them run headless.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { OracleStubs } from './strudel.ts';

/** One `@example` block from Strudel's doc comments. */
export interface StrudelExample {
  /** The documented function and the example's index among that function's, e.g. `fast#0`. */
  name: string;
  /** The source file it comes from, e.g. `pattern.mjs`. */
  file: string;
  /** The performer code of the example. */
  code: string;
}

/**
 * Reads every `@example` of the JSDoc comments in `node_modules/@strudel/core/*.mjs`, naming each
 * by the comment's `@name` tag, or else by the name declared after the comment.
 */
export async function loadStrudelExamples(): Promise<StrudelExample[]> {
  const directory = dirname(createRequire(import.meta.url).resolve('@strudel/core/package.json'));
  const files = (await readdir(directory)).filter((file) => file.endsWith('.mjs')).sort();
  const examples: StrudelExample[] = [];
  const counts = new Map<string, number>();
  for (const file of files) {
    const source = await readFile(join(directory, file), 'utf8');
    for (const { name, codes } of docComments(source)) {
      for (const code of codes) {
        const index = counts.get(name) ?? 0;
        counts.set(name, index + 1);
        examples.push({ name: `${name}#${index}`, file, code });
      }
    }
  }
  return examples;
}

interface DocComment {
  name: string;
  codes: string[];
}

function* docComments(source: string): Generator<DocComment> {
  for (const match of source.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const lines = (match[1] ?? '').split('\n').map((line) => line.replace(/^\s*\*[ \t]?/, ''));
    const codes: string[] = [];
    let name: string | undefined;
    let current: string[] | undefined;
    for (const line of lines) {
      const tag = /^\s*@(\w+)\s?(.*)$/.exec(line);
      if (tag) {
        if (current) codes.push(current.join('\n'));
        current = tag[1] === 'example' ? [tag[2] ?? ''] : undefined;
        if (tag[1] === 'name') name = tag[2]?.trim();
      } else if (current) {
        current.push(line);
      }
    }
    if (current) codes.push(current.join('\n'));
    const nonEmpty = codes.map((code) => code.trim()).filter((code) => code !== '');
    if (nonEmpty.length === 0) continue;
    const after = source.slice((match.index ?? 0) + match[0].length);
    yield { name: name || declaredName(after), codes: nonEmpty };
  }
}

const declarations = [
  /^export\s+(?:const|let|var)\s+\{\s*([\w$]+)/,
  /^(?:export\s+)?(?:async\s+)?(?:const|let|var|function\*?|class)\s+([\w$]+)/,
  /^[\w$.]*\.prototype\.([\w$]+)\s*=/,
  /^([\w$]+)\s*[:=(]/,
];

/** The name declared by the code after a doc comment, without the `_` of an unpatterned variant. */
function declaredName(after: string): string {
  const code = after.replace(/^(?:\s+|\/\/[^\n]*)*/, '');
  for (const declaration of declarations) {
    const name = declaration.exec(code)?.[1];
    if (name) return name.replace(/^_+(?=.)/, '');
  }
  return 'anonymous';
}

const inert = (): void => undefined;
const inertAsync = async (): Promise<void> => undefined;

/**
 * Stand-ins for what Strudel defines only in its browser packages (sample loading, audio, visuals,
 * MIDI and OSC output), so that examples using them evaluate headless with
 * `strudelEvents(code, cycles, { stubs: browserStubs })`.
 */
export const browserStubs: OracleStubs = {
  globals: {
    samples: inertAsync,
    soundAlias: inert,
    aliasBank: inertAsync,
    loadOrc: inertAsync,
    loadCsound: inertAsync,
    initAudioOnFirstClick: inertAsync,
    getAudioContext: inert,
    // The transpiler turns `slider(value, min, max)` into `sliderWithID(id, value, min, max)`.
    sliderWithID: (_id: string, value: unknown) => value,
  },
  methods: [
    ...['pianoroll', 'punchcard', 'wordfall', 'scope', 'tscope', 'fscope', 'spectrum', 'spiral', 'pitchwheel']
      .flatMap((name) => [name, `_${name}`]),
    'draw', 'onPaint', 'markcss', 'midi', 'osc', 'csound', 'animate',
  ],
};
