/** The entity word lists of a language, compiled once into case-insensitive sets. */
import type { Lang } from '../../lang/types.js';
import { perKey } from '../../util/regex.js';
import { gazetteer } from './gazetteer.js';

const lower = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));

/** Multi-word heads ("Rumah Sakit", "Pemerintah Provinsi") by their first word. */
function phrases(words: string[]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const w of words) {
    const parts = w.toLowerCase().split(/\s+/);
    if (!map.has(parts[0]!)) map.set(parts[0]!, []);
    map.get(parts[0]!)!.push(parts);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
}

export const entityWords = perKey((lang: Lang) => {
  const e = lang.entities;
  return {
    connectors: lower(e.connectors),
    personConnectors: lower(e.personConnectors),
    /** "al-Assad": a particle, a hyphen, a capital. */
    particleName: new RegExp(`^(?:${e.nameParticles.join('|')})-\\p{Lu}`, 'u'),
    coordinators: lower(e.coordinators),
    abbreviations: lower(lang.abbreviations),
    titles: phrases(e.titles),
    complements: lower(e.titleComplements),
    nameTitles: lower(e.nameTitles),
    nameLeads: phrases(e.nameLeads),
    honorifics: lower(e.honorifics),
    orgHeads: phrases(e.orgHeads),
    ministryHeads: lower(e.ministryHeads),
    orgTails: lower(e.orgTails),
    companyForms: lower(e.companyForms),
    /** Lower case, short -> in full. */
    shortHeads: new Map(Object.entries(e.shortHeads).map(([k, v]) => [k.toLowerCase(), v.toLowerCase()])),
    placeHeads: phrases(e.placeHeads),
    placeTails: lower(e.placeTails),
    placeUnits: lower(e.placeUnits),
    placeCompounds: lower(e.placeCompounds),
    placeModifiers: lower(e.placeModifiers),
    lowerPlaceTails: phrases(e.lowerPlaceTails),
    lowerPlaceHeads: lower(e.lowerPlaceHeads),
    lowerHeadCompounds: phrases(e.lowerHeadCompounds),
    nonNames: phrases([...e.nonNames, ...e.calendarWords]),
    calendarWords: lower(e.calendarWords),
    /**
     * A month's short form, written as a word, the start of a longer calendar word ("jan",
     * "jun"; not "mei", nor "WIT", a time zone, not a short "WITA").
     */
    monthShortForms: new Set(e.calendarWords.filter((x) => x.length <= 3 && /^\p{Lu}\p{Ll}+$/u.test(x) && e.calendarWords.some((y) => y.length > x.length && y.startsWith(x))).map((x) => x.toLowerCase())),
    placePrepositions: lower(e.placePrepositions),
    orgCuesBefore: lower(e.orgCuesBefore),
    /** First words of the group nouns of two words ("kantor" of "kantor berita"). */
    orgCueFirstWords: new Set(e.orgCuesBefore.filter((x) => x.includes(' ')).map((x) => x.split(' ')[0]!.toLowerCase())),
    // "menurut | Firman", "according to | Smith".
    personCuesBefore: lower([...e.personCuesBefore, ...lang.quotes.accordingTo]),
    personCuesAfter: lower(e.personCuesAfter),
    initialsCues: lower(e.initialsCues),
    aliasWords: phrases(e.aliasWords),
    /** Words the longest alias cue holds ("atau yang akrab disapa"). */
    aliasWordsMax: longestPhrase(e.aliasWords),
    sportsWords: lower(e.sportsWords),
    possessionCues: lower(e.possessionCues),
    nameSuffixes: new Set(e.nameSuffixes),
    nameArticles: new Set(e.nameArticles),
    namingWords: phrases(e.namingWords),
    /** Words the longest naming phrase holds ("diberi nama"). */
    namingWordsMax: longestPhrase(e.namingWords),
    workTitleCues: lower(e.workTitleCues),
    characterCues: lower(e.characterCues),
    listIntroducers: phrases(e.listIntroducers),
    lowerCasePlaces: e.lowerCasePlaces,
    possessiveClitics: e.possessiveClitics,
    kindWords: lower(e.kindWords),
    unitHeads: phrases(e.unitHeads),
    venueTails: phrases(e.venueTails),
    climaxHeads: lower(e.climaxHeads),
    memberNouns: lower(e.memberNouns),
    personNouns: lower(e.personNouns),
    wordsNotNames: new Set(lang.wordsNotNames),
    bracketPersonCues: lower(e.bracketPersonCues),
    partLinks: lower(e.partLinks),
    clubForms: new Set(e.clubForms),
    streetHeads: lower(e.streetHeads),
    characterLinks: lower(e.characterLinks),
    castWords: lower(e.castWords),
    affiliationConnectors: lower(e.affiliationConnectors),
    fromConnectors: lower(e.fromConnectors),
    distanceWords: lower(e.distanceWords),
    formerWords: lower(e.formerWords),
    towardWords: lower(e.towardWords),
    subjectFollowers: lower(e.subjectFollowers),
    schoolLevels: new Set(e.schoolLevels),
    lifeStageCues: lower(e.lifeStageCues),
    otherCuesBefore: lower(e.otherCuesBefore),
    titleSmallWords: lower(e.titleSmallWords),
    otherHeads: phrases(e.otherHeads),
    otherTails: lower(e.otherTails),
    strippedPrefixes: lower(e.strippedPrefixes),
    orgParents: phrases(e.orgParents),
    ownBodyHeads: lower(e.ownBodyHeads),
    nameBreakers: lower(e.nameBreakers),
    copulas: lower(e.copulas),
    articles: lower(e.articles),
    personArticles: lower(e.personArticles),
    nonEntityAcronyms: new Set(e.nonEntityAcronyms),
    orgPrefixes: e.orgPrefixes,
    stopwords: lower(lang.stopwords),
    /** Words after a noun that point at it ("ini", "tersebut"). */
    determiners: lower(lang.quotes.roleDeterminersAfter),
    /** Nouns counted after a number ("lima tahun", "tiga orang"). */
    countNouns: lower(lang.money.countNouns),
    cueVerbs: lower(lang.quotes.cueVerbs),
    reportingVerbs: lower([...lang.quotes.reportingVerbs, ...lang.quotes.cueVerbs]),
  };
});
export type EntityWordSets = ReturnType<typeof entityWords>;

/** "II", "XIV": a number up to the thirties, not an acronym ("Komisi II"); "XL", "MC" stay acronyms. */
export const isRomanNumeral = (text: string): boolean => /^[IVX]+$/.test(text);

/** Words in the longest of the phrases, 0 when there is none. */
function longestPhrase(list: string[]): number {
  return Math.max(0, ...list.map((x) => x.split(' ').length));
}

/** The lower-case forms of tokens [from, to), for phraseAt. */
export function lowerWords(tokens: readonly { lower: string }[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let x = from; x < Math.min(to, tokens.length); x++) out.push(tokens[x]!.lower);
  return out;
}

/** A plural written twice is its noun: "kota-kota" -> "kota"; any other word as it is. */
export const unrepeated = (lower: string): string => /^(\p{Ll}+)-\1$/u.exec(lower)?.[1] ?? lower;

/** Length in words of the phrase from `map` that starts at lower[k], or 0. `lower`: lower-cased words. */
export function phraseAt(map: Map<string, string[][]>, lower: string[], k: number): number {
  if (k >= lower.length) return 0;
  const candidates = map.get(lower[k]!);
  if (!candidates) return 0;
  for (const parts of candidates) {
    if (k + parts.length > lower.length) continue;
    let ok = true;
    for (let p = 1; p < parts.length && ok; p++) ok = lower[k + p] === parts[p];
    if (ok) return parts.length;
  }
  return 0;
}

/** A common word of the language, one with a clitic ("teknologinya") or of a derived shape ("penularan"). */
export function ordinaryWord(lang: Lang, lower: string): boolean {
  const g = gazetteer();
  const common = g.commonWords.get(lang.code)!;
  if (common.has(lower)) return true;
  const stem = cliticStem(lang, lower);
  // "Pasukannya", and a title with a clitic: "Kadernya", "Capresnya".
  if (stem !== undefined && (common.has(stem) || entityWords(lang).titles.has(stem))) return true;
  // A word of a derived shape may be a name: a village or a person listed as one
  // ("Pesanggrahan", "Kebayoran") is not taken for an ordinary word.
  if (g.localPlaces.has(lower) || g.givenNames.has(lower) || g.surnames.has(lower)) return false;
  if (prefixedWord(lang, lower) || (lang.derivedWord?.test(lower) ?? false)) return true;
  // "Dilansir", "Merangkum": a prefix on a root of the language, unless the word is a known name ("Kediri").
  return lang.affixedRoot?.(lower) !== undefined && !g.entries.has(lower);
}

/** "dijabat", "bertempat", "beristri": a prefix and an ordinary word of four letters or more. */
export function prefixedWord(lang: Lang, lower: string): boolean {
  const g = gazetteer();
  const common = g.commonWords.get(lang.code)!;
  for (const prefix of lang.prefixes ?? []) if (lower.length - prefix.length >= 4 && lower.startsWith(prefix) && common.has(lower.slice(prefix.length))) return true;
  return false;
}

/** The word without its clitic ("teknologi" for "teknologinya"); undefined when it has none. */
export function cliticStem(lang: Lang, lower: string): string | undefined {
  const c = (lang.clitics ?? []).find((x) => lower.endsWith(x));
  return c === undefined ? undefined : lower.slice(0, -c.length);
}
