/**
 * The wavetable oscillator: its position and warp, and their envelopes and LFOs.
 * Rows of the one control table (table.ts); see spec.ts for what each column means.
 */
import type { ControlRows } from './spec.ts';

/** The rows of this section, keyed by the name that ends up in the hap's value. */
export const WAVETABLE_CONTROLS = {
  wt: {
    kind: 'number', aliases: ['wavetablePosition'], engine: 'voice',
    doc: 'Position among the frames of a wavetable sound (`s("wt_...")`, a loaded sample whose name starts with `wt_`: frames of 2048 samples, or the whole file as one cycle), from 0 (the first frame) to 1 (the last); between frames the two neighbours are crossfaded. Default 0.',
    example: 's("squelch").bank("wt_digital").note("F1").wt("0 0.25 0.5 0.75")',
  },
  warp: {
    kind: 'number', aliases: ['wavetableWarp'], engine: 'voice',
    doc: "How much the wavetable oscillator's waveform is warped, from 0 (not at all) to 1, in the way `warpmode` says. Default 0.",
    example: 's("basique").bank("wt_digital").note("F1").warp("0 0.5 1").warpmode("asym")',
  },
  warpmode: {
    kind: 'numberOrName', aliases: ['wavetableWarpMode'], engine: 'voice',
    doc: 'How `warp` bends the wavetable oscillator\'s waveform: `"none"`, `"asym"` (the midpoint moves towards the start), `"bendp"` / `"bendm"` (the phase runs ahead / lags), `"sync"` (hard sync, up to 8 restarts a cycle), `"quant"` (the phase in 2048 down to 2 steps), `"fold"` (amplified up to 5 times and folded back), `"pwm"` (the cycle squeezed into 1 − warp, silence after), `"mirror"` (read forwards then backwards), or the index of one in that list. Default none.',
    example: 's("basique").bank("wt_digital").note("F1").warp(0.5).warpmode("<asym fold sync>")',
  },
  wtphaserand: {
    kind: 'number', aliases: ['wavetablePhaseRand'], engine: 'voice',
    doc: 'How random the wavetable oscillator\'s starting phase is, from 0 (every note starts at the frame\'s beginning) to 1 (anywhere in the cycle). Default 0.',
    example: 's("basique").bank("wt_digital").seg(16).wtphaserand("<0 1>")',
  },
  wtenv: {
    kind: 'number', engine: 'voice',
    doc: 'How far an envelope moves the wavetable oscillator\'s position (`wt`): added to it times the envelope\'s level (0 to 1), the sum kept within 0 to 1; negative moves it down. Its stages are `wtattack`, `wtdecay`, `wtsustain`, `wtrelease`. Default 0 (no envelope).',
    example: 's("basique").bank("wt_digital").note("F1").wtenv("<0.5 1>").wtdecay(0.2)',
  },
  wtattack: {
    kind: 'number', aliases: ['wtatt'], engine: 'voice',
    doc: 'Attack time of the wavetable oscillator\'s position (`wt`) envelope, in seconds. Default 0.005.',
    example: 's("basique").bank("wt_digital").note("F1").wtenv(1).wtattack("<0.01 0.3>")',
  },
  wtdecay: {
    kind: 'number', aliases: ['wtdec'], engine: 'voice',
    doc: 'Decay time of the wavetable oscillator\'s position (`wt`) envelope, in seconds. Default 0.1.',
    example: 's("basique").bank("wt_digital").note("F1").wtenv(1).wtdecay("<0.05 0.3>")',
  },
  wtsustain: {
    kind: 'number', aliases: ['wtsus'], engine: 'voice',
    doc: 'Sustain level of the wavetable oscillator\'s position (`wt`) envelope, from 0 to 1, held until the event ends. Default 1.',
    example: 's("basique").bank("wt_digital").note("F1").wtenv(1).wtdecay(0.1).wtsustain("<0 0.5>")',
  },
  wtrelease: {
    kind: 'number', aliases: ['wtrel'], engine: 'voice',
    doc: 'Release time of the wavetable oscillator\'s position (`wt`) envelope after the event ends, in seconds. Default 0.01.',
    example: 's("basique").bank("wt_digital").note("F1").wtenv(1).wtrelease("<0.1 0.5>")',
  },
  wtrate: {
    kind: 'number', engine: 'unsupported',
    doc: "Rate of the LFO that moves the wavetable oscillator's position, in Hz.",
    example: 's("basique").bank("wt_digital").note("F1").wtrate("<1 4>")',
  },
  wtsync: {
    kind: 'number', engine: 'unsupported',
    doc: "Rate of the LFO that moves the wavetable oscillator's position, in cycles.",
    example: 's("basique").bank("wt_digital").note("F1").wtsync("<1 2>")',
  },
  wtdepth: {
    kind: 'number', engine: 'unsupported',
    doc: "Depth of the LFO that moves the wavetable oscillator's position.",
    example: 's("basique").bank("wt_digital").note("F1").wtrate(2).wtdepth("<0.5 1>")',
  },
  wtshape: {
    kind: 'numberOrName', engine: 'unsupported',
    doc: "Waveform of the LFO that moves the wavetable oscillator's position.",
    example: 's("basique").bank("wt_digital").note("F1").wtrate(2).wtshape("<0 1>")',
  },
  wtskew: {
    kind: 'number', engine: 'unsupported',
    doc: "Skew of the waveform of the LFO that moves the wavetable oscillator's position.",
    example: 's("basique").bank("wt_digital").note("F1").wtrate(2).wtskew("<0.2 0.8>")',
  },
  wtdc: {
    kind: 'number', engine: 'unsupported',
    doc: "DC offset of the LFO that moves the wavetable oscillator's position.",
    example: 's("basique").bank("wt_digital").note("F1").wtrate(2).wtdc("<0 0.5>")',
  },
  warpenv: {
    kind: 'number', engine: 'voice',
    doc: 'How far an envelope moves the wavetable oscillator\'s warp: added to it times the envelope\'s level (0 to 1), the sum kept within 0 to 1; negative moves it down. Its stages are `warpattack`, `warpdecay`, `warpsustain`, `warprelease`. Default 0 (no envelope).',
    example: 's("basique").bank("wt_digital").note("F1").warpenv("<0.5 1>").warpdecay(0.2)',
  },
  warpattack: {
    kind: 'number', aliases: ['warpatt'], engine: 'voice',
    doc: 'Attack time of the wavetable oscillator\'s warp envelope, in seconds. Default 0.005.',
    example: 's("basique").bank("wt_digital").note("F1").warpenv(1).warpattack("<0.01 0.3>")',
  },
  warpdecay: {
    kind: 'number', aliases: ['warpdec'], engine: 'voice',
    doc: 'Decay time of the wavetable oscillator\'s warp envelope, in seconds. Default 0.1.',
    example: 's("basique").bank("wt_digital").note("F1").warpenv(1).warpdecay("<0.05 0.3>")',
  },
  warpsustain: {
    kind: 'number', aliases: ['warpsus'], engine: 'voice',
    doc: 'Sustain level of the wavetable oscillator\'s warp envelope, from 0 to 1, held until the event ends. Default 1.',
    example: 's("basique").bank("wt_digital").note("F1").warpenv(1).warpdecay(0.1).warpsustain("<0 0.5>")',
  },
  warprelease: {
    kind: 'number', aliases: ['warprel'], engine: 'voice',
    doc: 'Release time of the wavetable oscillator\'s warp envelope after the event ends, in seconds. Default 0.01.',
    example: 's("basique").bank("wt_digital").note("F1").warpenv(1).warprelease("<0.1 0.5>")',
  },
  warprate: {
    kind: 'number', engine: 'unsupported',
    doc: "Rate of the LFO that moves the wavetable oscillator's warp, in Hz.",
    example: 's("basique").bank("wt_digital").note("F1").warprate("<1 4>")',
  },
  warpsync: {
    kind: 'number', engine: 'unsupported',
    doc: "Rate of the LFO that moves the wavetable oscillator's warp, in cycles.",
    example: 's("basique").bank("wt_digital").note("F1").warpsync("<1 2>")',
  },
  warpdepth: {
    kind: 'number', engine: 'unsupported',
    doc: "Depth of the LFO that moves the wavetable oscillator's warp.",
    example: 's("basique").bank("wt_digital").note("F1").warprate(2).warpdepth("<0.5 1>")',
  },
  warpshape: {
    kind: 'numberOrName', engine: 'unsupported',
    doc: "Waveform of the LFO that moves the wavetable oscillator's warp.",
    example: 's("basique").bank("wt_digital").note("F1").warprate(2).warpshape("<0 1>")',
  },
  warpskew: {
    kind: 'number', engine: 'unsupported',
    doc: "Skew of the waveform of the LFO that moves the wavetable oscillator's warp.",
    example: 's("basique").bank("wt_digital").note("F1").warprate(2).warpskew("<0.2 0.8>")',
  },
  warpdc: {
    kind: 'number', engine: 'unsupported',
    doc: "DC offset of the LFO that moves the wavetable oscillator's warp.",
    example: 's("basique").bank("wt_digital").note("F1").warprate(2).warpdc("<0 0.5>")',
  },
} as const satisfies ControlRows;
