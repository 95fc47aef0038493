/**
 * Gazetteers, loaded once per process and looked up in O(1) by lower-cased name:
 * countries in every language we speak (i18n-iso-countries), Indonesian provinces, cities
 * and regencies (generated from idn-area-data, see scripts/build-gazetteers.ts), world
 * cities, regions and organisations from compromise's lexicon, news agencies, and each
 * language's own place names ("Tiongkok" -> "China").
 */
import countries from 'i18n-iso-countries';
import { LANGS, LANG_CODES, type LangCode } from '../../lang/index.js';
import { areas } from '../../gazetteers/id-areas.js';
import { villages } from '../../gazetteers/id-villages.js';
import { CLUBS } from '../../gazetteers/clubs.js';
import { ORGANIZATIONS } from '../../gazetteers/organizations.js';
import { NAME_SYLLABLES, PEOPLE } from '../../gazetteers/people.js';
import { compromiseLexicon } from '../../util/compromise.js';
import { AGENCIES } from '../metadata/agencies.js';



export type GazetteerType = 'location' | 'organization' | 'person';

export interface GazetteerEntry {
  type: GazetteerType;
  /** Canonical name: "China" for "Tiongkok". */
  name: string;
  /** Short all-caps names ("AS", "RI") match only as written, never "As". */
  exact?: string;
}

export interface Gazetteer {
  entries: Map<string, GazetteerEntry>;
  /** Longest entry in words. */
  maxWords: number;
  /** First words (lower case) of entries longer than one word: where a longer look-up can start. */
  firstWords: Set<string>;
  /** Given names (lower case) from compromise and the language folders. */
  givenNames: Set<string>;
  /**
   * Indonesian districts (kecamatan) and villages (desa, kelurahan), lower case, minus
   * ordinary words ("Barat") and given names ("Slamet"): evidence for a place when nothing
   * else types a name, never a candidate by itself.
   */
  localPlaces: Set<string>;
  /** First names of long lists that hold words too (see Lang.listedFirstNames). */
  listedFirstNames: Set<string>;
  /** Names in the gazetteer that a language's word list holds too, lower case: "turkey", "bone", "metro". */
  placeWords: Set<string>;
  /** Surnames (lower case) from compromise. */
  surnames: Set<string>;
  /** Ordinary words per language, minus names (see Lang.commonWords). */
  commonWords: Map<LangCode, Set<string>>;
  /** The most frequent of them (see Lang.frequentWords). */
  frequentWords: Map<LangCode, Set<string>>;
  /** Milliseconds spent building it. */
  loadMs: number;
}

let cached: Gazetteer | undefined;

/** The entry for a name as written, honouring all-caps entries' case. */
export function lookup(g: Gazetteer, surface: string): GazetteerEntry | undefined {
  const entry = g.entries.get(surface.toLowerCase());
  return entry && (!entry.exact || entry.exact === surface) ? entry : undefined;
}

/**
 * A place written in two words that its official name writes as one: "Labuhan Batu",
 * "Pangkal Pinang" (Labuhanbatu, Pangkalpinang). For a place's context only: two such words
 * may be a person's name too ("Jaya Wijaya").
 */
export function lookupJoined(g: Gazetteer, first: string, second: string): GazetteerEntry | undefined {
  const joined = g.entries.get((first + second).toLowerCase());
  return joined?.type === 'location' && !joined.exact ? joined : undefined;
}

/** A word some language's word lists or dictionary of roots hold. */
export function wordOfAnyLanguage(g: Gazetteer, lower: string): boolean {
  for (const code of LANG_CODES) if (g.commonWords.get(code)!.has(lower) || LANGS[code].isRoot?.(lower) === true) return true;
  return false;
}

export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const started = performance.now();
  const entries = new Map<string, GazetteerEntry>();
  const add = (name: string, type: GazetteerType, canonical = name) => {
    const key = name.toLowerCase().replace(/\s+/g, ' ').trim();
    if (!key || entries.has(key)) return;
    const exact = name.length <= 4 && name === name.toUpperCase() ? name : undefined;
    entries.set(key, exact ? { type, name: canonical, exact } : { type, name: canonical });
  };
  const givenNames = new Set<string>();
  const surnames = new Set<string>();

  // Each language's own names come first so they set the canonical form.
  for (const code of LANG_CODES) {
    for (const [name, canonical] of Object.entries(LANGS[code].entities.placeNames)) add(name, 'location', canonical);
    for (const name of LANGS[code].entities.givenNames) givenNames.add(name.toLowerCase());
    for (const name of LANGS[code].moreGivenNames()) givenNames.add(name.toLowerCase());
  }
  for (const name of NAME_SYLLABLES) givenNames.add(name);
  const english = countries.getNames('en', { select: 'all' });
  for (const [code, names] of Object.entries(english)) {
    const canonical = countries.getName(code, 'en', { select: 'alias' }) ?? names[0]!;
    for (const name of names) add(name, 'location', canonical);
    for (const lang of LANG_CODES) for (const name of countries.getNames(lang, { select: 'all' })[code] ?? []) add(name, 'location', canonical);
  }
  for (const province of areas.provinces) {
    add(province, 'location');
    const short = province.replace(/^(DKI|DI) /, '');
    if (short !== province) add(short, 'location', short);
    // Written out: "Daerah Istimewa Yogyakarta", "Daerah Khusus Ibukota Jakarta".
    const long = province.replace(/^DKI /, 'Daerah Khusus Ibukota ').replace(/^DI /, 'Daerah Istimewa ');
    if (long !== province) add(long, 'location', province);
  }
  for (const city of [...areas.cities, ...areas.regencies]) add(city, 'location');
  for (const agency of AGENCIES) add(agency, 'organization');
  for (const [canonical, ...aliases] of [...ORGANIZATIONS, ...CLUBS]) for (const name of [canonical!, ...aliases]) add(name, 'organization', canonical);
  for (const [canonical, ...aliases] of PEOPLE) for (const name of [canonical!, ...aliases]) add(name, 'person', canonical);

  const lexicon = compromiseLexicon();
  for (const [word, tags] of Object.entries(lexicon)) {
    for (const tag of Array.isArray(tags) ? tags : [tags]) {
      if (tag === 'Country' || tag === 'City' || tag === 'Region') add(word, 'location', titleCase(word));
      else if ((tag === 'Organization' || tag === 'SportsTeam') && word.length > 4) add(word, 'organization', titleCase(word));
      else if (tag === 'MaleName' || tag === 'FemaleName' || tag === 'FirstName') givenNames.add(word);
      else if (tag === 'LastName') surnames.add(word);
    }
  }
  const commonWords = new Map<LangCode, Set<string>>();
  const frequentWords = new Map<LangCode, Set<string>>();
  const placeWords = new Set<string>();
  for (const code of LANG_CODES) {
    const words = new Set<string>();
    const frequent = new Set<string>();
    const limit = LANGS[code].frequentWords ?? Infinity;
    let rank = 0;
    for (const w of LANGS[code].commonWords()) {
      if (entries.has(w)) placeWords.add(w);
      if (givenNames.has(w) || surnames.has(w) || entries.has(w)) continue;
      words.add(w);
      if (rank++ < limit) frequent.add(w);
    }
    commonWords.set(code, words);
    frequentWords.set(code, frequent);
  }
  let maxWords = 1;
  const firstWords = new Set<string>();
  for (const key of entries.keys()) {
    const words = key.split(/[\s.]+/).filter(Boolean);
    maxWords = Math.max(maxWords, key.split(' ').length, words.length);
    if (words.length > 1) firstWords.add(words[0]!);
  }
  const localPlaces = new Set<string>();
  const ordinary = [...commonWords.values()];
  const addLocal = (key: string) => {
    if (!ordinary.some((words) => words.has(key)) && !givenNames.has(key)) localPlaces.add(key);
  };
  for (const d of areas.districts) addLocal(d.toLowerCase());
  for (const v of villages.split('\n')) addLocal(v);
  const listedFirstNames = new Set<string>();
  for (const code of LANG_CODES) for (const name of LANGS[code].listedFirstNames?.() ?? []) listedFirstNames.add(name.toLowerCase());
  cached = { entries, maxWords, firstWords, givenNames, listedFirstNames, surnames, localPlaces, placeWords, commonWords, frequentWords, loadMs: performance.now() - started };
  return cached;
}

function titleCase(text: string): string {
  return text.replace(/(^|[\s\-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
