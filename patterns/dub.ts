// Dub chords — a stab on 2 and 4 through a tempo-synced delay, a deep bass, a slow kick.
// Shows: delay, delaytime and delayfeedback for dub echoes, hpf and lpf to carve space, orbits
// (separate effect buses) so the stab's long echoes do not wash over the drums.
// Performance notes: the stab's echoes take seconds to fade; push delayfeedback to 0.75 for a swell.
setcpm(70 / 4)

$: note("~ [d3,f3,a3] ~ [d3,f3,a3]").add(note("<0 0 -2 -4>"))
  .s("square").hpf(450).lpf(2200)
  .decay(0.08).sustain(0).release(0.05)
  .gain(0.95)
  .delay(0.55).delaytime(60 / 70 * 3 / 4).delayfeedback(0.62)
  .room(0.35).size(2.5).orbit(2)

$: note("d1 ~ ~ d1 ~ ~ [a1 ~] [c2 d2]").add(note("<0 0 -2 -4>"))
  .s("sine").decay(0.3).sustain(0.7).release(0.1).gain(1)

$: s("bd ~ ~ ~ sd:1 ~ ~ ~").gain("1.2 0.7")
$: s("~ hh ~ hh ~ hh ~ [hh hh]").gain(0.28).pan(0.6)
$: s("~ ~ ~ ~ ~ ~ rim ~").gain(0.3).delay(0.4).delaytime(60 / 70 / 2).delayfeedback(0.45)
