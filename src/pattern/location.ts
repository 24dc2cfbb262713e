/**
 * Where something came from in the performer's code. Its own module, below both haps and errors,
 * so that an error can say where a value was written without importing haps (and time) back.
 */

/** A range of characters in the performer's code, as offsets into the editor text. */
export interface Location {
  readonly start: number;
  readonly end: number;
}
