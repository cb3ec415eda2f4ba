// The legend's field of custom class limits (code-split: kg-legend.ts loads it when the custom
// classes are first chosen, as few do), with its words.
import {html, nothing} from 'lit';
import {addMessages, t, type Lang} from '../i18n/i18n';
import {breaksField as breaksWords} from '../i18n/messages/breaks-field';
import {breaksProblem} from '../state/view-state';

addMessages(breaksWords);

/**
 * Parses the custom-breaks field: up to 8 ascending numbers within ±MAX_BREAK, as a link takes them
 * ("," separates; "." is the decimal point).
 */
export function parseBreaks(text: string): number[] | null {
  const parts = text.split(/[,;\s]+/).filter((p) => p !== '');
  if (parts.length === 0) return null;
  const values = parts.map(Number);
  return values.every(Number.isFinite) && !breaksProblem(values) ? values : null;
}

/**
 * The field: `draft` is what it holds while being edited (null: the view's `breaks`), kept by the
 * legend (`edit`); `apply` is given the breaks once they parse.
 */
export function breaksField(lang: Lang, breaks: readonly number[] | null, draft: string | null, edit: (draft: string | null) => void, apply: (breaks: number[]) => void) {
  const text = draft ?? (breaks ?? []).join(', ');
  const valid = parseBreaks(text) !== null;
  const done = () => {
    const parsed = parseBreaks(text);
    if (parsed) {
      edit(null);
      apply(parsed);
    }
  };
  return html`<label for="breaks">${t(lang, 'classes.breaks')}</label>
    <div class="breaks">
      <input
        id="breaks"
        type="text"
        inputmode="decimal"
        .value=${text}
        aria-invalid=${valid ? 'false' : 'true'}
        aria-describedby=${valid ? nothing : 'breaks-error'}
        @input=${(e: Event) => edit((e.target as HTMLInputElement).value)}
        @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && done()}
      />
      <button @click=${done} ?disabled=${!valid}>${t(lang, 'classes.apply')}</button>
    </div>
    ${valid ? nothing : html`<p id="breaks-error" class="small error">${t(lang, 'classes.breaksInvalid')}</p>`}`;
}
