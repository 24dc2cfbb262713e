// The controls layer: the one table of every control a pattern can set (names, aliases, value
// types, list spreading). Below both the pattern layer (control functions, the `Controls` type)
// and the audio layer (what the engine reads), so that both take their names from it.
export * from './table.ts';
