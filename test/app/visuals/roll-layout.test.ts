// The pianoroll's geometry: time across, pitch up, drum lanes below; clicks find boxes.
import { describe, expect, it } from 'vitest';
import type { WindowHap } from '../../../src/app/hap-window.ts';
import { blockHue, hitTest, layoutRoll } from '../../../src/app/visuals/roll-layout.ts';
import { triggerIndex } from '../../../src/app/visuals/draw-wave.ts';

const hap = (id: number, time: number, controls: Record<string, unknown>, duration = 0.5, block = '$'): WindowHap => ({
  id, time, duration, block, evaluation: 'e1', locations: [], controls,
});
const SPAN = { past: 2, future: 2 };

describe('layoutRoll', () => {
  it('puts now at the boundary of past and future, and time left to right', () => {
    const layout = layoutRoll([hap(1, 9, { note: 'c4' }), hap(2, 11, { note: 'c4' })], 10, 400, 100, SPAN);
    expect(layout.nowX).toBe(200);
    expect(layout.boxes.map((b) => b.x)).toEqual([100, 300]);
    expect(layout.boxes[0]!.width).toBeCloseTo(49, 12);
  });

  it('leaves out haps outside the span and marks the sounding ones active', () => {
    const layout = layoutRoll([hap(1, 5, { note: 'c4' }), hap(2, 9.8, { note: 'c4' }), hap(3, 13, { note: 'c4' })], 10, 400, 100, SPAN);
    expect(layout.boxes.map((b) => [b.hap.id, b.active])).toEqual([[2, true]]);
  });

  it('draws higher notes higher', () => {
    const layout = layoutRoll([hap(1, 10, { note: 'c3' }), hap(2, 10, { note: 'c5' })], 10, 400, 100, SPAN);
    const [low, high] = layout.boxes;
    expect(high!.y).toBeLessThan(low!.y);
  });

  it('gives each drum a lane below the notes, kick lowest, named on a row', () => {
    const layout = layoutRoll([hap(1, 10, { s: 'hh' }), hap(2, 10, { s: 'bd' }), hap(3, 10, { note: 'c4' })], 10, 400, 100, SPAN);
    const byId = new Map(layout.boxes.map((b) => [b.hap.id, b]));
    expect(byId.get(2)!.y).toBeGreaterThan(byId.get(1)!.y);
    expect(byId.get(1)!.y).toBeGreaterThan(byId.get(3)!.y);
    expect(layout.rows.filter((r) => r.kind === 'drum').map((r) => r.label)).toEqual(['bd', 'hh']);
  });

  it('centres a single pitch in a range of at least an octave', () => {
    const layout = layoutRoll([hap(1, 10, { note: 'a4' })], 10, 400, 130, SPAN);
    const box = layout.boxes[0]!;
    expect(Math.abs(box.y + box.height / 2 - 65)).toBeLessThanOrEqual(1);
  });
});

describe('hitTest', () => {
  it('finds the box under a point, the latest drawn when boxes overlap, nothing elsewhere', () => {
    const layout = layoutRoll([hap(1, 9.5, { s: 'bd' }, 1), hap(2, 10, { s: 'bd' }, 1)], 10, 400, 100, SPAN);
    const second = layout.boxes[1]!;
    expect(hitTest(layout, second.x + 1, second.y + 1)?.hap.id).toBe(2);
    expect(hitTest(layout, 5, 5)).toBeUndefined();
  });
});

describe('blockHue', () => {
  it('is the same for the same label and differs between labels', () => {
    expect(blockHue('$drums')).toBe(blockHue('$drums'));
    expect(blockHue('$drums')).not.toBe(blockHue('$bass'));
    expect(blockHue('x')).toBeGreaterThanOrEqual(0);
    expect(blockHue('x')).toBeLessThan(360);
  });
});

describe('triggerIndex', () => {
  it('finds the first rising zero crossing in the first half', () => {
    const data = Float32Array.from({ length: 64 }, (_, i) => Math.sin((2 * Math.PI * (i + 5)) / 16));
    const i = triggerIndex(data);
    expect(data[i - 1]!).toBeLessThan(0);
    expect(data[i]!).toBeGreaterThanOrEqual(0);
    expect(triggerIndex(new Float32Array(64))).toBe(0);
  });
});
