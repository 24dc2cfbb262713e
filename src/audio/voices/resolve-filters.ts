/**
 * Resolving the filter type, the ladder's drive, the filter envelopes' anchor and the vowel
 * filter into a voice record (the fields from `ftype` on; see src/audio/dsp/voice-record.ts).
 */
import { VOWEL_NAMES, vowelIndex } from '../dsp/vowels.ts';
import { FILTER_TYPE, V, type FilterType } from '../dsp/voice-record.ts';
import type { HeardControls } from './heard.ts';
import { ControlError } from './values.ts';

// Strudel's filter type names, and its numbers for them.
const FILTER_TYPES: Readonly<Record<string, FilterType>> = {
  '12db': FILTER_TYPE.db12, ladder: FILTER_TYPE.ladder, '24db': FILTER_TYPE.db24,
  '0': FILTER_TYPE.db12, '1': FILTER_TYPE.ladder, '2': FILTER_TYPE.db24,
};

/** `ftype` as a {@link FilterType}: 12 dB when absent; throws {@link ControlError} for an unknown type. */
function readFilterType(c: HeardControls): FilterType {
  const found = c.raw('ftype');
  if (found === undefined) return FILTER_TYPE.db12;
  const value = Array.isArray(found.value) ? (found.value as unknown[])[0] : found.value;
  const name = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim().toLowerCase() : '';
  const type = Object.hasOwn(FILTER_TYPES, name) ? FILTER_TYPES[name] : undefined;
  if (type === undefined) throw new ControlError(found.key, found.value, '"12db", "ladder" or "24db" (or 0, 1, 2)');
  return type;
}

/** `vowel` as an index into the vowel filter's table, -1 when absent; throws {@link ControlError} for an unknown vowel. */
function readVowel(c: HeardControls): number {
  const found = c.raw('vowel');
  if (found === undefined) return -1;
  const index = typeof found.value === 'string' ? vowelIndex(found.value) : -1;
  if (index < 0) throw new ControlError(found.key, found.value, `a vowel: ${VOWEL_NAMES.join(' ')}`);
  return index;
}

/**
 * Writes the filter type (`ftype`), the ladder's input gain (1 + `drive`), the envelopes'
 * anchor (`fanchor`, 0 to 1, 0 when absent) and the vowel (`vowel`) of the event whose
 * controls `c` holds into the record at `out[at]`.
 */
export function writeFilterTypes(c: HeardControls, out: Float64Array, at: number): void {
  const anchor = c.number('fanchor') ?? 0;
  out[at + V.ftype] = readFilterType(c);
  out[at + V.drive] = 1 + Math.max(0, c.number('drive') ?? 0);
  out[at + V.fanchor] = anchor < 0 ? 0 : anchor > 1 ? 1 : anchor;
  out[at + V.vowel] = readVowel(c);
}
