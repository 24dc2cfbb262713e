/**
 * What the audio session loads as the page shows, as one download: the engine's node and the
 * runtime (its client, which starts the runtime worker).
 */
export { createEngineNode } from '../audio/worklet/node.ts';
export { createRuntime } from './runtime/index.ts';
