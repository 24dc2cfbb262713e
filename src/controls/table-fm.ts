/**
 * FM operators 2 to 8 (operator 1 is `fmi`, `fmh`, `fmenv`, ... in table-synth.ts): each operator's
 * index and harmonicity (a list `"2:3"` sets both), the envelope of its index and its waveform.
 * Rows of the one control table (table.ts); see spec.ts for what each column means. The operators'
 * rows differ only by their number, so one function writes them. weft plays operators 2 to 8,
 * each modulating the carrier's frequency beside operator 1 (their modulations add): Strudel's
 * documentation does not say how operators chain.
 */
import type { ControlKinds, ControlRows, ControlSpec, EngineRole } from './spec.ts';

type Rows<K extends string, Kind extends keyof ControlKinds> = { readonly [Key in K]: ControlSpec & { readonly kind: Kind } };

/** The rows of FM operator `N`, keyed by name, each with its value type. */
type OperatorRows<N extends number> = Rows<`fmi${N}` | `fmh${N}` | `fmattack${N}` | `fmdecay${N}` | `fmsustain${N}` | `fmrelease${N}`, 'number'> &
  Rows<`fmenv${N}`, 'numberOrName'> &
  Rows<`fmwave${N}`, 'string'>;

/** The rows of FM operator `n`, which the engine plays (`'voice'`) or not (`'unsupported'`). */
function operator<N extends number>(n: N, engine: EngineRole): OperatorRows<N> {
  const heard = engine === 'voice';
  /** What weft does, said after each row's own doc. */
  const also = (played: string): string => (heard ? ` ${played}` : '');
  const envelope = (key: string, alias: string, doc: string, value: string, played: string): ControlSpec => ({
    kind: 'number', aliases: [`${alias}${n}`], spread: [`${key}${n}`], engine,
    doc: doc.replace('OP', `FM operator ${n}'s`) + also(played),
    example: `note("c3*4").s("sine").fm${n}(8).${key}${n}(${value})`,
  });
  const rows: Record<string, ControlSpec> = {
    [`fmi${n}`]: {
      kind: 'number', aliases: [`fm${n}`], spread: [`fmi${n}`, `fmh${n}`], engine,
      doc: `Modulation index of FM operator ${n} (how strongly it modulates). \`"2:3"\` also sets its harmonicity \`fmh${n}\`.` +
        also(`weft adds its modulation of the carrier's frequency to operator 1's (and the other operators').`),
      example: `note("c2 e2").s("sine").fm(2).fmi${n}("<0 2 8>")`,
    },
    [`fmh${n}`]: {
      kind: 'number', spread: [`fmh${n}`, `fmi${n}`], engine,
      doc: `Harmonicity of FM operator ${n}: its frequency as a ratio of the note's. \`"2:3"\` also sets \`fmi${n}\`.` + also('Default 1.'),
      example: `note("c2 e2").s("sine").fm2(4).fmh${n}("<1 1.5 2>")`,
    },
    [`fmenv${n}`]: {
      kind: 'numberOrName', spread: [`fmenv${n}`], engine,
      doc: `Shape of the envelope of FM operator ${n}'s index: \`"lin"\` or \`"exp"\`.` + also('Default "lin"; a number from 0 to 1 mixes the two.'),
      example: `note("c3*4").s("sine").fm${n}(8).fmdecay${n}(0.2).fmenv${n}("<lin exp>")`,
    },
    [`fmattack${n}`]: envelope('fmattack', 'fmatt', 'Attack time of the envelope of OP index, in seconds.', '"<0.01 0.2>"',
      'Giving any of its four stages turns the envelope on (defaults 0, 0.1, 1 and 0.01).'),
    [`fmdecay${n}`]: envelope('fmdecay', 'fmdec', 'Decay time of the envelope of OP index, in seconds.', '"<0.05 0.3>"', 'Default 0.1.'),
    [`fmsustain${n}`]: envelope('fmsustain', 'fmsus', 'Sustain level of the envelope of OP index, from 0 to 1.', '"<0 1>"', 'Default 1.'),
    [`fmrelease${n}`]: envelope('fmrelease', 'fmrel', 'Release time of the envelope of OP index, in seconds.', '0.3', 'Default 0.01.'),
    [`fmwave${n}`]: {
      kind: 'string', spread: [`fmwave${n}`], engine,
      doc: `Waveform of FM operator ${n}: \`"sine"\`, \`"square"\`, \`"sawtooth"\` or \`"triangle"\`.` + also('Default "sine".'),
      example: `note("c2 e2").s("sine").fm${n}(4).fmwave${n}("<sine square>")`,
    },
  };
  return rows as OperatorRows<N>;
}

/** The rows of this section, keyed by the name that ends up in the hap's value. */
export const FM_CONTROLS = {
  ...operator(2, 'voice'),
  ...operator(3, 'voice'),
  ...operator(4, 'voice'),
  ...operator(5, 'voice'),
  ...operator(6, 'voice'),
  ...operator(7, 'voice'),
  ...operator(8, 'voice'),
} as const satisfies ControlRows;
