/**
 * Other names Strudel gives existing controls: the FM controls numbered as operator 1 (`fm1` is
 * {@link fmi}, `fmattack1` is {@link fmattack}, ...), `o` for {@link orbit}, and `distvol`/`disttype`
 * for the distortion's volume and type. See `CONTROL_TABLE` (src/controls/table.ts).
 */
import { control } from './controls.ts';

/**
 * Alias of {@link fmi} (FM operator 1).
 * @example
 * note("c3 e3").s("sine").fmi1("<0 2 8>")
 */
export const fmi1 = control('fmi');
/**
 * Alias of {@link fmi} (FM operator 1).
 * @example
 * note("c3 e3").s("sine").fm1(4)
 */
export const fm1 = control('fmi');
/**
 * Alias of {@link fmh} (FM operator 1). Strudel 1.2.6's method `.fmh1` sets `fmi` instead (its
 * function sets `fmh`); weft's method sets `fmh`.
 * @example
 * note("c3 e3").s("sine").fm(4).set(fmh1("<1 1.5 2>"))
 */
export const fmh1 = control('fmh');
/**
 * Alias of {@link fmenv} (FM operator 1).
 * @example
 * note("c3*4").s("sine").fm(8).fmdecay(0.2).fmenv1("<lin exp>")
 */
export const fmenv1 = control('fmenv');
/**
 * Alias of {@link fmattack} (FM operator 1).
 * @example
 * note("c3*4").s("sine").fm(8).fmattack1("<0.01 0.2>")
 */
export const fmattack1 = control('fmattack');
/**
 * Alias of {@link fmattack} (FM operator 1).
 * @example
 * note("c3*4").s("sine").fm(8).fmatt1(0.1)
 */
export const fmatt1 = control('fmattack');
/**
 * Alias of {@link fmdecay} (FM operator 1).
 * @example
 * note("c3*4").s("sine").fm(8).fmdecay1("<0.05 0.3>")
 */
export const fmdecay1 = control('fmdecay');
/**
 * Alias of {@link fmdecay} (FM operator 1).
 * @example
 * note("c3*4").s("sine").fm(8).fmdec1(0.1)
 */
export const fmdec1 = control('fmdecay');
/**
 * Alias of {@link fmsustain} (FM operator 1).
 * @example
 * note("c3*4").s("sine").fm(8).fmdecay(0.1).fmsustain1("<0 1>")
 */
export const fmsustain1 = control('fmsustain');
/**
 * Alias of {@link fmsustain} (FM operator 1).
 * @example
 * note("c3*4").s("sine").fm(8).fmdecay(0.1).fmsus1(0.5)
 */
export const fmsus1 = control('fmsustain');
/**
 * Alias of {@link fmrelease} (FM operator 1).
 * @example
 * note("c3 e3").s("sine").fm(8).fmrelease1(0.3)
 */
export const fmrelease1 = control('fmrelease');
/**
 * Alias of {@link fmrelease} (FM operator 1).
 * @example
 * note("c3 e3").s("sine").fm(8).fmrel1(0.3)
 */
export const fmrel1 = control('fmrelease');
/**
 * Alias of {@link fmwave} (FM operator 1).
 * @example
 * note("c3 e3").s("sine").fm(4).fmwave1("<sine square>")
 */
export const fmwave1 = control('fmwave');
/**
 * Alias of {@link orbit}.
 * @example
 * stack(s("bd*2").o(1), s("hh*4").room(0.5).o(2))
 */
export const o = control('orbit');
/**
 * Alias of {@link distortvol}.
 * @example
 * s("bd sd").distort(3).distvol(0.5)
 */
export const distvol = control('distortvol');
/**
 * Alias of {@link distorttype}.
 * @example
 * s("bd sd").distort(3).disttype("<1 2>")
 */
export const disttype = control('distorttype');
