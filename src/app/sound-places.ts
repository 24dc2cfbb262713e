/**
 * Where in the code an event names its sound: of the event's code ranges (the atoms and calls
 * that made it), those whose text is the sound's name (`piano`, `piano:2`, `"piano"`), so that a
 * warning about the sound sits on the name rather than on the notes beside it.
 */
import type { CodeRange } from '../audio/index.ts';

/** True when `text` (an atom, maybe quoted) names `sound`, alone or with a `:n` variation. */
function names(text: string, sound: string): boolean {
  const bare = text.replace(/^["'`]|["'`]$/g, '');
  return bare === sound || bare.startsWith(`${sound}:`);
}

/**
 * The ranges of `locations` whose text in `code` (or as `code` slices it) names `sound`; all of them when none does (the
 * name came from elsewhere, such as a variable or a `bank`).
 * @example
 * soundPlaces('note("c e").s("piano")', [{ start: 6, end: 7 }, { start: 15, end: 20 }], 'piano') // [{ start: 15, end: 20 }]
 */
export function soundPlaces(code: string | ((start: number, end: number) => string), locations: readonly CodeRange[], sound: string): readonly CodeRange[] {
  const slice = typeof code === 'string' ? (start: number, end: number) => code.slice(start, end) : code;
  const named = locations.filter((l) => names(slice(l.start, l.end), sound));
  return named.length > 0 ? named : locations;
}
