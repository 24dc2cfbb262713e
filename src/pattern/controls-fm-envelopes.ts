/**
 * The envelopes of FM operators 2 to 8: the shape, attack, decay, sustain and release of each one's
 * modulation index (operator 1's are {@link fmenv}, {@link fmattack}, ...). See `CONTROL_TABLE`
 * (src/controls/table.ts) for keys and aliases.
 */
import { control } from './controls.ts';

/**
 * Shape of the envelope of FM operator 2's index: `"lin"` or `"exp"`.
 * @example
 * note("c3*4").s("sine").fm2(8).fmdecay2(0.2).fmenv2("<lin exp>")
 */
export const fmenv2 = control('fmenv2');
/**
 * Attack time of the envelope of FM operator 2's index, in seconds.
 * @example
 * note("c3*4").s("sine").fm2(8).fmattack2("<0.01 0.2>")
 */
export const fmattack2 = control('fmattack2');
/**
 * Alias of {@link fmattack2}.
 * @example
 * note("c3*4").s("sine").fm2(8).fmatt2("<0.01 0.2>")
 */
export const fmatt2 = control('fmattack2');
/**
 * Decay time of the envelope of FM operator 2's index, in seconds.
 * @example
 * note("c3*4").s("sine").fm2(8).fmdecay2("<0.05 0.3>")
 */
export const fmdecay2 = control('fmdecay2');
/**
 * Alias of {@link fmdecay2}.
 * @example
 * note("c3*4").s("sine").fm2(8).fmdec2("<0.05 0.3>")
 */
export const fmdec2 = control('fmdecay2');
/**
 * Sustain level of the envelope of FM operator 2's index, from 0 to 1.
 * @example
 * note("c3*4").s("sine").fm2(8).fmsustain2("<0 1>")
 */
export const fmsustain2 = control('fmsustain2');
/**
 * Alias of {@link fmsustain2}.
 * @example
 * note("c3*4").s("sine").fm2(8).fmsus2("<0 1>")
 */
export const fmsus2 = control('fmsustain2');
/**
 * Release time of the envelope of FM operator 2's index, in seconds.
 * @example
 * note("c3*4").s("sine").fm2(8).fmrelease2(0.3)
 */
export const fmrelease2 = control('fmrelease2');
/**
 * Alias of {@link fmrelease2}.
 * @example
 * note("c3*4").s("sine").fm2(8).fmrel2(0.3)
 */
export const fmrel2 = control('fmrelease2');
/**
 * Shape of the envelope of FM operator 3's index: `"lin"` or `"exp"`.
 * @example
 * note("c3*4").s("sine").fm3(8).fmdecay3(0.2).fmenv3("<lin exp>")
 */
export const fmenv3 = control('fmenv3');
/**
 * Attack time of the envelope of FM operator 3's index, in seconds.
 * @example
 * note("c3*4").s("sine").fm3(8).fmattack3("<0.01 0.2>")
 */
export const fmattack3 = control('fmattack3');
/**
 * Alias of {@link fmattack3}.
 * @example
 * note("c3*4").s("sine").fm3(8).fmatt3("<0.01 0.2>")
 */
export const fmatt3 = control('fmattack3');
/**
 * Decay time of the envelope of FM operator 3's index, in seconds.
 * @example
 * note("c3*4").s("sine").fm3(8).fmdecay3("<0.05 0.3>")
 */
export const fmdecay3 = control('fmdecay3');
/**
 * Alias of {@link fmdecay3}.
 * @example
 * note("c3*4").s("sine").fm3(8).fmdec3("<0.05 0.3>")
 */
export const fmdec3 = control('fmdecay3');
/**
 * Sustain level of the envelope of FM operator 3's index, from 0 to 1.
 * @example
 * note("c3*4").s("sine").fm3(8).fmsustain3("<0 1>")
 */
export const fmsustain3 = control('fmsustain3');
/**
 * Alias of {@link fmsustain3}.
 * @example
 * note("c3*4").s("sine").fm3(8).fmsus3("<0 1>")
 */
export const fmsus3 = control('fmsustain3');
/**
 * Release time of the envelope of FM operator 3's index, in seconds.
 * @example
 * note("c3*4").s("sine").fm3(8).fmrelease3(0.3)
 */
export const fmrelease3 = control('fmrelease3');
/**
 * Alias of {@link fmrelease3}.
 * @example
 * note("c3*4").s("sine").fm3(8).fmrel3(0.3)
 */
export const fmrel3 = control('fmrelease3');
/**
 * Shape of the envelope of FM operator 4's index: `"lin"` or `"exp"`.
 * @example
 * note("c3*4").s("sine").fm4(8).fmdecay4(0.2).fmenv4("<lin exp>")
 */
export const fmenv4 = control('fmenv4');
/**
 * Attack time of the envelope of FM operator 4's index, in seconds.
 * @example
 * note("c3*4").s("sine").fm4(8).fmattack4("<0.01 0.2>")
 */
export const fmattack4 = control('fmattack4');
/**
 * Alias of {@link fmattack4}.
 * @example
 * note("c3*4").s("sine").fm4(8).fmatt4("<0.01 0.2>")
 */
export const fmatt4 = control('fmattack4');
/**
 * Decay time of the envelope of FM operator 4's index, in seconds.
 * @example
 * note("c3*4").s("sine").fm4(8).fmdecay4("<0.05 0.3>")
 */
export const fmdecay4 = control('fmdecay4');
/**
 * Alias of {@link fmdecay4}.
 * @example
 * note("c3*4").s("sine").fm4(8).fmdec4("<0.05 0.3>")
 */
export const fmdec4 = control('fmdecay4');
/**
 * Sustain level of the envelope of FM operator 4's index, from 0 to 1.
 * @example
 * note("c3*4").s("sine").fm4(8).fmsustain4("<0 1>")
 */
export const fmsustain4 = control('fmsustain4');
/**
 * Alias of {@link fmsustain4}.
 * @example
 * note("c3*4").s("sine").fm4(8).fmsus4("<0 1>")
 */
export const fmsus4 = control('fmsustain4');
/**
 * Release time of the envelope of FM operator 4's index, in seconds.
 * @example
 * note("c3*4").s("sine").fm4(8).fmrelease4(0.3)
 */
export const fmrelease4 = control('fmrelease4');
/**
 * Alias of {@link fmrelease4}.
 * @example
 * note("c3*4").s("sine").fm4(8).fmrel4(0.3)
 */
export const fmrel4 = control('fmrelease4');
/**
 * Shape of the envelope of FM operator 5's index: `"lin"` or `"exp"`.
 * @example
 * note("c3*4").s("sine").fm5(8).fmdecay5(0.2).fmenv5("<lin exp>")
 */
export const fmenv5 = control('fmenv5');
/**
 * Attack time of the envelope of FM operator 5's index, in seconds.
 * @example
 * note("c3*4").s("sine").fm5(8).fmattack5("<0.01 0.2>")
 */
export const fmattack5 = control('fmattack5');
/**
 * Alias of {@link fmattack5}.
 * @example
 * note("c3*4").s("sine").fm5(8).fmatt5("<0.01 0.2>")
 */
export const fmatt5 = control('fmattack5');
/**
 * Decay time of the envelope of FM operator 5's index, in seconds.
 * @example
 * note("c3*4").s("sine").fm5(8).fmdecay5("<0.05 0.3>")
 */
export const fmdecay5 = control('fmdecay5');
/**
 * Alias of {@link fmdecay5}.
 * @example
 * note("c3*4").s("sine").fm5(8).fmdec5("<0.05 0.3>")
 */
export const fmdec5 = control('fmdecay5');
/**
 * Sustain level of the envelope of FM operator 5's index, from 0 to 1.
 * @example
 * note("c3*4").s("sine").fm5(8).fmsustain5("<0 1>")
 */
export const fmsustain5 = control('fmsustain5');
/**
 * Alias of {@link fmsustain5}.
 * @example
 * note("c3*4").s("sine").fm5(8).fmsus5("<0 1>")
 */
export const fmsus5 = control('fmsustain5');
/**
 * Release time of the envelope of FM operator 5's index, in seconds.
 * @example
 * note("c3*4").s("sine").fm5(8).fmrelease5(0.3)
 */
export const fmrelease5 = control('fmrelease5');
/**
 * Alias of {@link fmrelease5}.
 * @example
 * note("c3*4").s("sine").fm5(8).fmrel5(0.3)
 */
export const fmrel5 = control('fmrelease5');
/**
 * Shape of the envelope of FM operator 6's index: `"lin"` or `"exp"`.
 * @example
 * note("c3*4").s("sine").fm6(8).fmdecay6(0.2).fmenv6("<lin exp>")
 */
export const fmenv6 = control('fmenv6');
/**
 * Attack time of the envelope of FM operator 6's index, in seconds.
 * @example
 * note("c3*4").s("sine").fm6(8).fmattack6("<0.01 0.2>")
 */
export const fmattack6 = control('fmattack6');
/**
 * Alias of {@link fmattack6}.
 * @example
 * note("c3*4").s("sine").fm6(8).fmatt6("<0.01 0.2>")
 */
export const fmatt6 = control('fmattack6');
/**
 * Decay time of the envelope of FM operator 6's index, in seconds.
 * @example
 * note("c3*4").s("sine").fm6(8).fmdecay6("<0.05 0.3>")
 */
export const fmdecay6 = control('fmdecay6');
/**
 * Alias of {@link fmdecay6}.
 * @example
 * note("c3*4").s("sine").fm6(8).fmdec6("<0.05 0.3>")
 */
export const fmdec6 = control('fmdecay6');
/**
 * Sustain level of the envelope of FM operator 6's index, from 0 to 1.
 * @example
 * note("c3*4").s("sine").fm6(8).fmsustain6("<0 1>")
 */
export const fmsustain6 = control('fmsustain6');
/**
 * Alias of {@link fmsustain6}.
 * @example
 * note("c3*4").s("sine").fm6(8).fmsus6("<0 1>")
 */
export const fmsus6 = control('fmsustain6');
/**
 * Release time of the envelope of FM operator 6's index, in seconds.
 * @example
 * note("c3*4").s("sine").fm6(8).fmrelease6(0.3)
 */
export const fmrelease6 = control('fmrelease6');
/**
 * Alias of {@link fmrelease6}.
 * @example
 * note("c3*4").s("sine").fm6(8).fmrel6(0.3)
 */
export const fmrel6 = control('fmrelease6');
/**
 * Shape of the envelope of FM operator 7's index: `"lin"` or `"exp"`.
 * @example
 * note("c3*4").s("sine").fm7(8).fmdecay7(0.2).fmenv7("<lin exp>")
 */
export const fmenv7 = control('fmenv7');
/**
 * Attack time of the envelope of FM operator 7's index, in seconds.
 * @example
 * note("c3*4").s("sine").fm7(8).fmattack7("<0.01 0.2>")
 */
export const fmattack7 = control('fmattack7');
/**
 * Alias of {@link fmattack7}.
 * @example
 * note("c3*4").s("sine").fm7(8).fmatt7("<0.01 0.2>")
 */
export const fmatt7 = control('fmattack7');
/**
 * Decay time of the envelope of FM operator 7's index, in seconds.
 * @example
 * note("c3*4").s("sine").fm7(8).fmdecay7("<0.05 0.3>")
 */
export const fmdecay7 = control('fmdecay7');
/**
 * Alias of {@link fmdecay7}.
 * @example
 * note("c3*4").s("sine").fm7(8).fmdec7("<0.05 0.3>")
 */
export const fmdec7 = control('fmdecay7');
/**
 * Sustain level of the envelope of FM operator 7's index, from 0 to 1.
 * @example
 * note("c3*4").s("sine").fm7(8).fmsustain7("<0 1>")
 */
export const fmsustain7 = control('fmsustain7');
/**
 * Alias of {@link fmsustain7}.
 * @example
 * note("c3*4").s("sine").fm7(8).fmsus7("<0 1>")
 */
export const fmsus7 = control('fmsustain7');
/**
 * Release time of the envelope of FM operator 7's index, in seconds.
 * @example
 * note("c3*4").s("sine").fm7(8).fmrelease7(0.3)
 */
export const fmrelease7 = control('fmrelease7');
/**
 * Alias of {@link fmrelease7}.
 * @example
 * note("c3*4").s("sine").fm7(8).fmrel7(0.3)
 */
export const fmrel7 = control('fmrelease7');
/**
 * Shape of the envelope of FM operator 8's index: `"lin"` or `"exp"`.
 * @example
 * note("c3*4").s("sine").fm8(8).fmdecay8(0.2).fmenv8("<lin exp>")
 */
export const fmenv8 = control('fmenv8');
/**
 * Attack time of the envelope of FM operator 8's index, in seconds.
 * @example
 * note("c3*4").s("sine").fm8(8).fmattack8("<0.01 0.2>")
 */
export const fmattack8 = control('fmattack8');
/**
 * Alias of {@link fmattack8}.
 * @example
 * note("c3*4").s("sine").fm8(8).fmatt8("<0.01 0.2>")
 */
export const fmatt8 = control('fmattack8');
/**
 * Decay time of the envelope of FM operator 8's index, in seconds.
 * @example
 * note("c3*4").s("sine").fm8(8).fmdecay8("<0.05 0.3>")
 */
export const fmdecay8 = control('fmdecay8');
/**
 * Alias of {@link fmdecay8}.
 * @example
 * note("c3*4").s("sine").fm8(8).fmdec8("<0.05 0.3>")
 */
export const fmdec8 = control('fmdecay8');
/**
 * Sustain level of the envelope of FM operator 8's index, from 0 to 1.
 * @example
 * note("c3*4").s("sine").fm8(8).fmsustain8("<0 1>")
 */
export const fmsustain8 = control('fmsustain8');
/**
 * Alias of {@link fmsustain8}.
 * @example
 * note("c3*4").s("sine").fm8(8).fmsus8("<0 1>")
 */
export const fmsus8 = control('fmsustain8');
/**
 * Release time of the envelope of FM operator 8's index, in seconds.
 * @example
 * note("c3*4").s("sine").fm8(8).fmrelease8(0.3)
 */
export const fmrelease8 = control('fmrelease8');
/**
 * Alias of {@link fmrelease8}.
 * @example
 * note("c3*4").s("sine").fm8(8).fmrel8(0.3)
 */
export const fmrel8 = control('fmrelease8');
