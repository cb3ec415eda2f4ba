// Text from outside the atlas (a link's value, a file's name, a scenario's name) is quoted into the
// page's own sentences. A Unicode bidi control in it would reach beyond it: U+202E (RIGHT-TO-LEFT
// OVERRIDE) in `?ind=` turned the whole notice around, and a file named "data\u202Evsc.exe" read as
// "dataexe.csv" in the import's words (a spoof). Such values are shown without them.

/**
 * The text without its bidi controls (Unicode's Bidi_Control: LRM, RLM, ALM, the embeddings and
 * overrides U+202A–U+202E, the isolates U+2066–U+2069). The atlas's languages are written left to
 * right, and right-to-left letters keep their own direction without them.
 */
export const plainText = (s: string): string => s.replace(/\p{Bidi_C}/gu, '');
