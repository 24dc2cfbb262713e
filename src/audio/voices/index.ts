// Events into voices, off the audio thread: the engine's reading of controls (through the control
// table), and the engine and offline render for those who hold events.
export { Engine } from './engine.ts';
export { renderOffline, type OfflineOptions, type StereoBuffer } from './offline.ts';
export { resolveVoices, SYNTH_NAMES, VoiceResolver } from './resolve.ts';
export { HEARD, type Heard } from './heard.ts';
