/**
 * Controls of FM operators 2 to 8: each one's modulation index, harmonicity and waveform (operator 1
 * is {@link fmi}, {@link fmh} and {@link fmwave}). Their envelopes are in `controls-fm-envelopes.ts`.
 * See `CONTROL_TABLE` (src/controls/table.ts) for keys and aliases.
 */
import { control } from './controls.ts';

/**
 * Modulation index of FM operator 2 (how strongly it modulates). `"2:3"` also sets its harmonicity `fmh2`.
 * @example
 * note("c2 e2").s("sine").fm(2).fmi2("<0 2 8>")
 */
export const fmi2 = control('fmi2');
/**
 * Alias of {@link fmi2}.
 * @example
 * note("c2 e2").s("sine").fm(2).fm2(4)
 */
export const fm2 = control('fmi2');
/**
 * Harmonicity of FM operator 2: its frequency as a ratio of the note's. `"2:3"` also sets `fmi2`.
 * @example
 * note("c2 e2").s("sine").fm2(4).fmh2("<1 1.5 2>")
 */
export const fmh2 = control('fmh2');
/**
 * Waveform of FM operator 2: `"sine"`, `"square"`, `"sawtooth"` or `"triangle"`.
 * @example
 * note("c2 e2").s("sine").fm2(4).fmwave2("<sine square>")
 */
export const fmwave2 = control('fmwave2');
/**
 * Modulation index of FM operator 3 (how strongly it modulates). `"2:3"` also sets its harmonicity `fmh3`.
 * @example
 * note("c2 e2").s("sine").fm(2).fmi3("<0 2 8>")
 */
export const fmi3 = control('fmi3');
/**
 * Alias of {@link fmi3}.
 * @example
 * note("c2 e2").s("sine").fm(2).fm3(4)
 */
export const fm3 = control('fmi3');
/**
 * Harmonicity of FM operator 3: its frequency as a ratio of the note's. `"2:3"` also sets `fmi3`.
 * @example
 * note("c2 e2").s("sine").fm2(4).fmh3("<1 1.5 2>")
 */
export const fmh3 = control('fmh3');
/**
 * Waveform of FM operator 3: `"sine"`, `"square"`, `"sawtooth"` or `"triangle"`.
 * @example
 * note("c2 e2").s("sine").fm3(4).fmwave3("<sine square>")
 */
export const fmwave3 = control('fmwave3');
/**
 * Modulation index of FM operator 4 (how strongly it modulates). `"2:3"` also sets its harmonicity `fmh4`.
 * @example
 * note("c2 e2").s("sine").fm(2).fmi4("<0 2 8>")
 */
export const fmi4 = control('fmi4');
/**
 * Alias of {@link fmi4}.
 * @example
 * note("c2 e2").s("sine").fm(2).fm4(4)
 */
export const fm4 = control('fmi4');
/**
 * Harmonicity of FM operator 4: its frequency as a ratio of the note's. `"2:3"` also sets `fmi4`.
 * @example
 * note("c2 e2").s("sine").fm2(4).fmh4("<1 1.5 2>")
 */
export const fmh4 = control('fmh4');
/**
 * Waveform of FM operator 4: `"sine"`, `"square"`, `"sawtooth"` or `"triangle"`.
 * @example
 * note("c2 e2").s("sine").fm4(4).fmwave4("<sine square>")
 */
export const fmwave4 = control('fmwave4');
/**
 * Modulation index of FM operator 5 (how strongly it modulates). `"2:3"` also sets its harmonicity `fmh5`.
 * @example
 * note("c2 e2").s("sine").fm(2).fmi5("<0 2 8>")
 */
export const fmi5 = control('fmi5');
/**
 * Alias of {@link fmi5}.
 * @example
 * note("c2 e2").s("sine").fm(2).fm5(4)
 */
export const fm5 = control('fmi5');
/**
 * Harmonicity of FM operator 5: its frequency as a ratio of the note's. `"2:3"` also sets `fmi5`.
 * @example
 * note("c2 e2").s("sine").fm2(4).fmh5("<1 1.5 2>")
 */
export const fmh5 = control('fmh5');
/**
 * Waveform of FM operator 5: `"sine"`, `"square"`, `"sawtooth"` or `"triangle"`.
 * @example
 * note("c2 e2").s("sine").fm5(4).fmwave5("<sine square>")
 */
export const fmwave5 = control('fmwave5');
/**
 * Modulation index of FM operator 6 (how strongly it modulates). `"2:3"` also sets its harmonicity `fmh6`.
 * @example
 * note("c2 e2").s("sine").fm(2).fmi6("<0 2 8>")
 */
export const fmi6 = control('fmi6');
/**
 * Alias of {@link fmi6}.
 * @example
 * note("c2 e2").s("sine").fm(2).fm6(4)
 */
export const fm6 = control('fmi6');
/**
 * Harmonicity of FM operator 6: its frequency as a ratio of the note's. `"2:3"` also sets `fmi6`.
 * @example
 * note("c2 e2").s("sine").fm2(4).fmh6("<1 1.5 2>")
 */
export const fmh6 = control('fmh6');
/**
 * Waveform of FM operator 6: `"sine"`, `"square"`, `"sawtooth"` or `"triangle"`.
 * @example
 * note("c2 e2").s("sine").fm6(4).fmwave6("<sine square>")
 */
export const fmwave6 = control('fmwave6');
/**
 * Modulation index of FM operator 7 (how strongly it modulates). `"2:3"` also sets its harmonicity `fmh7`.
 * @example
 * note("c2 e2").s("sine").fm(2).fmi7("<0 2 8>")
 */
export const fmi7 = control('fmi7');
/**
 * Alias of {@link fmi7}.
 * @example
 * note("c2 e2").s("sine").fm(2).fm7(4)
 */
export const fm7 = control('fmi7');
/**
 * Harmonicity of FM operator 7: its frequency as a ratio of the note's. `"2:3"` also sets `fmi7`.
 * @example
 * note("c2 e2").s("sine").fm2(4).fmh7("<1 1.5 2>")
 */
export const fmh7 = control('fmh7');
/**
 * Waveform of FM operator 7: `"sine"`, `"square"`, `"sawtooth"` or `"triangle"`.
 * @example
 * note("c2 e2").s("sine").fm7(4).fmwave7("<sine square>")
 */
export const fmwave7 = control('fmwave7');
/**
 * Modulation index of FM operator 8 (how strongly it modulates). `"2:3"` also sets its harmonicity `fmh8`.
 * @example
 * note("c2 e2").s("sine").fm(2).fmi8("<0 2 8>")
 */
export const fmi8 = control('fmi8');
/**
 * Alias of {@link fmi8}.
 * @example
 * note("c2 e2").s("sine").fm(2).fm8(4)
 */
export const fm8 = control('fmi8');
/**
 * Harmonicity of FM operator 8: its frequency as a ratio of the note's. `"2:3"` also sets `fmi8`.
 * @example
 * note("c2 e2").s("sine").fm2(4).fmh8("<1 1.5 2>")
 */
export const fmh8 = control('fmh8');
/**
 * Waveform of FM operator 8: `"sine"`, `"square"`, `"sawtooth"` or `"triangle"`.
 * @example
 * note("c2 e2").s("sine").fm8(4).fmwave8("<sine square>")
 */
export const fmwave8 = control('fmwave8');
