/**
 * Filter controls: low-pass (`lpf`), high-pass (`hpf`) and band-pass (`bpf`) filters, and the
 * vowel and DJ filters. See `CONTROL_TABLE` (src/controls/table.ts) for keys and aliases.
 */
import { control } from './controls.ts';

/**
 * Low-pass filter cutoff in Hz. `"800:10"` also sets `resonance` (and a third value `lpenv`).
 * @example
 * s("sawtooth*4").note("c2").cutoff("<300 600 1200>")
 */
export const cutoff = control('cutoff');
/**
 * Alias of {@link cutoff}.
 * @example
 * note("c2*4").s("sawtooth").ctf(600)
 */
export const ctf = control('cutoff');
/**
 * Low-pass filter cutoff in Hz (the key is `cutoff`). `"800:10"` also sets `resonance`.
 * @example
 * note("c2 c3").s("sawtooth").lpf("<400 800 1600>")
 */
export const lpf = control('cutoff');
/**
 * Alias of {@link lpf}.
 * @example
 * note("c2 c3").s("sawtooth").lp(800)
 */
export const lp = control('cutoff');
/**
 * Low-pass filter resonance (Q).
 * @example
 * note("c2*4").s("sawtooth").lpf(600).resonance("<0 10 20>")
 */
export const resonance = control('resonance');
/**
 * Alias of {@link resonance}.
 * @example
 * note("c2*4").s("sawtooth").lpf(600).lpq(10)
 */
export const lpq = control('resonance');
/**
 * High-pass filter cutoff in Hz. `"800:10"` also sets `hresonance` (and `hpenv`).
 * @example
 * s("hh*8").hcutoff("<2000 6000>")
 */
export const hcutoff = control('hcutoff');
/**
 * High-pass filter cutoff in Hz (the key is `hcutoff`).
 * @example
 * s("bd sd hh oh").hpf("<200 2000>")
 */
export const hpf = control('hcutoff');
/**
 * Alias of {@link hpf}.
 * @example
 * s("bd sd hh oh").hp(1000)
 */
export const hp = control('hcutoff');
/**
 * High-pass filter resonance (Q).
 * @example
 * note("c3*4").s("sawtooth").hpf(800).hresonance(10)
 */
export const hresonance = control('hresonance');
/**
 * Alias of {@link hresonance}.
 * @example
 * note("c3*4").s("sawtooth").hpf(800).hpq(10)
 */
export const hpq = control('hresonance');
/**
 * Band-pass filter center frequency in Hz. `"800:10"` also sets `bandq` (and `bpenv`).
 * @example
 * s("hh*8").bandf("<1000 3000>")
 */
export const bandf = control('bandf');
/**
 * Band-pass filter center frequency in Hz (the key is `bandf`).
 * @example
 * s("bd sd hh oh").bpf("<500 2000>")
 */
export const bpf = control('bandf');
/**
 * Alias of {@link bpf}.
 * @example
 * s("bd sd hh oh").bp(1000)
 */
export const bp = control('bandf');
/**
 * Band-pass filter resonance (Q).
 * @example
 * s("hh*8").bpf(2000).bandq("<1 10>")
 */
export const bandq = control('bandq');
/**
 * Alias of {@link bandq}.
 * @example
 * s("hh*8").bpf(2000).bpq(10)
 */
export const bpq = control('bandq');
/**
 * The low-pass filter type: `"12db"`, `"24db"` or `"ladder"` (or 0, 1, 2).
 * @example
 * note("c2*4").s("sawtooth").lpf(500).ftype("<12db ladder>")
 */
export const ftype = control('ftype');
/**
 * Overdrive of the low-pass filter, for the filter types that support it (such as `"ladder"`).
 * @example
 * note("c2*4").s("sawtooth").lpf(300).ftype("ladder").drive("<0.5 4>")
 */
export const drive = control('drive');
/**
 * Where the filter envelope is anchored, from 0 (the cutoff is its minimum) to 1 (its maximum).
 * @example
 * note("c2*4").s("sawtooth").lpf(500).lpenv(4).fanchor(0.5)
 */
export const fanchor = control('fanchor');
/**
 * A formant filter shaped like a vowel: `a`, `e`, `i`, `o` or `u`.
 * @example
 * note("c3 e3").s("sawtooth").vowel("<a e i o>")
 */
export const vowel = control('vowel');
/**
 * A DJ filter: below 0.5 low-pass, above 0.5 high-pass.
 * @example
 * s("bd sd hh oh").djf("<0.2 0.5 0.8>")
 */
export const djf = control('djf');
