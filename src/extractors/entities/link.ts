/**
 * The one linking step the quote pass shares with entities: which entity a speaker's words
 * name ("Budi", "Sri Mulyani", "the minister", "the central bank"), and who was named
 * before a point of the text. Built once per document from the entity drafts; every query
 * is a binary search or a walk over the few mentions it returns.
 */
import { type Document, tokenAt } from '../../document.js';
import type { EntityDraft } from './index.js';
import { firstIndex } from '../../util/search.js';

export interface IndexedMention {
  start: number;
  end: number;
  draft: EntityDraft;
}

interface Holder {
  at: number;
  draft: EntityDraft;
}

/** How many holders `named` looks at on each side of an offset. */
const WALK = 64;
/** Letters of a word token. */
const WORDLIKE = /^[\p{L}\p{M}]/u;
/** A possessive right after a name: "Maya's", "investors’". */
const POSSESSIVE = /^['’](?:s(?![\p{L}\p{M}])|(?![\p{L}\p{M}]))/u;

export class EntityIndex {
  /** Every mention of every entity, by start offset. */
  readonly mentions: IndexedMention[] = [];
  private roleHolders: Map<string, Holder[]> | undefined;
  private orgWords: Map<string, Holder[]> | undefined;
  private nameWords: Map<string, Holder[]> | undefined;

  constructor(
    private readonly doc: Document,
    readonly drafts: EntityDraft[],
  ) {
    for (const d of drafts) for (const m of d.mentions) this.mentions.push({ start: m.start, end: m.end, draft: d });
    this.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  get text(): string {
    return this.doc.text;
  }

  /** The entity with a mention inside [start, end), people first. */
  within(start: number, end: number): EntityDraft | undefined {
    let found: EntityDraft | undefined;
    for (const m of this.mentionsIn(start, end)) {
      if (m.draft.type === 'person') return m.draft;
      found ??= m.draft;
    }
    return found;
  }

  /** Mentions that lie inside [start, end), in text order. */
  mentionsIn(start: number, end: number): IndexedMention[] {
    const out: IndexedMention[] = [];
    for (let i = this.firstAt(start); i < this.mentions.length && this.mentions[i]!.start < end; i++) {
      if (this.mentions[i]!.end <= end) out.push(this.mentions[i]!);
    }
    return out;
  }

  /** A mention directly followed by a possessive ("Maya's campaign"): not the head of its phrase. */
  isPossessive(m: { end: number }): boolean {
    return POSSESSIVE.test(this.doc.text.slice(m.end, m.end + 3));
  }

  /** The person mentioned last before `offset`. */
  lastPersonBefore(offset: number): EntityDraft | undefined {
    for (let i = this.firstAt(offset) - 1; i >= 0; i--) {
      const d = this.mentions[i]!.draft;
      if (d.type === 'person') return d;
    }
    return undefined;
  }

  /**
   * The person who holds a role named by `noun` ("minister", "governor", "menteri"): the role
   * is one the entity extractor gave them, a word right before one of their mentions
   * ("Governor Teguh Santosa") or in an apposition after it ("Rina Kusumadewi, chief
   * executive of ..."). The holder mentioned last before `offset` wins, else the first after.
   */
  byRole(noun: string, offset: number): EntityDraft | undefined {
    this.roleHolders ??= this.buildRoleHolders();
    return nearest(this.roleHolders.get(noun.toLowerCase()), offset);
  }

  /** The organisation whose name holds `noun` ("bank" -> "Bank Indonesia"), mentioned last before `offset`. */
  orgNamed(noun: string, offset: number): EntityDraft | undefined {
    if (!this.orgWords) {
      this.orgWords = new Map();
      for (const m of this.mentions) {
        if (m.draft.type !== 'organization') continue;
        for (const w of m.draft.words) push(this.orgWords, w, { at: m.start, draft: m.draft });
      }
    }
    return nearest(this.orgWords.get(noun.toLowerCase()), offset);
  }

  /**
   * The person or organisation whose name and aliases hold every word of `name` ("Tan" ->
   * "Grace Tan", "Kestrel" -> "Kestrel Resources Ltd"), for a name the entity pass did not
   * mark at this place. People first; the one mentioned last before `offset` wins.
   */
  named(name: string, offset: number): EntityDraft | undefined {
    const words = name.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu);
    if (!words) return undefined;
    if (!this.nameWords) {
      this.nameWords = new Map();
      for (const m of this.mentions) {
        if (m.draft.type === 'location') continue;
        for (const w of m.draft.words) push(this.nameWords, w, { at: m.start, draft: m.draft });
      }
    }
    const list = this.nameWords.get(words[0]!);
    if (!list) return undefined;
    const fits = (d: EntityDraft, type: string) => d.type === type && words.every((w) => d.words.has(w));
    const at = lowerBound(list, offset);
    for (const type of ['person', 'organization'] as const) {
      // The nearest fitting holder before, else after; a bounded walk each way.
      for (let k = at - 1; k >= 0 && at - k <= WALK; k--) if (fits(list[k]!.draft, type)) return list[k]!.draft;
      for (let k = at; k < list.length && k - at < WALK; k++) if (fits(list[k]!.draft, type)) return list[k]!.draft;
    }
    return undefined;
  }

  /** Index of the first mention starting at or after `offset`. */
  firstAt(offset: number): number {
    return firstIndex(this.mentions.length, (i) => this.mentions[i]!.start < offset);
  }

  private buildRoleHolders(): Map<string, Holder[]> {
    const map = new Map<string, Holder[]>();
    const { tokens } = this.doc;
    for (const m of this.mentions) {
      const d = m.draft;
      if (d.type !== 'person') continue;
      const words = new Set<string>();
      for (const role of d.roles) for (const w of role.toLowerCase().split(/\s+/)) words.add(w);
      // Up to four words right before the mention, in its sentence: "Investment Minister Arif".
      const first = tokenAt(this.doc, m.start);
      const sentence = tokens[first]?.sentence;
      for (let i = first - 1, n = 0; i >= 0 && n < 4; i--, n++) {
        const t = tokens[i]!;
        if (t.sentence !== sentence || !WORDLIKE.test(t.text)) break;
        words.add(t.text.toLowerCase());
      }
      // An apposition: "Salma Wirawan, a campaigner at ..." (up to six words, to the next comma).
      let j = tokenAt(this.doc, m.end);
      if (tokens[j]?.text === ',' && tokens[j]!.sentence === sentence) {
        for (j++; j < tokens.length && tokens[j]!.sentence === sentence && j - first < 12; j++) {
          const t = tokens[j]!;
          if (!WORDLIKE.test(t.text)) break;
          words.add(t.text.toLowerCase());
        }
      }
      for (const w of words) push(map, w, { at: m.start, draft: d });
    }
    return map;
  }
}

function push(map: Map<string, Holder[]>, key: string, holder: Holder): void {
  const list = map.get(key);
  if (!list) map.set(key, [holder]);
  else if (list[list.length - 1]!.at !== holder.at || list[list.length - 1]!.draft !== holder.draft) list.push(holder);
}

/** Index of the first holder at or after `offset`. Lists are in text order. */
function lowerBound(list: Holder[], offset: number): number {
  return firstIndex(list.length, (i) => list[i]!.at < offset);
}

/** The holder at the last position before `offset`; else the first one after it. */
function nearest(list: Holder[] | undefined, offset: number): EntityDraft | undefined {
  if (!list || list.length === 0) return undefined;
  const lo = lowerBound(list, offset);
  return (lo > 0 ? list[lo - 1] : list[0])!.draft;
}
