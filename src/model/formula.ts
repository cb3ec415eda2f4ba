// What the methodology panel shows for each formula the engine runs. Every model module that computes
// a coefficient exports one of these next to the function that runs it, so the text a person reads and
// the code the worker executes live in the same file (and a unit test recomputes each worked example
// with the code).

/** A short text in the three languages of the atlas (the model stays free of the i18n module). */
export interface LocalText {
  en: string;
  ru: string;
  ky: string;
}

/**
 * Symbols only ("x_ij = 30, x_i = 100"), the same in every language, or a text with words in it
 * (Enright's types, "thousand som per person") in the three languages.
 */
export type FormulaText = string | LocalText;

/** A FormulaText in `lang`. */
export function formulaText(text: FormulaText, lang: keyof LocalText): string {
  return typeof text === 'string' ? text : text[lang];
}

export interface FormulaDescriptor {
  /** Stable id, e.g. "lq"; used as an anchor in the methodology panel. */
  id: string;
  title: LocalText;
  /**
   * The formula as the code computes it, in plain text. `_ij` marks subscripts (the panel sets them
   * as subscripts); `Σ_i` is a sum over regions. Symbols only, except for a rule stated in words
   * (Enright's types), which is given in the three languages.
   */
  formula: FormulaText;
  /** What the symbols are and how to read the value. */
  meaning: LocalText;
  /** Where the formula comes from. */
  source: LocalText;
  /** A worked example shown to the reader; the unit tests recompute `result` with the code. */
  example?: {given: FormulaText; result: number};
}

/** A formula of symbols only: the ones the engine runs for an indicator, whose results carry it. */
export interface SymbolicFormula extends FormulaDescriptor {
  formula: string;
}
