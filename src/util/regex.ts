/** Escape a string for use inside a RegExp. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * An alternation of phrases, longest first, so "atau setara" wins over "atau". Spaces in a
 * phrase match any run of whitespace.
 */
export function alternation(phrases: Iterable<string>): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegex(p).replace(/ +/g, '\\s+'))
    .join('|');
}

/** Memoise a compile step per key object (one compiled form per Lang). */
export function perKey<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = build(key);
      cache.set(key, value);
    }
    return value;
  };
}

/** Each word as written and with its first letter upper-cased: "kata" -> ["kata", "Kata"]. */
export function withCapitals(words: Iterable<string>): string[] {
  const out: string[] = [];
  for (const w of words) out.push(w, w.charAt(0).toUpperCase() + w.slice(1));
  return out;
}
