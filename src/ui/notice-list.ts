// The notices of link parameters that could not be used, in words (code-split: kg-notices.ts loads it
// when there is a notice to show, which few links give), with their message table.
import {html} from 'lit';
import {addMessages, t, type Lang} from '../i18n/i18n';
import {notices as noticeWords} from '../i18n/messages/notices';
import {plainText} from '../i18n/plain-text';
import {removeUserDataset} from '../io/user-dataset-store';
import type {Notice} from '../state/url-state';

addMessages(noticeWords);

/** Each notice with its Dismiss button (`dismiss(i)` takes the i-th away). */
export function noticeList(lang: Lang, notices: readonly Notice[], dismiss: (i: number) => void) {
  return notices.map((n, i) =>
    // A kept dataset that cannot be read is no link's fault: said on its own, with a way to remove it
    // (the import dialog's Remove shows only a dataset it can read).
    n.reason === 'damaged-user-data'
      ? html`<div class="notice">
          <p>${t(lang, 'notice.damagedData')}</p>
          <button @click=${() => removeUserDataset().then(() => dismiss(i), () => undefined)}>${t(lang, 'notice.removeData')}</button>
          <button @click=${() => dismiss(i)}>${t(lang, 'notice.dismiss')}</button>
        </div>`
      : html`<div class="notice">
      <p>${t(lang, 'notice.param', {
        param: n.param,
        // Quoted as plain text: a bidi override in a link's value turned the whole sentence around.
        value: plainText(n.value),
        reason: n.detail?.(lang) ?? t(lang, `notice.reason.${n.reason}`),
        shown: n.shown ? ` (${t(lang, n.shown)})` : '',
      })}</p>
      <button @click=${() => dismiss(i)}>${t(lang, 'notice.dismiss')}</button>
    </div>`,
  );
}
