/**
 * Candidate names: runs of capitalised tokens in a sentence (with the lower-case connectors
 * names allow: "Komunikasi dan Informatika", "Bank of Japan"), grouped into chunks joined
 * by a bracketed alias ("Menteri ... (Menkominfo) Budi Arie Setiadi"), then cut into typed
 * pieces by title, organisation, place and gazetteer cues.
 */
import type { Document, Token } from '../../document.js';
import { type Gazetteer, lookup, lookupJoined, wordOfAnyLanguage } from './gazetteer.js';
import { cliticStem, type EntityWordSets, isRomanNumeral, lowerWords, ordinaryWord, phraseAt, prefixedWord } from './words.js';

export type PieceType = 'person' | 'organization' | 'location' | 'unknown';

export interface Piece {
  type: PieceType;
  start: number;
  end: number;
  text: string;
  /** Canonical name from a gazetteer ("China" for "Tiongkok"). */
  canonical?: string;
  /** Role text for a person ("Menteri Komunikasi dan Informatika"). */
  roles: string[];
  /** Bracketed alias written right after the name: "(CAST)". */
  alias?: { start: number; end: number; text: string };
  /** A nickname in quotation marks inside a person's name: "Flea" in Michael "Flea" Balzary. */
  nickname?: string;
  /** The first token starts its sentence. */
  initial: boolean;
  /** Token indices [first, last). */
  first: number;
  last: number;
  rule: string;
}

const OPEN_QUOTES = new Set(['"', '“', '‘', "'", '„', '«', '(', '[', '-', '–', '—']);

const isCap = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word' && t.upper;
/** "KPK", "BP2MI", "PDI-P". */
const isAcronym = (text: string) => text.length >= 2 && text.length <= 8 && /^\p{Lu}[\p{Lu}\p{N}&]*(?:-\p{Lu}+)?$/u.test(text);

export interface CandidateContext {
  doc: Document;
  words: EntityWordSets;
  gazetteer: Gazetteer;
  /** Lower-case forms of words the document writes in lower case somewhere. */
  lowerSeen: Set<string>;
  /** 1 for tokens inside spans other passes own (metadata names, money amounts). */
  reserved: Uint8Array;
}

export function findPieces(ctx: CandidateContext): Piece[] {
  const { doc } = ctx;
  const pieces: Piece[] = [];
  const headline = headlineParagraphs(doc, ctx.words);
  for (const sentence of doc.sentences) {
    if (headline[sentence.paragraph]) continue;
    let i = sentence.first;
    while (i < sentence.last) {
      const compound = placeInCompound(ctx, i) ?? lowerPlace(ctx, i, sentence.last);
      if (compound) {
        pieces.push(compound);
        i = compound.last;
        continue;
      }
      if (!isCap(doc.tokens[i]) || ctx.reserved[i] || (ctx.words.nameBreakers.has(doc.tokens[i]!.lower) && !breakerInName(ctx, i)) || possessed(ctx, doc.tokens[i]!)) {
        i++;
        continue;
      }
      const head = lowerHeadBefore(ctx, i, sentence.first);
      const made = pieces.length;
      const role = head ? -1 : lowerTitleBefore(ctx, i, sentence.first);
      // Always past token i: a head before a date ("desa | Senin") makes a run of the head alone.
      i = Math.max(i + 1, chunkAt(ctx, head ? i - 1 : i, sentence.first, sentence.last, pieces, role));
      // Named as in capitals: "Desa Ngunggahan".
      const p = pieces[made];
      if (head && p && /^\p{Ll}/u.test(p.text)) p.canonical ??= p.text[0]!.toUpperCase() + p.text.slice(1);
      i = lowerTailAfter(ctx, pieces[pieces.length - 1], i, sentence.last);
    }
  }
  joinNicknames(ctx, pieces);
  joinSuffixes(ctx, pieces);
  joinArticles(ctx, pieces);
  for (let n = 0; n < pieces.length; n++) {
    const p = pieces[n]!;
    let end = p.roles.length === 0 && p.type !== 'location' && p.type !== 'organization' ? roleAfter(ctx, p) : 0;
    // A capitalised title with a name of its own after the comma is that person's, one more in a
    // list: "Laode M Syarif, | Menteri Sekretaris Negara Pratikno |, Menteri ...".
    let named = false;
    for (let m = n + 1; end > 0 && !named && m < pieces.length && pieces[m]!.first < end; m++) {
      const q = pieces[m]!;
      named = q.last === end && q.type !== 'organization' && q.type !== 'location' && q.roles.length > 0;
    }
    if (named && ctx.doc.tokens[p.last + 1]!.upper) {
      p.roles.length = 0;
      end = 0;
    }
    // A name inside that role is no holder of its title: "(Vidi Galenso Syarief, kuasa hukum) Mario".
    for (let m = n + 1; m < pieces.length && pieces[m]!.last <= end; m++) pieces[m]!.roles.length = 0;
  }
  return pieces;
}

const NICK_OPEN = new Set(['"', '“', "'", '‘']);
const NICK_CLOSE = new Set(['"', '”', "'", '’']);

/**
 * Michael "Flea" Balzary, Joaquin "El Chapo" Guzman: a nickname of one to three capitalised
 * words in quotation marks between a name and a surname makes one person, named without it.
 */
function joinNicknames(ctx: CandidateContext, pieces: Piece[]): void {
  const { tokens, text } = ctx.doc;
  for (let n = 0; n < pieces.length; n++) {
    const a = pieces[n]!;
    const open = tokens[a.last];
    if (!open || !NICK_OPEN.has(open.text) || open.start !== a.end + 1 || (a.type !== 'person' && a.type !== 'unknown')) continue;
    let close = a.last + 1;
    while (close < a.last + 4 && isCap(tokens[close])) close++;
    const shut = tokens[close];
    if (close === a.last + 1 || !shut || !NICK_CLOSE.has(shut.text) || shut.start !== tokens[close - 1]!.end) continue;
    let m = n + 1;
    while (m < pieces.length && pieces[m]!.last <= close) m++;
    const b = pieces[m];
    if (!b || b.first !== close + 1 || b.last - b.first > 2 || (b.type !== 'person' && b.type !== 'unknown') || tokens[b.first]!.start !== shut.end + 1) continue;
    const nickname = text.slice(tokens[a.last + 1]!.start, tokens[close - 1]!.end);
    a.canonical = `${a.canonical ?? a.text} ${b.text}`;
    a.type = 'person';
    a.nickname = nickname;
    a.end = b.end;
    a.last = b.last;
    a.text = text.slice(a.start, a.end);
    pieces.splice(n + 1, m - n);
  }
}

/**
 * "Benigno Aquino, Jr": the suffix after a comma is the name's (its full stop is not), when no
 * name follows it ("Budi Santoso, Sr Maria Goretti" is a nun, Sister Maria).
 */
function joinSuffixes(ctx: CandidateContext, pieces: Piece[]): void {
  const { tokens, text } = ctx.doc;
  for (let n = 0; n < pieces.length; n++) {
    const p = pieces[n]!;
    const suffix = tokens[p.last + 1];
    if ((p.type !== 'person' && p.type !== 'unknown') || p.last - p.first < 2 || tokens[p.last]?.text !== ',' || !suffix || !ctx.words.nameSuffixes.has(suffix.text) || suffix.sentence !== tokens[p.first]!.sentence) continue;
    const after = tokens[p.last + 2]?.text === '.' ? tokens[p.last + 3] : tokens[p.last + 2];
    if (isCap(after) && after.sentence === suffix.sentence) continue;
    if (pieces[n + 1]?.first === p.last + 1 && pieces[n + 1]!.last === p.last + 2) pieces.splice(n + 1, 1);
    p.last += 2;
    p.end = suffix.end;
    p.text = text.slice(p.start, p.end);
  }
}

/**
 * "The | Pink Floyd Sound", "The | Dance Company terbentuk": a foreign article the language
 * keeps in names, capitalised right before a name no other name holds, is that name's; not a
 * person's.
 */
function joinArticles(ctx: CandidateContext, pieces: Piece[]): void {
  if (ctx.words.nameArticles.size === 0) return;
  const { tokens, text } = ctx.doc;
  for (let n = 0; n < pieces.length; n++) {
    const p = pieces[n]!;
    const article = tokens[p.first - 1];
    if (p.type === 'person' || !article || !ctx.words.nameArticles.has(article.text) || article.sentence !== tokens[p.first]!.sentence || ctx.reserved[p.first - 1]) continue;
    if (n > 0 && pieces[n - 1]!.last > p.first - 1) continue;
    // A run no rule typed takes it with no quotation mark in it ("film ' The | Witness ' itu"),
    // and not a word another name of the text holds, a short name: "Theo Walcott ... ( The | Walcott , 67' )".
    if (p.type === 'unknown' && (/['"‘’“”]/u.test(p.text) || (p.last - p.first === 1 && pieces.some((q) => q !== p && q.last - q.first > 1 && q.text.split(' ').includes(p.text))))) continue;
    // (a name a list knows keeps its canonical name: "The | Fed" is the Federal Reserve)
    const known = p.canonical ?? lookup(ctx.gazetteer, p.text)?.name;
    p.first--;
    p.start = article.start;
    p.text = text.slice(p.start, p.end);
    p.initial = p.first === ctx.doc.sentences[article.sentence]!.first;
    p.canonical = known;
  }
}

/** Three spaces or more, or a tab, between two words: columns of a table. */
function columnGap(text: string, from: number, to: number): boolean {
  return to - from >= 3 || text.slice(from, to).includes('\t');
}

/** "InfraDigital", "PicMix": a name in camel case is a company's, not a person's ("McKenna", "DeVito"). */
function camelCase(word: string): boolean {
  return /^\p{Lu}\p{Ll}+\p{Lu}/u.test(word) && !/^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Al|El)\p{Lu}/u.test(word);
}

/** Token j is an honorific of two letters or more between a name's word and a name: "Minhati | KH Madrais". */
function honorificAfterName(ctx: CandidateContext, j: number): boolean {
  const { tokens } = ctx.doc;
  const w = ctx.words;
  const t = tokens[j]!;
  const prev = tokens[j - 1];
  if (t.text.length < 2 || !w.honorifics.has(t.lower) || !isCap(tokens[j + (tokens[j + 1]?.text === '.' ? 2 : 1)]) || !isCap(prev)) return false;
  return !w.titles.has(prev.lower) && !w.complements.has(prev.lower) && !w.honorifics.has(prev.lower) && !ordinaryWord(ctx.doc.lang, prev.lower);
}

/**
 * A frequent word with a possessive clitic ("Ibunya", "Tempatnya") is no word of a name: it
 * ends a run and opens none. Not a known name ("Kenya"), nor a rarer word's ("Kastanya").
 */
function possessed(ctx: CandidateContext, t: Token): boolean {
  if (t.kind !== 'word') return false;
  let clitic = false;
  for (const x of ctx.words.possessiveClitics) clitic ||= t.lower.endsWith(x);
  if (!clitic) return false;
  const stem = cliticStem(ctx.doc.lang, t.lower);
  return stem !== undefined && stem.length >= 3 && ctx.gazetteer.frequentWords.get(ctx.doc.lang.code)!.has(stem) && lookup(ctx.gazetteer, t.text) === undefined;
}

/**
 * A function word capitalised inside a sentence before a word no list holds is a name's:
 * "kata Yang Liwei" (not "Yang Mulia", nor at a sentence's start).
 */
function breakerInName(ctx: CandidateContext, i: number): boolean {
  const { tokens } = ctx.doc;
  const t = tokens[i]!;
  if (!t.upper || i === ctx.doc.sentences[t.sentence]!.first || t.text === t.text.toUpperCase()) return false;
  const next = tokens[i + 1];
  return isCap(next) && next.sentence === t.sentence && !ordinaryWord(ctx.doc.lang, next.lower) && lookup(ctx.gazetteer, next.text) === undefined && !ctx.words.nameBreakers.has(next.lower);
}

/** Tokens a role in apposition after a name may hold. */
const ROLE_AFTER = 10;

/**
 * A role in apposition after a name: "Vandana Hari, | founder of Vanda Insights |",
 * "Antonny Liem, | CEO Merah Cipta Media Group |, mengatakan". A title after the comma,
 * then capitalised words and connectors up to a comma, a full stop or another word.
 * Returns the token after the role, 0 when there is none.
 */
function roleAfter(ctx: CandidateContext, p: Piece): number {
  const { tokens, text } = ctx.doc;
  const w = ctx.words;
  const comma = tokens[p.last];
  const first = tokens[p.last + 1];
  if (comma?.text !== ',' || !first || first.sentence !== comma.sentence || first.kind !== 'word') return 0;
  // "Sri Mulyani Indrawati, | Indonesia's finance minister": a possessive before the title.
  let at = p.last + 1;
  if (isCap(first) && !w.titles.has(first.lower) && /^['’]$/u.test(tokens[at + 1]?.text ?? '') && tokens[at + 2]?.lower === 's') {
    at += 3;
    // ... and the title's complements in lower case: "finance | minister"
    let x = at;
    while (x < at + 3 && tokens[x]?.kind === 'word' && !tokens[x]!.upper && w.complements.has(tokens[x]!.lower) && !w.titles.has(tokens[x]!.lower)) x++;
    if (x > at && w.titles.has(tokens[x]?.lower ?? '')) at = x;
  }
  if (!w.titles.has(tokens[at]?.lower ?? '')) return 0;
  const lows = lowerWords(tokens, at, at + ROLE_AFTER + 1);
  let end = at + phraseAt(w.titles, lows, 0);
  if (end === at) return 0;
  while (end < tokens.length && end <= p.last + ROLE_AFTER) {
    const t = tokens[end]!;
    if (t.sentence !== comma.sentence || t.kind !== 'word' || !(t.upper || w.complements.has(t.lower) || (w.connectors.has(t.lower) && isCap(tokens[end + 1])))) break;
    end++;
  }
  // Not a second person's title before their name: "Budi, Menteri X Sri Mulyani ..." ends where no comma or stop does.
  const after = tokens[end];
  if (after && after.sentence === comma.sentence && after.text !== ',' && after.text !== '.' && after.kind === 'word' && isCap(after)) return 0;
  p.roles.push(...roleTexts(text, first.start, tokens[end - 1]!.end));
  return end;
}


/**
 * "Perth-based", "London-listed": a known place before a hyphen and a word of the
 * language's list (placeCompounds) in one token is a mention of that place.
 */
function placeInCompound(ctx: CandidateContext, i: number): Piece | undefined {
  if (ctx.words.placeCompounds.size === 0) return undefined;
  const t = ctx.doc.tokens[i]!;
  const dash = t.text.lastIndexOf('-');
  if (!isCap(t) || ctx.reserved[i] || dash < 2 || !ctx.words.placeCompounds.has(t.lower.slice(dash + 1))) return undefined;
  const name = t.text.slice(0, dash);
  const entry = lookup(ctx.gazetteer, name);
  if (entry?.type !== 'location') return undefined;
  const p: Piece = { type: 'location', start: t.start, end: t.start + dash, text: name, roles: [], initial: false, first: i, last: i + 1, rule: 'place-compound' };
  if (entry.name !== name) p.canonical = entry.name;
  return p;
}

/**
 * A place written in lower case after a place's cue or in a list ("di makassar", "ke sulawesi
 * tengah", "jawa, bali"): a city, a regency, a province or a country the gazetteer knows, of
 * one or two words, the first no word of any language ("padang", "medan", "bone", "turkey").
 * Only where the language's writers leave places in lower case (lowerCasePlaces).
 */
function lowerPlace(ctx: CandidateContext, i: number, end: number): Piece | undefined {
  const { doc, gazetteer: g } = ctx;
  const first = doc.tokens[i]!;
  if (!ctx.words.lowerCasePlaces) return undefined;
  // After a place's cue or in a list: "di makassar", "pulau bali", "dari ambon", "makassar - bali", "jawa, bali dan papua".
  const cue = doc.tokens[i - 1];
  if (first.upper || first.kind !== 'word' || first.lower.length < 4 || !cue) return undefined;
  if (!(ctx.words.placePrepositions.has(cue.lower) || ctx.words.lowerPlaceHeads.has(cue.lower) || ctx.words.fromConnectors.has(cue.lower) || ctx.words.coordinators.has(cue.lower) || cue.text === ',' || cue.text === '-')) return undefined;
  // After a unit's word, a village's or a district's name as well, with the word: "desa kertobanyon", "kota binjai".
  const unit = ctx.words.lowerPlaceHeads.has(cue.lower) && plainLower(ctx, i - 1, end) ? cue : undefined;
  if (unit && g.localPlaces.has(first.lower) && plainLower(ctx, i, end) && /^\p{Ll}+$/u.test(first.lower) && !g.entries.has(first.lower) && !ctx.words.stopwords.has(first.lower) && !wordOfAnyLanguage(g, first.lower) && !ordinaryWord(doc.lang, first.lower) && doc.lang.affixedRoot?.(first.lower) === undefined) {
    const text = doc.text.slice(unit.start, first.end);
    return { type: 'location', start: unit.start, end: first.end, text, roles: [], initial: false, first: i - 1, last: i + 1, rule: 'place-lower' };
  }
  const alone = g.entries.has(first.lower);
  const leads = g.firstWords.has(first.lower);
  if ((!alone && !leads) || !plainLower(ctx, i, end) || !/^\p{Ll}+$/u.test(first.lower)) return undefined;
  for (let n = 2; n >= 1; n--) {
    if (n === 2 ? !leads || !plainLower(ctx, i + 1, end) : !alone) continue;
    const last = doc.tokens[i + n - 1]!;
    const text = doc.text.slice(first.start, last.end);
    const entry = lookup(g, text);
    if (entry?.type !== 'location' || text.includes('\n')) continue;
    if (ordinaryWord(doc.lang, first.lower) || doc.lang.isRoot?.(first.lower) === true || ctx.words.stopwords.has(first.lower) || g.placeWords.has(first.lower)) return undefined;
    // (with the unit's word, as a capitalised name after it: "kota binjai")
    const from = unit ?? first;
    return { type: 'location', start: from.start, end: last.end, text: doc.text.slice(from.start, last.end), canonical: entry.name, roles: [], initial: false, first: unit ? i - 1 : i, last: i + n, rule: 'place-lower' };
  }
  return undefined;
}

/**
 * Token k is a word in lower case of the sentence, free, and not in a link or an address
 * ("thejakartapost.com/indonesia/2024").
 */
function plainLower(ctx: CandidateContext, k: number, end: number): boolean {
  const t = ctx.doc.tokens[k];
  if (k >= end || !t || t.kind !== 'word' || t.upper || ctx.reserved[k]) return false;
  const text = ctx.doc.text;
  return !(/[/@._#-]/.test(text[t.start - 1] ?? '') || text[t.end] === '/' || (text[t.end] === '.' && /\w/.test(text[t.end + 1] ?? '')));
}

/**
 * "desa | Ngunggahan": a place head written in lower case right before token i starts the
 * name as it would in capitals; not the unit of a title ("Sekretaris desa | Anton").
 */
function lowerHeadBefore(ctx: CandidateContext, i: number, sentenceFirst: number): boolean {
  const { tokens } = ctx.doc;
  if (i - 1 < sentenceFirst || ctx.reserved[i - 1] || !ctx.words.lowerPlaceHeads.has(tokens[i - 1]!.text)) return false;
  const before = tokens[i - 2]?.lower ?? '';
  // Nor a head inside a compound noun: "ibu kota | Peru" (the capital).
  const compound = phraseAt(ctx.words.lowerHeadCompounds, [before, tokens[i - 1]!.lower], 0) === 2;
  return !(phraseAt(ctx.words.titles, [before], 0) > 0 || ctx.words.complements.has(before) || compound);
}

/**
 * "finance minister | Sri Mulyani", "kata ketua umum | Aburizal Bakrie": a title written in
 * lower case right before token i opens a role. Returns the role's start offset, -1 when none.
 */
function lowerTitleBefore(ctx: CandidateContext, i: number, sentenceFirst: number): number {
  const { tokens } = ctx.doc;
  const w = ctx.words;
  // ... or before a comma, in apposition: "top security minister, | Mahfud MD" (not before a
  // title of the name's own: "spokesman, | Inspector General Dedi Prasetyo").
  if (tokens[i - 1]?.text === ',' && i - 1 > sentenceFirst && !w.titles.has(tokens[i]!.lower)) i--;
  let j = i;
  while (j - 1 >= sentenceFirst && i - j < 4) {
    const t = tokens[j - 1]!;
    if (t.kind !== 'word' || ctx.reserved[j - 1]) break;
    // A capitalised title leads its lower-case words: "Kepala desa | Tonny", "Menteri luar negeri | Retno".
    if (t.upper) {
      if (w.titles.has(t.lower) && j < i) j--;
      break;
    }
    if (!(w.titles.has(t.lower) || w.complements.has(t.text))) break;
    j--;
  }
  const lows = lowerWords(tokens, j, i);
  for (let x = j; x < i; x++) if (phraseAt(w.titles, lows, x - j) > 0) return tokens[j]!.start;
  return -1;
}

/**
 * "Israel | utara", "Afrika | barat": a direction in lower case right after a place that
 * ends at token i is part of it. Returns the index after the place.
 */
function lowerTailAfter(ctx: CandidateContext, place: Piece | undefined, i: number, last: number): number {
  const { tokens, text } = ctx.doc;
  if (!place || place.type !== 'location' || place.last !== i) return i;
  const words: string[] = [];
  for (let x = i; x < Math.min(i + 2, last); x++) words.push(tokens[x]!.text);
  const n = phraseAt(ctx.words.lowerPlaceTails, words, 0);
  if (!n) return i;
  place.last = i + n;
  place.end = tokens[i + n - 1]!.end;
  place.text = text.slice(place.start, place.end);
  place.canonical = undefined;
  return i + n;
}

/** A word of a person's name by its shape: capitalised, no ordinary word, no known name, no name ending. */
function personWord(ctx: CandidateContext, word: string): boolean {
  const lower = word.toLowerCase();
  return /^\p{Lu}\p{Ll}+$/u.test(word) && !ordinaryWord(ctx.doc.lang, lower) && !lookup(ctx.gazetteer, word) &&
    !ctx.words.orgTails.has(lower) && !ctx.words.placeTails.has(lower);
}

/**
 * Headlines in title case ("Anggaran Kompensasi Energi Bengkak") capitalise ordinary
 * words: a paragraph of three or more words, most of them capitalised, and no full stop
 * at its end is left out; what it names, the article names again.
 */
function headlineParagraphs(doc: Document, w: EntityWordSets): boolean[] {
  return doc.paragraphs.map((p) => {
    if (doc.paragraphs.length < 3) return false;
    let words = 0;
    let caps = 0;
    let lowerWords = 0;
    const first = doc.sentences[p.first]?.first ?? 0;
    const last = doc.sentences[p.last - 1]?.last ?? 0;
    for (let i = first; i < last; i++) {
      const t = doc.tokens[i]!;
      if (t.kind !== 'word') continue;
      // Words in lower case that are no function words make a sentence, not a headline: a
      // lead paragraph that lacks its full stop ("... Agus Rahardjo menyebut ..."); one may
      // stay lower case in a headline ("... Semarang via Darat").
      if (!t.upper && !w.stopwords.has(t.lower) && !w.connectors.has(t.lower) && ++lowerWords > 1) return false;
      words++;
      if (t.upper) caps++;
    }
    const end = doc.tokens[last - 1]?.text ?? '';
    return words >= 3 && words <= HEADLINE_WORDS && caps / words >= 0.6 && !/[.!?"”]/.test(end);
  });
}

/** Words a headline holds at most: a longer line of names is a list (a team's line-up). */
const HEADLINE_WORDS = 20;

/** A word in lower case that a number word before it may count: not a verb ("Lima | adalah ..."). */
function countedNoun(ctx: CandidateContext, t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word' || t.upper) return false;
  // "Lima | tahun sudah ...": a noun counted after a number, though a function word too.
  if (ctx.words.countNouns.has(t.lower)) return true;
  return !ctx.words.copulas.has(t.lower) && !ctx.words.stopwords.has(t.lower) && !(ctx.doc.lang.verbPrefixes ?? []).some((x) => t.lower.startsWith(x));
}

/** "J." (an initial) or "Ir." (a title): a full stop that does not end the name. */
function isAbbreviation(ctx: CandidateContext, word: string): boolean {
  return /^\p{Lu}$/u.test(word) || ctx.words.abbreviations.has(word.toLowerCase()) || ctx.words.honorifics.has(word.toLowerCase());
}

/**
 * The bracketed word after a name says where the named one is from or belongs, not another
 * name of it: a known place, or a known organisation after a name that is no organisation's
 * ("Budi Santoso (PDIP)"; in "Komisi Pemberantasan Korupsi (KPK)" it is an alias).
 */
function affiliation(ctx: CandidateContext, named: Piece, inner: Token): boolean {
  const known = lookup(ctx.gazetteer, inner.text)?.type;
  if (known === 'location') return true;
  if (named.type === 'organization' || phraseAt(ctx.words.orgHeads, named.text.toLowerCase().split(/\s+/), 0)) return false;
  return known === 'organization' && known !== lookup(ctx.gazetteer, named.text)?.type;
}

/** Capitalised words a possessive inside a name may have after it ("Moody's Investors Service"). */
const POSSESSIVE_TAIL = 3;

/**
 * "Moody's Investors Service", "McDonald's Corp", "Saint Mary's College": the possessive at
 * token i (an apostrophe and "s" written onto the word before) goes on with a name that ends,
 * a few capitalised words later, in an organisation's or a place's last word; not after a
 * known name ("China's Xi Jinping", "Apple's CEO") nor before other words ("Biden's Democrats").
 */
function possessiveInName(ctx: CandidateContext, i: number, last: number): boolean {
  const { tokens } = ctx.doc;
  const t = tokens[i]!;
  const s = tokens[i + 1];
  if ((t.text !== "'" && t.text !== '’') || t.spaceBefore || s?.text !== 's' || s.spaceBefore || lookup(ctx.gazetteer, tokens[i - 1]!.text) !== undefined) return false;
  for (let j = i + 2; j < last && j < i + 2 + POSSESSIVE_TAIL && isCap(tokens[j]) && tokens[j]!.spaceBefore; j++) {
    const lower = tokens[j]!.lower;
    const next = tokens[j + 1];
    if ((ctx.words.orgTails.has(lower) || ctx.words.placeTails.has(lower) || phraseAt(ctx.words.orgHeads, [lower], 0) > 0) && !(isCap(next) && next!.spaceBefore)) return true;
  }
  return false;
}

/** Whether `next` is written onto `t` and is a letter or a digit ("UKP4a"). */
function isWordChar(next: Token | undefined, t: Token): boolean {
  return next !== undefined && next.start === t.end && next.kind !== 'punct';
}

/** Whether the text between two tokens (spaces only) breaks the line. */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let c = from; c < to; c++) if (text.charCodeAt(c) === 10) return true;
  return false;
}

/** No name is longer; a longer run of capitalised words is cut, keeping every pass linear. */
const MAX_RUN = 16;

/**
 * A month's short form with no number or date word beside it, before another capitalised
 * word, is a word of a name: "Ong Jan Hong", "Gu Jun Pyo", "Jan Kandou" (not "12 Jan 2018").
 */
function monthInName(ctx: CandidateContext, j: number): boolean {
  const { tokens } = ctx.doc;
  const t = tokens[j]!;
  if (!ctx.words.monthShortForms.has(t.lower)) return false;
  const prev = tokens[j - 1];
  const next = tokens[j + 1];
  if (prev && prev.sentence === t.sentence && (prev.kind === 'number' || ctx.words.calendarWords.has(prev.lower))) return false;
  // (nor before a known place: "ekspor Feb | Indonesia")
  return isCap(next) && next.spaceBefore && next.sentence === t.sentence && !ctx.words.calendarWords.has(next.lower) && tokens[j + 2]?.kind !== 'number' && lookup(ctx.gazetteer, next.text)?.type !== 'location';
}

/** End (exclusive) of the capitalised run starting at token i. */
function runEnd(ctx: CandidateContext, i: number, last: number): number {
  const { tokens } = ctx.doc;
  // A date is no name's start: "November | 2009 Presiden ...".
  if (ctx.words.calendarWords.has(tokens[i]!.lower) && !monthInName(ctx, i)) return i + 1;
  let j = i + 1;
  // "Kementerian luar negeri (Mesir)": a ministry's portfolio written in lower case.
  const ministry = ctx.words.ministryHeads.has(tokens[i]!.lower);
  if (ministry) {
    while (j < last && j - i <= 3 && tokens[j]!.kind === 'word' && !tokens[j]!.upper && ctx.words.complements.has(tokens[j]!.text)) j++;
  }
  while (j < last && j - i < MAX_RUN) {
    const t = tokens[j]!;
    // A line break ends a name: "Nama : Fahri | \n NPWP : ..."; so does a table's column gap:
    // "Sebastian Vettel |   GER |   Scuderia Ferrari".
    if (t.spaceBefore && (lineBreakBetween(ctx.doc.text, tokens[j - 1]!.end, t.start) || columnGap(ctx.doc.text, tokens[j - 1]!.end, t.start))) break;
    // A day's name ends the run, save in a place named after it: "Jalan Raya Pasar Minggu".
    if (ctx.reserved[j] || (ctx.words.calendarWords.has(t.lower) && !ctx.gazetteer.localPlaces.has(`${tokens[j - 1]!.lower} ${t.lower}`) && !monthInName(ctx, j))) break;
    // A capitalised function word ends a name: "Jelambar | Dengan nama ..."; so does a place
    // in a compound: "The | Perth-based".
    // Not a title's complement before another: "Kementerian | Dalam Negeri", "Menteri Dalam Negeri".
    if (ctx.words.nameBreakers.has(t.lower) && !(ctx.words.complements.has(t.lower) && isCap(tokens[j + 1]) && ctx.words.complements.has(tokens[j + 1]!.lower)) && !breakerInName(ctx, j)) break;
    if (placeInCompound(ctx, j) || possessed(ctx, t)) break;
    // An honorific after a name opens another person's: "Minhati | KH Madrais Hajar".
    if (honorificAfterName(ctx, j)) break;
    // "Bashar al-Assad": a particle goes on with the name.
    if (t.spaceBefore && t.kind === 'word' && (t.upper || ctx.words.particleName.test(t.text))) j++;
    else if ((ctx.words.connectors.has(t.text) || t.text === '&') && isCap(tokens[j + 1]) && j + 1 < last) j += 2;
    else if (ctx.words.connectors.has(t.text) && ctx.words.connectors.has(tokens[j + 1]?.text ?? '') && isCap(tokens[j + 2]) && j + 2 < last) j += 3;
    // "Kementerian Koordinator bidang Kemaritiman": a complement in lower case inside a ministry's name.
    else if (ministry && t.kind === 'word' && !t.upper && ctx.words.complements.has(t.lower) && isCap(tokens[j + 1]) && j + 1 < last) j += 2;
    else if (t.kind === 'number' && t.spaceBefore && isCap(tokens[j + 1]) && tokens[j + 1]!.spaceBefore && j + 1 < last && !ctx.words.calendarWords.has(tokens[j + 1]!.lower)) j += 2;
    // "UKP4", "AKB48": digits written onto an acronym of three letters or more are part of it
    // (not a model's or a grade's code: "PS2", "D3"; an amount after a currency is reserved
    // by then: "IDR500").
    else if (t.kind === 'number' && !t.spaceBefore && /^\p{Lu}{3,}$/u.test(tokens[j - 1]!.text) && /^\p{N}+$/u.test(t.text) && !isWordChar(tokens[j + 1], t)) j++;
    else if (t.text === '.' && !t.spaceBefore && isAbbreviation(ctx, tokens[j - 1]!.text) && isCap(tokens[j + 1]) && j + 1 < last) j += 2;
    else if (possessiveInName(ctx, j, last)) j += 2;
    else break;
  }
  return j;
}

/** Reads one chunk from token i; returns the index after it. */
function chunkAt(ctx: CandidateContext, i: number, sentenceFirst: number, last: number, out: Piece[], role = -1): number {
  const { tokens, text } = ctx.doc;
  // A title in lower case before the chunk (`role`, its start offset) is as often followed by
  // its organisation alone ("anggota Ivy League", "pemain Persela") as by a person: the name
  // after it is read as if no title stood before, and takes the title as a role if it is a
  // person. Before an organisation's head it is a title for a person after the organisation,
  // as a capitalised one: "ketua umum | Partai Golkar | Aburizal Bakrie".
  let strong = false;
  if (role >= 0) {
    const lows = lowerWords(tokens, i, Math.min(i + 3, last));
    strong = phraseAt(ctx.words.orgHeads, lows, 0) > 0;
  }
  let roleStart = strong ? role : -1;
  let roleEnd = strong ? tokens[i - 1]!.end : -1;
  const roleAliases: string[] = [];
  let j = i;
  for (;;) {
    const end = runEnd(ctx, j, last);
    const state = { roleStart, roleEnd };
    const before = out.length;
    const made = splitRun(ctx, j, end, j === sentenceFirst || OPEN_QUOTES.has(tokens[j - 1]?.text ?? ''), state, out);
    roleStart = state.roleStart;
    roleEnd = state.roleEnd;
    // ... with the places before the name: "kiper Spanyol | David de Gea".
    let placesFirst = made !== undefined;
    for (let x = before; x < out.length && placesFirst; x++) placesFirst = out[x] === made || out[x]!.type === 'location';
    if (role >= 0 && !strong && j === i && made && placesFirst && (made.type === 'person' || made.type === 'unknown')) {
      const titleEnd = tokens[made.first - 1]!.text === ',' ? made.first - 2 : made.first - 1;
      made.roles.push(...roleTexts(text, role, tokens[titleEnd]!.end));
    }
    if (made?.type === 'person' && roleStart >= 0) {
      made.roles.push(...roleTexts(text, roleStart, roleEnd), ...roleAliases);
      roleStart = -1;
    }
    let pos = end;
    if (made?.type === 'organization' && made.end === tokens[end - 1]!.end) pos = extendOrgTail(ctx, made, end);
    // "Desa Wanga 2", "Jalan Pasirkaliki 51": a number closing a place's name is part of it.
    const num = tokens[end];
    const after = tokens[end + 1];
    if (made?.rule === 'place-head' && made.end === tokens[end - 1]!.end && num?.kind === 'number' && /^\d{1,3}$/.test(num.text) && end < last &&
      (!after || after.sentence !== num.sentence || /^[,.;)]$/.test(after.text) || ctx.words.coordinators.has(after.lower))) {
      made.end = num.end;
      made.last = end + 1;
      made.text = text.slice(made.start, made.end);
      made.canonical = undefined;
      pos = end + 1;
    }
    // Bracketed aliases right after the run: "(CAST)", "(Menkominfo)", "(Jokowi)",
    // and company forms that belong to the name: "(Persero) Tbk (BRI)".
    let bracketed = false;
    for (;;) {
      const open = tokens[pos];
      const inner = tokens[pos + 1];
      const close = tokens[pos + 2];
      if (!(open?.text === '(' && isCap(inner) && close?.text === ')' && pos + 2 < last)) break;
      bracketed = true;
      const alias = { start: inner.start, end: inner.end, text: inner.text };
      const attachTo = made && made.end === tokens[pos - 1]!.end ? made : undefined;
      if (attachTo?.type === 'organization' && ctx.words.orgTails.has(inner.text.toLowerCase())) {
        attachTo.end = close.end;
        attachTo.text = text.slice(attachTo.start, attachTo.end);
        pos = extendOrgTail(ctx, attachTo, pos + 3);
        continue;
      }
      // "Dimas Rizky Prianto (Alm)": an honorific in brackets names no one.
      if (ctx.words.honorifics.has(inner.lower)) {
        pos += 3;
        break;
      }
      if (roleStart >= 0 && !attachTo) {
        roleAliases.push(alias.text);
        roleEnd = close.end;
      } else if (attachTo && attachTo.type !== 'location' && !affiliation(ctx, attachTo, inner)) {
        // "Raheem Salami (Nigeria)", "Budi Santoso (PDIP)": a place or an organisation in
        // brackets after a person is where one is from or belongs, no alias.
        attachTo.alias = alias;
        if (roleStart >= 0) roleEnd = close.end;
      } else {
        splitRun(ctx, pos + 1, pos + 2, false, { roleStart: -1, roleEnd: -1 }, out);
      }
      pos += 3;
      break;
    }
    j = pos;
    // The chunk goes on when a name follows the bracket: "(Menkominfo) Budi Arie Setiadi".
    if (bracketed && j < last && isCap(tokens[j]) && roleStart >= 0) continue;
    // ... or a comma, when the title found no person yet: "Pebalap Movistar Yamaha, | Maverick
    // Vinales", "Menteri Keuangan, | Sri Mulyani" (not a second title: "Ketua DPR, Kapolri").
    const next = tokens[j + 1];
    // Nor a place in apposition: "Kapolsek Torgamba, | Labuhan Batu, Sumut".
    if (roleStart >= 0 && tokens[j]?.text === ',' && j + 1 < last && isCap(next) && (!ctx.words.titles.has(next.lower) || ctx.words.nameTitles.has(next.lower)) && !ctx.words.honorifics.has(next.lower) && !placeAt(ctx, j + 1, last)) {
      // The role takes all before the comma: "Manajer Swansea City, | Paul Clement".
      roleEnd = tokens[j - 1]!.end;
      j++;
      continue;
    }
    return j;
  }
}

/** A known place starts at token i: "Sumut", "Labuhan Batu". */
function placeAt(ctx: CandidateContext, i: number, last: number): boolean {
  const { tokens, text } = ctx.doc;
  for (let n = Math.min(ctx.gazetteer.maxWords, last - i); n >= 1; n--) {
    if (lookup(ctx.gazetteer, text.slice(tokens[i]!.start, tokens[i + n - 1]!.end))?.type === 'location') return true;
  }
  return ctx.gazetteer.localPlaces.has(tokens[i]!.lower) || (i + 1 < last && lookupJoined(ctx.gazetteer, tokens[i]!.text, tokens[i + 1]!.text) !== undefined);
}

/** A place's cue in lower case, or a comma after a place, right before token i: "di | X", "Torgamba, | X". */
function placeContext(ctx: CandidateContext, i: number): boolean {
  const prev = ctx.doc.tokens[i - 1];
  if (!prev) return false;
  const place = ctx.doc.tokens[i - 2];
  if (prev.text === ',') return place !== undefined && (lookup(ctx.gazetteer, place.text)?.type === 'location' || ctx.gazetteer.localPlaces.has(place.lower));
  return !prev.upper && ctx.words.placePrepositions.has(prev.lower);
}

/**
 * Company suffixes after an organisation's name: "(Persero) Tbk", "Corp." with its
 * abbreviation dot, ", Inc.".
 */
function extendOrgTail(ctx: CandidateContext, org: Piece, next: number): number {
  const { tokens, text } = ctx.doc;
  let i = next;
  for (;;) {
    const t = tokens[i];
    if (t && t.spaceBefore && t.sentence === tokens[org.first]!.sentence && ctx.words.orgTails.has(t.text.toLowerCase()) && /^\p{Lu}/u.test(t.text)) {
      org.end = t.end;
      i++;
      continue;
    }
    break;
  }
  // "Corp." "Ltd." "Inc.": the dot belongs to the abbreviation.
  const last = tokens[i - 1]!;
  const dot = tokens[i];
  if (dot?.text === '.' && !dot.spaceBefore && last.end === org.end && ctx.words.abbreviations.has(last.text.toLowerCase())) {
    org.end = dot.end;
    i++;
  }
  org.text = text.slice(org.start, org.end);
  return i;
}

/** Role text without bracketed aliases: "Menteri Komunikasi dan Informatika". */
function roleTexts(text: string, start: number, end: number): string[] {
  const role = text.slice(start, end).replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
  return role ? [role] : [];
}

/**
 * Cut the run [from, to) into pieces. Returns the last piece made. `state` carries an open
 * role (a title seen, its person not yet) across the runs of one chunk.
 */
function splitRun(
  ctx: CandidateContext,
  from: number,
  to: number,
  initial: boolean,
  state: { roleStart: number; roleEnd: number },
  out: Piece[],
): Piece | undefined {
  const { doc, words: w, gazetteer: g } = ctx;
  const tokens = doc.tokens;
  const surface = (a: number, b: number) => doc.text.slice(tokens[a]!.start, tokens[b - 1]!.end);
  /** Tokens [a, b) as a gazetteer key: the text with single spaces ("U.S. Federal"). */
  const nameKey = (a: number, b: number) => surface(a, b).replace(/\s+/g, ' ');
  const run: string[] = [];
  const lows: string[] = [];
  for (let k = from; k < to; k++) {
    run.push(tokens[k]!.text);
    lows.push(tokens[k]!.lower);
  }
  const at = (k: number) => run[k - from]!;
  const lower = (k: number) => lows[k - from]!;
  let k = from;
  /** An acronym that may name an organisation: not one of the language's plain ones ("BBM"), not a Roman numeral. */
  const entityAcronym = (x: number) => isAcronym(at(x)) && !w.nonEntityAcronyms.has(at(x)) && !isRomanNumeral(at(x));
  /** The open role goes to person `p` and is closed. */
  const giveRole = (p: Piece) => {
    p.roles.push(...roleTexts(doc.text, state.roleStart, state.roleEnd));
    state.roleStart = -1;
  };
  /**
   * The run as two: [a, b) and [c, to). A person the left part ends with takes the open
   * role ("Menteri Keuangan Sri Mulyani | dan Basuki"); after a title, a person's name
   * before a name's lead is the role's ("VP Garuda Indonesia Region | I Wayan Subagja").
   */
  const halves = (a: number, b: number, c: number, roleBefore: boolean): Piece | undefined => {
    const made = splitRun(ctx, a, b, initial && a === from, state, out);
    if (made?.type === 'person' && state.roleStart >= 0 && out[out.length - 1] === made) {
      // A person who took a title of their own stays one: "Presiden Joko Widodo dan Gubernur | I Made ...".
      if (roleBefore && made.roles.length === 0) {
        out.pop();
        state.roleEnd = made.end;
      } else if (!roleBefore) {
        giveRole(made);
      }
    }
    return splitRun(ctx, c, to, false, state, out);
  };
  // "Region | I Wayan Subagja", "Gubernur Bali | I Wayan Koster": a name's lead starts a person.
  for (let m = from + 1; m < to; m++) {
    if (!w.nameLeads.has(lows[m - from]!)) continue;
    const n = phraseAt(w.nameLeads, lows, m - from);
    if (n && m + n < to) return halves(from, m, m, true);
  }

  const common = ctx.gazetteer.commonWords.get(doc.lang.code)!;
  const isTitleWord = (x: number) => phraseAt(w.titles, lows, x - from) > 0 || w.complements.has(lower(x));
  /** Complements lead to a real title word: "Finance Minister", not "Investment Coordinating Board". */
  const titleAhead = (x: number) => {
    for (let y = x; y < to && isTitleWord(y); y++) if (phraseAt(w.titles, lows, y - from)) return true;
    return false;
  };
  const isCue = (x: number) =>
    titleAhead(x) || phraseAt(w.orgHeads, lows, x - from) > 0 || phraseAt(w.placeHeads, lows, x - from) > 0 ||
    lookup(ctx.gazetteer, at(x)) !== undefined;
  // A sentence's first word that the text also writes in lower case is no name: "Hal itu".
  const frequent = ctx.gazetteer.frequentWords.get(doc.lang.code)!;
  // So is one with a clitic or of a derived shape: "Mundurnya | Hary Tanoesoedibyo".
  // ... and a plural written twice: "Prajurit-prajurit | Inggris".
  // A word of the text's vocabulary with a verb's prefix is one too, not a name listed as a word: "Beristri | Mirna Ali".
  const derived = (x: string) =>
    (!common.has(x) && ordinaryWord(doc.lang, x)) || /^(\p{Ll}{3,})-\1$/u.test(x) ||
    (!g.givenNames.has(x) && !g.surnames.has(x) && !g.localPlaces.has(x) && (prefixedWord(doc.lang, x) || doc.lang.affixedRoot?.(x) !== undefined));
  /** A common word with a clitic ("Umumnya"), which no name is. */
  const cliticForm = (x: string) => {
    const stem = cliticStem(doc.lang, x);
    return stem !== undefined && stem.length > 2 && (common.has(stem) || w.complements.has(stem));
  };
  // Not the first word of a known name: "Saudi Arabia", "United States".
  const knownFrom = (x: number) => g.firstWords.has(lower(x)) && lookup(g, nameKey(x, Math.min(to, x + g.maxWords))) !== undefined;
  // A function word that also names something ("Antara", the news agency) is the function
  // word when more of a name follows it: "Antara | Surya Paloh dan Aburizal Bakrie ...".
  const functionWord = initial && w.stopwords.has(lower(k)) && to - k > 1 && !knownFrom(k);
  // ... and a word of the language before a head or a known name: "Sengketa | Laut China Selatan".
  // ("Gaya | Jokowi": a word English name lists hold too)
  const beforeName = (x: number) =>
    x + 1 < to && (w.wordsNotNames.has(lower(x)) || ((common.has(lower(x)) || doc.lang.isRoot?.(lower(x)) === true) && !g.givenNames.has(lower(x)) && !g.surnames.has(lower(x)))) && (isCue(x + 1) || knownFrom(x + 1));
  // Not a word a possessive goes on from: "Moody's Investors Service".
  const possessed = k + 1 < to && (at(k + 1) === "'" || at(k + 1) === '’');
  if (initial && !possessed && (w.stopwords.has(lower(k)) || ctx.lowerSeen.has(lower(k)) || w.cueVerbs.has(lower(k)) || frequent.has(lower(k)) || derived(lower(k)) || beforeName(k)) && (functionWord || (!isCue(k) && !knownFrom(k)))) k++;
  // "Lima | orang tewas": a number word counting the noun after it, not the city.
  else if (initial && to - k === 1 && doc.lang.money.numberWords[lower(k)] !== undefined && countedNoun(ctx, tokens[to])) k++;
  for (let n = 1; k < to && n > 0; k += n) {
    n =
      (knownFrom(k) || monthInName(ctx, k) ? 0 : phraseAt(w.nonNames, lows, k - from)) ||
      // "Ibu | Ani", but "Ibu Negara" is a title.
      // "Kantor | Kementerian X", but "Kantor Berita" heads a name.
      ((w.honorifics.has(lower(k)) && !(phraseAt(w.titles, lows, k - from) > 1)) || (w.strippedPrefixes.has(lower(k)) && !phraseAt(w.orgHeads, lows, k - from)) ||
        (k > from && w.connectors.has(at(k))) ? 1 : 0) ||
      // "(Prof.) . | Dr. Muhammad ...": a name starts with no full stop.
      (at(k) === '.' ? 1 : 0) ||
      // "(Ada) 10 | Harry Tanoe": a number starts no name.
      (tokens[k]!.kind === 'number' ? 1 : 0);
    if (n === 0) break;
    // "Dr. | Siti Fadilah": the full stop of an abbreviation goes with it.
    if (k + n < to && at(k + n) === '.') n++;
  }
  if (k >= to) return undefined;
  const other = phraseAt(w.otherHeads, lows, k - from);
  if (other) return namesInEvent(k + other);
  // "Ramon Magsaysay Award", "Agrinex International Expo": an award's or a fair's name.
  if (to - k > 1 && w.otherTails.has(lower(to - 1))) return namesInEvent(k);

  // A person's name, then "of" and where they belong: "Budi Santoso | of the | Golkar Party",
  // "Mitch McConnell | of | Kentucky" (not "Bank of America": no given name opens it).
  for (let c = k + 2; c < to - 1; c++) {
    if (!w.affiliationConnectors.has(lower(c))) continue;
    // (after a title the name needs no known given name: "Lawmaker | Mukhamad Misbakhun | of ...")
    let name = k;
    while (name < c && isTitleWord(name)) name++;
    if ((name > k || g.givenNames.has(lower(k))) && personShaped(name, c)) return halves(k, c, w.articles.has(lower(c + 1)) && c + 2 < to ? c + 2 : c + 1, false);
    break;
  }
  // Two names joined by a connector: "PT Vale Indonesia Tbk and China", "Board and Australia".
  for (let c = k + 1; c < to - 1; c++) {
    // "&" joins the names of one company or firm: "Procter & Gamble", "JPMorgan Chase & Co".
    if (!w.coordinators.has(at(c)) || w.connectors.has(at(c - 1)) || at(c) === '&') continue;
    // Inside an organisation's or a title's name "dan" belongs to it: "Kementerian
    // Komunikasi dan Informatika"; anywhere else it joins two names.
    let named = false;
    for (let m = k; m < c && !named; m++) named = phraseAt(w.orgHeads, lows, m - from) > 0 || titleAhead(m);
    const rightIsKnown = lookup(ctx.gazetteer, nameKey(c + 1, to)) !== undefined;
    // "Mahkamah Konstitusi dan | Dewan Kehormatan ...": a second organisation's head after "dan".
    // Not after a bare head, which is a name only with what follows: "Securities and Exchange Commission".
    const rightIsOrg = named && !titleAhead(k) && phraseAt(w.orgHeads, lows, c + 1 - from) > 0 && to - (c + 1) > 1 && phraseAt(w.orgHeads, lows, k - from) < c - k;
    if (!named || rightIsKnown || rightIsOrg || (w.orgTails.has(lower(c - 1)) && c - k > 1)) return halves(k, c, c + 1, false);
  }

  function piece(type: PieceType, a: number, b: number, rule: string, canonical?: string): Piece {
    const p: Piece = {
      type,
      start: tokens[a]!.start,
      end: tokens[b - 1]!.end,
      text: surface(a, b),
      roles: [],
      initial: initial && a === from,
      first: a,
      last: b,
      rule,
    };
    if (canonical && canonical !== p.text) p.canonical = canonical;
    out.push(p);
    return p;
  }

  /**
   * Title chain: "Wakil Presiden Eksekutif dan Sekretaris Eksekutif Utama", "Finance
   * Minister"; the role is opened or extended. Not a place whose name starts with a title
   * word ("Raja Ampat"). Returns the index after the chain (`x` when there is none).
   */
  const titleChain = (x: number): number => {
    if (!(phraseAt(w.titles, lows, x - from) || (w.complements.has(lower(x)) && titleAhead(x)))) return x;
    if (x + 1 < to && g.firstWords.has(lower(x))) {
      for (let n = Math.min(g.maxWords, to - x); n >= 2; n--) if (lookup(g, nameKey(x, x + n))?.type === 'location') return x;
    }
    const start = x;
    // "Sultan Hamengku Buwono X", "Paus Fransiskus": a title that is part of the name
    // opens the role and stays in the name.
    if (w.nameTitles.has(lower(x)) && x + 1 < to && !isTitleWord(x + 1)) {
      // (not across the comma of a role already given: "Perdana Menteri Bangladesh, | Sheikh Hasina")
      if (state.roleStart < 0) state.roleStart = tokens[x]!.start;
      if (tokens[x - 1]?.text !== ',') state.roleEnd = tokens[x]!.end;
      return x;
    }
    // "Wakil Ketua Komisi II": a Roman numeral numbers the title's unit.
    while (x < to) {
      // "Jaksa Agung": a title of two words or more is taken whole.
      const n = phraseAt(w.titles, lows, x - from);
      // A title that is part of the name opens the name: "Komisaris Besar | Raden Prabowo".
      if (x > start && w.nameTitles.has(lower(x)) && x + 1 < to && !isTitleWord(x + 1)) break;
      if (n > 1) x += n;
      // ... and so does a number: "Dandim 0618".
      else if (isTitleWord(x) || at(x) === '.' || (x > start && (isRomanNumeral(at(x)) || tokens[x]!.kind === 'number')) || (w.connectors.has(at(x)) && x + 1 < to && isTitleWord(x + 1))) x++;
      else break;
    }
    // A title word that is a given name too, after another title and before a name, opens
    // the name: "Menpora | Imam Nahrawi", "Kapolres AKBP | Imam Sugianto".
    if (x - start >= 2 && x < to && g.givenNames.has(lower(x - 1)) && phraseAt(w.titles, lows, x - 1 - from) === 1 && !w.complements.has(lower(x - 1)) && /^\p{Lu}\p{Ll}/u.test(at(x))) x--;
    // "Bank Indonesia | Governor": the organisation right before the title is the role's.
    const before = out[out.length - 1];
    if (state.roleStart < 0) state.roleStart = before?.last === start && before.type === 'organization' ? before.start : tokens[start]!.start;
    state.roleEnd = tokens[x - 1]!.end;
    return x;
  };
  k = titleChain(k);
  // "Ketua Umum | Pak | Hadi Utomo", "Menteri | Dr. | Siti": an honorific after the title.
  while (k > from && k < to - 1 && w.honorifics.has(lower(k))) k += at(k + 1) === '.' ? 2 : 1;
  if (k >= to) return undefined;

  let last: Piece | undefined;
  while (k < to) {
    // "Indonesia dan China": a connector between two finished names.
    if (w.connectors.has(at(k)) && k > from) k++;
    // A title after a name: "(Kabareskrim) Polri | Komjen | Susno Duadji".
    if (last && k < to) {
      k = titleChain(k);
      // "Komisaris Besar | Pak | Prabowo": an honorific after that title.
      while (state.roleStart >= 0 && k < to - 1 && w.honorifics.has(lower(k))) k += at(k + 1) === '.' ? 2 : 1;
      if (k >= to) return last;
    }
    // Ordinary words before an organisation: "Anggaran Kementerian Keuangan"; after a title
    // any words are part of the role: "Direktur Jenderal Anggaran | Kementerian Keuangan".
    // Without a title, ordinary words before a known organisation or an acronym that ends
    // the run: "Opsi | Golkar", "Jurubicara | MDC", "HUT 50 | Golkar".
    const skippable = (m: number) => (common.has(lower(m)) && !w.connectors.has(lower(m))) || w.nonEntityAcronyms.has(at(m)) || tokens[m]!.kind === 'number';
    for (let m = k; m + 1 < to && (skippable(m) || state.roleStart >= 0) && !isCue(m); m++) {
      const named = lookup(g, at(m + 1))?.type === 'organization' || entityAcronym(m + 1);
      // ... or a known organisation of several words that ends the run: "Personel | TNI AU".
      const restKnown = m + 2 < to && lookup(g, nameKey(m + 1, to))?.type === 'organization';
      const knownOrg = (named && (state.roleStart >= 0 || m + 2 === to)) || restKnown ? 1 : 0;
      const head = phraseAt(w.orgHeads, lows, m + 1 - from) || knownOrg;
      if (head && (to - (m + 1) > head || (knownOrg && state.roleStart < 0))) {
        if (state.roleStart >= 0) state.roleEnd = tokens[m]!.end;
        k = m + 1;
        break;
      }
    }
    const rest = to - k;
    // A longer place head wins over an organisation's: "Sekolah Dasar | Daimyo", not "Sekolah".
    const orgWords = phraseAt(w.orgHeads, lows, k - from);
    const orgHead = orgWords > phraseAt(w.placeHeads, lows, k - from) ? orgWords : 0;
    // A head that is a given name too, before one more name, is a person: "Tim Burton", not
    // "Tim Gabungan".
    const personal = orgHead === 1 && rest === 2 && g.givenNames.has(lower(k)) && (g.givenNames.has(lower(k + 1)) || g.surnames.has(lower(k + 1))) && !ordinaryWord(doc.lang, lower(k + 1)) && doc.lang.isRoot?.(lower(k + 1)) !== true;
    if (orgHead && !personal && (rest > orgHead || isAcronym(at(k)))) {
      // "Komisi III", "Komisi I": a numbered unit with no parent named is no name either;
      // nor a head and a letter: "Timnas U(-23)".
      if (rest === orgHead + 1 && (isRomanNumeral(at(to - 1)) || /^\p{Lu}$/u.test(at(to - 1)))) {
        if (state.roleStart >= 0) state.roleEnd = tokens[to - 1]!.end;
        return last;
      }
      // A unit and the organisation it belongs to: "Fakultas Kehutanan | Universitas Gadjah
      // Mada", "Badan Anggaran | DPR". A unit of one word ("DPP") or a number ("Komisi III")
      // is no name of its own. A body of its own keeps the name it is named after: "Yayasan
      // Alumni Universitas Diponegoro", "Koperasi Keluarga Besar Universitas Tamansiswa".
      const parent = w.ownBodyHeads.has(lower(k)) ? 0 : parentAt(k + orgHead);
      if (parent > 0) {
        let unitEnd = parent;
        while (unitEnd > k + 1 && (w.connectors.has(at(unitEnd - 1)) || w.strippedPrefixes.has(lower(unitEnd - 1)))) unitEnd--;
        if (unitEnd - k >= 2 && !isRomanNumeral(at(unitEnd - 1))) {
          last = piece('organization', k, unitEnd, 'org-unit');
          if (state.roleStart >= 0) state.roleEnd = last.end;
        }
        k = parent;
        continue;
      }
      // After a title the person may follow the organisation in the same run:
      // "Ketua Umum Partai Golkar Aburizal Bakrie".
      let split = state.roleStart >= 0 ? personAfterOrg(ctx, run, from, k, k + orgHead, to, organisationsBefore(out)) : to;
      // "(Kepala Bidang Humas) Polda Metro Jaya | Komisaris Besar (Raden) Prabowo Argo
      // Yuwono": a rank after the organisation goes on with the role. Without a title
      // before, one followed by a person's name: "Bank Indonesia | Governor Perry Warjiyo".
      for (let m = k + orgHead + 1; m < split; m++) {
        const n = phraseAt(w.titles, lows, m - from);
        // the rank's corps before the name: "Letkol Inf | Budi Santoso"
        // ... and a rank of several title words: "Ajun Komisaris | Ita Puspita Lena"
        let e = m + n;
        while (n > 0 && e < to - 1 && (w.complements.has(lower(e)) || phraseAt(w.titles, lows, e - from) > 0)) e++;
        const named = n > 0 && (g.givenNames.has(lower(e)) || personShaped(e, to));
        if (state.roleStart >= 0 ? n > 1 || (n > 0 && (e - m > 1 || g.givenNames.has(lower(e)))) : named) {
          split = m;
          // The title's complements before it go with it: "Senate | Minority Leader Mitch McConnell".
          while (split > k + orgHead && w.complements.has(lower(split - 1))) split--;
          break;
        }
      }
      // "(calon legislatif) DPR | dari | PPP": "from" before another organisation or a known
      // name ends this one.
      for (let m = k + orgHead; m < split - 1; m++) {
        if (!w.fromConnectors.has(at(m))) continue;
        if (entityAcronym(m + 1) || phraseAt(w.orgHeads, lows, m + 1 - from) || lookup(g, at(m + 1)) !== undefined || g.firstWords.has(lower(m + 1))) split = m;
        break;
      }
      last = piece('organization', k, split, 'org-head');
      if (state.roleStart >= 0) state.roleEnd = last.end;
      if (split === to) return last;
      k = split;
      continue;
    }
    // "U.S. | Federal Reserve": a place before a known organisation that ends the run (not
    // a name known whole: "U.S. Congress").
    const placeFirst = rest > 1 && (g.firstWords.has(lower(k)) || lookup(g, at(k))?.type === 'location');
    const knownWhole = placeFirst && lookup(g, nameKey(k, to)) !== undefined;
    for (let m = k + 1; placeFirst && m < to && m - k <= 4 && !knownWhole; m++) {
      const place = lookup(g, nameKey(k, m));
      const org = place?.type === 'location' ? lookup(g, nameKey(m, to)) : undefined;
      if (org?.type !== 'organization') continue;
      piece('location', k, m, 'gazetteer', place!.name);
      last = piece('organization', m, to, 'gazetteer', org.name);
      if (state.roleStart >= 0) state.roleEnd = last.end;
      return last;
    }
    // "Jakarta Convention Center": a venue's tail of two words, before an organisation's tail word.
    if (rest > 2 && phraseAt(w.venueTails, lows, to - 2 - from) === 2) return piece('location', k, to, 'place-tail');
    // (not after a unit's word: "Desa Pintu Air"; a place's head may open a company's name: "Hotel Indonesia Group")
    if (w.orgTails.has(lower(to - 1)) && rest > 1 && !w.placeUnits.has(lower(k))) return piece('organization', k, to, 'org-tail');
    // "Selangor FA", "Kuala Lumpur FA": one name word or a known place, and a club's form,
    // nothing more ("Presiden AFC", "L 2291 SV" are none).
    if (rest >= 2 && w.clubForms.has(at(to - 1)) && ((rest === 2 && /^\p{Lu}\p{Ll}+$/u.test(at(k))) || lookup(g, nameKey(k, to - 1))?.type === 'location')) return piece('organization', k, to, 'club-form');
    if (w.placeTails.has(lower(to - 1)) && rest > 1 && !lookup(g, at(k))) return piece('location', k, to, 'place-tail');
    const placeHead = phraseAt(w.placeHeads, lows, k - from);
    // "Sejak SMP | Mita telah ...", "Semasa SMP | Karni bersekolah": a school level after a word
    // of time is a time of one's life, and the name after it, before a word in lower case, the
    // person's (not a school: "sejak SMP Negeri 1 ...", "sejak SMA Jakarta ...").
    if (w.schoolLevels.has(at(k)) && w.lifeStageCues.has(tokens[k - 1]?.lower ?? '') && (!tokens[k - 1]!.upper || k - 1 === doc.sentences[tokens[k - 1]!.sentence]!.first) && rest >= 2 && rest <= 4 && tokens[to]?.kind === 'word' && !tokens[to]!.upper) {
      let name = true;
      for (let m = k + 1; m < to && name; m++) name = /^\p{Lu}\p{Ll}+$/u.test(at(m)) && !w.kindWords.has(lower(m)) && !w.placeUnits.has(lower(m)) && lookup(g, at(m)) === undefined;
      if (name) return piece('person', k + 1, to, 'life-stage');
    }
    if (placeHead && rest > placeHead) {
      // "Kepala Distrik Mulia | Yonas Kogoya", "Manager Telkomsel Region Jabotabek | Andi Setiawan":
      // after a title, the unit's name ends where a person's name starts: a known given name and
      // more of a name, a rank ("Distrik Timika | AKBP Agustinus Wijaya"), or a name after a known
      // place ("Prefektur Tokyo | Yuriko Koike"). Not without a title: "Desa Sumber Agung Rahayu".
      for (let m = k + placeHead + 1; m < to - 1 && state.roleStart >= 0 && w.placeUnits.has(lower(k)); m++) {
        // (a street's head ends the search, streets bear people's names: "Kota | Jalan Ki Gede Sebayu";
        // so does a second unit, a place of its own: "Distrik Mulia | Kabupaten Puncak Jaya ...")
        if (w.streetHeads.has(lower(m - 1)) || w.placeUnits.has(lower(m))) break;
        // (nor inside a district's or a village's name of two words: "Kecamatan Medan Sunggal", "Kuta Raja")
        if (g.localPlaces.has(`${lower(m - 1)} ${lower(m)}`) || g.localPlaces.has(`${lower(m)} ${lower(m + 1)}`)) continue;
        // (the name ends at the run's end or at a connector: "... Rudi Hartono | dan Camat ...")
        let end = m + 1;
        while (end < to && !w.connectors.has(at(end))) end++;
        const person = (g.givenNames.has(lower(m)) || lookup(g, nameKey(k + placeHead, m))?.type === 'location') && personShaped(m, end);
        if (!person && !titleAhead(m)) continue;
        // (the place goes on with the role: "Kepala Distrik Mulia")
        state.roleEnd = piece('location', k, m, 'place-head').end;
        return splitRun(ctx, m, to, false, state, out);
      }
      // "Desa Genukharjo | Kecamatan Wuryantoro", "Jalan Merdeka | Kota Bandung": after a
      // unit's or a street's name, a second administrative unit starts a second place (not
      // after a building's: "Pasar Sentral Kota Medan").
      const unitFirst = w.placeUnits.has(lower(k)) || w.lowerPlaceHeads.has(lower(k));
      for (let m = k + placeHead + 1; m < to - 1 && unitFirst; m++) {
        if (!w.placeUnits.has(lower(m))) continue;
        piece('location', k, m, 'place-head');
        return splitRun(ctx, m, to, false, state, out);
      }
      // "Kelurahan Mojopuro | Kec .", "kecamatan Motoling Barat | Desa kalait": a unit's word at
      // the end, written short or before a name in lower case, opens the next place (but
      // "Kecamatan Batam Kota dengan ...").
      const next = tokens[to];
      if (w.placeUnits.has(lower(to - 1)) && rest > placeHead + 1 && (!ordinaryWord(doc.lang, lower(to - 1)) || (next?.kind === 'word' && !next.upper && !ordinaryWord(doc.lang, next.lower)))) return piece('location', k, to - 1, 'place-head');
      // "Pulau D | dari | Presiden Republik Indonesia Joko Widodo": a connector before a title
      // or a head ends the place.
      for (let m = k + placeHead + 1; m < to - 1; m++) {
        if (!w.connectors.has(at(m)) || !(titleAhead(m + 1) || phraseAt(w.orgHeads, lows, m + 1 - from) || phraseAt(w.placeHeads, lows, m + 1 - from))) continue;
        piece('location', k, m, 'place-head');
        return splitRun(ctx, m + 1, to, false, state, out);
      }
      return piece('location', k, to, 'place-head');
    }

    // Longest gazetteer entry starting here.
    let match = 0;
    let entry;
    const longest = g.firstWords.has(lower(k)) ? Math.min(g.maxWords * 2, rest) : 1;
    for (let n = longest; n >= 1 && !match; n--) {
      const found = lookup(g, n === 1 ? at(k) : nameKey(k, k + n));
      if (found) {
        match = n;
        entry = found;
      }
    }
    // After a place's cue, two words of a place written apart: "di | Labuhan Batu".
    if (!match && rest >= 2 && placeContext(ctx, k)) {
      entry = lookupJoined(g, at(k), at(k + 1));
      if (entry) match = 2;
    }
    // A known person's name or short form is one only when nothing of a name follows it:
    // "JK" is Jusuf Kalla, "JK Rowling" is not.
    if (entry?.type === 'person' && k + match < to && !w.connectors.has(at(k + match))) {
      entry = undefined;
      match = 0;
    }
    if (entry) {
      let end = k + match;
      if (end < to && w.placeTails.has(lower(end)) && entry.type === 'location') end++;
      if (end === to || state.roleStart >= 0 || w.connectors.has(at(end))) {
        last = piece(entry.type, k, end, 'gazetteer', end === k + match ? entry.name : undefined);
        // "Presiden | Joko Widodo": a known person after a title holds the role.
        if (state.roleStart >= 0 && entry.type === 'person') {
          giveRole(last);
        } else if (state.roleStart >= 0) state.roleEnd = last.end;
        k = end;
        continue;
      }
    }
    // "(politisi) PDI-P | Effendi Simbolon", "BI | Budi Mulia": an organisation's acronym
    // and then a name of a person's shape, the way a speaker is introduced.
    // ... and a company's name written in camel case, after a title too: "(pendiri) InfraDigital |
    // Ian McKenna", "(Co-Founder) PicMix | Roberto Thamrin".
    if (((state.roleStart < 0 && entityAcronym(k) && personShaped(k + 1, to)) || (camelCase(at(k)) && (personShaped(k + 1, to) || (to - k >= 3 && to - k <= 4 && g.givenNames.has(lower(k + 1)))))) && (entry === undefined || entry.type === 'organization')) {
      last = piece('organization', k, k + 1, 'acronym-person', entry?.name);
      if (state.roleStart >= 0) state.roleEnd = last.end;
      return personPieces(k + 1);
    }
    // "Pertamina Patra Niaga": a known organisation's name goes on into a unit's name.
    // Not when a known name follows: "Afrika Bersatu | Perserikatan Bangsa-Bangsa".
    // Not when a person's given name follows: "PDI-P | Effendi Simbolon", nor a title:
    // "Bank Indonesia | Governor Perry Warjiyo".
    // Nor into a product's model, its code written onto digits: "Samsung | Galaxy S8".
    const model = tokens[to]?.kind === 'number' && tokens[to]!.start === tokens[to - 1]!.end;
    if (entry?.type === 'organization' && state.roleStart < 0 && k + match < to && !model && !lookup(g, at(k + match)) && !g.firstWords.has(lower(k + match)) && !g.givenNames.has(lower(k + match)) && !titleAhead(k + match)) {
      return piece('organization', k, to, 'gazetteer-org+');
    }
    // "(Pebalap) Repsol Honda", "(Pebalap) Movistar Yamaha": after a title, names (no
    // ordinary words) ending in a known organisation's one-word name are a team or a unit of
    // it, not a person (without a title they may be one: "Keisuke Honda").
    if (state.roleStart >= 0 && to - k >= 2 && lookup(g, at(to - 1))?.type === 'organization' && !isAcronym(at(to - 1)) && !g.givenNames.has(lower(k)) && namesOnly(k, to - 1)) {
      last = piece('organization', k, to, 'name-with-org');
      state.roleEnd = last.end;
      return last;
    }
    // "Khofifah Indar Parawansa | Golkar (bantah ...)", a headline's run: a person's name of
    // two words or more, then a known organisation's one-word name (not "Keisuke Honda").
    const tailOrg = state.roleStart < 0 && to - k >= 3 ? lookup(g, at(to - 1)) : undefined;
    if (tailOrg?.type === 'organization' && !g.surnames.has(lower(to - 1)) && g.givenNames.has(lower(k)) && personShaped(k, to - 1)) {
      piece('unknown', k, to - 1, 'capitalised');
      return piece('organization', to - 1, to, 'gazetteer', tailOrg.name);
    }
    // "ZTE Indonesia", "Masyarakat Telematika Indonesia": a name ending in a country; not a
    // person's name that starts with a given name ("Michael Jordan", "Ronaldo Lima").
    for (let m = to - 1; m > k && state.roleStart < 0 && !g.givenNames.has(lower(k)); m--) {
      if (w.connectors.has(at(m - 1))) break;
      const tail = lookup(g, nameKey(m, to));
      if (tail?.type !== 'location') continue;
      // "New South Wales", "Republik Irlandia", "Hanoi Vietnam": place words or a place
      // before the place make a place.
      // "CPO | India": an acronym that names nothing before the place is no name's.
      // ... nor ordinary words before a unit's name: "Angkutan | Kabupaten Sumbawa", "APBD | Kabupaten Wonogiri".
      const unit = m - 1 > k && w.placeUnits.has(lower(m - 1)) ? m - 1 : m;
      let nameless = true;
      for (let x = k; x < unit && nameless; x++) nameless = w.nonEntityAcronyms.has(at(x)) || (unit < m && ordinaryWord(doc.lang, lower(x)));
      if (nameless) return splitRun(ctx, unit, to, false, state, out);
      let placeWords = true;
      for (let x = k; x < m && placeWords; x++) placeWords = w.placeModifiers.has(lower(x)) || lookup(g, at(x))?.type === 'location';
      return placeWords ? piece('location', k, to, 'place-in-place') : piece('organization', k, to, 'name-with-place');
    }
    if (entry) {
      last = piece(entry.type, k, k + match, 'gazetteer', entry.name);
      k += match;
      continue;
    }
    // After a title, a company and then its officer: "(Presiden Direktur) Lianhe Digital
    // Indonesia | Wang Jianguo" — the company ends at a company word or a country.
    // (not across a connector and a second title: "AKBP Agustinus Wijaya | dan Gubernur Prefektur Tokyo ...")
    let company = to - 2;
    for (let x = k + 1; x < to - 1; x++) if (w.connectors.has(at(x)) && titleAhead(x + 1)) company = Math.min(company, x);
    for (let m = to - 3; m > k && state.roleStart >= 0; m--) {
      if (m >= company) continue;
      if (w.orgTails.has(lower(m)) || lookup(g, at(m))?.type === 'location') {
        const org = piece('organization', k, m + 1, 'title-org');
        state.roleEnd = org.end;
        k = m + 1;
        break;
      }
    }
    if (k >= to) return last;
    // "Tourism Authority of Thailand", "Bank of China": an organisation word inside the run
    // (not the last word of a known place: "John B. Fenn dari Amerika Serikat | dan ...").
    const placeEndsAt = (m: number) => {
      for (let x = Math.max(k, m - g.maxWords + 1); x < m; x++) if (lookup(g, nameKey(x, m + 1))?.type === 'location') return true;
      return false;
    };
    for (let m = k; m < to - 1 && state.roleStart < 0; m++) {
      if (m > k && (w.orgTails.has(lower(m)) || phraseAt(w.orgHeads, lows, m - from)) && w.connectors.has(at(m + 1)) && !placeEndsAt(m)) {
        return piece('organization', k, to, 'org-word');
      }
    }
    if (state.roleStart >= 0) {
      let next = articleOrganisation(k);
      if (next === k) next = roleOrganisation(k);
      if (next > k) {
        k = titleChain(next);
        continue;
      }
    }
    return personPieces(k);
  }
  return last;

  /**
   * After a title, the organisation or place the role belongs to when a second title or a
   * name follows it: "(Pemimpin) Garda Revolusi | Jendral Yahya Rahim", "(Ketua) BK |
   * Muhammad Prakosa". Returns the index after it, `x` when there is none.
   */
  function roleOrganisation(x: number): number {
    if (isAcronym(at(x)) && !w.nonEntityAcronyms.has(at(x)) && to - x >= 3) {
      state.roleEnd = piece('organization', x, x + 1, 'title-acronym').end;
      return x + 1;
    }
    if (g.givenNames.has(lower(x))) return x;
    for (let m = x + 1; m < to - 1 && !w.connectors.has(at(m)); m++) {
      const n = phraseAt(w.titles, lows, m - from);
      if (!n || m + n >= to) continue;
      const known = lookup(g, nameKey(x, m));
      state.roleEnd = piece(known?.type ?? 'organization', x, m, 'title-org', known?.name).end;
      return m;
    }
    return x;
  }

  /**
   * After a title, an organisation the article has named before, then a person: "(Kuasa
   * Hukum) Partai Idaman | Heriyanto", "(Kuasa Hukum) Parsindo | Karmal Maksudi". Returns
   * the index after it, `x` when there is none.
   */
  function articleOrganisation(x: number): number {
    const names = organisationsBefore(out);
    for (let m = to - 1; m > x; m--) {
      if (!names.has(nameKey(x, m).toLowerCase())) continue;
      state.roleEnd = piece('organization', x, m, 'title-org').end;
      return m;
    }
    return x;
  }

  /**
   * A name of an event, law or programme is none of our types, but the organisations and
   * places it names are: "Liga Champions UEFA", "Olimpiade London 2012", "Piala Dunia FIFA".
   */
  function namesInEvent(x: number): Piece | undefined {
    let made: Piece | undefined;
    while (x < to) {
      // The giver after "dari" and a head is a name of its own: "Penghargaan Adipura | dari |
      // Kementerian Lingkungan Hidup", "Piala Presiden | dari | Provinsi Jawa Barat".
      if (x > k && w.affiliationConnectors.has(lower(x)) && (phraseAt(w.orgHeads, lows, x + 1 - from) || phraseAt(w.placeHeads, lows, x + 1 - from))) {
        return splitRun(ctx, x + 1, to, false, state, out) ?? made;
      }
      let n = Math.min(g.maxWords, to - x);
      let entry;
      for (; n >= 1 && !entry; n--) entry = lookup(g, n === 1 ? at(x) : nameKey(x, x + n));
      if (entry) {
        made = piece(entry.type, x, x + n + 1, 'event-gazetteer', entry.name);
        x += n + 1;
      } else {
        if (entityAcronym(x)) made = piece('organization', x, x + 1, 'event-acronym');
        x++;
      }
    }
    return made;
  }

  /** Where a parent organisation's head starts after `x`, with a name after it; 0 when none. */
  function parentAt(x: number): number {
    for (let y = x; y < to; y++) {
      const n = phraseAt(w.orgParents, lows, y - from);
      // "Partai | NasDem" needs its name after it; an acronym is a whole name ("Komisi III | DPR").
      if (n && (to - y > n || (n === 1 && to - y === 1 && isAcronym(at(y))))) return y;
    }
    return 0;
  }

  /**
   * Words after a title that are all frequent words, heads or derived forms go on with the
   * role ("Pelatih | Terbaik Nasional", "Ketua | Umumnya", "Ketua | Pansel"); so do three
   * ordinary words or more ("Menteri Muda | Urusan Peningkatan Produksi Tanaman Keras"), and
   * two before a comma ("Direktur Sinar Pangan, | Agus Widodo"), but not two before a verb:
   * "Kepala Desa Surya Perkasa mengatakan".
   */
  function ordinary(a: number, b: number): boolean {
    for (let x = a; x < b; x++) {
      const head = phraseAt(w.orgHeads, lows, x - from) || phraseAt(w.placeHeads, lows, x - from) || phraseAt(w.otherHeads, lows, x - from);
      if (!(frequent.has(lower(x)) || ((b - a > 2 || (b - a === 2 && b === to && tokens[to]?.text === ',')) && common.has(lower(x))) || head || isTitleWord(x) || derived(lower(x)) || cliticForm(lower(x)))) return false;
    }
    return true;
  }

  /** Words [a, b) are all capitalised words that are no ordinary words or connectors. */
  function namesOnly(a: number, b: number): boolean {
    for (let x = a; x < b; x++) if (!/^\p{Lu}/u.test(at(x)) || common.has(lower(x)) || w.connectors.has(at(x))) return false;
    return true;
  }

  /** Two to four words of a personal name's shape ("Effendi Simbolon", "Bashar al-Assad"), none a cue. */
  function personShaped(a: number, b: number): boolean {
    if (b - a < 2 || b - a > 4) return false;
    for (let x = a; x < b; x++) if (!(personWord(ctx, at(x)) || w.particleName.test(at(x))) || isCue(x)) return false;
    return true;
  }

  /**
   * "Camat | Parigi", "Kepala Desa | Kampal": after a title, one word naming a district or a
   * village is the title's place, not a person.
   */
  function titlePlace(a: number, b: number): boolean {
    return b - a === 1 && g.localPlaces.has(lower(a));
  }

  /** The rest of the run as names, split at connectors no personal name holds ("dan"). */
  function personPieces(start: number): Piece | undefined {
    const type: PieceType = state.roleStart >= 0 ? 'person' : 'unknown';
    // "Ketua | Komisi Pemberantasan Korupsi", "Ketua | Dewan Pers | Yosep Adi Prasetyo": a head
    // the title took, before ordinary words, opens an organisation's name; a person's may follow.
    if (type === 'person' && start > from && phraseAt(w.orgHeads, lows, start - 1 - from) === 1) {
      let x = start;
      while (x < to && (w.connectors.has(at(x)) || common.has(lower(x)) || derived(lower(x)))) x++;
      let orgEnd = x;
      while (orgEnd > start && w.connectors.has(at(orgEnd - 1))) orgEnd--;
      if (orgEnd > start) {
        const org = piece('organization', start - 1, orgEnd, 'org-head');
        state.roleEnd = org.end;
        if (x >= to) return org;
        start = x;
      }
    }
    // "Gubernur | DKI | Anies Baswedan", "Gubernur | DKI": a plain acronym after the title goes
    // on with the role (not initials of two letters: "TB Hasanuddin").
    while (state.roleStart >= 0 && start < to && at(start).length > 2 && isAcronym(at(start)) && w.nonEntityAcronyms.has(at(start))) state.roleEnd = tokens[start++]!.end;
    if (start >= to) return undefined;
    let a = start;
    let made: Piece | undefined;
    for (let b = start; b <= to; b++) {
      // "KTP dari | Badan Pengkajian dan Penerapan Teknologi": a part after a connector that
      // opens with an organisation's or a place's head is a run of its own, read whole.
      if (b === a && a > start && (phraseAt(w.orgHeads, lows, a - from) || phraseAt(w.placeHeads, lows, a - from))) return splitRun(ctx, a, to, false, state, out);
      if (b < to && !(w.connectors.has(at(b)) && !w.personConnectors.has(at(b)))) continue;
      // "Gubernur Ahmad Heryawan dan Wakil Gubernur Yusuf Effendi": a second title after
      // "dan" starts a second person with a role of its own.
      if (b < to - 1 && type === 'person' && b > a && phraseAt(w.titles, lows, b + 1 - from)) {
        const first = titlePlace(a, b) ? piece('location', a, b, 'title-place') : piece(type, a, b, 'title-name');
        if (first.type === 'person') giveRole(first);
        state.roleStart = -1;
        return splitRun(ctx, b + 1, to, false, state, out);
      }
      // "(Bidang Edukasi dan) Perlindungan Konsumen | Sri Rahayu Widodo": title words left
      // at the start of a person's name belong to the role.
      // (not one that is a given name too and opens it: "Imam Nahrawi")
      while (type === 'person' && b - a > 1 && isTitleWord(a) && !w.nameTitles.has(lower(a)) && !(a > from && g.givenNames.has(lower(a)))) state.roleEnd = tokens[a++]!.end;
      // "(Deputi Bidang Ketersediaan dan) Stabilisasi Pangan BPN | Irwan Setiabudi": ordinary
      // words, acronyms and known names before a known given name that opens a name of two
      // words or more belong to the role; any other word may be a name's ("Pers Yosep | Adi
      // Prasetyo", "Soesilo Bambang ...", "I Made ...", "Sheikh Hassan ..." stay whole).
      // Without a known given name, the last two words of a name's shape after ordinary
      // words: "(Direktur) Produk Pegadaian | Harianto Widodo".
      // The first of them a word of the dictionary, not a name a word list holds ("Didi").
      const dictionary = () => doc.lang.isRoot?.(lower(a)) || doc.lang.affixedRoot?.(lower(a)) !== undefined;
      const lastTwo = type === 'person' && b - a > 2 && !g.givenNames.has(lower(a)) && personWord(ctx, at(b - 2)) && personWord(ctx, at(b - 1)) && !isCue(b - 2) && !isCue(b - 1) && dictionary() ? b - 2 : -1;
      for (let x = a + 1; type === 'person' && x < b - 1; x++) {
        if (!g.givenNames.has(lower(x)) && x !== lastTwo) continue;
        let nameless = !phraseAt(w.nameLeads, lows, a - from);
        let wordy = false;
        for (let y = a; y < x && nameless; y++) {
          const word = ordinaryWord(doc.lang, lower(y));
          nameless = !g.givenNames.has(lower(y)) && !g.surnames.has(lower(y)) && !w.nameTitles.has(lower(y)) && !w.honorifics.has(lower(y)) &&
            (word || entityAcronym(y) || lookup(g, at(y)) !== undefined);
          wordy ||= word;
        }
        if (nameless && wordy) {
          state.roleEnd = tokens[x - 1]!.end;
          a = x;
        }
        break;
      }
      // "Burhani Arwin | Sekretaris desa": a title that goes on in lower case after two
      // words of a name ends the name ("Tatang Farhanul Hakim" keeps its last name).
      let end = b;
      const lowerNext = tokens[b]?.kind === 'word' && !tokens[b]!.upper;
      while (lowerNext && b === to && end - a > 2 && phraseAt(w.titles, lows, end - 1 - from) === 1) end--;
      const known = end > a && a > start ? lookup(ctx.gazetteer, nameKey(a, end)) : undefined;
      if (known) made = piece(known.type, a, end, 'gazetteer', known.name);
      else if (end > a && type === 'person' && ordinary(a, end)) state.roleEnd = tokens[end - 1]!.end;
      else if (type === 'person' && titlePlace(a, end)) made = piece('location', a, end, 'title-place');
      // "Jurubicara | MDC": an acronym alone after a title is the role's organisation.
      else if (state.roleStart >= 0 && end - a === 1 && entityAcronym(a)) {
        made = piece('organization', a, end, 'title-acronym');
        state.roleEnd = made.end;
      }
      else if (end > a) {
        made = piece(type, a, end, state.roleStart >= 0 ? 'title-name' : 'capitalised');
        // "Menteri Keuangan Sri Mulyani | dan Basuki Hadimuljono": the title is the first name's.
        if (b < to && state.roleStart >= 0) {
          giveRole(made);
        }
      }
      a = b + 1;
    }
    return made;
  }
}

/**
 * Lower-case names and aliases of the organisations found so far in the article; kept per
 * output list and brought up to date from where it was left, so the pass stays linear (a
 * piece taken back from the list leaves its name behind, which only helps a later split).
 */
const orgNames = new WeakMap<readonly Piece[], { seen: number; names: Set<string> }>();
function organisationsBefore(out: readonly Piece[]): Set<string> {
  let entry = orgNames.get(out);
  if (!entry) orgNames.set(out, (entry = { seen: 0, names: new Set() }));
  entry.seen = Math.min(entry.seen, out.length);
  for (; entry.seen < out.length; entry.seen++) {
    const p = out[entry.seen]!;
    if (p.type !== 'organization') continue;
    entry.names.add(p.text.toLowerCase());
    if (p.alias) entry.names.add(p.alias.text.toLowerCase());
  }
  return entry.names;
}

/**
 * Where a person's name starts inside an organisation run that follows a title: at a given
 * name, else after the longest known organisation ("Partai Golkar"), one the article named
 * before, or a country ending a company's name. `to` when none.
 */
function personAfterOrg(ctx: CandidateContext, run: string[], from: number, orgStart: number, minEnd: number, to: number, named: Set<string>): number {
  // A given name after at least one word of the organisation, followed by a surname:
  // "PT Pertamina Patra Niaga Rudi Hartawan".
  for (let s = minEnd + 1; s < to - 1; s++) {
    const word = run[s - from]!;
    if (!/^\p{Lu}/u.test(word) || !ctx.gazetteer.givenNames.has(word.toLowerCase())) continue;
    // "Partai Demokrat | Susilo Bambang Yudhoyono": the name starts a word earlier when the
    // words before it are a known organisation.
    if (s - 1 > minEnd && lookup(ctx.gazetteer, run.slice(orgStart - from, s - 1 - from).join(' '))?.type === 'organization') return s - 1;
    return s;
  }
  for (let end = to - 1; end >= minEnd; end--) {
    // ... or one the article has named before: "(Kuasa Hukum) Partai Idaman | Heriyanto".
    const name = run.slice(orgStart - from, end - from).join(' ');
    if (lookup(ctx.gazetteer, name)?.type === 'organization' || named.has(name.toLowerCase())) return end;
    // "PT Lianhe Digital Indonesia Wang Jianguo": a company name ends at its country;
    // "(Ketua) DPP PKS Nasir Djamil": a unit's name ends at its party's acronym.
    const last = run[end - 1 - from]!;
    if (to - end >= 2 && ((end - 1 > minEnd && lookup(ctx.gazetteer, last)?.type === 'location') || (end - 1 >= minEnd && isAcronym(last)))) return end;
  }
  // Two last words of a personal name's shape: "(Kepala Bidang) Dinas Pertanian dan
  // Peternakan | Diah Ningrum".
  if (to - 2 > minEnd && personWord(ctx, run[to - 2 - from]!) && personWord(ctx, run[to - 1 - from]!) && !ctx.words.connectors.has(run[to - 3 - from]!)) return to - 2;
  return to;
}
