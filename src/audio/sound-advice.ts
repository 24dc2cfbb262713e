/**
 * What to tell a performer whose code names a sound the engine does not know: the closest name it
 * does know ("did you mean hh?"), or where Strudel's default sounds come from, so that pasted
 * Strudel code says what to load instead of playing silence. Pure; used where the engine reports
 * an unknown sound (once per name, not per event).
 */

/**
 * The sounds of the Dirt-Samples collection (github.com/tidalcycles/Dirt-Samples, its folder
 * names): what Tidal and much shared Strudel code play, loaded by `samples('github:tidalcycles/dirt-samples')`.
 */
const DIRT_SAMPLES: ReadonlySet<string> = new Set(
  `
  808 808bd 808cy 808hc 808ht 808lc 808lt 808mc 808mt 808oh 808sd 909 ab ade ades2 ades3 ades4
  alex alphabet amencutup armora arp arpy auto baa baa2 bass bass0 bass1 bass2 bass3 bassdm
  bassfoo battles bd bend bev bin birds birds3 bleep blip blue bottle breaks125 breaks152
  breaks157 breaks165 breath bubble can casio cb cc chin circus clak click clubkick co coins
  control cosmicg cp cr crow d db diphone diphone2 dist dork2 dorkbot dr dr2 dr55 dr_few drum
  drumtraks e east electro1 em2 erk f feel feelfx fest fire flick fm foo future gab gabba
  gabbaloud gabbalouder glasstap glitch glitch2 gretsch gtr h hand hardcore hardkick haw hc hh
  hh27 hit hmm ho hoover house ht if ifdrums incoming industrial insect invaders jazz jungbass
  jungle juno jvbass kicklinn koy kurt latibro led less lighter linnhats lt made made2 mash mash2
  metal miniyeah monsterb moog mouth mp3 msg mt mute newnotes noise noise2 notes num numbers oc
  odx off outdoor pad padlong pebbles perc peri pluck popkick print proc procshort psr rave rave2
  ravemono realclaps reverbkick rm rs sax sd seawolf sequential sf sheffield short sid simplesine
  sitar sn space speakspell speech speechless speedupdown stab stomp subroc3d sugar sundance tabla
  tabla2 tablex tacscan tech techno tink tok toys trump ul ulgab uxay v voodoo wind wobble world
  xmas yeah
`.trim().split(/\s+/),
);

/** Where the Dirt-Samples are loaded from, as code writes it. */
export const DIRT_SAMPLES_CALL = "samples('github:tidalcycles/dirt-samples')";

/** The Levenshtein distance of `a` and `b`, or `limit + 1` once it is known to exceed `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = row;
  }
  return previous[b.length]!;
}

/** The known name closest to `name` (by case, then by one edit, two for names of 7+ letters), if any. */
export function closestSound(name: string, known: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  const limit = name.length >= 7 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    if (candidate === name) continue;
    const d = candidate.toLowerCase() === lower ? 0 : distance(lower, candidate.toLowerCase(), limit);
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/**
 * The message for sound `name`, which the engine does not know; `known` are the names it does
 * (synths, drums, declared samples).
 * @example
 * unknownSoundMessage('jazz', ['bd', 'hh']) // 'unknown sound "jazz": it is in Strudel\'s default dirt-samples; load them with samples(\'github:tidalcycles/dirt-samples\')'
 */
export function unknownSoundMessage(name: string, known: Iterable<string>): string {
  const head = `unknown sound "${name}"`;
  if (DIRT_SAMPLES.has(name)) return `${head}: it is in Strudel's default dirt-samples; load them with ${DIRT_SAMPLES_CALL}`;
  const close = closestSound(name, known);
  if (close !== undefined) return `${head}: did you mean "${close}"?`;
  return `${head}: not a synth or drum weft plays, nor a sample the code loaded; load its files with samples({ ${JSON.stringify(name)}: 'url' }) or samples('github:user/repo')`;
}
