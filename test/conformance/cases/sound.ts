import { conformance as c, type CaseGroup } from './case.ts';

/** Cutting and fitting samples. */
export const samplingCases: CaseGroup = {
  feature: 'sampling',
  cases: [
    c('chop', 's("break").chop(4)'),
    c('chop patterned', 's("break bd").chop("<2 4>")'),
    c('striate', 's("break").striate(4)'),
    c('striate patterned', 's("break sd").striate("<2 3>")'),
    c('slice', 's("break").slice(4, "0 1 <2 3>")'),
    c('slice with a fast index', 's("break").slice(8, "0*2 <3 7> 5")'),
    c('splice', 's("break").splice(4, "0 2 1 3")'),
    c('splice patterned', 's("break").splice(8, "<0 4> 2*2")'),
    c('loopAt', 's("break").loopAt(2)', 16),
    c('loopAt then chop', 's("break").loopAt(2).chop(4)', 16),
    c('fit', 's("break").fit()'),
    c('fit with several samples', 's("break amen").fit()'),
    c('chop with begin and end', 's("break").begin(0.25).end(0.75).chop(2)'),
  ],
};

/** Notes, scales, chords and arpeggios. */
export const theoryCases: CaseGroup = {
  feature: 'theory',
  cases: [
    c('scale', 'n("0 2 4 6").scale("C:major")'),
    c('scale patterned', 'n("0 .. 7").scale("<C:minor D:dorian>")'),
    c('scale with a tonic octave', 'n("0 2 4").scale("A2:minor:pentatonic")'),
    c('scale named with spaces', `n("0 2 4 <6 7>").scale('C minor')`),
    c('scale named with spaces and an octave', `n("0 2 4").scale('A2 minor pentatonic')`),
    c('scale with negative degrees', 'n("-1 -3 0 8").scale("E:minor")'),
    c('transpose by semitones', 'note("c3 e3 g3").transpose(2)'),
    c('transpose patterned', 'note("c3 e3").transpose("<0 3 7>")', 12),
    c('transpose by intervals', 'note("c3").transpose("<2M 3m>")'),
    c('transpose accidentals', 'note("c#3 eb4").transpose(12)'),
    c('transpose midi numbers', 'note("60 64").transpose(5)'),
    c('chord voicing', 'chord("<C Am F G>").voicing()'),
    c('chord voicing with sound', 'chord("<C^7 Dm7 G7>").voicing().s("piano")', 12),
    c('voicing picked by n', 'n("0 1 2 3").chord("<C Am>").voicing()'),
    c('arp', 'note("<[c,e,g] [d,f,a]>").arp("0 1 2 1")'),
    c('arp on a voicing', 'chord("<C Am>").voicing().arp("0 [1 2]")'),
    c('arpWith', 'note("[c,e,g]").arpWith(haps => haps[2])'),
    c('arpWith picks by cycle', 'note("<[c,e,g] [d,f]>").arpWith(haps => haps[0])'),
    c('scale then transpose', 'n("0 2 4").scale("C:major").transpose("<0 12>")'),
    c('note names through add', 'note("c e g").add(note("<0 7>"))'),
  ],
};
