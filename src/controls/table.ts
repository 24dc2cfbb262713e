/**
 * The one table of controls: each key a control pattern can set, the type of its value, the
 * other names that set it (aliases), and how a list value (`"bd:3"` in mini-notation) spreads
 * over several keys. The {@link Controls} type is derived from it, and so are the control
 * functions in `controls*.ts` (one `export const` each, so that every name has its own docs).
 */

import { FM_OPERATOR_CONTROLS } from './table-fm.ts';
import { PASS_THROUGH_CONTROLS } from './table-superdirt.ts';

/** The value types a control can have, by kind. */
interface ControlKinds {
  number: number;
  string: string;
  /** A MIDI number or a note name such as `"c4"` or `"eb"`. */
  note: number | string;
  /** A number or a name, such as a filter type (`12` or `"ladder"`). */
  numberOrName: number | string;
  /** A slice count, or the list of slice points that `slice` was given. */
  slices: number | readonly number[];
  /** A list of numbers (partial magnitudes, sysex bytes), or a single number. */
  numbers: number | readonly number[];
  /** The modulators of one kind (`lfo`, `env`, `bmod`) by id; see `modulators.ts`. */
  modulators: Readonly<Record<string, unknown>>;
  /** The controls of each effect in an effect chain, in order (`FX`). */
  effects: readonly Readonly<Record<string, unknown>>[];
}

/** How one control is described in {@link CONTROL_TABLE}. */
export interface ControlSpec {
  readonly kind: keyof ControlKinds;
  /** Other function names that set this key, e.g. `lpf` for `cutoff`. */
  readonly aliases?: readonly string[];
  /**
   * Keys that a list value sets, in order: `s(["bd", 3])` sets `s` and `n`. Without it the list
   * is kept as the value (`n("1:2")` is `{n: [1, 2]}`); a spread of one key keeps the first item.
   */
  readonly spread?: readonly string[];
  /** Set only through another control's spread or by a function, not by its own control. */
  readonly internal?: true;
}

/**
 * Every control key, keyed by the name that ends up in the hap's value. Aliases and spreads are
 * Strudel's (checked against @strudel/core 1.2.6 by the tests): `lpf(800)` gives `{cutoff: 800}`,
 * `room("0.5:2")` gives `{room: 0.5, size: 2}`, while `size(2)` gives `{roomsize: 2}`.
 */
export const CONTROL_TABLE = {
  // sound source and sample playback
  s: { kind: 'string', aliases: ['sound'], spread: ['s', 'n', 'gain'] },
  n: { kind: 'number' },
  note: { kind: 'note', spread: ['note', 'n'] },
  freq: { kind: 'number' },
  octave: { kind: 'number', aliases: ['oct'] },
  bank: { kind: 'string' },
  gain: { kind: 'number' },
  amp: { kind: 'number' },
  velocity: { kind: 'number', aliases: ['vel'] },
  postgain: { kind: 'number' },
  pan: { kind: 'number' },
  speed: { kind: 'number' },
  stretch: { kind: 'number' },
  accelerate: { kind: 'number' },
  unit: { kind: 'string' },
  begin: { kind: 'number' },
  end: { kind: 'number' },
  loop: { kind: 'number' },
  loopBegin: { kind: 'number', aliases: ['loopb'] },
  loopEnd: { kind: 'number', aliases: ['loope'] },
  cut: { kind: 'number' },
  clip: { kind: 'number', aliases: ['legato'] },
  duration: { kind: 'number', aliases: ['dur'] },
  orbit: { kind: 'number', aliases: ['o'] },
  bus: { kind: 'number' },
  busgain: { kind: 'number', aliases: ['bgain'] },
  channel: { kind: 'number' },
  channels: { kind: 'number', aliases: ['ch'] },
  cps: { kind: 'number' },
  nudge: { kind: 'number' },
  color: { kind: 'string', spread: ['color', 'colour'] },
  colour: { kind: 'string', internal: true },
  _slices: { kind: 'slices', internal: true },
  // amplitude envelope
  attack: { kind: 'number', aliases: ['att'] },
  decay: { kind: 'number', aliases: ['dec'] },
  sustain: { kind: 'number', aliases: ['sus'] },
  release: { kind: 'number', aliases: ['rel'] },
  hold: { kind: 'number' },
  // filters
  cutoff: { kind: 'number', aliases: ['ctf', 'lpf', 'lp'], spread: ['cutoff', 'resonance', 'lpenv'] },
  resonance: { kind: 'number', aliases: ['lpq'] },
  hcutoff: { kind: 'number', aliases: ['hpf', 'hp'], spread: ['hcutoff', 'hresonance', 'hpenv'] },
  hresonance: { kind: 'number', aliases: ['hpq'] },
  bandf: { kind: 'number', aliases: ['bpf', 'bp'], spread: ['bandf', 'bandq', 'bpenv'] },
  bandq: { kind: 'number', aliases: ['bpq'] },
  ftype: { kind: 'numberOrName' },
  drive: { kind: 'number' },
  fanchor: { kind: 'number' },
  vowel: { kind: 'string' },
  djf: { kind: 'number' },
  // filter envelopes
  lpenv: { kind: 'number', aliases: ['lpe'] },
  lpattack: { kind: 'number', aliases: ['lpa'] },
  lpdecay: { kind: 'number', aliases: ['lpd'] },
  lpsustain: { kind: 'number', aliases: ['lps'] },
  lprelease: { kind: 'number', aliases: ['lpr'] },
  hpenv: { kind: 'number', aliases: ['hpe'] },
  hpattack: { kind: 'number', aliases: ['hpa'] },
  hpdecay: { kind: 'number', aliases: ['hpd'] },
  hpsustain: { kind: 'number', aliases: ['hps'] },
  hprelease: { kind: 'number', aliases: ['hpr'] },
  bpenv: { kind: 'number', aliases: ['bpe'] },
  bpattack: { kind: 'number', aliases: ['bpa'] },
  bpdecay: { kind: 'number', aliases: ['bpd'] },
  bpsustain: { kind: 'number', aliases: ['bps'] },
  bprelease: { kind: 'number', aliases: ['bpr'] },
  // filter LFOs
  lprate: { kind: 'number' },
  lpsync: { kind: 'number' },
  lpdepth: { kind: 'number' },
  lpdepthfrequency: { kind: 'number', aliases: ['lpdepthfreq'] },
  lpshape: { kind: 'numberOrName' },
  lpskew: { kind: 'number' },
  lpdc: { kind: 'number' },
  hprate: { kind: 'number' },
  hpsync: { kind: 'number' },
  hpdepth: { kind: 'number' },
  hpdepthfrequency: { kind: 'number', aliases: ['hpdepthfreq'] },
  hpshape: { kind: 'numberOrName' },
  hpskew: { kind: 'number' },
  hpdc: { kind: 'number' },
  bprate: { kind: 'number' },
  bpsync: { kind: 'number' },
  bpdepth: { kind: 'number' },
  bpdepthfrequency: { kind: 'number', aliases: ['bpdepthfreq'] },
  bpshape: { kind: 'numberOrName' },
  bpskew: { kind: 'number' },
  bpdc: { kind: 'number' },
  // pitch envelope and vibrato
  penv: { kind: 'number' },
  pattack: { kind: 'number', aliases: ['patt'] },
  pdecay: { kind: 'number', aliases: ['pdec'] },
  psustain: { kind: 'number', aliases: ['psus'] },
  prelease: { kind: 'number', aliases: ['prel'] },
  pcurve: { kind: 'number' },
  panchor: { kind: 'number' },
  vib: { kind: 'number', aliases: ['vibrato', 'v'], spread: ['vib', 'vibmod'] },
  vibmod: { kind: 'number', aliases: ['vmod'], spread: ['vibmod', 'vib'] },
  // synthesis
  fmi: { kind: 'number', aliases: ['fm', 'fmi1', 'fm1'], spread: ['fmi', 'fmh'] },
  fmh: { kind: 'number', aliases: ['fmh1'], spread: ['fmh', 'fmi'] },
  fmenv: { kind: 'numberOrName', aliases: ['fmenv1'], spread: ['fmenv'] },
  fmattack: { kind: 'number', aliases: ['fmatt', 'fmattack1', 'fmatt1'], spread: ['fmattack'] },
  fmdecay: { kind: 'number', aliases: ['fmdec', 'fmdecay1', 'fmdec1'], spread: ['fmdecay'] },
  fmsustain: { kind: 'number', aliases: ['fmsus', 'fmsustain1', 'fmsus1'], spread: ['fmsustain'] },
  fmrelease: { kind: 'number', aliases: ['fmrel', 'fmrelease1', 'fmrel1'], spread: ['fmrelease'] },
  fmwave: { kind: 'string', aliases: ['fmwave1'], spread: ['fmwave'] },
  pw: { kind: 'number', spread: ['pw', 'pwrate', 'pwsweep'] },
  pwrate: { kind: 'number' },
  pwsweep: { kind: 'number' },
  detune: { kind: 'number', aliases: ['det'] },
  unison: { kind: 'number' },
  spread: { kind: 'number' },
  noise: { kind: 'number' },
  // wavetable oscillator
  wt: { kind: 'number', aliases: ['wavetablePosition'] },
  warp: { kind: 'number', aliases: ['wavetableWarp'] },
  warpmode: { kind: 'numberOrName', aliases: ['wavetableWarpMode'] },
  wtphaserand: { kind: 'number', aliases: ['wavetablePhaseRand'] },
  wtenv: { kind: 'number' },
  wtattack: { kind: 'number', aliases: ['wtatt'] },
  wtdecay: { kind: 'number', aliases: ['wtdec'] },
  wtsustain: { kind: 'number', aliases: ['wtsus'] },
  wtrelease: { kind: 'number', aliases: ['wtrel'] },
  wtrate: { kind: 'number' },
  wtsync: { kind: 'number' },
  wtdepth: { kind: 'number' },
  wtshape: { kind: 'numberOrName' },
  wtskew: { kind: 'number' },
  wtdc: { kind: 'number' },
  warpenv: { kind: 'number' },
  warpattack: { kind: 'number', aliases: ['warpatt'] },
  warpdecay: { kind: 'number', aliases: ['warpdec'] },
  warpsustain: { kind: 'number', aliases: ['warpsus'] },
  warprelease: { kind: 'number', aliases: ['warprel'] },
  warprate: { kind: 'number' },
  warpsync: { kind: 'number' },
  warpdepth: { kind: 'number' },
  warpshape: { kind: 'numberOrName' },
  warpskew: { kind: 'number' },
  warpdc: { kind: 'number' },
  // delay and reverb
  delay: { kind: 'number', spread: ['delay', 'delaytime', 'delayfeedback'] },
  delaytime: { kind: 'number', aliases: ['delayt', 'dt'] },
  delayfeedback: { kind: 'number', aliases: ['delayfb', 'dfb'] },
  delayspeed: { kind: 'number' },
  delaysync: { kind: 'number' },
  lock: { kind: 'number' },
  room: { kind: 'number', spread: ['room', 'size'] },
  roomsize: { kind: 'number', aliases: ['size', 'sz', 'rsize'] },
  size: { kind: 'number', internal: true },
  roomfade: { kind: 'number', aliases: ['rfade'] },
  roomlp: { kind: 'number', aliases: ['rlp'] },
  roomdim: { kind: 'number', aliases: ['rdim'] },
  ir: { kind: 'string', aliases: ['iresponse'], spread: ['ir', 'i'] },
  i: { kind: 'number', internal: true },
  irspeed: { kind: 'number' },
  irbegin: { kind: 'number' },
  dry: { kind: 'number' },
  // distortion
  crush: { kind: 'number' },
  coarse: { kind: 'number' },
  shape: { kind: 'number', spread: ['shape', 'shapevol'] },
  shapevol: { kind: 'number', internal: true },
  distort: { kind: 'number', aliases: ['dist'], spread: ['distort', 'distortvol', 'distorttype'] },
  distortvol: { kind: 'number', aliases: ['distvol'] },
  distorttype: { kind: 'numberOrName', aliases: ['disttype'] },
  squiz: { kind: 'number' },
  // modulation and dynamics
  phaserrate: {
    kind: 'number',
    aliases: ['phaser', 'ph'],
    spread: ['phaserrate', 'phaserdepth', 'phasercenter', 'phasersweep'],
  },
  phaserdepth: { kind: 'number', aliases: ['phasdp', 'phd'] },
  phasercenter: { kind: 'number', aliases: ['phc'] },
  phasersweep: { kind: 'number', aliases: ['phs'] },
  compressor: {
    kind: 'number',
    spread: ['compressor', 'compressorRatio', 'compressorKnee', 'compressorAttack', 'compressorRelease'],
  },
  compressorRatio: { kind: 'number' },
  compressorKnee: { kind: 'number' },
  compressorAttack: { kind: 'number' },
  compressorRelease: { kind: 'number' },
  tremolo: {
    kind: 'number',
    aliases: ['trem'],
    spread: ['tremolo', 'tremolodepth', 'tremoloskew', 'tremolophase'],
  },
  tremolosync: {
    kind: 'number',
    aliases: ['tremsync'],
    spread: ['tremolosync', 'tremolodepth', 'tremoloskew', 'tremolophase'],
  },
  tremolodepth: { kind: 'number', aliases: ['tremdepth'] },
  tremoloskew: { kind: 'number', aliases: ['tremskew'] },
  tremolophase: { kind: 'number', aliases: ['tremphase'] },
  tremoloshape: { kind: 'numberOrName', aliases: ['tremshape'] },
  chorus: { kind: 'number' },
  leslie: { kind: 'number' },
  lrate: { kind: 'number' },
  lsize: { kind: 'number' },
  duckorbit: { kind: 'number', aliases: ['duck'] },
  duckattack: { kind: 'number', aliases: ['duckatt'] },
  duckdepth: { kind: 'number' },
  duckonset: { kind: 'number', aliases: ['duckons'] },
  transient: { kind: 'number', spread: ['transient', 'transsustain'] },
  transsustain: { kind: 'number', internal: true },
  // sound sources: crackle noise, additive partials, byte beats
  density: { kind: 'number' },
  partials: { kind: 'numbers', spread: ['partials'] },
  phases: { kind: 'numbers', spread: ['phases'] },
  byteBeatExpression: { kind: 'string', aliases: ['bbexpr'] },
  byteBeatStartTime: { kind: 'number', aliases: ['bbst'] },
  // chord voicings (read by `voicing`)
  chord: { kind: 'string' },
  dictionary: { kind: 'string', aliases: ['dict'] },
  anchor: { kind: 'note' },
  offset: { kind: 'number' },
  octaves: { kind: 'number' },
  mode: { kind: 'string', spread: ['mode', 'anchor'] },
  // modulators and effect chains (set by `lfo`, `env`, `bmod` and `FX`)
  lfo: { kind: 'modulators', internal: true },
  env: { kind: 'modulators', internal: true },
  bmod: { kind: 'modulators', internal: true },
  FX: { kind: 'effects', internal: true },
  FXrelease: { kind: 'number', aliases: ['fxr', 'FXrel', 'FXr'] },
  // MIDI and OSC output
  midichan: { kind: 'number' },
  midimap: { kind: 'string' },
  midiport: { kind: 'numberOrName' },
  midicmd: { kind: 'string' },
  ccn: { kind: 'number' },
  ccv: { kind: 'number' },
  ctlNum: { kind: 'number' },
  nrpnn: { kind: 'numbers' },
  nrpv: { kind: 'number' },
  progNum: { kind: 'number' },
  sysexid: { kind: 'number' },
  sysexdata: { kind: 'numbers' },
  midibend: { kind: 'number' },
  miditouch: { kind: 'number' },
  polyTouch: { kind: 'number' },
  oschost: { kind: 'string' },
  oscport: { kind: 'number' },
  ...FM_OPERATOR_CONTROLS,
  ...PASS_THROUGH_CONTROLS,
} as const satisfies Readonly<Record<string, ControlSpec>>;

type Table = typeof CONTROL_TABLE;

/** The name of a control key, such as `"s"`, `"note"` or `"cutoff"`. */
export type ControlName = keyof Table;

/** The value type of the control `K`. */
export type ControlValue<K extends ControlName> = ControlKinds[Table[K]['kind']];

type ControlsFromTable = { [K in ControlName]?: ControlValue<K> };

/**
 * The value of a control pattern: a sound, its note and the parameters that shape it. Every key
 * is optional; `s("bd").lpf(800)` holds `{ s: "bd", cutoff: 800 }`.
 */
export interface Controls extends ControlsFromTable {
  /** What `set` makes of a plain value combined with controls (`"1 2".set(n(3))`). */
  value?: unknown;
}

/**
 * The keys a list value of control `key` spreads over, in order; undefined when it keeps the list.
 * @example
 * "800:8 2000:2".fmap((list) => Object.fromEntries(list.map((item, i) => [spreadKeys('cutoff')?.[i] ?? 'cutoff', item]))).note("c2").s("sawtooth")
 */
export function spreadKeys(key: ControlName): readonly ControlName[] | undefined {
  const spec: ControlSpec = CONTROL_TABLE[key];
  return spec.spread as readonly ControlName[] | undefined;
}
