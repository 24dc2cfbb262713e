import { describe, it } from 'vitest';
import { cat, fmap, late, resetJoin, restartJoin, sequence } from '../../src/pattern/index.ts';
import { expectPatternLike } from './values-oracle.ts';

// The joins behind `add.reset`/`add.restart` and `pickReset`/`pickRestart`: the outer (trigger)
// pattern's values choose which inner pattern starts over at each of its events.
const inner = cat(sequence(1, 2, 3), sequence(4, 5));
const triggers = late(0.25, sequence(10, cat(20, 30)));

describe('resetJoin', () => {
  it("restarts the inner pattern from the current cycle's start at each outer event", async () => {
    const pat = resetJoin(fmap((b: number) => fmap((a: number) => a + b, inner), triggers));
    await expectPatternLike(pat, 'cat(sequence(1, 2, 3), sequence(4, 5)).add.reset(sequence(10, cat(20, 30)).late(0.25))');
  });
});

describe('restartJoin', () => {
  it('restarts the inner pattern from cycle zero at each outer event', async () => {
    const pat = restartJoin(fmap((b: number) => fmap((a: number) => a + b, inner), triggers));
    await expectPatternLike(pat, 'cat(sequence(1, 2, 3), sequence(4, 5)).add.restart(sequence(10, cat(20, 30)).late(0.25))');
  });
});
