// First steps — a beat and a tune built one line at a time (a teaching example).
// Shows: what each piece of a pattern does, from one drum hit to a small arrangement.
// Performance notes: read top to bottom; turn a block on or off by adding or removing the _ in _$:.

// 1. The tempo: setcpm sets cycles per minute. One cycle = one bar of 4 beats at 120 BPM.
setcpm(120 / 4)

// 2. A kick drum on every beat: "bd*4" repeats bd four times in the cycle.
$: s("bd*4")

// 3. A snare on beats 2 and 4: ~ is a rest, so the cycle is split rest / sd / rest / sd.
$: s("~ sd ~ sd").gain(0.6)

// 4. Square brackets squeeze several steps into one: eight hi-hats, the off-beats louder.
$: s("[hh hh]*4").gain("[0.25 0.45]*4")

// 5. A melody: note names with octaves; < > plays one item per cycle (here, the last note).
$: note("e4 g4 a4 <b4 d5 c5 g4>")
  .s("square")          // the synth waveform: sine, triangle, square, sawtooth...
  .lpf(1800)            // a lowpass filter softens the square wave
  .decay(0.15).sustain(0.3)
  .gain(0.4)
  .room(0.3)            // some reverb

// 6. A bass line an octave below, only every other step: "~" rests again.
$: note("a1 ~ a1 ~ c2 ~ [d2 e2] ~").s("sawtooth").lpf(500).gain(0.55)

// 7. Muted blocks (_$:) are evaluated but not played. Remove the _ to hear the handclap.
_$: s("~ cp").fast(2).gain(0.5)
