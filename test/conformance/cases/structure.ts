import { conformance as c, type CaseGroup } from './case.ts';

/** Applying functions on some cycles, or to parts of cycles. */
export const conditionalCases: CaseGroup = {
  feature: 'conditional',
  cases: [
    c('every', 's("bd sd").every(3, fast(2))', 12),
    c('every with an arrow', 'n("0 2 4").every(4, x => x.add(n(12)))'),
    c('every patterned', 's("bd sd hh").every("<2 3>", x => x.rev())', 12),
    c('firstOf', 'note("c e g").firstOf(4, x => x.add(note(12)))'),
    c('lastOf', 's("bd sd").lastOf(3, rev)', 12),
    c('when', 'n("0 1 2 3").when("<1 0>", x => x.add(n(12)))'),
    c('when within a cycle', '"0 1 2 3".when("1 0 1 0", x => x.mul(2)).n()'),
    c('chunk', 'n("0 1 2 3").chunk(4, hurry(2))'),
    c('chunk with an arrow', '"0 1 2 3".chunk(4, x => x.add(7)).n()'),
    c('chunkBack', 's("bd sd hh cp").chunkBack(4, x => x.speed(2))'),
    c('every with a chain', 's("bd*2 sd").every(2, x => x.fast(2).gain(0.5))'),
    c('nested every', 'note("c e g").every(2, x => x.every(3, rev))', 12),
  ],
};

/** Stacking transformed copies of a pattern. */
export const layeringCases: CaseGroup = {
  feature: 'layering',
  cases: [
    c('off', 'note("c e g").off(1/8, x => x.add(note(7)))'),
    c('off patterned', 'n("0 2").off("<0.25 0.125>", x => x.add(n(12)))'),
    c('superimpose', 's("bd sd").superimpose(x => x.fast(2))'),
    c('superimpose with several', 'n("0 4").superimpose(x => x.add(n(2)), x => x.late(0.5))'),
    c('layer', 'note("c e g").layer(x => x.add(note(7)), rev)'),
    c('jux', 's("bd sd hh").jux(rev)'),
    c('jux with an arrow', 'n("0 1 2 3").s("piano").jux(x => x.fast(2))'),
    c('juxBy', 's("bd sd hh").juxBy(0.5, fast(2))'),
    c('echo', 's("bd sd").echo(3, 1/8, 0.5)'),
    c('echo patterned', 'note("c e").echo("<2 3>", 0.2, 0.7)'),
    c('echoWith', 'note("c e").echoWith(3, 1/8, x => x.add(note(2)))'),
    c('echoWith with speed', 's("bd sd").echoWith(4, 1/16, x => x.speed(2))'),
    c('stut', 's("bd sd").stut(3, 0.5, 1/8)'),
    c('off inside jux', 'n("0 2 4").jux(x => x.off(0.25, y => y.add(n(7))))'),
  ],
};

/** Imposing rhythmic structure. */
export const structureCases: CaseGroup = {
  feature: 'structure',
  cases: [
    c('struct', 'note("c e").struct("x ~ x x")'),
    c('struct patterned', 's("hh").struct("x*<4 8>")'),
    c('struct with booleans', 'note("[c,e,g]").struct("t f t t")'),
    c('struct with 1 and 0', 'n("0 .. 3").struct("1 0 1 1")'),
    c('mask', 's("hh*8").mask("1 0 1 1")'),
    c('mask with alternation', 'note("c*8").mask("<1 [0 1]>")'),
    c('mask keeps fragments', 'note("c e").mask("1 0 1")'),
    c('euclid', 's("bd").euclid(3, 8)'),
    c('euclid patterned', 's("bd").euclid("<3 5>", 8)'),
    c('euclidRot', 's("bd").euclidRot(3, 8, 2)'),
    c('euclidRot patterned', 's("hh").euclidRot(5, 8, "<0 2>")'),
    c('euclidLegato', 's("bd").euclidLegato(3, 8)'),
    c('euclidLegato patterned', 'note("c e").euclidLegato("<3 5>", 8)'),
    c('euclid on a sequence', 'n("0 1 2").euclid(5, 8)'),
  ],
};
