/**
 * The one linking step the quote pass shares with entities: which entity a speaker's words
 * name ("Budi", "Sri Mulyani", "the minister"), and who was the last person named.
 */
import type { Document } from '../../document.js';
import type { EntityDraft } from './index.js';

export class EntityIndex {
  private readonly byOffset: Array<{ start: number; end: number; draft: EntityDraft }> = [];

  constructor(
    private readonly doc: Document,
    readonly drafts: EntityDraft[],
  ) {
    for (const d of drafts) for (const m of d.mentions) this.byOffset.push({ start: m.start, end: m.end, draft: d });
    this.byOffset.sort((a, b) => a.start - b.start);
  }

  /** The entity with a mention inside [start, end), people first. */
  within(start: number, end: number): EntityDraft | undefined {
    let found: EntityDraft | undefined;
    for (let i = this.firstAt(start); i < this.byOffset.length && this.byOffset[i]!.start < end; i++) {
      const d = this.byOffset[i]!.draft;
      if (d.type === 'person') return d;
      found ??= d;
    }
    return found;
  }

  /** The person mentioned last before `offset`. */
  lastPersonBefore(offset: number): EntityDraft | undefined {
    for (let i = this.firstAt(offset) - 1; i >= 0; i--) {
      const d = this.byOffset[i]!.draft;
      if (d.type === 'person') return d;
    }
    return undefined;
  }

  /** The person whose role holds `noun` ("minister" -> "Finance Minister"), nearest before `offset`. */
  byRole(noun: string, offset: number): EntityDraft | undefined {
    const word = noun.toLowerCase();
    let best: EntityDraft | undefined;
    let bestAt = -1;
    for (const d of this.drafts) {
      if (d.type !== 'person' || !d.roles.some((r) => r.toLowerCase().split(/\s+/).includes(word))) continue;
      const at = d.mentions.reduce((acc, m) => (m.start < offset && m.start > acc ? m.start : acc), -1);
      if (at > bestAt || !best) {
        best = d;
        bestAt = at;
      }
    }
    return best;
  }

  get text(): string {
    return this.doc.text;
  }

  private firstAt(offset: number): number {
    let lo = 0;
    let hi = this.byOffset.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.byOffset[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
