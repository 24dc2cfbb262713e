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
