/**
 * What the corpus summary needs from one analysis, small enough to send between threads.
 */
import type { DocumentAnalysis } from '../analyze.js';

export interface Digest {
  language: DocumentAnalysis['language'];
  chars: number;
  encoding?: string;
  /** [type, name, mentions] per entity */
  entities: Array<[string, string, number]>;
  /** [speaker name, quotes] per named speaker */
  speakers: Array<[string, number]>;
  /** [currency, exact value] per point amount that is not a unit rate */
  amounts: Array<[string, string]>;
  /** currencies of ranges and unit rates, which are counted but not added up */
  uncounted: Array<[string, 'range' | 'rate']>;
}

export function digest(a: DocumentAnalysis): Digest {
  const speakers = new Map<string, number>();
  for (const q of a.quotes ?? []) {
    if (q.speaker.name) speakers.set(q.speaker.name, (speakers.get(q.speaker.name) ?? 0) + 1);
  }
  const amounts: Digest['amounts'] = [];
  const uncounted: Digest['uncounted'] = [];
  for (const m of a.money ?? []) {
    if (m.per) uncounted.push([m.currency, 'rate']);
    else if (m.value === undefined) uncounted.push([m.currency, 'range']);
    else amounts.push([m.currency, m.value]);
  }
  return {
    language: a.language,
    chars: a.chars,
    ...(a.encoding ? { encoding: a.encoding } : {}),
    entities: (a.entities ?? []).map((e) => [e.type, e.name, e.count]),
    speakers: [...speakers],
    amounts,
    uncounted,
  };
}
