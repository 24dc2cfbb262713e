// The DSP layer's public surface: pure TypeScript synthesis over typed arrays, no Web Audio, no
// DOM, so it runs the same in Node (offline renders, tests) and inside one AudioWorkletProcessor.
//
// An event's trip: off the audio thread, src/audio/voices resolves its controls into a voice record
// (voice-record.ts: numbers in a Float64Array); VoiceEngine.enqueue copies the record into its
// preallocated VoiceQueue (voice-queue.ts); at its frame a Voice (voice.ts) taken from the engine's
// VoicePool (voice-pool.ts) plays source -> filters -> shaping -> envelope -> pan, adding into the
// dry bus and its orbit's sends; each Orbit (orbit.ts) runs a delay and a reverb; the MasterBus
// (master.ts) guards, DC-blocks and limits the sum to -1 dBFS. A sample voice plays a file from the
// engine's SampleBank (sample-bank.ts), handed in decoded (wav-decode.ts in Node).
export { VoiceEngine, type EngineOptions, type EngineStats } from './engine.ts';
export { VoiceQueue } from './voice-queue.ts';
export {
  DEFAULT_NOTE, DRUM_LEVEL, FILTER, ORBIT_COUNT, SAMPLE_LEVEL, SOURCE, SOURCE_BY_NAME, SYNTH_LEVEL, V, VOICE_FIELDS, VOICE_STRIDE,
  type SourceKind, type VoiceBatch, type VoiceField,
} from './voice-record.ts';
export { encodeWav, type WavFormat } from './wav.ts';
export { decodeWav, WavDecodeError, type DecodedAudio } from './wav-decode.ts';
export { isInstrumentName, LOOP_MODE, type Instrument, type InstrumentZone, type VolumeEnvelope } from './instrument.ts';
export { SampleBank, type SampleState } from './sample-bank.ts';
export { SAMPLE_BASE_NOTE } from './synth-names.ts';
export { CEILING_DB } from './master.ts';
export { DRUM_KIT, DRUM_PATCHES } from './drum-kit.ts';
export type { Seconds, Hz, Db, Cycles, NormalRange, Frames } from './units.ts';
