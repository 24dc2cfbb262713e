// The pattern layer's public surface. pattern.ts comes first: modules it imports must not
// build patterns at load time (see STYLE notes in pattern.ts).
export * from './pattern.ts';
export * from './rational.ts';
export * from './span.ts';
export * from './hap.ts';
export * from './state.ts';
export {
  splitQueries, withQuerySpan, withQueryTime, withHapSpan, withHapTime, withHaps, filterValues, filterHaps,
  filterOnsets, withLocation, bind, innerBind, outerBind, join, innerJoin, outerJoin, squeezeJoin, squeezeBind,
  compressSpan, focusSpan, compress, focus, fmap, appBoth, appLeft, appRight, rev,
} from './core.ts';
export * from './reify.ts';
export * from './constructors.ts';
export * from './time.ts';
export * from './signal.ts';
export * from './random.ts';
export * from './chance.ts';
export * from './signals.ts';
export * from './transform.ts';
export * from './conditional.ts';
export * from './structure.ts';
export { euclid, euclidRot, euclidLegato, euclidLegatoRot } from './euclid.ts';
export * from './layering.ts';
export * from './concat.ts';
export * from './run.ts';
export * from './theory/index.ts';
export * from './controls-table.ts';
export * from './controls.ts';
export * from './controls-filter.ts';
export * from './controls-filter-mod.ts';
export * from './controls-synth.ts';
export * from './controls-wavetable.ts';
export * from './controls-fx.ts';
export * from './controls-modulation.ts';
export * from './ops.ts';
export * from './reset-join.ts';
export * from './pick.ts';
export * from './sampling.ts';
export * from './arp.ts';
// --- controls & modulators (helper B) ---
export * from './controls-voicing.ts';
export * from './controls-midi.ts';
export * from './controls-sources.ts';
export * from './controls-fm.ts';
export * from './controls-fm-envelopes.ts';
export * from './controls-aliases.ts';
export * from './controls-superdirt.ts';
export * from './controls-pass-through.ts';
export * from './modulators.ts';
export * from './fx-chain.ts';
export * from './distortion.ts';
export * from './scrub.ts';
export * from './ribbon.ts';
export * from './playback.ts';
export * from './mouse.ts';
// --- steps & more (helper A) ---
export * from './steps.ts';
export * from './steps-combine.ts';
export { repeatCycles, revv, reset, restart, timeline, seqPLoop, filterWhen, type TimedPattern } from './cycles.ts';
export * from './pieces.ts';
export * from './rhythm.ts';
export * from './lists.ts';
export * from './crossfade.ts';
export * from './signals-extra.ts';
export * from './tags.ts';
