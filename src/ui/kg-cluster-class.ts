// The pinned region's cluster classification for the sector on the map: the U.S. Cluster Mapping
// strong-cluster rule and Enright's type (src/model/cluster-classification.ts), computed by the engine
// on the data the map uses (shipped or imported, with the scenario's thresholds and edits). Part of
// the region profile (code-split with it). Where the data cannot tell (the shipped statistics have
// employment shares, not counts), it says so instead of guessing.
import {css, html, nothing} from 'lit';
import {customElement, property, state} from 'lit/decorators.js';
import {addMessages, t, type Lang, type MessageKey} from '../i18n/i18n';
import type {ClassificationResult} from '../model/compute-indicator';
import {isComputed} from '../model/compute-indicator';
import {USER_FILE} from '../model/indicator-catalog';
import type {RegionCode} from '../model/region';
import type {AppState} from '../state/app-state';
import {loadEngine} from '../worker/lazy-engine';
import {isSuperseded} from '../worker/superseded';
import {explorerStyles} from './explorer-styles';
import {sectorLabel, labelledSources} from './explorer-text';
import {sharedStyles} from './shared-styles';
import {StoreElement} from './store-element';
import {regionProfile} from '../i18n/messages/region-profile';

addMessages(regionProfile); // the words this module uses, wherever it is loaded from

/** The classification's words for one region: strong or not (or unknown), and Enright's type. */
export function classificationText(result: ClassificationResult, code: RegionCode, lang: Lang): {strong: string; type: string} {
  const region = result.regions.find((r) => r.code === code);
  const strong = region?.strong;
  return {
    strong: t(lang, strong === true ? 'profile.class.strong.yes' : strong === false ? 'profile.class.strong.no' : 'profile.class.unknown'),
    type: region?.type ? t(lang, `profile.class.type.${region.type}` as MessageKey) : t(lang, 'profile.class.unknown'),
  };
}

/** Whether the view has a sector to classify: a computed indicator of one sector or industry. */
export function classifiable(s: AppState): boolean {
  return isComputed(s.view.ind) && s.view.sector !== 'TOTAL' && s.view.ind !== 'grp-pc';
}

@customElement('kg-cluster-class')
export class KgClusterClass extends StoreElement {
  static override styles = [
    sharedStyles,
    explorerStyles,
    css`
      /* As the profile around it writes its sections. */
      h3 {
        font-size: 0.9rem;
        margin: 12px 0 4px;
      }
      p {
        margin: 6px 0 0;
      }
      dl {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 2px 10px;
        margin: 4px 0;
      }
      dt {
        color: var(--kg-text-muted);
      }
      dd {
        margin: 0;
        font-weight: 600;
      }
    `,
  ];

  @property({attribute: false}) code: RegionCode | null = null;
  @state() private result: ClassificationResult | 'pending' | 'error' = 'pending';
  #key = '';

  protected override willUpdate(): void {
    if (!this.store || !classifiable(this.state)) return;
    const {data, sector, year} = this.state.view;
    const scenario = this.state.scenario?.compute ?? null;
    const key = `${data}|${sector}|${year}|${this.state.scenario?.computeKey ?? ''}|${data === 'user' ? this.state.userDataset?.importedAt : ''}`;
    if (key === this.#key) return;
    this.#key = key;
    this.result = 'pending';
    // Through loadEngine's one promise, so that requests reach the channel in the order they were made,
    // and only the latest: each import() of the client (with Vite's preloading of its dependencies)
    // could resolve out of order, and a stale request sent after the latest replaced it on the channel —
    // its answer then dropped as stale, the profile said "Computing…" for good.
    void loadEngine()
      .then(({engine}) => (this.#key === key ? engine.classify({data, sector, year, ...(scenario ? {scenario} : {})}, 'profile-classify') : null))
      .then(
        (result) => {
          if (result && this.#key === key) this.result = result;
        },
        (error: unknown) => {
          // A newer request replaced this one: its own answer follows.
          if (this.#key === key && !isSuperseded(error)) this.result = 'error';
        },
      );
  }

  override render() {
    if (!this.store || !this.code || !classifiable(this.state)) return nothing;
    const lang = this.state.view.lang;
    const r = this.result;
    const heading = html`<h3>${t(lang, 'profile.class.title', {sector: sectorLabel(lang, this.state.view.sector)})}</h3>`;
    if (r === 'pending') return html`${heading}<p class="small muted">${t(lang, 'profile.series.pending')}</p>`;
    if (r === 'error') return html`${heading}<p class="small">${t(lang, 'profile.class.error')}</p>`;
    const words = classificationText(r, this.code, lang);
    const unknown = r.regions.every((x) => x.strong === null);
    // Computed from an imported file: said first, as on the map (normaliseResult), then the file's sources.
    const sources = this.state.view.data === 'user' ? [USER_FILE + (this.state.userDataset?.name ?? ''), ...r.sources] : r.sources;
    return html`${heading}
      <dl class="small">
        <dt>${t(lang, 'profile.class.strong')}</dt>
        <dd data-class="strong">${words.strong}</dd>
        <dt>${t(lang, 'profile.class.type')}</dt>
        <dd data-class="type">${words.type}</dd>
      </dl>
      <p class="small muted">
        ${unknown ? t(lang, 'profile.class.needsCounts') : t(lang, 'profile.class.note', {year: r.year ?? '—'})}
        ${sources.length > 0 ? labelledSources(lang, sources) : nothing}
      </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-cluster-class': KgClusterClass;
  }
}
