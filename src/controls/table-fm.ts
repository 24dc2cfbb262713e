/**
 * FM operators 2 to 8 (operator 1 is `fmi`, `fmh`, `fmenv`, ... in table-synth.ts): each operator's
 * index and harmonicity (a list `"2:3"` sets both), the envelope of its index and its waveform.
 * Rows of the one control table (table.ts); see spec.ts for what each column means.
 */
import type { ControlRows } from './spec.ts';

/** The rows of this section, keyed by the name that ends up in the hap's value. */
export const FM_CONTROLS = {
  fmi2: {
    kind: 'number', aliases: ['fm2'], spread: ['fmi2', 'fmh2'], engine: 'unsupported',
    doc: 'Modulation index of FM operator 2 (how strongly it modulates). `"2:3"` also sets its harmonicity `fmh2`.',
    example: 'note("c2 e2").s("sine").fm(2).fmi2("<0 2 8>")',
  },
  fmh2: {
    kind: 'number', spread: ['fmh2', 'fmi2'], engine: 'unsupported',
    doc: 'Harmonicity of FM operator 2: its frequency as a ratio of the note\'s. `"2:3"` also sets `fmi2`.',
    example: 'note("c2 e2").s("sine").fm2(4).fmh2("<1 1.5 2>")',
  },
  fmenv2: {
    kind: 'numberOrName', spread: ['fmenv2'], engine: 'unsupported',
    doc: 'Shape of the envelope of FM operator 2\'s index: `"lin"` or `"exp"`.',
    example: 'note("c3*4").s("sine").fm2(8).fmdecay2(0.2).fmenv2("<lin exp>")',
  },
  fmattack2: {
    kind: 'number', aliases: ['fmatt2'], spread: ['fmattack2'], engine: 'unsupported',
    doc: "Attack time of the envelope of FM operator 2's index, in seconds.",
    example: 'note("c3*4").s("sine").fm2(8).fmattack2("<0.01 0.2>")',
  },
  fmdecay2: {
    kind: 'number', aliases: ['fmdec2'], spread: ['fmdecay2'], engine: 'unsupported',
    doc: "Decay time of the envelope of FM operator 2's index, in seconds.",
    example: 'note("c3*4").s("sine").fm2(8).fmdecay2("<0.05 0.3>")',
  },
  fmsustain2: {
    kind: 'number', aliases: ['fmsus2'], spread: ['fmsustain2'], engine: 'unsupported',
    doc: "Sustain level of the envelope of FM operator 2's index, from 0 to 1.",
    example: 'note("c3*4").s("sine").fm2(8).fmsustain2("<0 1>")',
  },
  fmrelease2: {
    kind: 'number', aliases: ['fmrel2'], spread: ['fmrelease2'], engine: 'unsupported',
    doc: "Release time of the envelope of FM operator 2's index, in seconds.",
    example: 'note("c3*4").s("sine").fm2(8).fmrelease2(0.3)',
  },
  fmwave2: {
    kind: 'string', spread: ['fmwave2'], engine: 'unsupported',
    doc: 'Waveform of FM operator 2: `"sine"`, `"square"`, `"sawtooth"` or `"triangle"`.',
    example: 'note("c2 e2").s("sine").fm2(4).fmwave2("<sine square>")',
  },
  fmi3: {
    kind: 'number', aliases: ['fm3'], spread: ['fmi3', 'fmh3'], engine: 'unsupported',
    doc: 'Modulation index of FM operator 3 (how strongly it modulates). `"2:3"` also sets its harmonicity `fmh3`.',
    example: 'note("c2 e2").s("sine").fm(2).fmi3("<0 2 8>")',
  },
  fmh3: {
    kind: 'number', spread: ['fmh3', 'fmi3'], engine: 'unsupported',
    doc: 'Harmonicity of FM operator 3: its frequency as a ratio of the note\'s. `"2:3"` also sets `fmi3`.',
    example: 'note("c2 e2").s("sine").fm2(4).fmh3("<1 1.5 2>")',
  },
  fmenv3: {
    kind: 'numberOrName', spread: ['fmenv3'], engine: 'unsupported',
    doc: 'Shape of the envelope of FM operator 3\'s index: `"lin"` or `"exp"`.',
    example: 'note("c3*4").s("sine").fm3(8).fmdecay3(0.2).fmenv3("<lin exp>")',
  },
  fmattack3: {
    kind: 'number', aliases: ['fmatt3'], spread: ['fmattack3'], engine: 'unsupported',
    doc: "Attack time of the envelope of FM operator 3's index, in seconds.",
    example: 'note("c3*4").s("sine").fm3(8).fmattack3("<0.01 0.2>")',
  },
  fmdecay3: {
    kind: 'number', aliases: ['fmdec3'], spread: ['fmdecay3'], engine: 'unsupported',
    doc: "Decay time of the envelope of FM operator 3's index, in seconds.",
    example: 'note("c3*4").s("sine").fm3(8).fmdecay3("<0.05 0.3>")',
  },
  fmsustain3: {
    kind: 'number', aliases: ['fmsus3'], spread: ['fmsustain3'], engine: 'unsupported',
    doc: "Sustain level of the envelope of FM operator 3's index, from 0 to 1.",
    example: 'note("c3*4").s("sine").fm3(8).fmsustain3("<0 1>")',
  },
  fmrelease3: {
    kind: 'number', aliases: ['fmrel3'], spread: ['fmrelease3'], engine: 'unsupported',
    doc: "Release time of the envelope of FM operator 3's index, in seconds.",
    example: 'note("c3*4").s("sine").fm3(8).fmrelease3(0.3)',
  },
  fmwave3: {
    kind: 'string', spread: ['fmwave3'], engine: 'unsupported',
    doc: 'Waveform of FM operator 3: `"sine"`, `"square"`, `"sawtooth"` or `"triangle"`.',
    example: 'note("c2 e2").s("sine").fm3(4).fmwave3("<sine square>")',
  },
  fmi4: {
    kind: 'number', aliases: ['fm4'], spread: ['fmi4', 'fmh4'], engine: 'unsupported',
    doc: 'Modulation index of FM operator 4 (how strongly it modulates). `"2:3"` also sets its harmonicity `fmh4`.',
    example: 'note("c2 e2").s("sine").fm(2).fmi4("<0 2 8>")',
  },
  fmh4: {
    kind: 'number', spread: ['fmh4', 'fmi4'], engine: 'unsupported',
    doc: 'Harmonicity of FM operator 4: its frequency as a ratio of the note\'s. `"2:3"` also sets `fmi4`.',
    example: 'note("c2 e2").s("sine").fm2(4).fmh4("<1 1.5 2>")',
  },
  fmenv4: {
    kind: 'numberOrName', spread: ['fmenv4'], engine: 'unsupported',
    doc: 'Shape of the envelope of FM operator 4\'s index: `"lin"` or `"exp"`.',
    example: 'note("c3*4").s("sine").fm4(8).fmdecay4(0.2).fmenv4("<lin exp>")',
  },
  fmattack4: {
    kind: 'number', aliases: ['fmatt4'], spread: ['fmattack4'], engine: 'unsupported',
    doc: "Attack time of the envelope of FM operator 4's index, in seconds.",
    example: 'note("c3*4").s("sine").fm4(8).fmattack4("<0.01 0.2>")',
  },
  fmdecay4: {
    kind: 'number', aliases: ['fmdec4'], spread: ['fmdecay4'], engine: 'unsupported',
    doc: "Decay time of the envelope of FM operator 4's index, in seconds.",
    example: 'note("c3*4").s("sine").fm4(8).fmdecay4("<0.05 0.3>")',
  },
  fmsustain4: {
    kind: 'number', aliases: ['fmsus4'], spread: ['fmsustain4'], engine: 'unsupported',
    doc: "Sustain level of the envelope of FM operator 4's index, from 0 to 1.",
    example: 'note("c3*4").s("sine").fm4(8).fmsustain4("<0 1>")',
  },
  fmrelease4: {
    kind: 'number', aliases: ['fmrel4'], spread: ['fmrelease4'], engine: 'unsupported',
    doc: "Release time of the envelope of FM operator 4's index, in seconds.",
    example: 'note("c3*4").s("sine").fm4(8).fmrelease4(0.3)',
  },
  fmwave4: {
    kind: 'string', spread: ['fmwave4'], engine: 'unsupported',
    doc: 'Waveform of FM operator 4: `"sine"`, `"square"`, `"sawtooth"` or `"triangle"`.',
    example: 'note("c2 e2").s("sine").fm4(4).fmwave4("<sine square>")',
  },
  fmi5: {
    kind: 'number', aliases: ['fm5'], spread: ['fmi5', 'fmh5'], engine: 'unsupported',
    doc: 'Modulation index of FM operator 5 (how strongly it modulates). `"2:3"` also sets its harmonicity `fmh5`.',
    example: 'note("c2 e2").s("sine").fm(2).fmi5("<0 2 8>")',
  },
  fmh5: {
    kind: 'number', spread: ['fmh5', 'fmi5'], engine: 'unsupported',
    doc: 'Harmonicity of FM operator 5: its frequency as a ratio of the note\'s. `"2:3"` also sets `fmi5`.',
    example: 'note("c2 e2").s("sine").fm2(4).fmh5("<1 1.5 2>")',
  },
  fmenv5: {
    kind: 'numberOrName', spread: ['fmenv5'], engine: 'unsupported',
    doc: 'Shape of the envelope of FM operator 5\'s index: `"lin"` or `"exp"`.',
    example: 'note("c3*4").s("sine").fm5(8).fmdecay5(0.2).fmenv5("<lin exp>")',
  },
  fmattack5: {
    kind: 'number', aliases: ['fmatt5'], spread: ['fmattack5'], engine: 'unsupported',
    doc: "Attack time of the envelope of FM operator 5's index, in seconds.",
    example: 'note("c3*4").s("sine").fm5(8).fmattack5("<0.01 0.2>")',
  },
  fmdecay5: {
    kind: 'number', aliases: ['fmdec5'], spread: ['fmdecay5'], engine: 'unsupported',
    doc: "Decay time of the envelope of FM operator 5's index, in seconds.",
    example: 'note("c3*4").s("sine").fm5(8).fmdecay5("<0.05 0.3>")',
  },
  fmsustain5: {
    kind: 'number', aliases: ['fmsus5'], spread: ['fmsustain5'], engine: 'unsupported',
    doc: "Sustain level of the envelope of FM operator 5's index, from 0 to 1.",
    example: 'note("c3*4").s("sine").fm5(8).fmsustain5("<0 1>")',
  },
  fmrelease5: {
    kind: 'number', aliases: ['fmrel5'], spread: ['fmrelease5'], engine: 'unsupported',
    doc: "Release time of the envelope of FM operator 5's index, in seconds.",
    example: 'note("c3*4").s("sine").fm5(8).fmrelease5(0.3)',
  },
  fmwave5: {
    kind: 'string', spread: ['fmwave5'], engine: 'unsupported',
    doc: 'Waveform of FM operator 5: `"sine"`, `"square"`, `"sawtooth"` or `"triangle"`.',
    example: 'note("c2 e2").s("sine").fm5(4).fmwave5("<sine square>")',
  },
  fmi6: {
    kind: 'number', aliases: ['fm6'], spread: ['fmi6', 'fmh6'], engine: 'unsupported',
    doc: 'Modulation index of FM operator 6 (how strongly it modulates). `"2:3"` also sets its harmonicity `fmh6`.',
    example: 'note("c2 e2").s("sine").fm(2).fmi6("<0 2 8>")',
  },
  fmh6: {
    kind: 'number', spread: ['fmh6', 'fmi6'], engine: 'unsupported',
    doc: 'Harmonicity of FM operator 6: its frequency as a ratio of the note\'s. `"2:3"` also sets `fmi6`.',
    example: 'note("c2 e2").s("sine").fm2(4).fmh6("<1 1.5 2>")',
  },
  fmenv6: {
    kind: 'numberOrName', spread: ['fmenv6'], engine: 'unsupported',
    doc: 'Shape of the envelope of FM operator 6\'s index: `"lin"` or `"exp"`.',
    example: 'note("c3*4").s("sine").fm6(8).fmdecay6(0.2).fmenv6("<lin exp>")',
  },
  fmattack6: {
    kind: 'number', aliases: ['fmatt6'], spread: ['fmattack6'], engine: 'unsupported',
    doc: "Attack time of the envelope of FM operator 6's index, in seconds.",
    example: 'note("c3*4").s("sine").fm6(8).fmattack6("<0.01 0.2>")',
  },
  fmdecay6: {
    kind: 'number', aliases: ['fmdec6'], spread: ['fmdecay6'], engine: 'unsupported',
    doc: "Decay time of the envelope of FM operator 6's index, in seconds.",
    example: 'note("c3*4").s("sine").fm6(8).fmdecay6("<0.05 0.3>")',
  },
  fmsustain6: {
    kind: 'number', aliases: ['fmsus6'], spread: ['fmsustain6'], engine: 'unsupported',
    doc: "Sustain level of the envelope of FM operator 6's index, from 0 to 1.",
    example: 'note("c3*4").s("sine").fm6(8).fmsustain6("<0 1>")',
  },
  fmrelease6: {
    kind: 'number', aliases: ['fmrel6'], spread: ['fmrelease6'], engine: 'unsupported',
    doc: "Release time of the envelope of FM operator 6's index, in seconds.",
    example: 'note("c3*4").s("sine").fm6(8).fmrelease6(0.3)',
  },
  fmwave6: {
    kind: 'string', spread: ['fmwave6'], engine: 'unsupported',
    doc: 'Waveform of FM operator 6: `"sine"`, `"square"`, `"sawtooth"` or `"triangle"`.',
    example: 'note("c2 e2").s("sine").fm6(4).fmwave6("<sine square>")',
  },
  fmi7: {
    kind: 'number', aliases: ['fm7'], spread: ['fmi7', 'fmh7'], engine: 'unsupported',
    doc: 'Modulation index of FM operator 7 (how strongly it modulates). `"2:3"` also sets its harmonicity `fmh7`.',
    example: 'note("c2 e2").s("sine").fm(2).fmi7("<0 2 8>")',
  },
  fmh7: {
    kind: 'number', spread: ['fmh7', 'fmi7'], engine: 'unsupported',
    doc: 'Harmonicity of FM operator 7: its frequency as a ratio of the note\'s. `"2:3"` also sets `fmi7`.',
    example: 'note("c2 e2").s("sine").fm2(4).fmh7("<1 1.5 2>")',
  },
  fmenv7: {
    kind: 'numberOrName', spread: ['fmenv7'], engine: 'unsupported',
    doc: 'Shape of the envelope of FM operator 7\'s index: `"lin"` or `"exp"`.',
    example: 'note("c3*4").s("sine").fm7(8).fmdecay7(0.2).fmenv7("<lin exp>")',
  },
  fmattack7: {
    kind: 'number', aliases: ['fmatt7'], spread: ['fmattack7'], engine: 'unsupported',
    doc: "Attack time of the envelope of FM operator 7's index, in seconds.",
    example: 'note("c3*4").s("sine").fm7(8).fmattack7("<0.01 0.2>")',
  },
  fmdecay7: {
    kind: 'number', aliases: ['fmdec7'], spread: ['fmdecay7'], engine: 'unsupported',
    doc: "Decay time of the envelope of FM operator 7's index, in seconds.",
    example: 'note("c3*4").s("sine").fm7(8).fmdecay7("<0.05 0.3>")',
  },
  fmsustain7: {
    kind: 'number', aliases: ['fmsus7'], spread: ['fmsustain7'], engine: 'unsupported',
    doc: "Sustain level of the envelope of FM operator 7's index, from 0 to 1.",
    example: 'note("c3*4").s("sine").fm7(8).fmsustain7("<0 1>")',
  },
  fmrelease7: {
    kind: 'number', aliases: ['fmrel7'], spread: ['fmrelease7'], engine: 'unsupported',
    doc: "Release time of the envelope of FM operator 7's index, in seconds.",
    example: 'note("c3*4").s("sine").fm7(8).fmrelease7(0.3)',
  },
  fmwave7: {
    kind: 'string', spread: ['fmwave7'], engine: 'unsupported',
    doc: 'Waveform of FM operator 7: `"sine"`, `"square"`, `"sawtooth"` or `"triangle"`.',
    example: 'note("c2 e2").s("sine").fm7(4).fmwave7("<sine square>")',
  },
  fmi8: {
    kind: 'number', aliases: ['fm8'], spread: ['fmi8', 'fmh8'], engine: 'unsupported',
    doc: 'Modulation index of FM operator 8 (how strongly it modulates). `"2:3"` also sets its harmonicity `fmh8`.',
    example: 'note("c2 e2").s("sine").fm(2).fmi8("<0 2 8>")',
  },
  fmh8: {
    kind: 'number', spread: ['fmh8', 'fmi8'], engine: 'unsupported',
    doc: 'Harmonicity of FM operator 8: its frequency as a ratio of the note\'s. `"2:3"` also sets `fmi8`.',
    example: 'note("c2 e2").s("sine").fm2(4).fmh8("<1 1.5 2>")',
  },
  fmenv8: {
    kind: 'numberOrName', spread: ['fmenv8'], engine: 'unsupported',
    doc: 'Shape of the envelope of FM operator 8\'s index: `"lin"` or `"exp"`.',
    example: 'note("c3*4").s("sine").fm8(8).fmdecay8(0.2).fmenv8("<lin exp>")',
  },
  fmattack8: {
    kind: 'number', aliases: ['fmatt8'], spread: ['fmattack8'], engine: 'unsupported',
    doc: "Attack time of the envelope of FM operator 8's index, in seconds.",
    example: 'note("c3*4").s("sine").fm8(8).fmattack8("<0.01 0.2>")',
  },
  fmdecay8: {
    kind: 'number', aliases: ['fmdec8'], spread: ['fmdecay8'], engine: 'unsupported',
    doc: "Decay time of the envelope of FM operator 8's index, in seconds.",
    example: 'note("c3*4").s("sine").fm8(8).fmdecay8("<0.05 0.3>")',
  },
  fmsustain8: {
    kind: 'number', aliases: ['fmsus8'], spread: ['fmsustain8'], engine: 'unsupported',
    doc: "Sustain level of the envelope of FM operator 8's index, from 0 to 1.",
    example: 'note("c3*4").s("sine").fm8(8).fmsustain8("<0 1>")',
  },
  fmrelease8: {
    kind: 'number', aliases: ['fmrel8'], spread: ['fmrelease8'], engine: 'unsupported',
    doc: "Release time of the envelope of FM operator 8's index, in seconds.",
    example: 'note("c3*4").s("sine").fm8(8).fmrelease8(0.3)',
  },
  fmwave8: {
    kind: 'string', spread: ['fmwave8'], engine: 'unsupported',
    doc: 'Waveform of FM operator 8: `"sine"`, `"square"`, `"sawtooth"` or `"triangle"`.',
    example: 'note("c2 e2").s("sine").fm8(4).fmwave8("<sine square>")',
  },
} as const satisfies ControlRows;
