/**
 * The primitives and joins every operation is built from (primitives.ts, joins.ts), in one
 * namespace: `core.fmap`, `core.squeezeJoin`, `core.appLeft`.
 */
export * from './primitives.ts';
export * from './joins.ts';
