// Wandering — a generative melody that never quite repeats, over a drone and a sparse pulse.
// Shows: irand and perlin for random values, scale() to keep them in key, degradeBy to drop
// notes, sometimesBy / choose for variation; Tidal's randomness depends only on time, so every
// render is the same.
// Performance notes: change .seed(3) -> .seed(4) for a new (repeatable) melody; raise degradeBy for air.
setcpm(100 / 4)

$: n(irand(10).segment(8).add("<0 2 -1 3>")).scale("A:minor:pentatonic")
  .degradeBy(0.35).seed(3)
  .s(choose("triangle", "sine", "square").segment(8))
  .lpf(2400).decay(0.18).sustain(0.25).release(0.3)
  .gain(perlin.range(0.35, 0.65))
  .pan(rand)
  .delay(0.3).delaytime(0.45).delayfeedback(0.4)
  .room(0.35).size(3)

$: n("<0 -2 -3 -1>").scale("A:minor").sub(note(12)).s("sawtooth")
  .lpf(perlin.range(250, 700).slow(4)).attack(0.8).release(1.5)
  .gain(0.45).room(0.5).size(4)

$: s("bd ~ ~ ~ ~ bd ~ ~").sometimesBy(0.25, (x) => x.ply(2)).gain(1.1)
$: s("hh*8").degradeBy(0.5).gain(perlin.range(0.15, 0.4).fast(4)).pan(0.65)
$: s("~ rim").fast(2).sometimesBy(0.3, (x) => x.s("cb")).gain(0.35)
