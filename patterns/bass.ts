// Rolling bass — a minor-key bassline locked to a kick.
// Shows: note names, <> for one step per cycle, a filter envelope and a sub-octave layer.
// Performance notes: raise .lpf to open the bass up; change "<0 0 -4 -2>" to move the roots.
setcpm(118 / 4)

$: s("bd [~ bd] ~ bd").gain(1)
$: s("~ sd:1").gain(0.7)
$: s("hh*8").gain(0.3)

$: note("c2 [~ c2] eb2 [c2 g2] c2 [~ bb1] c2 [eb2 f2]")
  .add(note("<0 0 -4 -2>"))
  .s("sawtooth")
  .lpf(320).lpenv(2.5).lpdecay(0.12).lpsustain(0.1).lpq(6)
  .decay(0.2).sustain(0.6).release(0.05)
  .gain(0.8)

$: note("c1*4").add(note("<0 0 -4 -2>")).s("sine").gain(0.55).release(0.05)
