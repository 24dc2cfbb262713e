// Four chords — a jazzy ii-V-I-vi loop with a pad and an arpeggio over it.
// Shows: chords as stacked notes [a,b,c], one chord per cycle with < >, arp, layering voices.
// Performance notes: the pad and the arp share one chord pattern; edit `chords` and both follow.
setcpm(92 / 4)

const chords = "<[d3,f3,a3,c4] [g2,b2,d3,f3] [c3,e3,g3,b3] [a2,c3,e3,g3]>"

$: note(chords).s("supersaw").unison(5).detune(0.25)
  .attack(0.15).release(0.6).lpf(1400)
  .gain(0.3).room(0.45).size(3)

$: note(chords).arp("0 1 2 3 2 1 3 2").add(note(12)).s("triangle")
  .decay(0.25).sustain(0.2).release(0.2)
  .gain(0.55).pan(sine.range(0.25, 0.75)).delay(0.25).delaytime(0.375).delayfeedback(0.35)

$: note("<d2 g1 c2 a1>").s("sine").gain(0.55).release(0.3)
$: s("bd ~ [~ bd] ~").gain(0.8)
$: s("~ rim ~ rim").gain(0.5)
$: s("hh*8").gain(0.25)
