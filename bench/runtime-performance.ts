/** A 40-line performance, typical of a live set: the code the runtime benchmark evaluates. */
export const PERFORMANCE = `// weft benchmark set: forty lines of a typical performance
setcps(0.55)
// tempo 132 bpm, four beats a cycle

const chords = "<Cm7 Fm9 Bb7 Ebmaj7>"
const roots = "<c2 f2 bb1 eb2>"

drums: stack(
  s("bd*2 [~ bd] ~ bd").gain(0.9),
  s("~ sd ~ [sd cp]").room(0.2),
  s("hh*8").gain(sine.range(0.3, 0.7).fast(2)).pan(0.6),
  s("~ oh").gain(0.4).sometimes(x => x.speed(1.5)),
).every(4, x => x.fast(2))

bass: note(roots)
  .add(note("<0 0 12 7>*4"))
  .s("sawtooth")
  .lpf(sine.range(300, 1400).slow(8))
  .lpq(8)
  .decay(0.15).sustain(0.3)
  .gain(0.7)

keys: note("<[c4,eb4,g4,bb4] [f4,ab4,c5,eb5] [bb3,d4,f4,ab4] [eb4,g4,bb4,d5]>")
  .s("triangle")
  .struct("~ x ~ x")
  .attack(0.01).release(0.3)
  .room(0.4).size(2)
  .gain(0.35)

lead: n("0 2 4 <7 9> 4 2 <0 -1> ~")
  .scale("C4:minor")
  .s("square")
  .off(0.125, x => x.add(n(7)).gain(0.2))
  .lpf(2400)
  .delay(0.3).delaytime(0.1875).delayfeedback(0.4)
  .degradeBy(0.2)
  .gain(0.3)

// not playing yet: unmute with $ when the drop comes
_sketch: s("cp*4").fast("<1 2>")
`;
