/**
 * The one table of controls: each key a control pattern can set, with its value type, the other
 * names that set it (aliases), how a list value (`"bd:3"` in mini-notation) spreads over several
 * keys, its docs and example, and what the sound engine does with it. The rows are kept by concept
 * in the `table-*.ts` files (the sections below); see spec.ts for the columns.
 *
 * Everything else is derived from it: the {@link Controls} type here, the control functions and
 * methods (generated into src/pattern/surface/ by scripts/dsl-surface.ts), the reference, hover
 * and completion, and the engine's names for what it reads (names.ts).
 */
import type { ControlKinds, ControlRows } from './spec.ts';
import { SOUND_CONTROLS } from './table-sound.ts';
import { SYNTH_CONTROLS } from './table-synth.ts';
import { WAVETABLE_CONTROLS } from './table-wavetable.ts';
import { FM_CONTROLS } from './table-fm.ts';
import { FILTER_CONTROLS } from './table-filters.ts';
import { FILTER_MODULATION_CONTROLS } from './table-filter-modulation.ts';
import { EFFECT_CONTROLS } from './table-effects.ts';
import { MODULATION_CONTROLS } from './table-modulation.ts';
import { VOICING_CONTROLS } from './table-voicing.ts';
import { MIDI_CONTROLS } from './table-midi.ts';
import { SUPERDIRT_CONTROLS } from './table-superdirt.ts';

// The row type, also from here, for modules that read the table's rows (spec.ts defines it).
export type { ControlKinds, ControlSpec } from './spec.ts';

/** A section of the table: its rows, and the reference category they are listed under. */
export interface ControlSection {
  /** The section's name, as in its file name (`table-filters.ts` is `filters`). */
  readonly name: string;
  /** Where the reference lists its controls, e.g. "Filters". */
  readonly category: string;
  readonly rows: ControlRows;
}

/** The sections of the table, in the reference's order. */
export const CONTROL_SECTIONS: readonly ControlSection[] = [
  { name: 'sound', category: 'Sound', rows: SOUND_CONTROLS },
  { name: 'synth', category: 'Synthesis', rows: SYNTH_CONTROLS },
  { name: 'wavetable', category: 'Synthesis', rows: WAVETABLE_CONTROLS },
  { name: 'fm', category: 'Synthesis', rows: FM_CONTROLS },
  { name: 'filters', category: 'Filters', rows: FILTER_CONTROLS },
  { name: 'filter-modulation', category: 'Filters', rows: FILTER_MODULATION_CONTROLS },
  { name: 'effects', category: 'Effects', rows: EFFECT_CONTROLS },
  { name: 'modulation', category: 'Modulation', rows: MODULATION_CONTROLS },
  { name: 'voicing', category: 'Harmony', rows: VOICING_CONTROLS },
  { name: 'midi', category: 'MIDI', rows: MIDI_CONTROLS },
  { name: 'superdirt', category: 'SuperDirt', rows: SUPERDIRT_CONTROLS },
];

/**
 * Every control key, keyed by the name that ends up in the hap's value. Aliases and spreads are
 * Strudel's (checked against @strudel/core 1.2.6 by the tests): `lpf(800)` gives `{cutoff: 800}`,
 * `room("0.5:2")` gives `{room: 0.5, size: 2}`, while `size(2)` gives `{roomsize: 2}`.
 */
export const CONTROL_TABLE = {
  ...SOUND_CONTROLS,
  ...SYNTH_CONTROLS,
  ...WAVETABLE_CONTROLS,
  ...FM_CONTROLS,
  ...FILTER_CONTROLS,
  ...FILTER_MODULATION_CONTROLS,
  ...EFFECT_CONTROLS,
  ...MODULATION_CONTROLS,
  ...VOICING_CONTROLS,
  ...MIDI_CONTROLS,
  ...SUPERDIRT_CONTROLS,
} as const satisfies ControlRows;

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
