/**
 * Entities: people, organisations and places, each once with all its mentions, aliases,
 * acronyms and roles. Candidates come from capitalised runs (candidates.ts); unknown runs
 * are typed by context and name lists; short names and acronyms are linked to the full
 * name they stand for.
 */
import { type Document, tokenAt } from '../../document.js';
import type { Entity, Mention } from '../../schema.js';
import type { Lang } from '../../lang/types.js';
import { CITY_CLUBS, CLUB_NAMES } from '../../gazetteers/clubs.js';
import { findPieces, type Piece } from './candidates.js';
import { gazetteer, lookup, wordOfAnyLanguage } from './gazetteer.js';
import { cliticStem, entityWords, isRomanNumeral, lowerWords, ordinaryWord, phraseAt, unrepeated, type EntityWordSets } from './words.js';

export type EntityType = Entity['type'];

/** An entity while the pipeline runs: ids and salience are set at the end. */
export interface EntityDraft {
  type: EntityType;
  name: string;
  aliases: Set<string>;
  roles: string[];
  mentions: Mention[];
  /** Lower-case words of the name and its aliases, for short-name links. */
  words: Set<string>;
  /** Quotes attributed to it (set by the quote pass). */
  quotes: number;
  /** Start offsets of its mentions, to add each once. */
  starts: Set<number>;
}

/** Shortest clipped form of a name that is linked to the full word ("Enggar"). */
const MIN_CLIPPED = 5;
/** Shortest nickname blended from two words of a name ("Setnov"). */
const MIN_BLEND = 5;
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]{1,7}$/u;
const WORD = /[\p{L}\p{M}]+/gu;
/** Tokens a quotation may hold to be a title rather than speech. */
const SHORT_QUOTE = 8;
/** Tokens a bracket between a name and its definition may hold. */
const BRACKET = 12;
const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’', '«', '»', '„']);

/**
 * `reserved`: [start, end) spans other passes own (metadata names, money), left alone.
 * `known`: spans another pass has typed already (the dateline's agency).
 */
export function extractEntities(
  doc: Document,
  reserved: Array<[number, number]> = [],
  known: Array<{ type: EntityType; start: number; end: number }> = [],
): EntityDraft[] {
  const words = entityWords(doc.lang);
  const reservedTokens = new Uint8Array(doc.tokens.length);
  for (const [start, end] of reserved) {
    for (let i = tokenAt(doc, start); i < doc.tokens.length && doc.tokens[i]!.start < end; i++) reservedTokens[i] = 1;
  }
  const lowerSeen = new Set<string>();
  for (const t of doc.tokens) if (t.kind === 'word' && !t.upper) lowerSeen.add(t.text);
  for (const k of known) {
    for (let i = tokenAt(doc, k.start); i < doc.tokens.length && doc.tokens[i]!.start < k.end; i++) reservedTokens[i] = 1;
  }
  const pieces = findPieces({ doc, words, gazetteer: gazetteer(), lowerSeen, reserved: reservedTokens });
  for (const k of known) {
    const text = doc.text.slice(k.start, k.end);
    const first = tokenAt(doc, k.start);
    pieces.push({ type: k.type, start: k.start, end: k.end, text, roles: [], initial: false, first, last: tokenAt(doc, k.end), rule: 'dateline' });
  }
  pieces.sort((a, b) => a.start - b.start);
  const plain = plainAcronyms(doc, words, pieces);
  return link(doc, words, plain.size ? pieces.filter((p) => !plain.has(p.text)) : pieces);
}

/**
 * Acronyms the article defines for words that name no entity, in lower case or capitals:
 * "perselisihan hasil pemilihan umum (PHPU)", "Surat Tanda Registrasi (STR)". They name a
 * thing, not an organisation, there and wherever the article uses them again.
 */
function plainAcronyms(doc: Document, w: EntityWordSets, pieces: Piece[]): Set<string> {
  const plain = new Set<string>();
  const tokens = doc.tokens;
  const byLast = new Map(pieces.map((q) => [q.last, q]));
  const initials = (words: string, acronym: string) =>
    words.split(/\s+/).map((x) => x[0]!.toLowerCase()).join('') === acronym.replace(/\d/g, '').toLowerCase();
  const known = (text: string) => lookup(gazetteer(), text)?.type === 'organization';
  /**
   * Whether the words from token x on, read by `step`, spell `letters` with their first
   * letters, all of them ordinary: capitalised words no rule made a name of, or the heads of
   * things that are no entity (a city's name too: "Surat Tanda Registrasi"); a connector
   * that spells nothing is passed over ("industri kecil dan menengah"). Returns the text
   * of the token after the last word ('' at the text's end), undefined when they do not.
   */
  const spells = (x: number, step: 1 | -1, letters: string, sentence: number): string | undefined => {
    for (let n = step < 0 ? letters.length - 1 : 0; n >= 0 && n < letters.length; x += step) {
      const t = tokens[x];
      if (!t || t.kind !== 'word' || t.sentence !== sentence || !(!t.upper || ordinaryWord(doc.lang, t.lower) || w.otherHeads.has(t.lower))) return undefined;
      if (t.lower[0] === letters[n]) n += step;
      else if (t.upper || !w.connectors.has(t.lower)) return undefined;
    }
    return tokens[x]?.text ?? '';
  };
  for (const p of pieces) {
    // "Standar Pelayanan Minimal (SPM)": the run took the acronym as its alias.
    if (p.alias && p.type === 'unknown' && !known(p.alias.text) && typeUnknown(doc, w, p) === 'unknown' && initials(p.text, p.alias.text)) plain.add(p.alias.text);
    if (p.last !== p.first + 1 || !ACRONYM.test(p.text) || known(p.text)) continue;
    const letters = p.text.replace(/\d/g, '').toLowerCase();
    if (letters.length < 2) continue;
    const sentence = tokens[p.first]!.sentence;
    // "RTH (ruang terbuka hijau)": the words in the bracket after it.
    if (tokens[p.last]?.text === '(' && spells(p.last + 1, 1, letters, sentence) === ')') plain.add(p.text);
    if (tokens[p.first - 1]?.text !== '(' || tokens[p.last]?.text !== ')') continue;
    // Words before the bracket that a rule made a name of are that name's: "Badan Pusat Statistik (BPS)".
    const before = byLast.get(p.first - 1);
    if (before && (before.type !== 'unknown' || typeUnknown(doc, w, before) !== 'unknown')) continue;
    if (spells(p.first - 2, -1, letters, sentence) !== undefined) plain.add(p.text);
  }
  return plain;
}

function nameWords(text: string): string[] {
  return [...text.matchAll(WORD)].map((m) => m[0].toLowerCase());
}

/**
 * Type a capitalised run the cues left open: first by evidence (an acronym, the word
 * before or after it, a definition, a known given name or surname, a district), then by
 * its shape alone.
 */
function typeUnknown(doc: Document, w: EntityWordSets, p: Piece): Piece['type'] {
  // A letter ("tim U-22") or a head or a title on its own ("Dusun", "ke Yayasan", "Sekolah") names nothing.
  if (p.text.length === 1) return 'unknown';
  const lows = p.text.toLowerCase().split(/\s+/);
  // "Kemenperin", "Kemenhub": a ministry's short name, a head and a name in one word (not
  // the ordinary word "Kemenangan").
  if (lows.length === 1 && w.orgPrefixes.some((x) => p.text.length >= x.length + 2 && p.text.startsWith(x)) && !ordinaryWord(doc.lang, lows[0]!)) return 'organization';
  for (const heads of [w.orgHeads, w.placeHeads, w.titles, w.otherHeads]) if (phraseAt(heads, lows, 0) === lows.length) return 'unknown';
  // ... nor a direction alone ("menuju Selatan").
  if (lows.length === 1 && phraseAt(w.lowerPlaceTails, lows, 0) === 1) return 'unknown';
  return typeByCue(doc, w, p) ?? typeByShape(doc, w, p);
}

const cueTypes = new WeakMap<Piece, Piece['type'] | undefined>();

/**
 * The type a run gets from its context or from lists of names; undefined when neither gives
 * one. Worked out once per piece: several rules ask.
 */
function typeByCue(doc: Document, w: EntityWordSets, p: Piece): Piece['type'] | undefined {
  if (cueTypes.has(p)) return cueTypes.get(p);
  const type = cueType(doc, w, p);
  cueTypes.set(p, type);
  return type;
}

function cueType(doc: Document, w: EntityWordSets, p: Piece): Piece['type'] | undefined {
  return typeByContext(doc, w, p) ?? (byNameLists(w, p.text.split(/\s+/)) ? 'person' : undefined);
}

/** The type a run gets from the words around it or from the lists of organisations and places. */
function typeByContext(doc: Document, w: EntityWordSets, p: Piece): Piece['type'] | undefined {
  const g = gazetteer();
  const tokens = doc.tokens;
  const words = p.text.split(/\s+/);
  const prev = tokens[p.first - 1];
  // "Pak | SBY", "Ibu | Ani", "Dr. | Numbi": an honorific names a person.
  const honorific = prev?.text === '.' ? tokens[p.first - 2] : prev;
  // (not a plain acronym after it: "Pak | RT")
  if (honorific && w.honorifics.has(honorific.lower) && !w.nonEntityAcronyms.has(p.text)) return 'person';
  if (playedCharacter(doc, w, p)) return 'person';
  // A product's model, its code written onto digits: "Galaxy S|7", "ThinkPad T|470", "Force GC|20".
  if (p.last > p.first + 1 && tokens[p.last]?.kind === 'number' && tokens[p.last]!.start === p.end) return 'unknown';
  // A site's name is its publisher's: "DailySocial.id", "AS.com" (one token, see document.ts).
  if (p.last === p.first + 1 && p.text.includes('.') && /\p{L}$/u.test(p.text)) return 'organization';
  // "I Made Suarjana", "Ni Luh Putu Ayu".
  const lead = phraseAt(w.nameLeads, words.map((x) => x.toLowerCase()), 0);
  if (lead && words.length > lead) return 'person';
  // Acronyms are organisations, save those that name none and Roman numerals ("Komisi II"),
  // and units after a number or a scale word ("48 juta KL", "100 MW"), not after a year
  // ("Pada 2012 | KPK menetapkan ...").
  if (words.length === 1 && ACRONYM.test(p.text)) {
    const unit = prev !== undefined && ((prev.kind === 'number' && !/^(1[89]|20)\d\d$/.test(prev.text)) || doc.lang.money.scales[prev.lower] !== undefined);
    // A model's or a grade's code with digits written onto it: "LQ45", "PS2", "D3".
    const next = tokens[p.last];
    if (next?.kind === 'number' && next.start === p.end) return 'unknown';
    // A suspect's or a victim's initials, written once with the age: "NYD (37) ditangkap ... NYD mengaku".
    if (p.text.length <= 4 && !w.nonEntityAcronyms.has(p.text) && initialsWithAge(doc).has(p.text)) return 'person';
    return unit || w.nonEntityAcronyms.has(p.text) || isRomanNumeral(p.text) ? 'unknown' : 'organization';
  }
  // A cue written in capitals counts only at a sentence's start ("Menurut | Budi"), not
  // inside a title ("Pesan | Gambiranom").
  const before = prev && (!prev.upper || p.first - 1 === doc.sentences[prev.sentence]!.first) ? prev : undefined;
  const after = tokens[p.last];
  // A plural written twice is its noun: "kota-kota | Kashgar", "partai-partai".
  const cue = before && unrepeated(before.lower);
  // (not a thing one owns before a person's full name: "mobil | Setya Novanto")
  if (cue && w.otherCuesBefore.has(cue) && !(w.possessionCues.has(cue) && words.length > 1 && g.givenNames.has(words[0]!.toLowerCase()))) return 'unknown';
  if (inWorkTitle(doc, w, p)) return 'unknown';
  // Not the last word of a title in lower case: "menteri luar negeri | Retno Marsudi".
  if (cue && w.placePrepositions.has(cue) && !(p.roles.length > 0 && w.complements.has(cue))) {
    // After a preposition (not a noun of place: "kawasan | Permata Hijau"), one ordinary word
    // that no list knows as a place is a title's or a phrase's: "Kau Ada di | Hati", "di |
    // Posisi 1" (not two: "di Tanah Suci", "di Negeri Singa").
    if (w.stopwords.has(cue) && words.length === 1 && !lookup(g, p.text) && !phraseAt(w.placeHeads, words.map((x) => x.toLowerCase()), 0) && !w.lowerPlaceHeads.has(words[0]!.toLowerCase()) && !g.localPlaces.has(p.text.toLowerCase()) && words.every((x) => g.frequentWords.get(doc.lang.code)!.has(x.toLowerCase()) && doc.lang.isRoot?.(x.toLowerCase()) === true)) return 'unknown';
    return 'location';
  }
  // A way between two places: "15 km dari | Brastagi", "dari | Boyolali ke Solo" (the second a
  // known place: not "dari Windows ke Linux"; not a given name: "dari Budi ke Andi"; nor
  // ordinary words: "dari Kelas X ke ...").
  if (cue && w.fromConnectors.has(cue) && !g.givenNames.has(words[0]!.toLowerCase()) && !words.every((x) => ordinaryWord(doc.lang, x.toLowerCase()) || isRomanNumeral(x))) {
    const unit = tokens[p.first - 2];
    const to = tokens[p.last];
    // ... both ways: "ke dan dari | Johor Bahru".
    const both = unit !== undefined && w.coordinators.has(unit.lower) && w.towardWords.has(tokens[p.first - 3]?.lower ?? '');
    if ((unit && w.distanceWords.has(unit.lower)) || both || (to && !to.upper && w.towardWords.has(to.lower) && lookup(g, tokens[p.last + 1]?.text ?? '')?.type === 'location')) return 'location';
  }
  // "koalisi | Joko Widodo", "tim | Prabowo Subianto": a person's full name after a group's noun is that person.
  // ... and a noun of two words: "kantor berita | Interfax", "stasiun televisi | CNN".
  const prev2 = tokens[p.first - 2];
  const cue2 = cue && prev2 && w.orgCueFirstWords.has(prev2.lower) && prev2.sentence === prev!.sentence && (!prev2.upper || p.first - 2 === doc.sentences[prev2.sentence]!.first) ? `${prev2.lower} ${cue}` : undefined;
  if (cue && (w.orgCuesBefore.has(cue) || (cue2 !== undefined && w.orgCuesBefore.has(cue2)))) {
    return words.length > 1 && g.givenNames.has(words[0]!.toLowerCase()) ? 'person' : 'organization';
  }
  if (namedGroup(doc, w, p)) return words.length > 1 && g.givenNames.has(words[0]!.toLowerCase()) ? 'person' : 'organization';
  if (cue && (w.cueVerbs.has(cue) || w.personCuesBefore.has(cue))) return 'person';
  // (a person's deed, not after an ordinary word opening the sentence: "Selepas | menjabat")
  const plainOpening = p.initial && words.length === 1 && g.commonWords.get(doc.lang.code)!.has(words[0]!.toLowerCase());
  if (after && (w.reportingVerbs.has(after.lower) || (w.personCuesAfter.has(after.lower) && !plainOpening)) && after.sentence === tokens[p.first]!.sentence) return 'person';
  // A band member's part: "Ayik pada gitar, Kurnia pada Bass".
  if (after && w.partLinks.has(after.lower) && w.bracketPersonCues.has(tokens[p.last + 1]?.lower ?? '')) return 'person';
  // ... in a bracket: "Rizki Abdurahman ( vokal )", "Sonny / Oni ( " gitar " )";
  // and a post: "Heruwasto ( Dosen Fakultas Ekonomi ... )", "Fadlillah ( pensiunan Guru ... )".
  if (after?.text === '(' || (after?.text === '/' && tokens[p.last + 2]?.text === '(')) {
    let i = p.last + (after.text === '(' ? 1 : 3);
    if (QUOTE_MARKS.has(tokens[i]?.text ?? '')) i++;
    if (w.bracketPersonCues.has(tokens[i]?.lower ?? '')) return 'person';
    if (w.articles.has(tokens[i]?.lower ?? '') || w.formerWords.has(tokens[i]?.lower ?? '')) i++;
    // (not a short title spelt out, a name after the bracket: "Kadisdukcapil ( Kepala Dinas ... ) Kota Bogor Sujatmiko")
    let close = i;
    while (close < i + BRACKET && tokens[close] !== undefined && tokens[close]!.text !== ')') close++;
    const named = tokens[close + 1]?.upper === true && !w.calendarWords.has(tokens[close + 1]!.lower);
    if (i < tokens.length && tokens[i]!.kind === 'word' && phraseAt(w.titles, lowerWords(tokens, i, i + 4), 0) > 0 && !named) return 'person';
  }
  const defined = typeByDefinition(doc, w, p.last);
  if (defined) return defined;
  return undefined;
}

/** Only the lists of names make a person of the run: a known given name first or a known surname last. */
function byNameLists(w: EntityWordSets, words: string[]): boolean {
  const g = gazetteer();
  const first = words[0]!.toLowerCase();
  if (g.givenNames.has(first) && !w.stopwords.has(first) && !(words.length === 1 && w.wordsNotNames.has(first))) return true;
  return words.length > 1 && g.surnames.has(words[words.length - 1]!.toLowerCase());
}

/** Words between a group's noun and the word that names it: "grup musik | lagi | bernama". */
const NAMING_GAP = 3;

/**
 * A naming word stands before the run, and a group's noun a few words before it, all in
 * lower case: "grup musik baru bernama | Peterpan", "band projekan dengan nama | Hateplow".
 */
function namedGroup(doc: Document, w: EntityWordSets, p: Piece): boolean {
  const tokens = doc.tokens;
  const sentence = tokens[p.first]!.sentence;
  let at = -1;
  for (let n = 1; n <= w.namingWordsMax && at < 0; n++) if (p.first - n >= 0 && phraseAt(w.namingWords, lowerWords(tokens, p.first - n, p.first), 0) === n) at = p.first - n;
  // (the group's noun heads the phrase: not after a person's noun, "anggota ormas | bernama
  // Hendra", "Pegawai bank | bernama Dewi"; nor with a determiner between, "perusahaan itu | bernama")
  const people = (t: { lower: string } | undefined) => t !== undefined && (w.memberNouns.has(t.lower) || w.personNouns.has(t.lower) || phraseAt(w.titles, [t.lower], 0) > 0);
  for (let k = at - 1; at > 0 && k >= 0 && k >= at - 1 - NAMING_GAP; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || t.kind !== 'word' || w.determiners.has(t.lower)) return false;
    if (w.orgCuesBefore.has(unrepeated(t.lower))) return !people(tokens[k - 1]) && !people(tokens[k - 2]);
    if (t.upper) return false;
  }
  return false;
}

/** Sport words an article about sport holds at least. */
const SPORT_WORDS = 3;

/** The article speaks of sport: three or more different words of sport of its language. */
function aboutSport(doc: Document, w: EntityWordSets): boolean {
  const seen = new Set<string>();
  for (const t of doc.tokens) if (t.kind === 'word' && !t.upper && w.sportsWords.has(t.lower) && seen.add(t.lower).size >= SPORT_WORDS) return true;
  return false;
}

/** A work's title cue stands before token i, with or without an opening quotation mark: "bertajuk | ‘Gorgeous’". */
function titledAt(doc: Document, w: EntityWordSets, i: number): boolean {
  let prev = doc.tokens[i - 1];
  if (prev && /^["“‘']$/u.test(prev.text)) prev = doc.tokens[i - 2];
  return prev !== undefined && !prev.upper && w.workTitleCues.has(prev.lower);
}

const agedInitials = new WeakMap<Document, Set<string>>();

/** Acronyms the document writes with an age after them: "NYD (37)". */
function initialsWithAge(doc: Document): Set<string> {
  let found = agedInitials.get(doc);
  if (found) return found;
  found = new Set();
  const tokens = doc.tokens;
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i]!.text !== '(' || tokens[i + 2]!.text !== ')' || tokens[i + 1]!.kind !== 'number' || !/^\d{1,2}$/.test(tokens[i + 1]!.text)) continue;
    if (ACRONYM.test(tokens[i - 1]!.text)) found.add(tokens[i - 1]!.text);
  }
  agedInitials.set(doc, found);
  return found;
}

/**
 * The run is a character's name in quotation marks, after its cue and before the work, in a
 * sentence about a cast: berperan sebagai " Kouji Kabuto " dalam " Mazinger Z ", sebagai
 * " Gouki / GingaBlue " dalam serial, pemain untuk " Shun Namiki " dalam ... (a small word
 * after a word of the cast). Without quotation marks, the work's noun or its title in
 * quotation marks follows the link: perannya sebagai Buffy Summers dalam serial televisi,
 * pemeran Dean Forester di serial " Gilmore Girls ". A character is a person.
 */
function playedCharacter(doc: Document, w: EntityWordSets, p: Piece): boolean {
  const tokens = doc.tokens;
  const open = tokens[p.first - 1];
  const quoted = open !== undefined && QUOTE_MARKS.has(open.text);
  const at = p.first - (quoted ? 2 : 1);
  const cue = tokens[at];
  // A second character in quotation marks, listed after another: "sebagai " Rodimus Convoy "
  // dan | " Hot Rodimus " dalam ...", "tokoh " A " dalam film " B " dan | " Sonny Munroe " dalam serial".
  const listed = quoted && cue !== undefined && (cue.text === ',' || w.coordinators.has(cue.lower)) && QUOTE_MARKS.has(tokens[at - 1]?.text ?? '');
  if (!cue || cue.upper || !(listed || w.characterCues.has(cue.lower) || (quoted && w.stopwords.has(cue.lower) && w.castWords.has(tokens[at - 1]?.lower ?? '')))) return false;
  if (!p.text.split(' ').every((x) => /^\p{Lu}/u.test(x))) return false;
  // (out of quotation marks, not a post of the day in words: "hadir sebagai | Pembicara Utama | dalam acara")
  if (!quoted && p.text.split(' ').every((x) => wordOfAnyLanguage(gazetteer(), x.toLowerCase()) || ordinaryWord(doc.lang, x.toLowerCase()))) return false;
  let close = p.last;
  if (quoted) {
    // (the hero's other name after a slash)
    if (tokens[close]?.text === '/') while (close < p.last + SHORT_QUOTE && tokens[close] && !QUOTE_MARKS.has(tokens[close]!.text)) close++;
    if (!QUOTE_MARKS.has(tokens[close]?.text ?? '')) return false;
    close++;
    // (a second character listed after it: "sebagai " Rodimus Convoy " dan " Hot Rodimus " dalam")
    if (w.coordinators.has(tokens[close]?.lower ?? '') && QUOTE_MARKS.has(tokens[close + 1]?.text ?? '')) {
      let next = close + 2;
      while (next < close + 2 + SHORT_QUOTE && tokens[next] && tokens[next]!.upper) next++;
      if (next > close + 2 && QUOTE_MARKS.has(tokens[next]?.text ?? '')) close = next + 1;
    }
  }
  const link = tokens[close];
  if (link === undefined || link.upper || !w.characterLinks.has(link.lower)) return false;
  // (after another character, the work's noun or its title follows the link)
  if (!quoted || listed) {
    // (links said twice: "di dalam serial")
    let work = close + 1;
    while (tokens[work] !== undefined && !tokens[work]!.upper && w.characterLinks.has(tokens[work]!.lower)) work++;
    const t = tokens[work];
    if (t === undefined || t.sentence !== cue.sentence || !(QUOTE_MARKS.has(t.text) || (!t.upper && w.otherCuesBefore.has(t.lower)))) return false;
  }
  // A word of the cast before the cue, or the cue itself: "berperan | sebagai", "peran-peran
  // ... sebagai", "pemeran" (not "dikenal sebagai " Batavia " di ...").
  for (let k = at; k >= 0 && k >= p.first - CAST_WINDOW && tokens[k]!.sentence === cue.sentence; k--) {
    // (with a clitic, said twice: "perannya", "peran-perannya")
    const word = cliticStem(doc.lang, tokens[k]!.lower) ?? tokens[k]!.lower;
    if (w.castWords.has(unrepeated(word))) return true;
  }
  return false;
}

/** Tokens before a character's cue, within its sentence, where a word of the cast may stand. */
const CAST_WINDOW = 80;

/** Tokens a work's title may hold before the run. */
const WORK_TITLE = 8;

/**
 * The run goes on a work's title begun after its cue, over small words of a foreign
 * language: "lagu Chained to the | Rhythm", "game Taiko no | Tatsujin".
 */
function inWorkTitle(doc: Document, w: EntityWordSets, p: Piece): boolean {
  const tokens = doc.tokens;
  const sentence = tokens[p.first]!.sentence;
  let small = false;
  for (let i = p.first - 1; i >= 0 && i >= p.first - WORK_TITLE; i--) {
    const t = tokens[i]!;
    if (t.sentence !== sentence || t.kind !== 'word') return false;
    if (!t.upper) {
      if (w.titleSmallWords.has(t.lower)) {
        small = true;
        continue;
      }
      return small && w.otherCuesBefore.has(t.lower);
    }
  }
  return false;
}

/**
 * "Ngunggahan adalah desa di ...", "X is a city", and in apposition "Rouhani, seorang
 * tokoh moderat", "Triodos, sebuah bank": the noun after the copula or the comma.
 */
function typeByDefinition(doc: Document, w: EntityWordSets, next: number): Piece['type'] | undefined {
  const tokens = doc.tokens;
  // A bracket between the name and its definition: "Zakir Naik (lahir 1965) adalah seorang ...", "Budi (45), seorang petani".
  if (tokens[next]?.text === '(') {
    let close = next + 1;
    while (close < next + BRACKET && tokens[close] !== undefined && tokens[close]!.text !== ')' && tokens[close]!.sentence === tokens[next]!.sentence) close++;
    if (tokens[close]?.text === ')') next = close + 1;
  }
  const link = tokens[next]?.lower ?? '';
  if (!w.copulas.has(link) && link !== ',') return undefined;
  let i = next + 1;
  let person = false;
  for (; i < tokens.length && i < next + 4 && w.articles.has(tokens[i]!.lower); i++) person ||= w.personArticles.has(tokens[i]!.lower);
  const noun = tokens[i];
  if (!noun || noun.sentence !== tokens[next]!.sentence) return undefined;
  if (w.placePrepositions.has(noun.lower) && noun.lower.length > 3) return 'location';
  // "seorang" speaks of a person whatever the noun: "X, seorang milisi".
  if (person) return 'person';
  // A noun of people of a kind or of a group's members: "Arief, mantan personel Brown Sugar",
  // "Udjo adalah seniman".
  if (w.personNouns.has(noun.lower) || w.memberNouns.has(noun.lower)) return 'person';
  if (w.orgCuesBefore.has(noun.lower)) return 'organization';
  if (phraseAt(w.titles, [noun.lower], 0)) return 'person';
  return undefined;
}

/** The weakest evidence: a capitalised run that is no ordinary word has the shape of a person's name. */
function typeByShape(doc: Document, w: EntityWordSets, p: Piece): Piece['type'] {
  const g = gazetteer();
  const words = p.text.split(/\s+/);
  // A run in a short quotation is a title ("Slumdog Millionaire", "Pesan Damai") or a nickname.
  if (inQuotes(doc, w, p)) return 'unknown';
  // A sentence's first word that a determiner points at is a noun: "Motto ini ...", "Asset tersebut ...".
  if (p.initial && words.length === 1 && w.determiners.has(doc.tokens[p.last]?.lower ?? '')) return 'unknown';
  // A district's or a village's name ("Gemolong", "Pagerharjo"): many are also words or names.
  if (g.localPlaces.has(p.text.toLowerCase())) return 'location';
  // Initials before a name: "M Nazaruddin", "MS Hidayat", "D Cyril Noerhadi".
  if (words.length > 1 && words.length <= 4 && /^(?:\p{Lu}{1,2}|(?:\p{Lu}\.){1,2})$/u.test(words[0]!) && !lookup(g, words[0]!) && !w.nonEntityAcronyms.has(words[0]!) && !isRomanNumeral(words[0]!) &&
    words.slice(1).every((x) => /^\p{Lu}\p{Ll}+$/u.test(x) && !ordinaryWord(doc.lang, x.toLowerCase()))) return 'person';
  // An acronym and more words no cue typed: "BPH Migas", "BPJS Kesehatan".
  if (words.length > 1 && ACRONYM.test(words[0]!) && !w.nonEntityAcronyms.has(words[0]!) && !isRomanNumeral(words[0]!)) return 'organization';
  // A word alone that English name lists hold and the language uses as a word: "Gaya | menyerang", "Bandar | udara".
  if (words.length === 1 && w.wordsNotNames.has(words[0]!.toLowerCase())) return 'unknown';
  // Capitalised ordinary words ("Tanah Air", "Desa", "Kurikulum Berbasis Kompetensi") are no name.
  const common = g.commonWords.get(doc.lang.code)!;
  if (words.every((x) => ordinaryWord(doc.lang, x.toLowerCase()) || dictionaryWord(doc.lang, x.toLowerCase()) || w.connectors.has(x))) return 'unknown';
  // A first name of a long list and a last word no language has: "Dean Sturridge", "Guy Randrianarisoa".
  const last = words[words.length - 1]!;
  if (doc.lang.code !== 'en' && words.length >= 2 && words.length <= 4 && g.listedFirstNames.has(words[0]!.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(last) && !wordOfAnyLanguage(g, last.toLowerCase())) return 'person';
  // English words in another language's text are titles of works, bands, events ("Java
  // Jazz", "The Dead"), not a person's name; real names get here only without a known given name.
  // Led by "The" outside quotation marks, such a name is more often a band, a paper or a
  // company than a work: "The Virgin", "The Upstairs", "The Guardian".
  if (doc.lang.code !== 'en' && words[0] === 'The' && words.length > 1) return 'organization';
  if (doc.lang.code !== 'en' && words.some((x) => g.commonWords.get('en')!.has(x.toLowerCase()))) return 'unknown';
  // A run with one of the language's most frequent words in it is a title or a phrase
  // ("Ketika Cinta Bertasbih", "Mekanik Pesawat Denny"), where the language ranks its words;
  // a month's short form in a run is a word of a name (see candidates.ts): "Jan Oblak".
  if (doc.lang.frequentWords !== undefined && words.some((x) => g.frequentWords.get(doc.lang.code)!.has(x.toLowerCase()) && !(words.length > 1 && w.monthShortForms.has(x.toLowerCase())))) return 'unknown';
  // At a sentence's start, two words or more of which the first is no ordinary word: "Irman Gusman menang".
  const initialOk = !p.initial || !common.has(words[0]!.toLowerCase());
  // ... with a middle initial: "Anggun C. Sasmi".
  const middle = (x: string, k: number) => k > 0 && k < words.length - 1 && /^\p{Lu}\.?$/u.test(x);
  if (words.length >= 2 && words.length <= 4 && initialOk && words.every((x, k) => /^\p{Lu}\p{Ll}/u.test(x) || w.particleName.test(x) || w.personConnectors.has(x) || middle(x, k))) return 'person';
  // A word after a title's small word that follows a capitalised word ends a foreign title
  // or name, no person's: "East of | Eden", "Tom and | Jerry", "Accademia dei | Lincei".
  if (words.length === 1 && afterSmallWord(doc, w, p)) return 'unknown';
  if (words.length === 1 && !p.initial && /^\p{Lu}\p{Ll}+$/u.test(p.text)) return 'person';
  // A sentence's first word that is no word of the language, before the sentence's verb, a
  // function word, a modal word or a relative clause: "Basarah menyadari ...", "Vanstone
  // akan digantikan ...", "Jero ingin ...", "Richardson, yang ...".
  if (doc.lang.verbPrefixes && words.length === 1 && p.initial && /^\p{Lu}\p{Ll}+$/u.test(p.text) && !ordinaryWord(doc.lang, p.text.toLowerCase())) {
    const next = doc.tokens[p.last];
    const relative = next?.text === ',' && doc.tokens[p.last + 1]?.lower === 'yang';
    if (relative || (next && next.kind === 'word' && !next.upper && (w.stopwords.has(next.lower) || w.subjectFollowers.has(next.lower) || doc.lang.verbPrefixes.some((x) => next.lower.startsWith(x))))) return 'person';
  }
  return 'unknown';
}

/** The token before the run is a title's small word in lower case, after a capitalised word: "Travels with | Charley". */
function afterSmallWord(doc: Document, w: EntityWordSets, p: Piece): boolean {
  const small = doc.tokens[p.first - 1];
  const before = doc.tokens[p.first - 2];
  return small !== undefined && before !== undefined && !small.upper && w.titleSmallWords.has(small.lower) && before.kind === 'word' && before.upper && before.sentence === small.sentence;
}

/**
 * A root word of the language's dictionary that no name list holds: "Instansi", "Madrasah".
 * Eight letters or more: many shorter roots are names too ("Adnan", "Syarif", "Guruh").
 */
function dictionaryWord(lang: Lang, lower: string): boolean {
  const g = gazetteer();
  return lower.length >= 8 && lang.isRoot?.(lower) === true && !g.givenNames.has(lower) && !g.surnames.has(lower) && !g.localPlaces.has(lower) && !g.entries.has(lower);
}

/**
 * The run opens a short quotation that holds more words, a title: " Sonny with a Chance ",
 * " Buffy the Vampire Slayer " (not a nickname quoted alone: Tomei " Tom " Cat; nor a name
 * inside a slogan: " Naikkan Trump ").
 */
function titleWord(doc: Document, w: EntityWordSets, p: Piece): boolean {
  const tokens = doc.tokens;
  return QUOTE_MARKS.has(tokens[p.first - 1]?.text ?? '') && !QUOTE_MARKS.has(tokens[p.last]?.text ?? '') && inQuotes(doc, w, p);
}

/**
 * The run stands in a short quotation of a few words, mostly capitalised, within its
 * sentence and with no punctuation but a comma or a full stop before the closing mark: a
 * title of a work or a nickname (“Pesan Gambiranom”, “Claim to Fame Contest”, "Blue
 * Lagoon,"), not a speaker's words ("We will not abandon Zelensky," Biden said; "Kami
 * mendukung Sutarmidji," kata ...). An apostrophe inside a word ("board's") is no mark.
 */
function inQuotes(doc: Document, w: EntityWordSets, p: Piece): boolean {
  const tokens = doc.tokens;
  const sentence = tokens[p.first]!.sentence;
  const mark = (i: number) => {
    const t = tokens[i];
    if (!t || !QUOTE_MARKS.has(t.text)) return false;
    const next = tokens[i + 1];
    return !(!t.spaceBefore && next !== undefined && !next.spaceBefore && next.kind === 'word' && i > 0 && tokens[i - 1]!.kind === 'word');
  };
  const inside = (i: number) => {
    const t = tokens[i]!;
    if (t.sentence !== sentence) return false;
    return t.kind === 'word' || t.kind === 'number' || t.text === '-' || ((t.text === ',' || t.text === '.') && mark(i + 1));
  };
  let a = p.first - 1;
  while (a >= 0 && a > p.first - SHORT_QUOTE && !mark(a) && inside(a)) a--;
  let b = p.last;
  while (b < tokens.length && b < p.last + SHORT_QUOTE && !mark(b) && inside(b)) b++;
  if (!(a >= 0 && b < tokens.length && mark(a) && mark(b) && b - a - 1 <= SHORT_QUOTE)) return false;
  let words = 0;
  let caps = 0;
  for (let i = a + 1; i < b; i++) {
    if (tokens[i]!.kind !== 'word') continue;
    words++;
    if (tokens[i]!.upper) caps++;
  }
  // The words after the closing mark: a speech verb makes the quotation speech.
  let c = b + 1;
  if (tokens[c]?.text === ',') c++;
  const after = tokens[c];
  const speech = after !== undefined && after.sentence === sentence && (w.reportingVerbs.has(after.lower) || w.cueVerbs.has(after.lower) || w.reportingVerbs.has(tokens[c + 1]?.lower ?? ''));
  return caps * 2 >= words && !speech;
}

/**
 * In an article about sport, a city's name a club goes by is the club ("Liverpool menang"),
 * and so is the last word of a club the article names in full ("Real Madrid ... Madrid
 * membalikkan keadaan"); not a place a cue names ("di Madrid"), nor a word of a person's
 * name ("Antonio Valencia"), nor a person a cue named.
 */
function sportClubs(doc: Document, w: EntityWordSets, typed: Array<{ p: Piece; type: Piece['type'] }>): void {
  if (!aboutSport(doc, w)) return;
  const byLastWord = new Map<string, string | null>();
  const personWords = new Set<string>();
  for (const t of typed) {
    if (t.type === 'person' && t.p.last - t.p.first > 1) for (const x of t.p.text.split(' ')) personWords.add(x);
    const name = t.p.canonical ?? t.p.text;
    if (t.type !== 'organization' || t.p.last - t.p.first < 2 || !CLUB_NAMES.has(name)) continue;
    const last = doc.tokens[t.p.last - 1]!.text;
    byLastWord.set(last, byLastWord.has(last) && byLastWord.get(last) !== name ? null : name);
  }
  for (const t of typed) {
    if (t.p.last !== t.p.first + 1 || t.type === 'organization' || personWords.has(t.p.text)) continue;
    const club = CITY_CLUBS[t.p.text] ?? byLastWord.get(t.p.text) ?? undefined;
    // (a person only by the shape of the word: "atas Bournemouth")
    const cue = club === undefined ? undefined : typeByCue(doc, w, t.p);
    if (club === undefined || cue === 'location' || (t.type === 'person' && (t.p.type !== 'unknown' || cue !== undefined))) continue;
    t.type = 'organization';
    t.p.canonical = club;
  }
}

/**
 * A name the article writes several times is one thing. A work's title cue on one mention
 * makes every mention the work's; an organisation's or a place's cue on one types the
 * mentions only the shape typed; and with three mentions or more, the type most of them have
 * goes to the mentions only context typed ("HMD Global" after "Menurut" or in a list of
 * places, where the article calls it a company more often). No change on a tie.
 */
function sameNameSameType(doc: Document, w: EntityWordSets, typed: Array<{ p: Piece; type: Piece['type'] }>): void {
  const byName = new Map<string, Array<{ p: Piece; type: Piece['type'] }>>();
  // (a name no rule typed takes part when it is no word of the language: "Djaring kini ...")
  for (const t of typed) {
    if (t.type === 'unknown' && ordinaryWord(doc.lang, t.p.text.toLowerCase())) continue;
    const list = byName.get(t.p.text);
    if (list) list.push(t);
    else byName.set(t.p.text, [t]);
  }
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    // A name a work's title cue named once is that work's everywhere: "bertajuk 'Gorgeous'
    // ... suara bayi di Gorgeous".
    if (list.some((t) => titledAt(doc, w, t.p.first))) {
      for (const t of list) t.type = 'unknown';
      continue;
    }
    // Mentions an organisation's or a place's cue typed ("perusahaan Djaring") type those only
    // the shape typed ("Djaring menyediakan"); a person's cue ("menurut X") is said of
    // organisations too.
    const cued = new Set<Piece['type']>();
    for (const t of list) {
      const cue = t.p.type === 'unknown' && t.p.rule === 'capitalised' ? typeByCue(doc, w, t.p) : undefined;
      if (cue !== undefined) cued.add(cue);
    }
    if (cued.size === 1 && (cued.has('organization') || cued.has('location'))) {
      const [type] = cued;
      for (const t of list) if (t.p.type === 'unknown' && t.p.rule === 'capitalised' && typeByCue(doc, w, t.p) === undefined) t.type = type!;
    }
    if (list.length < 3) continue;
    const counts = new Map<Piece['type'], number>();
    for (const t of list) if (t.type !== 'unknown') counts.set(t.type, (counts.get(t.type) ?? 0) + 1);
    if (counts.size < 2) continue;
    const [[best, n], [, second]] = [...counts].sort((a, b) => b[1] - a[1]) as [[Piece['type'], number], [Piece['type'], number]];
    if (n === second) continue;
    for (const t of list) if (t.p.type === 'unknown') t.type = best;
  }
}

/**
 * A run of capitalised words that only looks like words, none of them a head, a title, a
 * derived word or one of the language's most frequent words, not English words only ("Pro",
 * "Kiss"), outside quotation marks: "Dean Sturridge", "Nino".
 */
function wordsAsName(doc: Document, w: EntityWordSets, p: Piece): boolean {
  const frequent = gazetteer().frequentWords.get(doc.lang.code)!;
  const english = gazetteer().commonWords.get('en')!;
  const words = p.text.split(' ');
  const lows = words.map((x) => x.toLowerCase());
  for (let k = 0; k < lows.length; k++) {
    if (!/^\p{Lu}\p{Ll}+$/u.test(words[k]!) || frequent.has(lows[k]!) || doc.lang.derivedWord?.test(lows[k]!)) return false;
    for (const heads of [w.orgHeads, w.placeHeads, w.titles, w.otherHeads, w.nonNames]) if (phraseAt(heads, lows, k)) return false;
  }
  return !lows.every((x) => english.has(x)) && !inQuotes(doc, w, p);
}

/**
 * Names listed with a place are places: "Klaten, Prambanan, Wedi dan Surakarta"; listed
 * with an organisation, organisations: "startup Mycotech, Saftrobotics dan Seruniaudio". A
 * list is a chain of names joined by commas and a coordinator, or of three names or more (a
 * comma alone may open an apposition: "KBRI Kuala Lumpur, Sari Widyastuti, ..."). Names
 * only the shape of a person's name typed take the type of the place or the organisation
 * in their list.
 */
function listedNames(doc: Document, w: EntityWordSets, typed: Array<{ p: Piece; type: Piece['type'] }>): void {
  // (a name with a middle initial has a person's shape for sure: "Perancis, | Anggun C. Sasmi")
  const weak = (t: { p: Piece; type: Piece['type'] }) => t.p.type === 'unknown' && t.p.rule === 'capitalised' && typeByCue(doc, w, t.p) === undefined && !middleInitial(t.p.text);
  /** A person only by the lists of names: "Lara I", "Sari". */
  const namedOnly = (t: { p: Piece }) => t.p.type === 'unknown' && t.p.rule === 'capitalised' && typeByCue(doc, w, t.p) === 'person' && typeByContext(doc, w, t.p) === undefined;
  /** 0: not listed together; 1: by a comma; 2: by a coordinator. */
  const link = (a: Piece, b: Piece) => {
    // A comma and a coordinator at most: more tokens between, no list.
    if (b.first - a.last > 2) return 0;
    const between = doc.text.slice(a.end, b.start).trim().toLowerCase();
    if (between === ',') return 1;
    return w.coordinators.has(between) || w.coordinators.has(between.replace(/^,\s*/, '')) ? 2 : 0;
  };
  for (let i = 0; i < typed.length; ) {
    let j = i + 1;
    let coordinated = false;
    for (; j < typed.length; j++) {
      const l = link(typed[j - 1]!.p, typed[j]!.p);
      // A list ends at its coordinator's name: "ke Malaysia dan Hong Kong, | Geisha juga ...".
      if (!l || (coordinated && l === 1)) break;
      coordinated ||= l === 2;
    }
    const list = typed.slice(i, j);
    // "tujuh dusun yaitu Ngunggahan, Demangan dan Talang": the class noun before the list.
    // (a cue of no name before one name alone may be a noun of the sentence: "kompetisi yaitu Dima Chahine")
    const classType = listClass(doc, w, list[0]!.p);
    // After a noun of places, the lists of names make no person: villages bear people's names ("beberapa desa yaitu Lara I, Lara II dan Sumpira").
    const placeClass = classType === 'location';
    if (classType !== undefined && !(classType === 'unknown' && list.length < 2)) {
      for (const t of list) {
        if (placeClass && namedOnly(t)) {
          t.type = 'location';
          continue;
        }
        // (not a person's full name: "partai seperti Hasto Kristiyanto"; nor a word: "yakni Loan to Deposit Ratio")
        if (!weak(t) || (classType !== 'person' && personFullName(t.p))) continue;
        if (t.type === 'unknown' && (classType === 'unknown' || t.p.text.split(' ').some((x) => wordOfAnyLanguage(gazetteer(), x.toLowerCase())))) continue;
        t.type = classType;
      }
    }
    // Not when a person is surely listed too: "Komisioner KPU RI, Evi Novida, Pramono dan Hasyim".
    const strong = (type: Piece['type']) => list.some((t) => t.type === type && !weak(t));
    if ((coordinated || list.length >= 3) && strong('location') && !strong('person')) {
      for (const t of list) if (weak(t)) t.type = 'location';
    } else if (coordinated && strong('person') && !strong('location')) {
      // "Dewi dan Kartini": a name listed with a person is no village of that name; and a
      // name that looks like words is a person too: "Simon Sturridge dan Dean Sturridge",
      // "Gordon, Nino, Yerry, dan Paul".
      for (const t of list) if (weak(t) && (t.type === 'location' || (t.type === 'unknown' && wordsAsName(doc, w, t.p)))) t.type = 'person';
    } else if ((coordinated || list.length >= 3) && strong('organization') && !strong('person') && !strong('location')) {
      // "startup Mycotech, Saft7robotics dan Seruniaudio", "klub Arrows dan Ferrari": names
      // listed with an organisation are organisations, not people by their shape.
      for (const t of list) if (weak(t)) t.type = 'organization';
    }
    i = j;
  }
  // A place in apposition: "..., Cikini, Jakarta", "Pasar Drayton, Shropshire." — between
  // commas before a place, or after a place's comma at the sentence's end.
  for (let k = 0; k < typed.length; k++) {
    const t = typed[k]!;
    if (!weak(t)) continue;
    const prev = typed[k - 1];
    const next = typed[k + 1];
    const commaBefore = doc.tokens[t.p.first - 1]?.text === ',';
    const placeAfter = next && next.type === 'location' && !weak(next) && link(t.p, next.p) === 1;
    const placeBefore = prev && prev.type === 'location' && link(prev.p, t.p) === 1;
    const end = doc.tokens[t.p.last];
    const sentenceEnd = !end || (end.text === '.' && doc.tokens[t.p.last + 1]?.sentence !== end.sentence);
    if ((commaBefore && placeAfter) || (placeBefore && sentenceEnd)) t.type = 'location';
  }
}

/** Three words or more, capitalised, an initial between them: "Anggun C. Sasmi", "Tonny H. Wangania". */
function middleInitial(text: string): boolean {
  const words = text.split(' ');
  return words.length >= 3 && /^\p{Lu}\p{Ll}/u.test(words[0]!) && /^\p{Lu}\p{Ll}/u.test(words[words.length - 1]!) && words.slice(1, -1).some((x) => /^\p{Lu}\.?$/u.test(x));
}

/**
 * A run that names no one body or place: a unit's head and ordinary words ("Fakultas Hukum");
 * of the runs a place's head typed, a title after its cue ("film | Pulau Hantu"), a climax
 * ("Puncak Peringatan ..."), or the head and ordinary words ending in a word of kind, a kind
 * of school or place ("SMA Negeri", "SMA Katolik"; but "SMA Negeri 8 Jakarta"). Words of kind
 * after an organisation's head stay its name: "Himpunan Mahasiswa Islam".
 */
function namesNoPlace(doc: Document, w: EntityWordSets, p: Piece): boolean {
  const space = p.text.indexOf(' ');
  if (space < 0) return false;
  const first = p.text.slice(0, space).toLowerCase();
  // A unit's head and ordinary words, the unit of no one body: "Fakultas Hukum" (but "Fakultas
  // Kehutanan UGM", and "Fakultas Ekologi Manusia (FEMA)", which its acronym names).
  if ((p.rule === 'org-head' || p.type === 'unknown') && w.unitHeads.has(first) && !p.alias) {
    const lows = p.text.toLowerCase().split(' ');
    const head = phraseAt(w.unitHeads, lows, 0);
    if (head > 0 && head < lows.length && lows.slice(head).every((x) => ordinaryWord(doc.lang, x) || w.connectors.has(x))) return true;
  }
  if (p.rule !== 'place-head') return false;
  // ... nor a title after its cue: "Acara | Puncak Peringatan", "film | Pulau Hantu".
  if (typeByCue(doc, w, p) === 'unknown') return true;
  const lows = p.text.toLowerCase().split(' ');
  const head = phraseAt(w.placeHeads, lows, 0);
  // ... nor a climax's head before a derived noun: "Puncak Peringatan Hari Pers Nasional" (but "Puncak Jaya").
  if (head === 1 && w.climaxHeads.has(first) && doc.lang.derivedWord?.test(lows[1]!) === true) return true;
  if (!w.kindWords.has(lows[lows.length - 1]!)) return false;
  return head > 0 && lows.slice(head).every((x) => ordinaryWord(doc.lang, x) || w.kindWords.has(x));
}

/** Two words or more, the first a known given name: "Hasto Kristiyanto". */
function personFullName(p: Piece): boolean {
  const words = p.text.split(' ');
  return words.length > 1 && gazetteer().givenNames.has(words[0]!.toLowerCase());
}

/** Tokens between a list's class noun and the word that opens the list: "dusun | lainnya | yaitu". */
const CLASS_GAP = 3;

/**
 * The type a class noun gives the list that a list word opens after it: "tujuh dusun yaitu",
 * "klub-klub seperti", "film ... seperti" (no name). Undefined without one.
 */
function listClass(doc: Document, w: EntityWordSets, first: Piece): Piece['type'] | undefined {
  const tokens = doc.tokens;
  let end = first.first;
  if (tokens[end - 1]?.text === ':') end--;
  let open = -1;
  for (let n = 1; n <= 3 && open < 0; n++) if (end - n >= 0 && phraseAt(w.listIntroducers, lowerWords(tokens, end - n, end), 0) === n) open = end - n;
  // The noun phrase before the list word, back to a function word, a number or a mark: "tiga |
  // desa | yaitu", "warga di | desa | seperti", "lagu sepanjang 2017 | seperti".
  const sentence = tokens[first.first]!.sentence;
  let from = open;
  while (from > 0 && from > open - CLASS_GAP) {
    const t = tokens[from - 1]!;
    const opening = from - 1 === doc.sentences[sentence]!.first;
    if (t.sentence !== sentence || t.kind !== 'word' || (t.upper && !opening) || w.stopwords.has(t.lower) || doc.lang.money.numberWords[t.lower] !== undefined) break;
    from--;
  }
  // Its first noun of a class decides, head first: "kepala desa" are people, "partai anggota koalisi" parties.
  for (let k = from; k < open; k++) {
    // (a plural: "desa-desa", "clubs")
    const noun = unrepeated(tokens[k]!.lower);
    const is = (set: Set<string>) => set.has(noun) || (noun.endsWith('s') && set.has(noun.slice(0, -1)));
    if (is(w.memberNouns) || is(w.personNouns) || phraseAt(w.titles, [noun], 0) === 1) return 'person';
    if (is(w.lowerPlaceHeads)) return 'location';
    if (is(w.orgCuesBefore)) return 'organization';
    if (is(w.otherCuesBefore)) return 'unknown';
  }
  return undefined;
}

function link(doc: Document, w: EntityWordSets, pieces: Piece[]): EntityDraft[] {
  const drafts: EntityDraft[] = [];
  const byKey = new Map<string, EntityDraft>();
  const byAlias = new Map<string, EntityDraft>();
  const add = (type: EntityType, name: string, p: Piece) => {
    const key = `${type}:${name.toLowerCase()}`;
    // An acronym or a short name another entity of the type goes by: "PBB" after "Partai
    // Bulan Bintang (PBB)", "Parsindo" after "Partai Swara Rakyat Indonesia (Parsindo)".
    const known = ACRONYM.test(name) || !name.includes(' ') ? byAlias.get(name) : undefined;
    let draft = byKey.get(key) ?? (known?.type === type ? known : undefined);
    if (!draft) {
      draft = { type, name, aliases: new Set(), roles: [], mentions: [], words: new Set(nameWords(name)), quotes: 0, starts: new Set() };
      byKey.set(key, draft);
      drafts.push(draft);
      // "OPEC" from the gazetteer, so that "... Countries (OPEC)" finds it.
      if (ACRONYM.test(name) && !byAlias.has(name)) byAlias.set(name, draft);
    }
    // "Badan Pusat Statistik (BPS)": two mentions, the acronym an alias.
    mention(draft, p.start, p.end, doc.text);
    // A name written in other case ("kota Bandung") is no alias.
    if (p.text.toLowerCase() !== draft.name.toLowerCase()) alias(draft, p.text);
    if (type === 'person') for (const role of p.roles) if (!draft.roles.includes(role)) draft.roles.push(role);
    if (p.alias) {
      mention(draft, p.alias.start, p.alias.end, doc.text);
      alias(draft, p.alias.text);
    }
    if (p.nickname) alias(draft, p.nickname);
    return draft;
  };
  const alias = (draft: EntityDraft, text: string) => {
    const other = byAlias.get(text);
    // Two names with one acronym are one entity: "Badan Pengawas Pemilu (Bawaslu)" and
    // "Elections Supervisory Agency (Bawaslu)".
    if (other && other !== draft && other.type === draft.type && ACRONYM.test(text)) {
      merge(draft, other);
      return;
    }
    draft.aliases.add(text);
    for (const x of nameWords(text)) draft.words.add(x);
    if (!other) byAlias.set(text, draft);
  };
  /** Move everything of `from` into `into`; `from` keeps no mention and is dropped at the end. */
  const merge = (from: EntityDraft, into: EntityDraft) => {
    // The fuller name stays the name: "Organization of the Petroleum Exporting Countries", not "OPEC".
    if (from.name.length > into.name.length) [from.name, into.name] = [into.name, from.name];
    for (const m of from.mentions) mention(into, m.start, m.end, doc.text);
    if (from.name !== into.name) into.aliases.add(from.name);
    for (const a of from.aliases) into.aliases.add(a);
    for (const r of from.roles) if (!into.roles.includes(r)) into.roles.push(r);
    for (const x of from.words) into.words.add(x);
    for (const [key, d] of byKey) if (d === from) byKey.set(key, into);
    for (const [key, d] of byAlias) if (d === from) byAlias.set(key, into);
    from.mentions = [];
  };

  // An acronym the article defines ("Partai Bulan Bintang (PBB)") names what the article
  // says, not what the gazetteer knows by it (PBB, the United Nations).
  const defined = new Set(pieces.flatMap((p) => (p.alias ? [p.alias.text] : [])));
  const nameOf = (p: Piece) => (p.canonical !== undefined && !defined.has(p.text) ? p.canonical : p.text);
  // "tersangka berinisial MA": a person's initials, not the Supreme Court.
  for (const p of pieces) {
    if (!w.initialsCues.has(doc.tokens[p.first - 1]?.lower ?? '') || !/^\p{Lu}[\p{Lu}\p{Ll}]{0,3}$/u.test(p.text)) continue;
    p.type = 'person';
    p.canonical = undefined;
    p.rule = 'initials';
  }
  // Full names first, so that a short name can link to a full name written later.
  const typed = pieces.map((p) => ({ p, type: namesNoPlace(doc, w, p) ? 'unknown' : p.type === 'unknown' ? typeUnknown(doc, w, p) : p.type }));
  sportClubs(doc, w, typed);
  listedNames(doc, w, typed);
  sameNameSameType(doc, w, typed);
  // "Andi Agustinus alias Andi Narogong", "John Smith, aka Johnny Boy": the names on both
  // sides of the alias word are one person's.
  const aliasOf = new Map<Piece, Piece>();
  for (let i = 0; i + 1 < typed.length; i++) {
    const a = typed[i]!;
    const b = typed[i + 1]!;
    const word = doc.tokens[a.p.last]?.text === ',' ? a.p.last + 1 : a.p.last;
    if (a.type !== 'person' || b.p.first <= word || b.p.first - word > w.aliasWordsMax) continue;
    const lows = lowerWords(doc.tokens, word, b.p.first);
    if (phraseAt(w.aliasWords, lows, 0) !== lows.length) continue;
    aliasOf.set(b.p, a.p);
    aliasOf.set(a.p, b.p);
  }
  const draftOf = new Map<Piece, EntityDraft>();
  /** The person the piece is another name of, once that person has a draft: its mention and an alias. */
  const asAlias = (p: Piece) => {
    const d = draftOf.get(aliasOf.get(p)!);
    if (!d) return false;
    mention(d, p.start, p.end, doc.text);
    alias(d, p.text);
    draftOf.set(p, d);
    return true;
  };
  // A one-word name typed only by its context ("di Persib", "kata Enggar") may be a short
  // form of a name the article writes in full: it is linked first, typed by context last.
  // A known person's short form ("JK", "Jokowi") is no such name: it has its full name.
  const short = ({ p, type }: { p: Piece; type: Piece['type'] }) =>
    !p.text.includes(' ') && (p.type === 'unknown' || type === 'person') && !(type === 'person' && p.canonical !== undefined);
  for (const t of typed) {
    if (short(t) || (aliasOf.has(t.p) && asAlias(t.p))) continue;
    if (t.type === 'location' || t.type === 'organization' || t.type === 'person') draftOf.set(t.p, add(t.type, nameOf(t.p), t.p));
  }
  for (const t of typed) {
    if (!short(t) || (aliasOf.has(t.p) && asAlias(t.p))) continue;
    const { p, type } = t;
    // A short name or an acronym written before: "Budi", "Enggar", "Smith", "Kominfo", "CAST".
    // ... or a village's name no cue typed: "Sigit (Pramono) meneruskan ...".
    // (not the first word of a title in quotation marks: "serial " Sonny with a Chance "")
    const personLike = type === 'person' || (type === 'unknown' && !titleWord(doc, w, p)) || (type === 'location' && p.type === 'unknown' && typeByCue(doc, w, p) === undefined);
    const aliased = byAlias.get(p.text);
    const known =
      (p.rule === 'initials' && aliased?.type !== 'person' ? undefined : aliased && (personLike || aliased.type === type) ? aliased : undefined) ??
      (personLike ? (personWithWord(drafts, p) ?? (type === 'person' ? personByBlend(drafts, p) : undefined)) : undefined) ?? personByInitials(drafts, w, p) ?? (p.rule === 'initials' ? undefined : orgWithWord(drafts, w, p, doc.lang));
    if (known) {
      mention(known, p.start, p.end, doc.text);
      if (p.text !== known.name) alias(known, p.text);
      draftOf.set(p, known);
    } else if (type !== 'unknown') {
      draftOf.set(p, add(type, nameOf(p), p));
    }
  }
  mergeShortForms(drafts, w, merge);
  const live = drafts.filter((d) => d.mentions.length > 0);
  for (const d of live) d.mentions.sort((a, b) => a.start - b.start);
  return live;
}

/** The person whose name holds every word of a short name ("Budi" in "Budi Arie Setiadi"). */
function personWithWord(drafts: EntityDraft[], p: Piece): EntityDraft | undefined {
  const words = nameWords(p.text);
  const given = gazetteer().givenNames;
  // A word of the name, or a clipped form of one: "Enggar" for "Enggartiasto"; not a given
  // name of its own ("Anton" is no "Antonny").
  const has = (d: EntityDraft, x: string) =>
    d.words.has(x) || (x.length >= MIN_CLIPPED && !given.has(x) && [...d.words].some((y) => y.length > x.length && y.startsWith(x)));
  let best: EntityDraft | undefined;
  for (const d of drafts) {
    if (d.type !== 'person' || !words.every((x) => has(d, x))) continue;
    // The nearest full name written before this mention wins; else the first after it.
    const before = d.mentions.some((m) => m.start < p.start);
    const bestBefore = best?.mentions.some((m) => m.start < p.start);
    if (!best || (before && (!bestBefore || lastBefore(d, p.start) > lastBefore(best, p.start)))) best = d;
  }
  return best;
}

/** "SBY" for "Susilo Bambang Yudhoyono", "JK" for "Jusuf Kalla": an acronym of a person's initials. */
function personByInitials(drafts: EntityDraft[], w: EntityWordSets, p: Piece): EntityDraft | undefined {
  if (!ACRONYM.test(p.text) || /\d/.test(p.text)) return undefined;
  const found = drafts.filter((d) => {
    if (d.type !== 'person') return false;
    const initials = initialsOf(w, d.name);
    return initials.length >= 2 && initials === p.text;
  });
  return found.length === 1 ? found[0] : undefined;
}

/**
 * A nickname made of the first letters of two words of exactly one person's name: "Setnov"
 * for Setya Novanto, "Zulhas" for Zulkifli Hasan; each part two letters or more. Not a
 * listed given name or surname ("Budiman" is no "Budi Mandala").
 */
function personByBlend(drafts: EntityDraft[], p: Piece): EntityDraft | undefined {
  const g = gazetteer();
  const short = p.text.toLowerCase();
  if (short.length < MIN_BLEND || !/^\p{Lu}\p{Ll}+$/u.test(p.text) || g.givenNames.has(short) || g.surnames.has(short)) return undefined;
  const head = short.slice(0, 2);
  const blends = (name: string) => {
    if (!name.toLowerCase().includes(head)) return false;
    const words = nameWords(name);
    for (let i = 0; i + 1 < words.length; i++) {
      for (let cut = 2; cut <= short.length - 2; cut++) {
        if (words[i]!.startsWith(short.slice(0, cut)) && words[i + 1]!.startsWith(short.slice(cut))) return true;
      }
    }
    return false;
  };
  const found = drafts.filter((d) => d.type === 'person' && d.mentions.length > 0 && blends(d.name));
  return found.length === 1 ? found[0] : undefined;
}

/** The first letters of a name's capitalised words, connectors left out: "HTI" for "Hizbut Tahrir Indonesia". */
function initialsOf(w: EntityWordSets, name: string): string {
  return name.split(/\s+/).filter((x) => !w.connectors.has(x) && /^\p{Lu}/u.test(x)).map((x) => x[0]).join('');
}

/**
 * Names written shorter elsewhere in the article are one entity: "Sri Mulyani" and "Sri
 * Mulyani Indrawati" (every word of the shorter person in exactly one longer one), "Vale
 * Indonesia" and "PT Vale Indonesia Tbk" (the same name without its company forms).
 */
function mergeShortForms(drafts: EntityDraft[], w: EntityWordSets, merge: (from: EntityDraft, into: EntityDraft) => void): void {
  // The name without its company forms, a head written short in full: "Pemprov DKI Jakarta"
  // and "Pemerintah Provinsi DKI Jakarta" are one.
  const core = (d: EntityDraft) =>
    d.name.toLowerCase().split(/\s+/).filter((x) => !w.companyForms.has(x.replace(/[().]/g, ''))).map((x, i) => (i === 0 && w.shortHeads.get(x)) || x).join(' ');
  const orgs = new Map<string, EntityDraft>();
  for (const d of drafts) {
    if (d.type !== 'organization' || d.mentions.length === 0) continue;
    const key = core(d);
    const other = orgs.get(key);
    if (!other) orgs.set(key, d);
    else if (key) merge(d.name.length < other.name.length ? d : other, d.name.length < other.name.length ? other : d);
  }
  // "HTI" and "Hizbut Tahrir Indonesia", "PKI" and "Partai Komunis Indonesia": an acronym of
  // three letters or more made of the initials of exactly one organisation's full name ...
  // ... or of a place's: "LCS" and "Laut China Selatan".
  const full = drafts.flatMap((d) => (d.type !== 'person' && d.mentions.length > 0 && d.name.includes(' ') ? [{ d, initials: initialsOf(w, d.name) }] : []));
  for (const d of drafts) {
    if (!full.length) break;
    if (d.type !== 'organization' || d.mentions.length === 0 || d.name.length < 3 || !ACRONYM.test(d.name) || /\d/.test(d.name)) continue;
    const named = full.filter((o) => o.d.mentions.length > 0 && o.initials === d.name);
    if (named.length === 1) merge(d, named[0]!.d);
  }
  // "Bandung" and "Kota Bandung", when the article names no other place "... Bandung"
  // ("Kabupaten Bandung" is another place).
  const headed = new Map<string, EntityDraft[]>();
  for (const d of drafts) {
    if (d.type !== 'location' || d.mentions.length === 0) continue;
    const [head, ...rest] = d.name.toLowerCase().split(/\s+/);
    const key = rest.join(' ');
    // Only an administrative unit is the place itself: "pantai Jakarta" is a beach, not Jakarta.
    if (!rest.length || !w.placeUnits.has(head!)) continue;
    if (!headed.has(key)) headed.set(key, []);
    headed.get(key)!.push(d);
  }
  for (const d of drafts) {
    const into = d.type === 'location' && d.mentions.length > 0 ? headed.get(d.name.toLowerCase()) : undefined;
    if (into?.length === 1 && into[0] !== d) merge(d, into[0]!);
  }
  const people = drafts.flatMap((d) => (d.type === 'person' && d.mentions.length > 0 ? [{ d, size: nameWords(d.name).length }] : []));
  for (const { d, size } of people) {
    if (size < 2) continue;
    const words = nameWords(d.name);
    const longer = people.filter((o) => o.d !== d && o.d.mentions.length > 0 && o.size > size && words.every((x) => o.d.words.has(x)));
    if (longer.length === 1) merge(d, longer[0]!.d);
  }
}

/**
 * "Silverline" for "Silverline Semiconductor Corp", "Haihua" for "Shandong Haihua
 * Petrochemical Co": a one-word short name that is a distinctive word of exactly one
 * organisation's name (not a company word, a connector or a place).
 */
function orgWithWord(drafts: EntityDraft[], w: EntityWordSets, p: Piece, lang: Lang): EntityDraft | undefined {
  const lower = p.text.toLowerCase();
  if (p.text.includes(' ') || w.orgTails.has(lower) || w.orgHeads.has(lower)) return undefined;
  // A direction ("menuju Selatan") or a derived word ("tentang Perindustrian") is no short name.
  if (w.placeTails.has(lower) || lang.derivedWord?.test(lower)) return undefined;
  if (lookup(gazetteer(), p.text)) return undefined;
  const found = drafts.filter((d) => d.type === 'organization' && d.name.includes(' ') && d.name.split(/\s+/).includes(p.text));
  // Several ("Persib Bandung", "PT Persib Bandung Bermartabat"): the shortest is the common name.
  return found.sort((a, b) => a.name.length - b.name.length)[0];
}

function lastBefore(d: EntityDraft, offset: number): number {
  let last = -1;
  for (const m of d.mentions) if (m.start < offset && m.start > last) last = m.start;
  return last;
}

function mention(d: EntityDraft, start: number, end: number, text: string): void {
  if (d.starts.has(start)) return;
  d.starts.add(start);
  d.mentions.push({ start, end, text: text.slice(start, end) });
}

/** Final form: ids by salience (mentions, early first mention, quotes spoken). */
export function finalizeEntities(drafts: EntityDraft[], textLength: number): { entities: Entity[]; ids: Map<EntityDraft, string> } {
  const score = (d: EntityDraft) =>
    d.mentions.length + 2 * d.quotes + (textLength > 0 ? 1 - (d.mentions[0]?.start ?? textLength) / textLength : 0);
  const sorted = drafts
    .filter((d) => d.mentions.length > 0)
    .map((d) => ({ d, s: score(d) }))
    .sort((a, b) => b.s - a.s || (a.d.mentions[0]!.start - b.d.mentions[0]!.start));
  const top = sorted[0]?.s ?? 1;
  const ids = new Map<EntityDraft, string>();
  const entities = sorted.map(({ d, s }, k) => {
    const id = `e${k + 1}`;
    ids.set(d, id);
    return {
      id,
      type: d.type,
      name: d.name,
      aliases: [...d.aliases].filter((a) => a !== d.name),
      roles: d.roles,
      count: d.mentions.length,
      salience: Math.round((s / top) * 1000) / 1000,
      mentions: d.mentions,
    };
  });
  return { entities, ids };
}
