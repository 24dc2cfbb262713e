// The part of superdough's documented API (its README, strudel.cc) that the sound bench uses.
// superdough ships no types. It is a devDependency of the bench only (AGPL): used as a black box.
declare module 'superdough' {
  /** Plays `value` (controls such as `s`, `note`, `cutoff`) at audio time `deadline` for `duration` seconds. */
  export function superdough(value: Record<string, unknown>, deadline: number, duration?: number): Promise<void> | void;
  export function setAudioContext(context: BaseAudioContext): void;
  export function getAudioContext(): BaseAudioContext;
  export function initAudio(): Promise<void>;
  export function registerSynthSounds(): Promise<void> | void;
  export function setMaxPolyphony(voices: number): void;
}
