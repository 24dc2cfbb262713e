/**
 * What the audio session loads as the page shows, as one download: the clock's and the engine's
 * nodes and the runtime (its client, which starts the runtime worker).
 */
export { createClockNode } from '../audio/worklet/clock-node.ts';
export { createEngineNode } from '../audio/worklet/node.ts';
export { createRuntime } from './runtime/index.ts';
