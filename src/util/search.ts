/**
 * Binary search over a sorted range: the first index in [lo, hi) for which `before(i)` is
 * false, where `before` is true for a prefix of the range and false after it.
 */
export function firstIndex(hi: number, before: (i: number) => boolean, lo = 0): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
