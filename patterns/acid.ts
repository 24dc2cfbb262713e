// Acid line — a squelchy 303-style sawtooth over a 909-style beat.
// Shows: a resonant lowpass with its own envelope, a slow filter sweep with sine, accents with
// patterned velocity, octave jumps in the line, shape for grit, a dotted-eighth delay.
// Performance notes: the filter sweep takes 8 cycles; ride .lpq between 8 and 20 for more squelch.
setcpm(130 / 4)

$: note("a1 a1 a2 a1 [c2 a1] a1 g2 a1")
  .add(note("<0 0 3 -2>"))
  .s("sawtooth")
  .lpf(sine.range(250, 1400).slow(8)).lpq(14).lpenv(3).lpdecay(0.1).lpsustain(0)
  .decay(0.12).sustain(0.5).release(0.03)
  .velocity("1 0.75 1.1 0.75 0.8 0.75 1.1 0.75")
  .shape(0.3)
  .gain(0.8)
  .delay(0.2).delaytime(60 / 130 * 3 / 4).delayfeedback(0.3)

$: s("bd*4").gain(1.1)
$: s("~ cp").fast(2).gain(1.4)
$: s("[~ hh]*4").gain(0.45)
$: s("hh*16").gain(0.15)
