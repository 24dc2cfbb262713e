/**
 * The round views: the `spiral` (one turn a cycle, now at the top, the past winding inwards) and
 * the `pitchwheel` (the sounding notes on a circle of the octave's pitch classes).
 */
import type { Seconds } from '../../audio/index.ts';
import type { WindowHap } from '../hap-window.ts';
import { laneOf } from './lanes.ts';
import { number, text, type VisualOptions } from './options.ts';
import { blockHue } from './roll-layout.ts';

const sounding = (hap: WindowHap, now: Seconds): boolean => hap.time <= now && now < hap.time + hap.duration;

function colourOf(hap: WindowHap, active: boolean, options: VisualOptions): string {
  const own = hap.controls['color'] ?? hap.controls['colour'];
  if (typeof own === 'string') return own;
  const hue = blockHue(hap.block);
  return active ? (text(options, 'activeColor') ?? `hsl(${hue} 95% 70%)`) : (text(options, 'inactiveColor') ?? `hsl(${hue} 45% 45% / 0.6)`);
}

/** Draws the haps on a spiral at `cps` cycles per second: a turn is a cycle, now at twelve o'clock. */
export function drawSpiral(g: CanvasRenderingContext2D, width: number, height: number, haps: readonly WindowHap[], now: Seconds, cps: number, options: VisualOptions): void {
  g.clearRect(0, 0, width, height);
  const size = Math.min(width, height) / 2 - 4;
  const cx = width / 2;
  const cy = height / 2;
  const stretch = number(options, 'stretch', 1, 0.1, 10);
  const thickness = number(options, 'thickness', Math.max(2, size / 12), 0.5, 100);
  // The radius of a time (in cycles from now): one turn in, per `turns` cycles of the past.
  const turns = 3;
  const inset = number(options, 'inset', 0.25, 0, 0.9);
  const radius = (cycles: number): number => size * (inset + (1 - inset) * Math.max(0, Math.min(1, (cycles + turns) / (turns + 1))));
  const angle = (cycles: number): number => -Math.PI / 2 + cycles * 2 * Math.PI * stretch;
  g.lineCap = 'round';
  g.lineWidth = thickness;
  for (const hap of haps) {
    const from = (hap.time - now) * cps;
    const to = (hap.time + hap.duration - now) * cps;
    if (to < -turns || from > 1) continue;
    const active = sounding(hap, now);
    g.strokeStyle = colourOf(hap, active, options);
    g.beginPath();
    const steps = Math.max(2, Math.ceil((to - from) * 48));
    for (let i = 0; i <= steps; i++) {
      const c = from + ((to - from) * i) / steps;
      const r = radius(c);
      const x = cx + r * Math.cos(angle(c));
      const y = cy + r * Math.sin(angle(c));
      if (i === 0) g.moveTo(x, y);
      else g.lineTo(x, y);
    }
    g.stroke();
  }
  // Now: a line from the centre up.
  g.strokeStyle = text(options, 'playheadColor') ?? '#ffd23f';
  g.lineWidth = 1.5;
  g.beginPath();
  g.moveTo(cx, cy - radius(-turns));
  g.lineTo(cx, cy - size);
  g.stroke();
}

/** Draws the sounding notes on a wheel of `edo` pitch classes, C at the top. */
export function drawPitchwheel(g: CanvasRenderingContext2D, width: number, height: number, haps: readonly WindowHap[], now: Seconds, options: VisualOptions): void {
  g.clearRect(0, 0, width, height);
  const edo = Math.round(number(options, 'edo', 12, 1, 96));
  const margin = number(options, 'margin', 6, 0, 100);
  const size = Math.max(4, Math.min(width, height) / 2 - margin);
  const cx = width / 2;
  const cy = height / 2;
  const point = (midi: number): [number, number] => {
    const a = -Math.PI / 2 + (((midi % 12) + 12) % 12) / 12 * 2 * Math.PI;
    return [cx + size * Math.cos(a), cy + size * Math.sin(a)];
  };
  g.strokeStyle = '#ffffff26';
  g.lineWidth = 1;
  g.beginPath();
  g.arc(cx, cy, size, 0, 2 * Math.PI);
  g.stroke();
  g.fillStyle = '#ffffff40';
  for (let i = 0; i < edo; i++) {
    const [x, y] = point((i * 12) / edo);
    g.fillRect(x - 1, y - 1, 2, 2);
  }
  const notes = haps.filter((h) => sounding(h, now)).flatMap((hap) => {
    const lane = laneOf(hap.controls);
    return lane?.kind === 'pitch' ? [{ hap, midi: lane.midi }] : [];
  });
  const polygon = text(options, 'mode') === 'polygon';
  g.lineWidth = number(options, 'thickness', 3, 0.5, 40);
  g.beginPath();
  for (const [i, { hap, midi }] of notes.entries()) {
    const [x, y] = point(midi);
    g.strokeStyle = colourOf(hap, true, options);
    if (polygon) {
      if (i === 0) g.moveTo(x, y);
      else g.lineTo(x, y);
    } else {
      g.moveTo(cx, cy);
      g.lineTo(x, y);
    }
  }
  if (polygon && notes.length > 2) g.closePath();
  g.stroke();
  const dot = number(options, 'hapRadius', 6, 1, 60);
  for (const { hap, midi } of notes) {
    const [x, y] = point(midi);
    g.fillStyle = colourOf(hap, true, options);
    g.beginPath();
    g.arc(x, y, dot, 0, 2 * Math.PI);
    g.fill();
  }
}
