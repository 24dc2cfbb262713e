// The message that hands the worklet's engine a whole instrument (a SoundFont preset's zones),
// and its check: what arrives on a port is read field by field before the engine keeps it.
import { MAX_LAYERS, type Instrument, type InstrumentZone, type VolumeEnvelope } from '../dsp/instrument.ts';

/**
 * Hands the engine the instrument `name` (see `VoiceEngine.addInstrument`): its zones' audio and
 * how each plays. Posted without a transfer list: zones share their samples' buffers, which the
 * loader keeps for other instruments.
 */
export interface AddInstrumentMessage {
  type: 'addInstrument';
  name: string;
  instrument: Instrument;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const ENVELOPE_FIELDS = ['delay', 'attack', 'hold', 'decay', 'sustain', 'release', 'holdPerKey', 'decayPerKey'] as const;
const ZONE_FIELDS = ['sampleRate', 'rootKey', 'cents', 'scale', 'loopStart', 'loopEnd', 'loopMode', 'gain'] as const;

function readZone(x: unknown): InstrumentZone | undefined {
  if (!isRecord(x) || !isRecord(x['envelope'])) return undefined;
  const { channels, envelope } = x;
  if (!Array.isArray(channels) || channels.length === 0 || !channels.every((c) => c instanceof Float32Array)) return undefined;
  if (!ZONE_FIELDS.every((f) => finite(x[f])) || !(x['sampleRate'] as number > 0)) return undefined;
  if (!ENVELOPE_FIELDS.every((f) => finite(envelope[f]) && (f.endsWith('PerKey') || (envelope[f] as number) >= 0))) return undefined;
  const zone = Object.fromEntries(ZONE_FIELDS.map((f) => [f, x[f]])) as Omit<InstrumentZone, 'channels' | 'envelope'>;
  const volume = Object.fromEntries(ENVELOPE_FIELDS.map((f) => [f, envelope[f]])) as unknown as VolumeEnvelope;
  return { ...zone, channels: channels as Float32Array[], envelope: volume };
}

/** Reads an {@link AddInstrumentMessage}'s fields, or `undefined` if they are malformed. */
export function readAddInstrument(data: Record<string, unknown>): AddInstrumentMessage | undefined {
  const { name } = data;
  const instrument = readInstrument(data['instrument']);
  if (typeof name !== 'string' || name === '' || instrument === undefined) return undefined;
  return { type: 'addInstrument', name, instrument };
}

/** Reads an {@link Instrument} that arrived from another thread, or `undefined` if it is malformed. */
export function readInstrument(instrument: unknown): Instrument | undefined {
  if (!isRecord(instrument)) return undefined;
  const { zones, velocities, layers, zoneAt } = instrument;
  if (!Array.isArray(zones) || !Array.isArray(velocities) || velocities.length === 0 || !velocities.every(finite)) return undefined;
  if (typeof layers !== 'number' || !Number.isInteger(layers) || layers < 1 || layers > MAX_LAYERS) return undefined;
  if (!(zoneAt instanceof Int16Array) || zoneAt.length !== 128 * velocities.length * layers || zoneAt.some((z) => z < -1 || z >= zones.length)) return undefined;
  const read = zones.map(readZone);
  if (!read.every((z): z is InstrumentZone => z !== undefined)) return undefined;
  return { zones: read, velocities: velocities as number[], layers, zoneAt };
}
