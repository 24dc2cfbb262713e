/**
 * Modulation and dynamics controls: phaser, tremolo, chorus, Leslie, compressor and ducking.
 * See `CONTROL_TABLE` (src/controls/table.ts) for keys and aliases.
 */
import { control } from './controls.ts';

/**
 * Phaser rate in Hz. `"2:0.5"` also sets `phaserdepth` (and `phasercenter`, `phasersweep`).
 * @example
 * note("c3 e3").s("sawtooth").phaserrate("<1 4>")
 */
export const phaserrate = control('phaserrate');
/**
 * Alias of {@link phaserrate}.
 * @example
 * note("c3 e3").s("sawtooth").phaser(2)
 */
export const phaser = control('phaserrate');
/**
 * Alias of {@link phaserrate}.
 * @example
 * note("c3 e3").s("sawtooth").ph(2)
 */
export const ph = control('phaserrate');
/**
 * Phaser depth, from 0 to 1.
 * @example
 * note("c3 e3").s("sawtooth").phaser(2).phaserdepth("<0.2 0.8>")
 */
export const phaserdepth = control('phaserdepth');
/**
 * Alias of {@link phaserdepth}.
 * @example
 * note("c3 e3").s("sawtooth").phaser(2).phasdp(0.5)
 */
export const phasdp = control('phaserdepth');
/**
 * Alias of {@link phaserdepth}.
 * @example
 * note("c3 e3").s("sawtooth").phaser(2).phd(0.5)
 */
export const phd = control('phaserdepth');
/**
 * Center frequency of the phaser, in Hz.
 * @example
 * note("c3 e3").s("sawtooth").phaser(2).phasercenter("<500 2000>")
 */
export const phasercenter = control('phasercenter');
/**
 * Alias of {@link phasercenter}.
 * @example
 * note("c3 e3").s("sawtooth").phaser(2).phc(1000)
 */
export const phc = control('phasercenter');
/**
 * How far the phaser sweeps, in Hz.
 * @example
 * note("c3 e3").s("sawtooth").phaser(2).phasersweep("<500 2000>")
 */
export const phasersweep = control('phasersweep');
/**
 * Alias of {@link phasersweep}.
 * @example
 * note("c3 e3").s("sawtooth").phaser(2).phs(1000)
 */
export const phs = control('phasersweep');
/**
 * Compressor threshold in dB. `"-20:4:10:0.01:0.1"` also sets ratio, knee, attack and release.
 * @example
 * s("bd sd").compressor("-20:4:10:0.01:0.1")
 */
export const compressor = control('compressor');
/**
 * Compressor ratio.
 * @example
 * s("bd sd").compressor(-20).compressorRatio("<2 8>")
 */
export const compressorRatio = control('compressorRatio');
/**
 * Compressor knee, in dB.
 * @example
 * s("bd sd").compressor(-20).compressorKnee(10)
 */
export const compressorKnee = control('compressorKnee');
/**
 * Compressor attack time, in seconds.
 * @example
 * s("bd sd").compressor(-20).compressorAttack(0.005)
 */
export const compressorAttack = control('compressorAttack');
/**
 * Compressor release time, in seconds.
 * @example
 * s("bd sd").compressor(-20).compressorRelease(0.1)
 */
export const compressorRelease = control('compressorRelease');
/**
 * Tremolo (amplitude modulation) rate, in Hz. `"4:0.5"` also sets `tremolodepth` (then `tremoloskew`, `tremolophase`).
 * @example
 * note("d d d# d".fast(4)).s("supersaw").tremolo("<3 2 100>")
 */
export const tremolo = control('tremolo');
/**
 * Alias of {@link tremolo}.
 * @example
 * note("d d d# d".fast(4)).s("supersaw").trem(4)
 */
export const trem = control('tremolo');
/**
 * Tremolo rate, in cycles (synced to the tempo). `"4:0.5"` also sets `tremolodepth`.
 * @example
 * note("d d d# d".fast(4)).s("supersaw").tremolosync("<4 8>")
 */
export const tremolosync = control('tremolosync');
/**
 * Alias of {@link tremolosync}.
 * @example
 * note("a1 a1 a#1 a1".fast(4)).s("pulse").tremsync(4)
 */
export const tremsync = control('tremolosync');
/**
 * Tremolo depth.
 * @example
 * note("a1 a1 a#1 a1".fast(4)).s("pulse").tremsync(4).tremolodepth("<1 2 0.7>")
 */
export const tremolodepth = control('tremolodepth');
/**
 * Alias of {@link tremolodepth}.
 * @example
 * note("a1 a1 a#1 a1".fast(4)).s("pulse").tremsync(4).tremdepth(0.5)
 */
export const tremdepth = control('tremolodepth');
/**
 * Skew of the tremolo's waveform, from 0 to 1.
 * @example
 * note("{f a c e}%16").s("sawtooth").tremsync(4).tremoloskew("<0.5 0 1>")
 */
export const tremoloskew = control('tremoloskew');
/**
 * Alias of {@link tremoloskew}.
 * @example
 * note("{f a c e}%16").s("sawtooth").tremsync(4).tremskew(0.2)
 */
export const tremskew = control('tremoloskew');
/**
 * Phase of the tremolo's waveform, in cycles.
 * @example
 * note("{f a c e}%16").s("sawtooth").tremsync(4).tremolophase("<0 0.25 0.66>")
 */
export const tremolophase = control('tremolophase');
/**
 * Alias of {@link tremolophase}.
 * @example
 * note("{f a c e}%16").s("sawtooth").tremsync(4).tremphase(0.25)
 */
export const tremphase = control('tremolophase');
/**
 * The tremolo's waveform: `"sine"`, `"tri"`, `"square"`, ...
 * @example
 * note("{f g c d}%16").tremsync(4).tremoloshape("<sine tri square>").s("sawtooth")
 */
export const tremoloshape = control('tremoloshape');
/**
 * Alias of {@link tremoloshape}.
 * @example
 * note("{f g c d}%16").tremsync(4).tremshape("square").s("sawtooth")
 */
export const tremshape = control('tremoloshape');
/**
 * Chorus effect mix, from 0 to 1.
 * @example
 * note("d d a# a").s("sawtooth").chorus("<0 0.5>")
 */
export const chorus = control('chorus');
/**
 * Leslie (rotating speaker) effect mix, from 0 to 1.
 * @example
 * n("0,4,7").s("supersquare").leslie("<0 0.4 0.6 1>")
 */
export const leslie = control('leslie');
/**
 * Rotation rate of the Leslie effect, in Hz.
 * @example
 * n("0,4,7").s("supersquare").leslie(1).lrate("<1 2 4 8>")
 */
export const lrate = control('lrate');
/**
 * Cabinet size of the Leslie effect, in meters (more Doppler warble when larger).
 * @example
 * n("0,4,7").s("supersquare").leslie(1).lrate(2).lsize("<0.1 0.5 1>")
 */
export const lsize = control('lsize');
/**
 * Ducks (sidechains) the given orbit, or orbits with `"2:3"`, at each event.
 * @example
 * stack(n("0 2 4 6").s("sawtooth").orbit(2), s("bd*4").duckorbit(2).duckattack(0.2))
 */
export const duckorbit = control('duckorbit');
/**
 * Alias of {@link duckorbit}.
 * @example
 * stack(n("0 2 4 6").s("sawtooth").orbit(2), s("bd*4").duck(2))
 */
export const duck = control('duckorbit');
/**
 * How long the ducked orbit takes to come back, in seconds.
 * @example
 * stack(n("0 2 4 6").s("sawtooth").orbit(2), s("bd*4").duck(2).duckattack("<0.2 0 0.4>"))
 */
export const duckattack = control('duckattack');
/**
 * Alias of {@link duckattack}.
 * @example
 * stack(n("0 2 4 6").s("sawtooth").orbit(2), s("bd*4").duck(2).duckatt(0.2))
 */
export const duckatt = control('duckattack');
/**
 * How much the ducked orbit is turned down, from 0 to 1.
 * @example
 * stack(n("0 2 4 6").s("sawtooth").orbit(2), s("bd*4").duck(2).duckdepth("<1 0.6 0>"))
 */
export const duckdepth = control('duckdepth');
/**
 * How long the ducked orbit takes to go down, in seconds.
 * @example
 * stack(n("0 2 4 6").s("sawtooth").orbit(2), s("bd*4").duck(2).duckonset("<0 0.01>"))
 */
export const duckonset = control('duckonset');
/**
 * Alias of {@link duckonset}.
 * @example
 * stack(n("0 2 4 6").s("sawtooth").orbit(2), s("bd*4").duck(2).duckons(0.01))
 */
export const duckons = control('duckonset');
/**
 * Transient shaping: emphasis on the attacks, from -1 (softer) to 1 (harder). `"1:-1"` also sets
 * the emphasis on the sustains (`transsustain`).
 * @example
 * s("hh*16").bank("tr909").transient("<-1:1 1:-1>")
 */
export const transient = control('transient');
