/**
 * Drum sounds and `bank`: as in Strudel, a bank's name is prefixed to the sound's
 * (`bank("RolandTR909")` with `s("bd")` names `RolandTR909_bd`). The engine plays a sample declared
 * under that name if there is one; otherwise weft's model of the machine, or for a bank it does
 * not model, its own kit (with a warning that says how to load the real samples).
 */
import { drumPatchIndex } from '../dsp/drum-kit.ts';
import { DRUM_MACHINES, drumMachine } from '../dsp/drum-machines.ts';
import type { HeardControls } from './heard.ts';
import { ControlError } from './values.ts';

/** The sample map of the tidal-drum-machines collection, whose sounds Strudel's banks name. */
export const DRUM_MACHINES_MAP = 'https://raw.githubusercontent.com/Mittans/tidal-drum-machines/main/machines/tidal-drum-machines.json';

/** A sound name resolved as a drum. */
export interface DrumSound {
  /** The name the engine looks up among declared samples: with the bank's prefix when a bank is given. */
  name: string;
  /** The drum's index in `DRUM_PATCHES`, or -1 when no kit has it (a sample, or an unknown sound). */
  drum: number;
  /** The bank, when weft does not model it and plays its own kit's drum instead. */
  unknownBank?: string;
}

/** The `bank` control of the event being read, or `undefined` when none (or an empty one) is given. */
export function readBank(c: HeardControls): string | undefined {
  const found = c.raw('bank');
  if (found === undefined) return undefined;
  const { key, value } = found;
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') throw new ControlError(key, value, 'a bank name such as "RolandTR909"');
  const bank = value.trim();
  return bank === '' ? undefined : bank;
}

/**
 * The drum a sound name plays, variation `variation`, in bank `bank`: the model of that machine
 * (a drum it lacks from weft's kit), weft's kit for a bank it does not model, and with no bank the
 * kit, or a machine named in the sound itself (`s("RolandTR808_bd")`, as Strudel's docs write it).
 */
export function resolveDrum(name: string, variation: number, bank: string | undefined): DrumSound {
  if (bank === undefined) {
    const drum = drumPatchIndex(name, variation);
    if (drum >= 0) return { name, drum };
    const cut = name.indexOf('_');
    const machine = cut > 0 ? drumMachine(name.slice(0, cut)) : undefined;
    return { name, drum: machine === undefined ? -1 : drumPatchIndex(name.slice(cut + 1), variation, machine) };
  }
  const machine = drumMachine(bank);
  const drum = drumPatchIndex(name, variation, machine);
  const prefixed = `${machine ?? bank}_${name}`;
  return machine === undefined && drum >= 0 ? { name: prefixed, drum, unknownBank: bank } : { name: prefixed, drum };
}

/** The warning for a bank weft does not model, saying what plays instead and how to hear the real one. */
export function unknownBankMessage(bank: string): string {
  return (
    `bank "${bank}" is not built in: weft plays its own kit (it models ${Object.keys(DRUM_MACHINES).join(' and ')}). ` +
    `Load the real samples with samples('${DRUM_MACHINES_MAP}')`
  );
}
