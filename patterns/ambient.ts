// Slow tide — an ambient drift of sine and triangle voices in a long reverb.
// Shows: slow(), long attack/release envelopes, perlin noise and sine as slow modulators, big rooms.
// Performance notes: let it breathe; nudge setcpm down for more space, or raise .room for a haze.
setcpm(10)

$: note("<[c3,g3,d4] [ab2,eb3,c4] [f2,c3,g3,bb3] [g2,d3,bb3]>")
  .s("triangle")
  .attack(1.5).release(3).sustain(0.8)
  .lpf(perlin.range(600, 1800).slow(8))
  .gain(0.45).room(0.7).size(8)

$: n("<0 4 2 7 [6 4] 9 [7 ~] 11>*2").scale("C:minor").add(note(12))
  .s("sine")
  .attack(0.3).release(2)
  .degradeBy(0.3)
  .gain(perlin.range(0.15, 0.35))
  .pan(sine.range(0.2, 0.8).slow(5))
  .delay(0.4).delaytime(0.75).delayfeedback(0.55)
  .room(0.6).size(8)

$: note("c1").s("sine").attack(2).release(4).gain(0.4).slow(2)
$: s("white").hpf(6000).attack(1).release(2).gain(0.1).pan(sine.slow(3)).room(0.8).slow(2)
