/**
 * Everything an extractor needs to know about a language. A language is one folder of
 * data (src/lang/<code>/) exporting one `Lang`; extractors never name a language.
 */
export type LangCode = 'en' | 'id';

export type Qualifier = 'approximately' | 'at least' | 'more than' | 'less than' | 'at most' | 'up to';

export interface MoneyWords {
  /** Decimal mark preferred when a number is ambiguous ("1,500": en 1500, id 1.5). */
  decimalMark: ',' | '.';
  /** Scale words and abbreviations -> power of ten ("miliar" -> 9). Lower case. */
  scales: Record<string, number>;
  /** Case-sensitive scale abbreviations that are only scales right after a number ("M", "T"). */
  scaleAbbreviations: Record<string, number>;
  /** Number words -> value ("dua" -> "2", "setengah" -> "0.5"). Lower case. */
  numberWords: Record<string, string>;
  /** Currency words and phrases after or before a number -> ISO 4217 ("dolar AS" -> USD). Lower case. */
  currencyWords: Record<string, string>;
  /** Words before an amount that qualify it. Lower case, may be phrases. */
  qualifiers: Record<string, Qualifier>;
  /** Words joining the two ends of a range ("hingga", "to"). */
  rangeWords: string[];
  /** "antara X dan Y", "between X and Y": opening word and joining word. */
  betweenWords: [string, string][];
  /** Words introducing the unit of a rate ("per"). */
  perWords: string[];
  /** Phrases that link an amount to its stated equivalent ("atau setara", "or about"). */
  equivalenceCues: string[];
  /** Nouns that, right after a number + scale, show it is a count, not money ("orang", "people"). */
  countNouns: string[];
  /**
   * Verbs of change. Right before "from"/"dari" ("rose from $5 to $7", "naik dari ... hingga
   * ...") they make the two amounts a before and an after, not a range; right before "hingga"
   * ("anjlok hingga Rp 12.000") they make it "to", not "up to". Lower case.
   */
  changeCues: string[];
  /**
   * Words right after the unit of a would-be rate that show it is a time phrase instead:
   * "$5 billion a week ago" is no rate "per week". Lower case.
   */
  perStops: string[];
  /**
   * Words right before a bare four-digit number that make it a year, not an amount:
   * "sepanjang 2018 rupiah melemah", "in 2020 dollar debt grew". Lower case.
   */
  yearCues: string[];
  /**
   * Minor-unit words after a number -> [ISO 4217 code, decimal places]: "94 cents" is
   * USD 0.94. Lower case.
   */
  minorUnits: Record<string, [string, number]>;
}

export interface QuoteWords {
  /**
   * Speech verbs that attribute a quotation next to them, with the speaker before or after:
   * `"…," kata Budi`, `"…," Smith said`, `said Smith`, `Budi berkata: "…"`. Lower case; may be
   * phrases ("pointed out").
   */
  cueVerbs: string[];
  /** Cue verbs that may come before their speaker: `"…," kata Budi`, `"…," said Smith` (not "denied X"). */
  invertedCues: string[];
  /** Cue words that carry their own pronoun speaker: "ujarnya", "katanya". */
  pronounCues: string[];
  /** Personal pronouns that can be a speaker: "dia", "he". */
  pronouns: string[];
  /** Pronouns that stand for an organisation speaker: "it". */
  impersonalPronouns: string[];
  /** Verbs of reported speech after a subject: "mengatakan", "said". */
  reportingVerbs: string[];
  /** Reporting verbs whose listener comes before the content: "told (Reuters) the group ...". */
  listenerVerbs: string[];
  /** Listeners after a listener verb, besides capitalised names: "reporters", "a news conference". */
  listeners: string[];
  /** Complementisers that may follow a reporting verb: "bahwa", "that". */
  complementizers: string[];
  /** "Menurut X, ..." / "According to X, ...". */
  accordingTo: string[];
  /** "Menurutnya, ...": according-to forms with a pronoun built in. */
  accordingToPronoun: string[];
  /**
   * Words that end a speaker phrase or start the words after it: prepositions, relative
   * pronouns, conjunctions ("di", "saat", "yang", "at", "during", "who").
   */
  speakerStops: string[];
  /** Negations right before a speech verb: no speech reported ("tidak menyebutkan", "did not say"). */
  negations: string[];
  /** Auxiliaries that make the verb after them passive ("is expected"): no speech there. */
  passiveMarkers: string[];
  /** Relative pronouns: a speech verb right after one is not the main verb ("yang mengatakan", "who said"). */
  relativePronouns: string[];
  /** Adverbs and auxiliaries between a speaker and the speech verb ("juga", "also", "has"). */
  adverbs: string[];
  /** Determiners before a noun that make it a reference to a known speaker: "the minister", "sang menteri". */
  roleDeterminers: string[];
  /** Determiners after a noun with the same job: "menteri itu", "pejabat tersebut". */
  roleDeterminersAfter: string[];
  /** Time words between a reporting verb and its content: "said Tuesday it ...", "on", "last week". */
  timeWords: string[];
  /** Words right before quoted text that make it a name or title, not speech: "so-called", "film", "bertajuk". */
  titleCues: string[];
}

export interface EntityWords {
  /** Lower-case words allowed inside a capitalised name: "dan", "bin", "of". */
  connectors: string[];
  /** Connectors that join two names rather than sit inside one ("dan", "and"). */
  coordinators: string[];
  /** The connectors a person's name may hold ("bin", "van"); a person run splits at the others ("dan"). */
  personConnectors: string[];
  /** Particles written with a hyphen before the capitalised part of a name: "al-Assad", "el-Sisi". */
  nameParticles: string[];
  /** Titles and role words that precede a person's name ("Menteri", "President"). */
  titles: string[];
  /** Titles that are part of a person's name: "Sultan Hamengku Buwono X", "Paus Fransiskus". */
  nameTitles: string[];
  /**
   * Words that open a person's name and are no name alone, with the name word that must
   * follow: Balinese "I Wayan", "Ni Luh" (a bare "I" is a Roman numeral: "Komisi I").
   */
  nameLeads: string[];
  /** Words that complete a title ("Keuangan" in "Menteri Keuangan", "Finance" in "Finance Minister"). */
  titleComplements: string[];
  /** Honorifics ("Bapak", "Mr"): dropped from names. */
  honorifics: string[];
  /** Heads of a ministry whose portfolio may follow in lower case: "Kementerian luar negeri". */
  ministryHeads: string[];
  /** Words that start an organisation name ("Kementerian", "Bank", "PT"). */
  orgHeads: string[];
  /** Words that end an organisation name ("Tbk", "Inc", "University"). */
  orgTails: string[];
  /** Legal forms a company's name may be written with or without ("PT", "Tbk", "Persero", "Inc"). */
  companyForms: string[];
  /** Heads written short -> in full, to merge the two spellings of one name ("Pemprov" -> "Pemerintah Provinsi"). */
  shortHeads: Record<string, string>;
  /** Words that start a place name ("Kota", "Provinsi", "Jalan"). */
  placeHeads: string[];
  /**
   * Heads of a unit ("Kota", "Desa", "Pulau"): they belong to the place's name also when
   * written in lower case ("desa Ngunggahan"), and "Kota Bandung" is the place an article
   * also calls "Bandung" unless it names another "... Bandung".
   */
  lowerPlaceHeads: string[];
  /** Words before a place's name that keep it a place, where a name ending in a place is otherwise an organisation ("New", "Republik"). */
  placeModifiers: string[];
  /** Lower-case words right before a name that make it a place ("di Kairo", "kota Zahedan", "in Basra"). */
  placePrepositions: string[];
  /** Lower-case words right before a name that make it an organisation ("maskapai Citilink", "the firm X"). */
  orgCuesBefore: string[];
  /** Lower-case words right before a name that make it none of our types: a language, a species, a work ("bahasa Nepali", "film X"). */
  otherCuesBefore: string[];
  /**
   * Small words inside a title of a work in a foreign language, lower case ("to", "the", "no"):
   * after one of the cues above, the title goes on over them ("lagu Chained to the Rhythm").
   */
  titleSmallWords: string[];
  /**
   * Lower-case words before a person's initials ("tersangka berinisial MA"): the letters
   * after them are a person, whatever a list of names says of them (MA, the Supreme Court).
   */
  initialsCues: string[];
  /**
   * Connectors that say where someone or something comes from ("dari"): before another
   * organisation or a place they end an organisation's name ("DPR | dari | PPP").
   */
  fromConnectors: string[];
  /** Units of distance before a fromConnector ("15 km dari X") and words toward a second place ("dari X ke Y"): X is a place. */
  distanceWords: string[];
  /** Words before a post that say one held it ("mantan", "pensiunan"). */
  formerWords: string[];
  towardWords: string[];
  /**
   * Words of sport ("gol", "laga", "klub"): an article with three or more of them is about
   * sport, where a city's name a club goes by is the club ("Liverpool menang").
   */
  sportsWords: string[];
  /** Connectors between a person's name and where the person belongs ("Budi Santoso of the Golkar Party"). */
  affiliationConnectors: string[];
  /** Those of otherCuesBefore that are things a person owns: before a person's full name they are that person's ("mobil Setya Novanto"). */
  possessionCues: string[];
  /** Generation suffixes written after a name and a comma ("Benigno Aquino, Jr"). */
  nameSuffixes: string[];
  /**
   * Words that give a name, after a group's noun a few words before: "grup musik baru bernama
   * Peterpan", "band projekan dengan nama Hateplow".
   */
  namingWords: string[];
  /**
   * A foreign article, capitalised, that names written in another language keep before
   * them: "The Pink Floyd Sound", "The Dance Company" in Indonesian text (English drops its own).
   */
  nameArticles: string[];
  /**
   * Words before a character's name in quotation marks, and words after the closing mark
   * that lead to the work ("sebagai \" Kouji Kabuto \" dalam \" Mazinger Z \"", "as "Sara" in"):
   * a character is a person.
   */
  characterCues: string[];
  characterLinks: string[];
  /** Words of a cast, one of which stands before a character's cue ("berperan", "peran", "role"). */
  castWords: string[];
  /**
   * Words that open a list after its class noun ("tujuh dusun yaitu A, B dan C", "clubs such
   * as A and B"): the noun types the names listed.
   */
  listIntroducers: string[];
  /** Writers of the language leave places in lower case often enough to look for them ("di makassar"). */
  lowerCasePlaces: boolean;
  /** Words of a kind after a head ("SMA Negeri", "Sekolah Swasta"): with only ordinary words they name no one place. */
  kindWords: string[];
  /** Two-word tails of a venue's name, which end in an organisation's tail word ("Convention Center"). */
  venueTails: string[];
  /** Heads of a body's units ("Fakultas", "Jurusan"): with only ordinary words after them they name the unit of no one body. */
  unitHeads: string[];
  /** Place heads that also name a climax ("Puncak"): before a derived noun ("Puncak Peringatan ...") they name an event. */
  climaxHeads: string[];
  /** Clitics that make a possessive ("ibunya"): a word with one is no word of a name. */
  possessiveClitics: string[];
  /** Nouns of a group's members: one name after them is the group ("personel Gigi"), names listed after them are people. */
  memberNouns: string[];
  /** Nouns of people of a kind ("pengusaha", "warga"): names listed after them are people. */
  personNouns: string[];
  /** Words in a bracket right after a name that make it a person: a band member's part ("Rizki Abdurahman (vokal)"). */
  bracketPersonCues: string[];
  /** Heads of streets' names, which bear people's names: "Jalan Ki Gede Sebayu". */
  streetHeads: string[];
  /** A football club's form after a one-word name (case as written): "Selangor FA", "Hannover SC". */
  clubForms: string[];
  /** Words between a name and a band member's part, out of brackets: "Ayik pada gitar". */
  partLinks: string[];
  /** Words that give a work's title ("bertajuk", "titled"): the name is the work's at every mention. */
  workTitleCues: string[];
  /** Lower-case words or phrases between two names of one person ("Andi Agustinus alias Andi Narogong", "Tontowi Ahmad yang akrab disapa Owi"). */
  aliasWords: string[];
  /** Lower-case words right before a name that make it a person ("pasangan X", "karya X"). */
  personCuesBefore: string[];
  /** Lower-case words right after a name that make it a person ("X lahir", "X died"), besides speech verbs. */
  personCuesAfter: string[];
  /**
   * Words that follow a sentence's subject besides function words and verbs: modal words
   * and adverbs ("ingin", "sendiri"). A sentence's first word that is no ordinary word
   * before one of them is a person's name ("Jero ingin ...", "Habibie sendiri ...").
   */
  subjectFollowers: string[];
  /** School levels said of a time of one's life after a word of time: "sejak | SMP | Mita telah ...". */
  schoolLevels: string[];
  /** Words of time before a stage of life: "sejak", "semasa", "menginjak". */
  lifeStageCues: string[];
  /** Compound nouns ending in a lower-case place head that are no head: "ibu kota" (capital city). */
  lowerHeadCompounds: string[];
  /** Directions written in lower case after a place that belong to it: "Israel utara", "Afrika barat". */
  lowerPlaceTails: string[];
  /**
   * Administrative units among the place heads ("Kecamatan", "Desa"): one inside a place's
   * name after a name word starts a second place ("Desa Genukharjo | Kecamatan Wuryantoro").
   */
  placeUnits: string[];
  /** Words joined by a hyphen after a place in one word that keep it a place mention: "Perth-based". */
  placeCompounds: string[];
  /** Words that end a place name ("Pusat", "Utara", "City"). */
  placeTails: string[];
  /** Capitalised words that name no entity: common sentence starters, labels, groups. */
  nonNames: string[];
  /** Days, months and time zones: never part of a name, they end a capitalised run. */
  calendarWords: string[];
  /** Heads of names that are not of our three types ("Gerakan", "Program", "Undang-Undang"). */
  otherHeads: string[];
  /** Last words of names that are not of our three types: awards, fairs ("Ramon Magsaysay Award"). */
  otherTails: string[];
  /** Words in front of an organisation that are not part of it ("Kantor" in "Kantor Kementerian X"). */
  strippedPrefixes: string[];
  /**
   * Heads of an organisation that a unit's name goes on into: "Fakultas Kehutanan |
   * Universitas Gadjah Mada", "Dewan Pembina | Partai Demokrat". The run is cut there.
   */
  orgParents: string[];
  /**
   * Heads of a body of its own named after the organisation it serves, whose name keeps
   * that organisation's: "Yayasan Alumni Universitas Diponegoro", "Koperasi Karyawan Bank
   * Mandiri" (no unit cut at orgParents).
   */
  ownBodyHeads: string[];
  /**
   * A definition types the name before it: "Ngunggahan adalah desa ...", "X is a city".
   * `copulas` ("adalah", "is"), then optional `articles` ("sebuah", "a"), then a noun from
   * placePrepositions, orgCuesBefore or titles; a `personArticles` word ("seorang") alone
   * says person.
   */
  copulas: string[];
  articles: string[];
  personArticles: string[];
  /** Function words that end a name even when capitalised: "Jelambar | Dengan nama ...". */
  nameBreakers: string[];
  /** Common given names in this language: evidence for a person. */
  givenNames: string[];
  /** Acronyms that name no entity ("AI", "PDB", "GDP"). */
  nonEntityAcronyms: string[];
  /** Starts of one-word short names of organisations ("Kemen" of "Kemenperin", "Kemenhub"). */
  orgPrefixes: string[];
  /** Place names in this language -> canonical English name ("Tiongkok" -> "China"). */
  placeNames: Record<string, string>;
}

export interface MetadataWords {
  /** Labels before the source URL ("Sumber:"). */
  sourceLabels: string[];
  /** Labels before the reporter's name ("Pewarta:", "Reporting by"). */
  reporterLabels: string[];
  /** Labels before the editor's name ("Editor:", "Editing by"). */
  editorLabels: string[];
  /** Labels must end in a colon ("Pewarta: X"); otherwise the colon is optional ("By X"). */
  labelsNeedColon: boolean;
}

export interface Lang {
  code: LangCode;
  /**
   * Frequent ordinary words of the language, lower case, loaded on first use: a
   * capitalised run made only of them ("Bahan Bakar Minyak", "Tanah Air") names no person.
   */
  commonWords(): Iterable<string>;
  /**
   * How many of commonWords(), when they come ranked by frequency, are so frequent that a
   * sentence's capitalised first word among them is no name ("Polisi mengatakan" but
   * "Didi mengatakan"). Unset: all of them.
   */
  frequentWords?: number;
  /**
   * Ordinary words of the language that name lists of other languages hold as given names
   * ("gaya", "bandar"): alone they are words here; in a name they stay a name's ("Luka Modric").
   */
  wordsNotNames?: string[];
  /** Word endings that attach to any word ("-nya", "-lah"): "teknologinya" is an ordinary word. */
  clitics?: string[];
  /**
   * Prefixes that make ordinary words of ordinary words ("di" + "jabat", "ber" + "tempat"): a
   * word that is one of them and an ordinary word of four letters or more is ordinary too.
   */
  prefixes?: string[];
  /** The shape of derived ordinary words (lower case) the word list may lack: "ketersediaan", "penularan". */
  derivedWord?: RegExp;
  /**
   * The root of a lower-case word made with a prefix or a suffix, when a dictionary of the
   * language's roots holds it ("dilansir" -> "lansir", "tendangan" -> "tendang"); undefined
   * for any other word. Such a word is an ordinary one even when the word list lacks it.
   */
  affixedRoot?(lower: string): string | undefined;
  /** Whether the language's dictionary of roots holds the lower-case word ("sengketa", "lansir"). */
  isRoot?(lower: string): boolean;
  /**
   * Beginnings of the language's verbs ("me", "ber"): a sentence's first word that is no
   * ordinary word, followed by a verb or a function word, is a person's name. Unset: no such rule.
   */
  verbPrefixes?: string[];
  /** More given names from a word list package, lower case, loaded on first use. */
  moreGivenNames(): Iterable<string>;
  /**
   * First names of a long list that holds words too ("dean", "guy", "bill"), lower case: a
   * name's first word only when its last word is no word of any language ("Dean Sturridge").
   */
  listedFirstNames?(): Iterable<string>;
  /** Frequent function words, lower case: language detection and sentence-start checks. */
  stopwords: string[];
  /** Words that end with a full stop without ending a sentence ("Dr", "No"). */
  abbreviations: string[];
  money: MoneyWords;
  quotes: QuoteWords;
  entities: EntityWords;
  metadata: MetadataWords;
}
