/** Character tests shared by the passes that read text a character at a time. */

/** Whitespace by UTF-16 code: ASCII by value, the rest by Unicode's class. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || (c > 127 && /\s/u.test(String.fromCharCode(c)));
}
