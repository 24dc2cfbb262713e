/**
 * Effects: delay, reverb, bit crushing, waveshaping and distortion, and effect chains (`FX`).
 * Rows of the one control table (table.ts); see spec.ts for what each column means.
 */
import type { ControlRows } from './spec.ts';

/** The rows of this section, keyed by the name that ends up in the hap's value. */
export const EFFECT_CONTROLS = {
  delay: {
    kind: 'number', spread: ['delay', 'delaytime', 'delayfeedback'], engine: 'orbit',
    doc: 'Delay send level, from 0 to 1. `"0.5:0.25:0.7"` also sets `delaytime` and `delayfeedback`.',
    example: 's("bd sd").delay("<0 0.5>")',
  },
  delaytime: {
    kind: 'number', aliases: ['delayt', 'dt'], engine: 'orbit',
    doc: 'Delay time, in seconds.',
    example: 's("bd sd").delay(0.5).delaytime("<0.125 0.25>")',
  },
  delayfeedback: {
    kind: 'number', aliases: ['delayfb', 'dfb'], engine: 'orbit',
    doc: 'How much of the delay is fed back, from 0 to 1 (keep it below 1).',
    example: 's("bd sd").delay(0.5).delayfeedback("<0.2 0.7>")',
  },
  delayspeed: {
    kind: 'number', engine: 'unsupported',
    doc: "Changes the delay's speed (and so its pitch) as it repeats.",
    example: 'note("d a# a").s("sawtooth").delay(0.8).delaytime(0.5).delayspeed("<2 0.5 -1>")',
  },
  delaysync: {
    kind: 'number', engine: 'orbit',
    doc: 'Delay time, in cycles (synced to the tempo).',
    example: 's("bd bd").delay(0.25).delaysync("<1 2 3>".div(8))',
  },
  lock: {
    kind: 'number', engine: 'unsupported',
    doc: 'Makes `delaytime` relative to the tempo (1) or not (0).',
    example: 's("sd").delay(0.5).lock(1)',
  },
  room: {
    kind: 'number', spread: ['room', 'size'], engine: 'orbit',
    doc: 'Reverb send level, from 0 to 1. `"0.5:4"` also sets the key `size`.',
    example: 's("bd sd").room("<0 0.4 0.8>")',
  },
  roomsize: {
    kind: 'number', aliases: ['size', 'sz', 'rsize'], engine: 'orbit',
    doc: 'Reverb room size (decay), from 0 to 10.',
    example: 's("bd sd").room(0.5).roomsize("<1 4 8>")',
  },
  size: {
    kind: 'number', internal: true, engine: 'orbit',
    doc: 'The reverb room size, as a list value of `room` (`"0.5:2"`) sets it; the function `size` sets `roomsize`.',
  },
  roomfade: {
    kind: 'number', aliases: ['rfade'], engine: 'orbit',
    doc: 'Reverb fade time, in seconds: the reverb decays by 60 dB in this time (instead of the time `roomsize` sets).',
    example: 's("bd sd").room(0.5).roomfade("<0.5 4>")',
  },
  roomlp: {
    kind: 'number', aliases: ['rlp'], engine: 'orbit',
    doc: 'Low-pass cutoff of the reverb, in Hz: filters what goes into the orbit\'s reverb.',
    example: 's("bd sd").room(0.5).roomlp("<2000 10000>")',
  },
  roomdim: {
    kind: 'number', aliases: ['rdim'], engine: 'orbit',
    doc: 'The low-pass cutoff the reverb\'s tail has fallen to once it has decayed by 60 dB, in Hz: lower is darker as it fades.',
    example: 's("bd sd").room(0.5).roomdim("<2000 10000>")',
  },
  ir: {
    kind: 'string', aliases: ['iresponse'], spread: ['ir', 'i'], engine: 'orbit',
    doc: 'A sample to use as the orbit\'s reverb: events that send to it (`room`) are convolved with the sample (its first 4 s) once it has loaded. `"name:2"` also sets its index `i`.',
    example: 's("bd sd [~ bd] sd").room(0.8).ir("<shaker_large:0 shaker_large:2>")',
  },
  i: {
    kind: 'number', internal: true, engine: 'orbit',
    doc: 'The sample number of the impulse response, as a list value of `ir` (`"hall:2"`) sets it.',
  },
  irspeed: {
    kind: 'number', engine: 'unsupported',
    doc: 'Playback speed of the impulse response sample.',
    example: 's("bd sd").room(0.5).ir("shaker_large").irspeed("<2 1 0.5>")',
  },
  irbegin: {
    kind: 'number', engine: 'unsupported',
    doc: 'Where in the impulse response sample to start, from 0 to 1.',
    example: 's("bd sd").room(0.5).ir("shaker_large").irbegin("<0 0.5>")',
  },
  dry: {
    kind: 'number', engine: 'voice',
    doc: 'The dry (unprocessed) level of the voice, from 0 to 1 (default 1); its delay and reverb sends are not affected.',
    example: 's("bd sd").room(0.8).dry("<0 1>")',
  },
  crush: {
    kind: 'number', engine: 'voice',
    doc: 'Bit crushing: 16 is barely audible, 1 is extreme.',
    example: 's("bd sd").crush("<16 4 2>")',
  },
  coarse: {
    kind: 'number', engine: 'voice',
    doc: 'Sample-rate reduction: keeps every nth sample.',
    example: 's("bd sd").coarse("<1 4 8>")',
  },
  shape: {
    kind: 'number', spread: ['shape', 'shapevol'], engine: 'voice',
    doc: 'Wave-shaping distortion, from 0 to 1.',
    example: 's("bd sd").shape("<0 0.5 0.9>")',
  },
  shapevol: {
    kind: 'number', internal: true, engine: 'unsupported',
    doc: 'The volume after `shape`, as a list value of `shape` (`"0.5:0.8"`) sets it.',
  },
  distort: {
    kind: 'number', aliases: ['dist'], spread: ['distort', 'distortvol', 'distorttype'], engine: 'voice',
    doc: 'Distortion amount. `"3:0.5"` also sets `distortvol` (and a third value `distorttype`).',
    example: 's("bd sd").distort("<0 2 5>")',
  },
  distortvol: {
    kind: 'number', aliases: ['distvol'], engine: 'voice',
    doc: 'Output volume of the distortion.',
    example: 's("bd sd").distort(4).distortvol(0.5)',
  },
  distorttype: {
    kind: 'numberOrName', aliases: ['disttype'], engine: 'unsupported',
    doc: 'The distortion\'s shape, by name (such as `"soft"`, `"hard"` or `"fold"`) or number.',
    example: 's("bd sd").distort(3).distorttype("<soft fold>")',
  },
  squiz: {
    kind: 'number', engine: 'unsupported',
    doc: 'A pitch-raising, aliasing effect: 2 and up.',
    example: 's("bd sd").squiz("<1 2 4>")',
  },
  FX: {
    kind: 'effects', internal: true, engine: 'unsupported',
    doc: 'The controls of each effect of an effect chain, in order, as `FX` sets them.',
  },
  FXrelease: {
    kind: 'number', aliases: ['fxr', 'FXrel', 'FXr'], engine: 'unsupported',
    doc: 'How long, in seconds, the effects of an `FX` chain keep ringing after the event ends.',
    example: 's("bd sd").FX(delay(0.5), room(0.2)).FXrelease(1.7)',
  },
} as const satisfies ControlRows;
