// The DSP layer's public surface: pure TypeScript synthesis over typed arrays, no Web Audio, no
// DOM, so it runs the same in Node (offline renders, tests) and inside one AudioWorkletProcessor.
//
// An event's trip: Engine.schedule reads its controls into a VoiceSpec (voice-spec.ts) and queues
// it; at its frame a pooled Voice (voice.ts) plays source -> filters -> shaping -> envelope -> pan,
// adding into the dry bus and its orbit's sends; each Orbit (orbit.ts) runs a delay and a reverb;
// the MasterBus (master.ts) guards, DC-blocks and limits the sum to -1 dBFS. A sample voice plays
// a file from the engine's SampleBank (sample-bank.ts), handed in decoded (wav-decode.ts in Node).
export { Engine, type EngineOptions, type EngineStats } from './engine.ts';
export { renderOffline, type OfflineOptions, type StereoBuffer } from './offline.ts';
export { encodeWav, type WavFormat } from './wav.ts';
export { decodeWav, WavDecodeError, type DecodedAudio } from './wav-decode.ts';
export { SampleBank, SAMPLE_BASE_NOTE, type SampleState } from './sample-bank.ts';
export { CEILING_DB } from './master.ts';
export { FrameHeap, type FrameOrdered } from './event-queue.ts';
export { DRUM_KIT } from './drum-kit.ts';
export type { Seconds, Hz, Db, Cycles, NormalRange, Frames } from './units.ts';
