// The controls layer: the one table of every control a pattern can set (names, aliases, value
// types, list spreading). Below both the pattern layer (control functions, the `Controls` type)
// and the audio layer (what the engine reads), so that both take their names from it.
// It also holds the event every layer passes along (event.ts): SoundEvent, CodeRange, Seconds.
export * from './table.ts';
export * from './event.ts';
