// The scheduler's public surface: cycles to seconds, haps to timed events, live and offline.
export { Scheduler } from './scheduler.ts';
export { CANCEL_MARGIN, FOLLOW_TOLERANCE, type Anchor, type Clock, type EventSink, type Timer, type SchedulerOptions, type SchedulerStatus, type SwapOptions } from './options.ts';
export { scheduleOffline, type OfflineOptions } from './offline.ts';
export { BlockSet, type BlockSpec, type BlockStore, PerformerChoices, uniqueLabels } from './blocks.ts';
export { controlsOf, type SoundEvent } from './event.ts';
export { queryOnsets, renderSpan, type HapSource, type Rendered } from './render.ts';
export {
  cycleToSeconds, secondsToCycle, cpsAt, withCps, tempoMap, checkCps, clampCps, CYCLE_GRID, type TempoMap, type TempoSegment,
} from './tempo.ts';
export { clockPulses, pulseCycle, pulseTime, songPosition, PULSES_PER_QUARTER, PULSES_PER_MIDI_BEAT, DEFAULT_BEATS_PER_CYCLE, type ClockPulse } from './midi-clock.ts';
