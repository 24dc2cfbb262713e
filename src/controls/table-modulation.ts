/**
 * Modulation and dynamics: phaser, compressor, tremolo, chorus, leslie, ducking, the transient
 * shaper, and the modulators that `lfo`, `env` and `bmod` set.
 * Rows of the one control table (table.ts); see spec.ts for what each column means.
 */
import type { ControlRows } from './spec.ts';

/** The rows of this section, keyed by the name that ends up in the hap's value. */
export const MODULATION_CONTROLS = {
  phaserrate: {
    kind: 'number', aliases: ['phaser', 'ph'], spread: ['phaserrate', 'phaserdepth', 'phasercenter', 'phasersweep'], engine: 'voice',
    doc: 'Phaser rate in Hz: four all-pass stages, their frequency swept by an LFO and mixed with the dry sound, move two notches through the spectrum. `"2:0.5"` also sets `phaserdepth` (and `phasercenter`, `phasersweep`).',
    example: 'note("c3 e3").s("sawtooth").phaserrate("<1 4>")',
  },
  phaserdepth: {
    kind: 'number', aliases: ['phasdp', 'phd'], engine: 'voice',
    doc: 'Phaser depth, from 0 to 1 (default 0.75): how deep its notches are.',
    example: 'note("c3 e3").s("sawtooth").phaser(2).phaserdepth("<0.2 0.8>")',
  },
  phasercenter: {
    kind: 'number', aliases: ['phc'], engine: 'voice',
    doc: 'Center frequency of the phaser\'s sweep, in Hz (default 1000).',
    example: 'note("c3 e3").s("sawtooth").phaser(2).phasercenter("<500 2000>")',
  },
  phasersweep: {
    kind: 'number', aliases: ['phs'], engine: 'voice',
    doc: 'How far the phaser sweeps, in Hz (default 2000): its all-pass frequency swings half of this above and below the center.',
    example: 'note("c3 e3").s("sawtooth").phaser(2).phasersweep("<500 2000>")',
  },
  compressor: {
    kind: 'number', spread: ['compressor', 'compressorRatio', 'compressorKnee', 'compressorAttack', 'compressorRelease'], engine: 'voice',
    doc: 'A compressor on the voice: its threshold in dB, from -100 to 0. `"-20:4:10:0.01:0.1"` also sets ratio, knee, attack and release (defaults 12, 30 dB, 0.003 s and 0.25 s).',
    example: 's("bd sd").compressor("-20:4:10:0.01:0.1")',
  },
  compressorRatio: {
    kind: 'number', engine: 'voice',
    doc: 'Compressor ratio, from 1 to 20 (default 12): above the threshold, the level rises 1 dB for every `ratio` dB.',
    example: 's("bd sd").compressor(-20).compressorRatio("<2 8>")',
  },
  compressorKnee: {
    kind: 'number', engine: 'voice',
    doc: 'Compressor knee, in dB, from 0 to 40 (default 30): how wide the soft bend around the threshold is.',
    example: 's("bd sd").compressor(-20).compressorKnee(10)',
  },
  compressorAttack: {
    kind: 'number', engine: 'voice',
    doc: 'Compressor attack time, in seconds, from 0 to 1 (default 0.003).',
    example: 's("bd sd").compressor(-20).compressorAttack(0.005)',
  },
  compressorRelease: {
    kind: 'number', engine: 'voice',
    doc: 'Compressor release time, in seconds, from 0 to 1 (default 0.25).',
    example: 's("bd sd").compressor(-20).compressorRelease(0.1)',
  },
  tremolo: {
    kind: 'number', aliases: ['trem'], spread: ['tremolo', 'tremolodepth', 'tremoloskew', 'tremolophase'], engine: 'voice',
    doc: 'Tremolo (amplitude modulation) rate, in Hz. `"4:0.5"` also sets `tremolodepth` (then `tremoloskew`, `tremolophase`).',
    example: 'note("d d d# d".fast(4)).s("supersaw").tremolo("<3 2 100>")',
  },
  tremolosync: {
    kind: 'number', aliases: ['tremsync'], spread: ['tremolosync', 'tremolodepth', 'tremoloskew', 'tremolophase'], engine: 'voice',
    doc: 'Tremolo rate, in cycles: that many times a cycle at the tempo. `"4:0.5"` also sets `tremolodepth`.',
    example: 'note("d d d# d".fast(4)).s("supersaw").tremolosync("<4 8>")',
  },
  tremolodepth: {
    kind: 'number', aliases: ['tremdepth'], engine: 'voice',
    doc: 'Tremolo depth (default 1): the level dips to 1 - depth at the wave\'s low point; above 1 the sound is cut off for part of each cycle.',
    example: 'note("a1 a1 a#1 a1".fast(4)).s("pulse").tremsync(4).tremolodepth("<1 2 0.7>")',
  },
  tremoloskew: {
    kind: 'number', aliases: ['tremskew'], engine: 'voice',
    doc: 'Skew of the tremolo\'s waveform, from 0 to 1 (default 0.5): where in its cycle the wave turns (for the square, the part of the cycle it is up).',
    example: 'note("{f a c e}%16").s("sawtooth").tremsync(4).tremoloskew("<0.5 0 1>")',
  },
  tremolophase: {
    kind: 'number', aliases: ['tremphase'], engine: 'voice',
    doc: 'Phase of the tremolo\'s waveform at the event\'s start, in cycles (default 0).',
    example: 'note("{f a c e}%16").s("sawtooth").tremsync(4).tremolophase("<0 0.25 0.66>")',
  },
  tremoloshape: {
    kind: 'numberOrName', aliases: ['tremshape'], engine: 'voice',
    doc: 'The tremolo\'s waveform: `"sine"` (default), `"tri"`, `"square"`, `"saw"` (falling) or `"ramp"` (rising), or their number 0 to 4; all but the ramp start at full level.',
    example: 'note("{f g c d}%16").tremsync(4).tremoloshape("<sine tri square>").s("sawtooth")',
  },
  chorus: {
    kind: 'number', engine: 'unsupported',
    doc: 'Chorus effect mix, from 0 to 1.',
    example: 'note("d d a# a").s("sawtooth").chorus("<0 0.5>")',
  },
  leslie: {
    kind: 'number', engine: 'unsupported',
    doc: 'Leslie (rotating speaker) effect mix, from 0 to 1.',
    example: 'n("0,4,7").s("supersquare").leslie("<0 0.4 0.6 1>")',
  },
  lrate: {
    kind: 'number', engine: 'unsupported',
    doc: 'Rotation rate of the Leslie effect, in Hz.',
    example: 'n("0,4,7").s("supersquare").leslie(1).lrate("<1 2 4 8>")',
  },
  lsize: {
    kind: 'number', engine: 'unsupported',
    doc: 'Cabinet size of the Leslie effect, in meters (more Doppler warble when larger).',
    example: 'n("0,4,7").s("supersquare").leslie(1).lrate(2).lsize("<0.1 0.5 1>")',
  },
  duckorbit: {
    kind: 'number', aliases: ['duck'], engine: 'orbit',
    doc: 'Ducks (sidechains) the given orbit, or orbits with `"2:3"`, at each event: the orbit\'s whole sound, dry and effects, is turned down and comes back.',
    example: 'stack(n("0 2 4 6").s("sawtooth").orbit(2), s("bd*4").duckorbit(2).duckattack(0.2))',
  },
  duckattack: {
    kind: 'number', aliases: ['duckatt'], engine: 'orbit',
    doc: 'How long the ducked orbit takes to come back, in seconds (default 0.1).',
    example: 'stack(n("0 2 4 6").s("sawtooth").orbit(2), s("bd*4").duck(2).duckattack("<0.2 0 0.4>"))',
  },
  duckdepth: {
    kind: 'number', engine: 'orbit',
    doc: 'How much the ducked orbit is turned down, from 0 to 1 (default 1: to silence).',
    example: 'stack(n("0 2 4 6").s("sawtooth").orbit(2), s("bd*4").duck(2).duckdepth("<1 0.6 0>"))',
  },
  duckonset: {
    kind: 'number', aliases: ['duckons'], engine: 'orbit',
    doc: 'How long the ducked orbit takes to go down, in seconds (default 0.003).',
    example: 'stack(n("0 2 4 6").s("sawtooth").orbit(2), s("bd*4").duck(2).duckonset("<0 0.01>"))',
  },
  transient: {
    kind: 'number', spread: ['transient', 'transsustain'], engine: 'unsupported',
    doc: 'Transient shaping: emphasis on the attacks, from -1 (softer) to 1 (harder). `"1:-1"` also sets the emphasis on the sustains (`transsustain`).',
    example: 's("hh*16").bank("tr909").transient("<-1:1 1:-1>")',
  },
  transsustain: {
    kind: 'number', internal: true, engine: 'unsupported',
    doc: 'The sustain of the transient shaper, as a list value of `transient` sets it.',
  },
  lfo: {
    kind: 'modulators', internal: true, engine: 'unsupported',
    doc: 'The LFOs set by `lfo`, by id.',
  },
  env: {
    kind: 'modulators', internal: true, engine: 'unsupported',
    doc: 'The envelopes set by `env`, by id.',
  },
  bmod: {
    kind: 'modulators', internal: true, engine: 'unsupported',
    doc: 'The bus modulators set by `bmod`, by id.',
  },
} as const satisfies ControlRows;
