import {css, html, nothing, type PropertyValues} from 'lit';
import {customElement} from 'lit/decorators.js';
import {sourceLine} from '../i18n/citations';
import {addMessages, t, type Lang, type MessageKey} from '../i18n/i18n';
import {clusterName, energySiteName, kyNamer, type KyNames} from '../i18n/place-names';
import {regionNamer} from '../i18n/region-names';
import type {EnergySiteRow, GreenMatrixRow} from '../io/schemas';
import {energyRole, sitePosition} from '../model/energy-sites';
import {assignSites, type HubAssignment} from '../model/hub-assignment';
import {formatUpTo, formatPrintedValue, isWebAddress, splitSources, webAddressText} from './layer-text';
import {capacityNoteText} from './capacity-note-text';
import {partlyEdited, siteCapacity, siteLocation, siteStatus} from './edited-text';
import {returnFocusOnClose} from './focus-return';
import {bringIntoView} from './map-view';
import {fitBesidePanels} from './fit-beside-panels';
import {scenarioHost} from './scenario-host';
import {closesOnEscape} from './sheet-escape';
import {sharedStyles} from './shared-styles';
import {StoreElement} from './store-element';
import {energyPanel} from '../i18n/messages/energy-panel';
import {placeDetails} from '../i18n/messages/place-details';

/**
 * Where a tapped energy site is brought into view (#reveal): as kg-region-card's REVEAL_MEDIA (see there),
 * and up to 1279 px wide, where this panel takes the sidebar's column (styles.css).
 */
const REVEAL_MEDIA = '(max-width: 1279px), (max-height: 480px), (hover: none)';

addMessages(energyPanel);
addMessages(placeDetails);

/** The seed 004 figures shown, in this order (keys of data/facts.csv). */
const FACTS = [
  'hydro_potential_annual',
  'small_hpp_potential_annual',
  'solar_potential_annual',
  'wind_potential_annual',
  'electricity_deficit',
  'new_small_hpp_commissioned',
  'organic_land',
  'solid_waste_annual',
] as const;

/** The columns of seed 004 Table 2 (as in data/green-cluster-matrix.csv; not imported from the schema, which would bring zod into this chunk). */
const MATRIX_ASPECTS = ['potential', 'base', 'gaps', 'measures'] as const;

/** The green clusters of seed 004, in the seed's order. */
const GREEN_CLUSTERS = ['green-renewable', 'green-organic-agro', 'green-circular'] as const;

/**
 * The green-clusters panel (seed 004): the potential figures, the renewable-energy cluster as hubs
 * with their spokes (status, capacity, how exactly each is located, sources), the sites that cannot
 * be drawn, and the seed's matrix of gaps and priority measures for the three green clusters.
 * Loaded on demand (code-split) the first time it opens.
 */
@customElement('kg-energy-panel')
export class KgEnergyPanel extends StoreElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .panel {
        height: 100%;
        display: flex;
        flex-direction: column;
      }
      header {
        display: flex;
        gap: 8px;
        align-items: flex-start;
        padding: 10px 12px 6px;
        border-bottom: 1px solid var(--kg-border);
      }
      h2 {
        font-size: 1.05rem;
        margin: 0;
        flex: 1;
      }
      h2:focus {
        outline: none;
      }
      .body {
        overflow-y: auto;
        padding: 4px 12px 12px;
        font-size: 0.9rem;
      }
      h3 {
        font-size: 0.95rem;
        margin: 14px 0 4px;
      }
      h4 {
        font-size: 0.85rem;
        margin: 8px 0 2px;
      }
      p {
        margin: 4px 0;
      }
      ul {
        margin: 2px 0;
        padding-left: 18px;
      }
      li {
        margin: 2px 0;
      }
      .site-name {
        font-weight: 600;
      }
      .spokes {
        padding-left: 14px;
        border-left: 2px solid var(--kg-border);
        list-style: none;
        margin-left: 4px;
      }
      .facts li {
        margin: 3px 0;
      }
      .small {
        font-size: 0.8rem;
      }
      .focus {
        outline: 2px solid var(--kg-focus);
        outline-offset: 2px;
        border-radius: 3px;
      }
      details summary {
        cursor: pointer;
        font-size: 0.8rem;
      }
      a {
        color: var(--kg-accent);
        word-break: break-all;
      }
      .url {
        word-break: break-all;
      }
    `,
  ];

  constructor() {
    super();
    // Closing the panel gives the focus back to what opened it (the layer list's button).
    returnFocusOnClose(this, () => this.store?.state.energyPanel != null);
  }
  #wasOpen = false;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.#onKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.#onKey);
  }

  /**
   * Escape anywhere closes the open panel, as it closes the profile (kg-region-card), unless something
   * nearer to the key took it (an open dialog, a menu) or the pinned profile or the scenario editor is
   * over the panel (opened after it: sheet-escape.ts), which then closes first. One Escape closes one
   * thing: the key is marked taken (preventDefault), so the profile, listening on the document too, stays.
   */
  #onKey = (e: KeyboardEvent) => {
    if (!closesOnEscape(e, 'energy', this.state)) return;
    this.#close();
    e.preventDefault();
  };

  #close(): void {
    this.store?.update({energyPanel: null});
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The page's CSS positions the panel only while it is open (an empty host must not cover the map).
    this.toggleAttribute('open', this.store?.state.energyPanel != null);
  }

  /** The site last scrolled into view (see updated). */
  #scrolledTo: string | null = null;

  protected override updated(): void {
    const panel = this.state.energyPanel;
    const open = panel !== null;
    // Opened by its button or a site on the map, the panel takes the focus; opened beside its layer's
    // checkbox, the focus stays there: it moved away, a screen reader never said the box was checked.
    if (panel && !this.#wasOpen && !panel.beside) this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    // Opened from the layer list, or closed: the country is fitted beside it (opened by a site on the
    // map, the site is brought into view instead: #reveal).
    if (open !== this.#wasOpen && !panel?.focus) void scenarioHost().then(fitBesidePanels);
    // Only when the focus changes: other updates (a language switch…) keep the reader's scroll.
    const focus = panel?.focus ?? null;
    if (!focus) this.#scrolledTo = null;
    else if (focus !== this.#scrolledTo) {
      const site = this.renderRoot.querySelector(`[data-site="${focus}"]`);
      site?.scrollIntoView({block: 'nearest'});
      if (site) this.#scrolledTo = focus;
    }
    if (focus !== this.#revealed) this.#reveal(focus);
    this.#wasOpen = open;
  }

  /** The site last brought into view on the map (see #reveal). */
  #revealed: string | null = null;

  /**
   * On a phone the panel covers the map's lower part, on a touch screen its right, where the tapped site
   * may be; in a short or ≤ 1279 px wide window it is over the sidebar (REVEAL_MEDIA): the map is moved
   * (a move of the page's) so that the site is seen above (or beside) it, as a pinned region is beside
   * its profile (main.ts revealPinned).
   */
  #reveal(id: string | null): void {
    this.#revealed = id;
    const row = id ? this.state.atlas?.tables.energySites.find((s) => s.id === id) : undefined;
    const at = row && sitePosition(row);
    if (at && matchMedia(REVEAL_MEDIA).matches) void scenarioHost().then((host) => bringIntoView(host.map, at));
  }

  override render() {
    const {atlas, view, energyPanel} = this.state;
    if (!atlas || !energyPanel) return nothing;
    const lang = view.lang;
    const ky = kyNamer(atlas.tables.namesKy);
    const sites = atlas.tables.energySites;
    const {assignments} = assignSites(sites, atlas.hubOverrides);
    const hubs = sites.filter((s) => energyRole(s.category) === 'hub');
    const spokesOf = (hubId: string) =>
      assignments.filter((a) => a.hubId === hubId).map((a) => [sites.find((s) => s.id === a.spokeId)!, a] as const);
    const unlocated = sites.filter((s) => !sitePosition(s));
    const other = sites.filter((s) => energyRole(s.category) === 'other' && sitePosition(s));
    const site = (s: EnergySiteRow, a?: HubAssignment) => this.#site(s, lang, ky, energyPanel.focus, a);
    return html`<section class="panel" role="dialog" aria-modal="false" aria-labelledby="kg-energy-title">
      <header>
        <h2 id="kg-energy-title" tabindex="-1">${t(lang, 'panel.title')}</h2>
        <button @click=${() => this.#close()} aria-label=${t(lang, 'panel.close')}>×</button>
      </header>
      <div class="body">
        <h3>${t(lang, 'panel.potential')}</h3>
        <ul class="facts">
          ${FACTS.map((key) => {
            const fact = atlas.tables.facts.find((f) => f.key === key);
            return fact
              ? html`<li data-fact=${key}>
                  ${t(lang, `panel.fact.${key}`, {value: formatPrintedValue(lang, fact.value), year: fact.year ?? ''})}
                </li>`
              : nothing;
          })}
        </ul>
        <p class="small muted">${t(lang, 'panel.factsSource')}</p>

        <h3>${t(lang, 'panel.model')}</h3>
        <p>${t(lang, 'panel.modelText')}</p>
        <p class="small muted">${t(lang, 'panel.rule')}</p>
        <h4>${t(lang, 'panel.hubs', {n: hubs.length})}</h4>
        <ul class="hubs">
          ${hubs.map((hub) => {
            const spokes = spokesOf(hub.id);
            return html`<li>
              ${site(hub)}
              ${spokes.length > 0
                ? html`<ul class="spokes">
                    ${spokes.map(([s, a]) => html`<li>${site(s, a)}</li>`)}
                  </ul>`
                : html`<div class="small muted">${t(lang, 'panel.noSpokes')}</div>`}
            </li>`;
          })}
        </ul>
        ${unlocated.length > 0
          ? html`<h4>${t(lang, 'panel.unlocated')}</h4>
              <ul class="unlocated">
                ${unlocated.map((s) => html`<li>${site(s)}</li>`)}
              </ul>`
          : nothing}
        ${other.length > 0
          ? html`<h4>${t(lang, 'panel.other')}</h4>
              <ul class="other">
                ${other.map((s) => html`<li>${site(s)}</li>`)}
              </ul>`
          : nothing}
        <p class="small">${t(lang, 'panel.noSites')}</p>

        <h3>${t(lang, 'panel.matrix')}</h3>
        ${GREEN_CLUSTERS.map((id) => this.#matrix(id, lang, ky))}
        <p class="small muted">${t(lang, 'panel.translation')}</p>
      </div>
    </section>`;
  }

  #site(s: EnergySiteRow, lang: Lang, ky: KyNames, focus: string | null, a?: HubAssignment) {
    const sources = splitSources(s.sources);
    const distance = a?.distanceKm != null ? ` · ${t(lang, 'energy.km', {value: formatUpTo(lang, a.distanceKm, 0)})}` : '';
    // Values a planner's scenario set are marked, and the site's own sources are said to be the others'.
    const partly = partlyEdited(s);
    const capacityNote = capacityNoteText(lang, s);
    // With the sources, the data's note on the capacity: where they disagree (GPPD's 674 MW for Bishkek
    // CHP-1 beside 812) or what the figure is made of. A capacity the scenario set has the scenario's mark.
    return html`<div data-site=${s.id} class=${focus === s.id ? 'focus' : ''}>
      <span class="site-name">${energySiteName(s, lang, ky)}</span>
      <div class="small">
        ${t(lang, `energy.category.${s.category}`)} · <span class="status">${siteStatus(lang, s)}</span> · ${siteCapacity(lang, s)} ·
        ${siteLocation(lang, s)}${distance}
      </div>
      ${partly ? html`<div class="small muted">${t(lang, 'scenario.note')}</div>` : nothing}
      <details>
        <!-- Named with its site: out of context (a screen reader's list of controls) a dozen "Sources (3)" cannot be told apart. -->
        <summary aria-label=${`${t(lang, partly ? 'panel.siteSourcesPublished' : 'panel.siteSources')}: ${energySiteName(s, lang, ky)} (${sources.length})`}>
          ${t(lang, partly ? 'panel.siteSourcesPublished' : 'panel.siteSources')} (${sources.length})
        </summary>
        ${capacityNote === nothing ? nothing : html`<p class="small capacity-note">${t(lang, 'panel.capacityNote')} ${capacityNote}</p>`}
        <ul class="small">
          ${sources.map((src) => html`<li>${isWebAddress(src) ? html`<a href=${src} rel="noopener noreferrer" target="_blank" title=${src}>${webAddressText(src)}</a>` : html`<span class="url">${sourceLine(lang, src)}</span>`}</li>`)}
        </ul>
      </details>
    </div>`;
  }

  #matrix(id: string, lang: Lang, ky: KyNames) {
    const {atlas} = this.state;
    const row = atlas!.tables.clusters.find((c) => c.id === id);
    if (!row) return nothing;
    const items = atlas!.tables.greenMatrix.filter((m) => m.cluster_id === id);
    const text = (m: GreenMatrixRow) => (lang === 'en' ? m.text_en : lang === 'ru' ? m.text_ru : m.text_ky);
    const region = regionNamer(atlas!.tables.regions);
    // With the regions outlined, what the outline stands for (source 004 draws no region's borders; the
    // words are the tooltip's, i18n/cluster-notes.ts, from the table of place details this panel loads).
    return html`<section class="matrix" data-cluster=${id}>
      <h4>${clusterName(row, lang, ky)}</h4>
      <p class="small">
        ${row.regions.length > 0
          ? t(lang, 'panel.regions', {regions: row.regions.map((c) => region(c, lang)).join(', ')})
          : t(lang, 'panel.regionsNone')}
      </p>
      ${row.regions.length > 0 ? html`<p class="small outline-note">${t(lang, `clusterOutline.${id}` as MessageKey)}</p>` : nothing}
      ${MATRIX_ASPECTS.map((aspect) => {
        const list = items.filter((m) => m.aspect === aspect).sort((a, b) => a.item - b.item);
        return list.length > 0
          ? html`<div class="small"><strong>${t(lang, `panel.aspect.${aspect}` as MessageKey)}:</strong></div>
              <ul class="small">
                ${list.map((m) => html`<li>${text(m)}</li>`)}
              </ul>`
          : nothing;
      })}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-energy-panel': KgEnergyPanel;
  }
}
