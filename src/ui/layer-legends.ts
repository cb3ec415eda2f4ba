// The legends of the energy and links layers in the sidebar (<kg-layer-toggles>): code-split, as the
// default view shows neither layer; loaded, with their strings, the first time one of them is shown.
import {html, nothing} from 'lit';
import {addMessages, t, type Lang} from '../i18n/i18n';
import {layerLegends} from '../i18n/messages/layer-legends';
import {svgDataUrl} from '../layers/energy-symbols';
import type {LayerColors} from '../map/layer-colors';
import type {AppState} from '../state/app-state';
import {energyKey, linksKey, type KeyEntry, type LayerKey} from './layer-keys';

addMessages(layerLegends);

function entry(e: KeyEntry, inline: boolean) {
  const body = html`<img src=${svgDataUrl(e.svg)} width=${e.width} height=${e.height} alt="" /><span>${e.label}</span>`;
  return inline ? html`<span class="key">${body}</span>` : html`<div class="key">${body}</div>`;
}

/**
 * A layer's key (layer-keys.ts) as the sidebar shows it: headings, keys, notes and the sources. The
 * embedded view's footer (kg-embed-footer.ts) shows it too, with the `.legend` styles below.
 */
export function legend(lang: Lang, key: LayerKey) {
  return html`<div class="legend">
    ${key.sections.map(
      (s) => html`${s.heading ? html`<h3>${s.heading}</h3>` : nothing}
        ${s.inline ? html`<div class="swatches">${s.entries.map((e) => entry(e, true))}</div>` : s.entries.map((e) => entry(e, false))}
        ${s.note ? html`<p class="note muted">${s.note}</p>` : nothing}`,
    )}
    ${key.notes.map((n) => html`<p class="note">${n}</p>`)}
    <p class="sources muted">${t(lang, 'layers.sources')}: ${key.sources}</p>
  </div>`;
}

/** What the energy layer's symbols, lines and outlines mean, with the sources. */
export function energyLegend(state: AppState, lang: Lang, colors: LayerColors) {
  return legend(lang, energyKey(state.atlas?.tables ?? null, lang, colors));
}

/** The cluster links of the families shown, each in its colour, with the sources. */
export function linksLegend(state: AppState, lang: Lang) {
  const {atlas, view} = state;
  if (!atlas) return nothing;
  return legend(lang, linksKey(atlas.tables, view.linksets, lang));
}
