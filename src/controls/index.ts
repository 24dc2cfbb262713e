// The controls layer: the one table of every control a pattern can set (names, aliases, value
// types, list spreading, docs, examples, what the engine does with it). Below both the pattern
// layer (control functions, the `Controls` type) and the audio layer (what the engine reads), so
// that both take their names from it. It also holds the event every layer passes along
// (event.ts): SoundEvent, CodeRange, Seconds.
export * from './spec.ts';
export * from './table.ts';
export * from './names.ts';
export * from './event.ts';
