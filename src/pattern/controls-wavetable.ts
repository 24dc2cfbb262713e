/**
 * Wavetable oscillator controls: position and warp, each with an envelope and an LFO.
 * See `CONTROL_TABLE` (src/controls/table.ts) for keys and aliases.
 */
import { control } from './controls.ts';

/**
 * Position in the wavetable of the wavetable oscillator, from 0 to 1.
 * @example
 * s("squelch").bank("wt_digital").note("F1").wt("0 0.25 0.5 0.75")
 */
export const wt = control('wt');
/**
 * Alias of {@link wt}.
 * @example
 * s("squelch").bank("wt_digital").note("F1").wavetablePosition(0.5)
 */
export const wavetablePosition = control('wt');
/**
 * How much the wavetable oscillator's waveform is warped, from 0 to 1.
 * @example
 * s("basique").bank("wt_digital").note("F1").warp("0 0.5 1").warpmode("spin")
 */
export const warp = control('warp');
/**
 * Alias of {@link warp}.
 * @example
 * s("basique").bank("wt_digital").note("F1").wavetableWarp(0.5)
 */
export const wavetableWarp = control('warp');
/**
 * How the wavetable oscillator's waveform is warped: `"asym"`, `"bendp"`, `"spin"`, `"fold"`, `"pwm"`, ...
 * @example
 * s("basique").bank("wt_digital").note("F1").warp(0.5).warpmode("<asym fold spin>")
 */
export const warpmode = control('warpmode');
/**
 * Alias of {@link warpmode}.
 * @example
 * s("basique").bank("wt_digital").note("F1").warp(0.5).wavetableWarpMode("fold")
 */
export const wavetableWarpMode = control('warpmode');
/**
 * How random the wavetable oscillator's starting phase is, from 0 to 1.
 * @example
 * s("basique").bank("wt_digital").seg(16).wtphaserand("<0 1>")
 */
export const wtphaserand = control('wtphaserand');
/**
 * Alias of {@link wtphaserand}.
 * @example
 * s("basique").bank("wt_digital").seg(16).wavetablePhaseRand(1)
 */
export const wavetablePhaseRand = control('wtphaserand');
/**
 * How far the envelope moves the wavetable oscillator's position.
 * @example
 * s("basique").bank("wt_digital").note("F1").wtenv("<0.5 1>").wtdecay(0.2)
 */
export const wtenv = control('wtenv');
/**
 * Attack time of the wavetable oscillator's position envelope, in seconds.
 * @example
 * s("basique").bank("wt_digital").note("F1").wtenv(1).wtattack("<0.01 0.3>")
 */
export const wtattack = control('wtattack');
/**
 * Alias of {@link wtattack}.
 * @example
 * s("basique").bank("wt_digital").note("F1").wtenv(1).wtatt(0.1)
 */
export const wtatt = control('wtattack');
/**
 * Decay time of the wavetable oscillator's position envelope, in seconds.
 * @example
 * s("basique").bank("wt_digital").note("F1").wtenv(1).wtdecay("<0.05 0.3>")
 */
export const wtdecay = control('wtdecay');
/**
 * Alias of {@link wtdecay}.
 * @example
 * s("basique").bank("wt_digital").note("F1").wtenv(1).wtdec(0.1)
 */
export const wtdec = control('wtdecay');
/**
 * Sustain level of the wavetable oscillator's position envelope, from 0 to 1.
 * @example
 * s("basique").bank("wt_digital").note("F1").wtenv(1).wtdecay(0.1).wtsustain("<0 0.5>")
 */
export const wtsustain = control('wtsustain');
/**
 * Alias of {@link wtsustain}.
 * @example
 * s("basique").bank("wt_digital").note("F1").wtenv(1).wtdecay(0.1).wtsus(0.5)
 */
export const wtsus = control('wtsustain');
/**
 * Release time of the wavetable oscillator's position envelope, in seconds.
 * @example
 * s("basique").bank("wt_digital").note("F1").wtenv(1).wtrelease("<0.1 0.5>")
 */
export const wtrelease = control('wtrelease');
/**
 * Alias of {@link wtrelease}.
 * @example
 * s("basique").bank("wt_digital").note("F1").wtenv(1).wtrel(0.3)
 */
export const wtrel = control('wtrelease');
/**
 * Rate of the LFO that moves the wavetable oscillator's position, in Hz.
 * @example
 * s("basique").bank("wt_digital").note("F1").wtrate("<1 4>")
 */
export const wtrate = control('wtrate');
/**
 * Rate of the LFO that moves the wavetable oscillator's position, in cycles.
 * @example
 * s("basique").bank("wt_digital").note("F1").wtsync("<1 2>")
 */
export const wtsync = control('wtsync');
/**
 * Depth of the LFO that moves the wavetable oscillator's position.
 * @example
 * s("basique").bank("wt_digital").note("F1").wtrate(2).wtdepth("<0.5 1>")
 */
export const wtdepth = control('wtdepth');
/**
 * Waveform of the LFO that moves the wavetable oscillator's position.
 * @example
 * s("basique").bank("wt_digital").note("F1").wtrate(2).wtshape("<0 1>")
 */
export const wtshape = control('wtshape');
/**
 * Skew of the waveform of the LFO that moves the wavetable oscillator's position.
 * @example
 * s("basique").bank("wt_digital").note("F1").wtrate(2).wtskew("<0.2 0.8>")
 */
export const wtskew = control('wtskew');
/**
 * DC offset of the LFO that moves the wavetable oscillator's position.
 * @example
 * s("basique").bank("wt_digital").note("F1").wtrate(2).wtdc("<0 0.5>")
 */
export const wtdc = control('wtdc');
/**
 * How far the envelope moves the wavetable oscillator's warp.
 * @example
 * s("basique").bank("wt_digital").note("F1").warpenv("<0.5 1>").warpdecay(0.2)
 */
export const warpenv = control('warpenv');
/**
 * Attack time of the wavetable oscillator's warp envelope, in seconds.
 * @example
 * s("basique").bank("wt_digital").note("F1").warpenv(1).warpattack("<0.01 0.3>")
 */
export const warpattack = control('warpattack');
/**
 * Alias of {@link warpattack}.
 * @example
 * s("basique").bank("wt_digital").note("F1").warpenv(1).warpatt(0.1)
 */
export const warpatt = control('warpattack');
/**
 * Decay time of the wavetable oscillator's warp envelope, in seconds.
 * @example
 * s("basique").bank("wt_digital").note("F1").warpenv(1).warpdecay("<0.05 0.3>")
 */
export const warpdecay = control('warpdecay');
/**
 * Alias of {@link warpdecay}.
 * @example
 * s("basique").bank("wt_digital").note("F1").warpenv(1).warpdec(0.1)
 */
export const warpdec = control('warpdecay');
/**
 * Sustain level of the wavetable oscillator's warp envelope, from 0 to 1.
 * @example
 * s("basique").bank("wt_digital").note("F1").warpenv(1).warpdecay(0.1).warpsustain("<0 0.5>")
 */
export const warpsustain = control('warpsustain');
/**
 * Alias of {@link warpsustain}.
 * @example
 * s("basique").bank("wt_digital").note("F1").warpenv(1).warpdecay(0.1).warpsus(0.5)
 */
export const warpsus = control('warpsustain');
/**
 * Release time of the wavetable oscillator's warp envelope, in seconds.
 * @example
 * s("basique").bank("wt_digital").note("F1").warpenv(1).warprelease("<0.1 0.5>")
 */
export const warprelease = control('warprelease');
/**
 * Alias of {@link warprelease}.
 * @example
 * s("basique").bank("wt_digital").note("F1").warpenv(1).warprel(0.3)
 */
export const warprel = control('warprelease');
/**
 * Rate of the LFO that moves the wavetable oscillator's warp, in Hz.
 * @example
 * s("basique").bank("wt_digital").note("F1").warprate("<1 4>")
 */
export const warprate = control('warprate');
/**
 * Rate of the LFO that moves the wavetable oscillator's warp, in cycles.
 * @example
 * s("basique").bank("wt_digital").note("F1").warpsync("<1 2>")
 */
export const warpsync = control('warpsync');
/**
 * Depth of the LFO that moves the wavetable oscillator's warp.
 * @example
 * s("basique").bank("wt_digital").note("F1").warprate(2).warpdepth("<0.5 1>")
 */
export const warpdepth = control('warpdepth');
/**
 * Waveform of the LFO that moves the wavetable oscillator's warp.
 * @example
 * s("basique").bank("wt_digital").note("F1").warprate(2).warpshape("<0 1>")
 */
export const warpshape = control('warpshape');
/**
 * Skew of the waveform of the LFO that moves the wavetable oscillator's warp.
 * @example
 * s("basique").bank("wt_digital").note("F1").warprate(2).warpskew("<0.2 0.8>")
 */
export const warpskew = control('warpskew');
/**
 * DC offset of the LFO that moves the wavetable oscillator's warp.
 * @example
 * s("basique").bank("wt_digital").note("F1").warprate(2).warpdc("<0 0.5>")
 */
export const warpdc = control('warpdc');
