/**
 * The drum machines weft models, by the bank names Strudel's drum machines use (`bank("RolandTR909")`
 * with `s("bd")` plays `RolandTR909_bd`): synthesized from each machine's circuits, so they sound
 * with nothing downloaded. A declared sample of the prefixed name still wins (see the engine).
 */
import type { DrumKit } from './drum-patch.ts';
import { TR808 } from './drum-808.ts';
import { TR909 } from './drum-909.ts';

/** The modelled machines, by bank name. */
export const DRUM_MACHINES: Readonly<Record<string, DrumKit>> = {
  RolandTR808: TR808,
  RolandTR909: TR909,
};

/** Short names for the modelled machines (Strudel's `bank("tr909")`). */
const ALIASES: Readonly<Record<string, string>> = {
  tr808: 'RolandTR808',
  tr909: 'RolandTR909',
};

/**
 * The modelled machine a bank names (its own name, or a short one as `tr909`), or `undefined` for
 * a bank weft does not model.
 */
export function drumMachine(bank: string): string | undefined {
  if (Object.hasOwn(DRUM_MACHINES, bank)) return bank;
  return Object.hasOwn(ALIASES, bank) ? ALIASES[bank] : undefined;
}
