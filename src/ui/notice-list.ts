// The notices of link parameters that could not be used, in words (code-split: kg-notices.ts loads it
// when there is a notice to show, which few links give), with their message table.
import {html, nothing} from 'lit';
import {addMessages, t, type Lang} from '../i18n/i18n';
import {notices as noticeWords} from '../i18n/messages/notices';
import {plainText} from '../i18n/plain-text';
import {removeUserDataset} from '../io/user-dataset-store';
import type {AppState} from '../state/app-state';
import type {Notice} from '../state/url-state';

addMessages(noticeWords);

/**
 * The data or the boundaries not loaded at start (`error`), named in the page's language with Reload, the
 * browser's own words ("Failed to fetch", in English whatever the page's language) folded away; then each
 * notice with its Dismiss button (`dismiss(i)` takes the i-th away). Each button is described by its
 * notice's words: two notices gave a screen reader two buttons that were both just "Dismiss".
 */
export function noticeList(lang: Lang, notices: readonly Notice[], dismiss: (i: number) => void, error: AppState['error']) {
  const loadError = error
    ? html`<div class="notice error" role="alert">
        <div>
          <p>${t(lang, 'app.loadError', {what: t(lang, `app.loadError.${error.of}`)})}</p>
          <details>
            <summary>${t(lang, 'app.loadError.detail')}</summary>
            <code>${error.detail}</code>
          </details>
        </div>
        <button @click=${() => location.reload()}>${t(lang, 'load.reload')}</button>
      </div>`
    : nothing;
  return [
    loadError,
    ...notices.map((n, i) =>
      // A kept dataset that cannot be read is no link's fault: said on its own, with a way to remove it
      // (the import dialog's Remove shows only a dataset it can read).
      n.reason === 'damaged-user-data'
        ? html`<div class="notice">
            <p id="notice-${i}">${t(lang, 'notice.damagedData')}</p>
            <button aria-describedby="notice-${i}" @click=${() => removeUserDataset().then(() => dismiss(i), () => undefined)}>${t(lang, 'notice.removeData')}</button>
            <button aria-describedby="notice-${i}" @click=${() => dismiss(i)}>${t(lang, 'notice.dismiss')}</button>
          </div>`
        : html`<div class="notice">
            <p id="notice-${i}">${t(lang, 'notice.param', {
              param: n.param,
              // Quoted as plain text: a bidi override in a link's value turned the whole sentence around.
              value: plainText(n.value),
              reason: n.detail?.(lang) ?? t(lang, `notice.reason.${n.reason}`),
              shown: n.shown ? ` (${t(lang, n.shown)})` : '',
            })}</p>
            <button aria-describedby="notice-${i}" @click=${() => dismiss(i)}>${t(lang, 'notice.dismiss')}</button>
          </div>`,
    ),
  ];
}
