import {css, html, nothing, type PropertyValues} from 'lit';
import {customElement} from 'lit/decorators.js';
import {keyed} from 'lit/directives/keyed.js';
import {addMessages, t, type Lang} from '../i18n/i18n';
import {citation} from '../i18n/citations';
import {CLUSTER_FAMILY_KEYS, clusterName, growthPointName, kyNamer} from '../i18n/place-names';
import {regionNamer} from '../i18n/region-names';
import type {ClusterRow, StatRow} from '../io/schemas';
import type {AppState} from '../state/app-state';
import {INDICATOR_INFO, type SourceId} from '../model/indicator-catalog';
import {INDICATORS, NEUTRAL_VALUE} from '../model/indicators';
import {publishedIndicator, publishedProfile, type PublishedIndicatorId} from '../model/published-indicators';
import {rankRegions} from '../model/ranking';
import {NATIONAL_CODE, type RegionCode} from '../model/region';
import {choroplethOf, type Choropleth} from '../state/choropleth';
import {GREEN_LAYER, GROWTH_LAYER, LINKS_LAYER} from '../layers/layer-ids';
import {explorerStyles} from './explorer-styles';
import {deepActiveElement, returnFocusOnClose} from './focus-return';
import {bringIntoView} from './map-view';
import {scenarioHost} from './scenario-host';
import {closesOnEscape} from './sheet-escape';
import {componentsLine, indexBreakdown} from './index-breakdown';
import {cssColor, formatFixed, indicatorName, messageOr, nationalComparison, rankText, sectorLabel, sectorName, labelledSources, sourceText, sourceTexts, valueSourceLine, valueSources, valueText} from './explorer-text';
import type {RegionDifferenceWords} from './comparison-text';
import {viewCaption} from './view-caption';
import type {ChartSeries} from './kg-line-chart';
import './kg-line-chart';
import {sharedStyles} from './shared-styles';
import {styleProps} from './style-props';
import {StoreElement} from './store-element';
import {viewEvent} from './view-event';
import {clusterNoteText} from './layer-tooltips';
import {tooltipContent} from './tooltip-content';
import {differenceWords} from './kg-summary';
import './kg-cluster-class';
import {placeDetails} from '../i18n/messages/place-details';
import {regionProfile} from '../i18n/messages/region-profile';

/**
 * Where the profile may cover the control that pinned its region (updated), and where the region is
 * brought into view again once the window's width changes (a phone or a tablet turned): phones (the
 * panels are sheets over the map's lower part), windows up to 1023 px wide and short ones (the panels
 * take the sidebar's column, styles.css), and touch screens. The green-clusters panel has the same, for
 * a tapped site: a module shared by the two code-split chunks would be a chunk of its own, whose name
 * the first view would carry in its preload list. (When a region is pinned: main.ts revealPinned.)
 */
export const REVEAL_MEDIA = '(max-width: 1023px), (max-height: 480px), (hover: none)';

addMessages(regionProfile);
addMessages(placeDetails); // a region's kind (oblast or city), worded as in its tooltip

const REGION_LINE = '#1f5fa8';
const NATIONAL_LINE = '#8a6d3b';

/** The pinned region's profile: every indicator and sector, series over time, clusters, growth points, sources. */
@customElement('kg-region-card')
export class KgRegionCard extends StoreElement {
  static override styles = [
    sharedStyles,
    explorerStyles,
    css`
      /* Each growth point and cluster opens to what its tooltip says, but not its name or note: the
         summary has them. One marker, drawn alike on every screen. */
      ul.points {
        list-style: none;
        padding-left: 0;
      }
      ul.points summary {
        list-style: none;
        column-gap: 0.35em;
        cursor: pointer;
      }
      ul.points summary::-webkit-details-marker {
        display: none;
      }
      /* Drawn, not read (the empty alternative text after the slash): the summary says whether it is open
         (expanded), and the symbol was read as part of its name. */
      ul.points summary::before {
        /* The symbol alone first: a browser without alternative text for content (Safari before
           17.4) drops the second declaration. */
        content: '▸';
        content: '▸' / '';
      }
      ul.points details[open] summary::before {
        content: '▾';
        content: '▾' / '';
      }
      .point {
        padding-left: 1em;
      }
      .point .name,
      .point .cluster-note {
        display: none;
      }
      :host {
        display: block;
      }
      .panel {
        padding: 10px 12px;
        max-height: 100%;
        overflow-y: auto;
        pointer-events: auto;
        container-type: inline-size;
      }
      @media (max-width: 700px) {
        :host {
          height: 100%;
        }
        .panel {
          height: 100%;
          border-radius: 14px 14px 0 0;
          border-bottom: 0;
        }
      }
      /* The region's name and its × stay in sight while the profile scrolls (a phone's sheet, a long
         profile beside the map): deep in its series a reader lost which region it was, and the way out. */
      header {
        display: flex;
        gap: 8px;
        align-items: flex-start;
        position: sticky;
        top: -10px;
        z-index: 1;
        margin: -10px -12px 0;
        padding: 10px 12px 4px;
        background: var(--kg-surface);
      }
      h2#card-title {
        font-size: 1.1rem;
        text-transform: none;
        letter-spacing: 0;
        color: var(--kg-text);
        margin: 0;
        flex: 1;
      }
      h3 {
        font-size: 0.9rem;
        margin: 12px 0 4px;
      }
      p {
        margin: 6px 0 0;
      }
      .now {
        margin-top: 8px;
        padding: 8px;
        border-radius: var(--kg-radius);
        background: var(--kg-surface-2);
      }
      .big {
        font-size: 1.5rem;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      details.why {
        margin: 6px 0 2px;
        font-size: 0.85rem;
      }
      details.why table {
        width: 100%;
        border-collapse: collapse;
      }
      details.why caption {
        text-align: left;
        font-size: 0.78rem;
        color: var(--kg-text-muted);
        padding: 4px 0;
      }
      details.why th,
      details.why td {
        padding: 2px 4px;
        border-bottom: 1px solid var(--kg-border);
        text-align: left;
        font-weight: normal;
      }
      details.why .num {
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
      details.why td.unknown {
        font-style: italic;
        color: var(--kg-text-muted);
      }
      dl {
        display: grid;
        grid-template-columns: 1fr auto;
        align-items: baseline;
        gap: 1px 10px;
        margin: 0;
        font-size: 0.85rem;
      }
      dt.current,
      dd.current {
        font-weight: 700;
      }
      /* A sector's name puts it on the map: a button that reads as the row's name. */
      button.to-map {
        all: unset;
        display: block;
        box-sizing: border-box;
        min-height: 24px;
        padding: 3px 0;
        cursor: pointer;
        text-decoration: underline dotted;
        text-underline-offset: 3px;
      }
      /* A finger's target of 44 px on phones and touch screens, as every button (shared styles). */
      @media (max-width: 700px), (pointer: coarse) {
        button.to-map {
          min-height: 44px;
          padding-block: 12px;
        }
      }
      button.to-map:hover {
        text-decoration-style: solid;
      }
      button.to-map:focus-visible {
        outline: 3px solid var(--kg-focus);
        outline-offset: 1px;
      }
      dd .rank {
        color: var(--kg-text-muted);
        font-weight: normal;
        font-size: 0.9em;
      }
      dd {
        margin: 0;
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
      dd.unknown {
        color: var(--kg-text-muted);
        font-style: italic;
      }
      /* Less than 16 of its text's sizes wide (a reader's larger text: 11 at 200 %, 22 at the default
         size), a figure goes under its name: beside it, the names' longest words ("кондиционированный")
         and the figures made the profile scroll sideways. */
      @container (max-width: 16em) {
        dl {
          grid-template-columns: minmax(0, 1fr);
        }
        dd {
          text-align: left;
          margin-bottom: 6px;
        }
      }
      ul {
        margin: 0;
        padding-left: 18px;
        font-size: 0.85rem;
      }
      .family {
        font-size: 0.8rem;
        color: var(--kg-text-muted);
        margin-top: 6px;
      }
      section {
        border: none;
        padding: 0;
      }
    `,
  ];

  constructor() {
    super();
    // Closing the profile gives the focus back to what pinned the region (the map, a table row…).
    returnFocusOnClose(this, () => this.store?.state.view.region != null);
  }

  /**
   * Escape anywhere closes the profile, unless something nearer to the key took it: an open dialog
   * (it closes itself), or a panel or menu that stopped it; or the green-clusters panel or the scenario
   * editor is over the profile (opened after it, or both came at once: sheet-escape.ts, styles.css),
   * which then closes first (kg-energy-panel, kg-scenario-editor). One Escape closes one thing: the key
   * is marked taken.
   */
  #onKeydown = (e: KeyboardEvent) => {
    if (!closesOnEscape(e, 'profile', this.state)) return;
    this.dispatchEvent(viewEvent({region: null}));
    e.preventDefault();
  };

  /** The region whose profile was last drawn. */
  #shown: RegionCode | null = null;

  /** Closed: the sidebar it hid (data-open; a short or narrow window) is shown before the focus goes back there. */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.state.view.region) this.removeAttribute('data-open');
  }

  /**
   * On a phone the profile is a sheet over the lower part of the screen, in a short or ≤ 1023 px wide
   * window (a phone on its side, a portrait tablet) it is over the sidebar: a region pinned from a control it now covers (a table row, by
   * Enter) would leave the keyboard there, unseen, with the profile's Close after the rest of the sheet.
   * The profile's heading takes the focus then; closing the profile gives it back to the row
   * (returnFocusOnClose). A focus still in view (the map) stays where it is. Open, the profile marks
   * itself (data-open), so that the sidebar it covers there leaves the keyboard's way
   * (styles.css).
   */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const title = this.renderRoot.querySelector<HTMLElement>('#card-title');
    const region = title ? this.state.view.region : null;
    const hidden = region && region !== this.#shown && window.matchMedia?.(REVEAL_MEDIA).matches && focusHiddenBy(this);
    this.toggleAttribute('data-open', region !== null);
    if (hidden) title!.focus();
    this.#shown = region;
    this.#openPoint(title);
  }

  /** The growth point (state.point) whose entry was last opened. */
  #point: AppState['point'];

  /**
   * A growth point clicked or tapped on the map (main.ts) opens its entry here, scrolled to the
   * profile's top: its name is what one sees first (a phone shows no tooltip; the entry was 3,400 px
   * down, closed). Only a new click does it: other updates keep the reader's scroll and disclosures.
   * Scrolled in the next frame, once the charts above it have drawn (their height moves it).
   */
  #openPoint(title: HTMLElement | null): void {
    const point = this.state.point;
    if (!title || point === this.#point) return;
    this.#point = point;
    const entry = this.renderRoot.querySelector<HTMLDetailsElement>(`details[data-point="${CSS.escape(point?.id ?? '')}"]`);
    const panel = this.renderRoot.querySelector<HTMLElement>('.panel');
    if (!entry || !panel) return;
    entry.open = true;
    requestAnimationFrame(() => (panel.scrollTop += entry.getBoundingClientRect().top - panel.getBoundingClientRect().top - 8));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.#onKeydown);
    window.addEventListener('resize', this.#onResize);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.#onKeydown);
    window.removeEventListener('resize', this.#onResize);
    clearTimeout(this.#settle);
  }

  /** The window's width when last seen (#onResize). */
  #width = window.innerWidth;
  #settle: ReturnType<typeof setTimeout> | undefined;

  /**
   * Turning a phone moves the profile (a sheet below, a column beside), over the region that main.ts
   * (revealPinned) brought into view when it was pinned: it is brought into view again once the layout
   * and the map have their new size (a move of the page's, as that one). Not for a change of height
   * alone (a phone's address bar showing or hiding).
   */
  #onResize = () => {
    if (this.#width === (this.#width = window.innerWidth)) return;
    clearTimeout(this.#settle);
    this.#settle = setTimeout(() => {
      const {atlas, view} = this.state;
      const label = atlas?.boundaries.regions.features.find((f) => f.properties.code === view.region)?.properties.label;
      if (label && window.matchMedia(REVEAL_MEDIA).matches) void scenarioHost().then((host) => bringIntoView(host.map, label));
    }, 300);
  };

  override render() {
    const {atlas, view} = this.state;
    if (!atlas || !view.region) return nothing;
    const lang = view.lang;
    const code = view.region;
    const row = atlas.tables.regions.find((r) => r.code === code);
    const feature = atlas.boundaries.regions.features.find((f) => f.properties.code === code);
    const c = choroplethOf(this.state);
    // On a difference map, what the region is painted for (and both sides' sources): worked out once.
    const diff = c ? differenceWords.region?.(lang, this.state, code) : null;
    return html`<section class="panel" aria-labelledby="card-title">
      <header>
        <h2 id="card-title" tabindex="-1">${regionNamer(atlas.tables.regions)(code, lang)}</h2>
        <button @click=${() => this.dispatchEvent(viewEvent({region: null}))} aria-label=${t(lang, 'card.close')} title=${t(lang, 'profile.escape')}>×</button>
      </header>
      <p class="muted">${row ? t(lang, `region.kind.${row.kind}`) : nothing} · ${code}</p>
      ${feature?.properties.schematic ? html`<p class="small">${t(lang, 'region.schematic')}</p>` : nothing}
      ${c ? this.#now(lang, code, c, diff) : nothing} ${this.#integral(lang, code)} ${this.#lq2018(lang, code)}
      <kg-cluster-class .store=${this.store} .code=${code}></kg-cluster-class> ${this.#series(lang, code)}
      ${this.#clusters(lang, code)} ${this.#growthPoints(lang, code)}
      <h3>${t(lang, 'profile.sources')}</h3>
      <ul class="small">
        ${sourceTexts(lang, ['seed002-t3.1', 'seed003-t3', 'sdg-9.2.2', 'sdg-8.1.1.2', ...(c ? (diff?.sources ?? valueSources(code, c.result)) : [])]).map((s) => html`<li>${s}</li>`)}
      </ul>
    </section>`;
  }

  #now(lang: Lang, code: RegionCode, c: Choropleth, diff: RegionDifferenceWords | null | undefined) {
    // On a difference map (a scenario against the baseline, or this year against another), what the
    // region is painted for, in its colour there — the indicator's value would not match the map.
    if (diff) {
      const fill = this.state.regionPaint?.fills[code];
      return html`<div class="now" data-testid="profile-now" data-difference>
        <div class="small muted">${t(lang, 'profile.onMap')}</div>
        <div class="small">${diff.title}</div>
        <div>
          <span class="swatch ${fill ? '' : 'unknown'}" ${styleProps(fill ? {'background-color': cssColor(fill)} : {})}></span>
          <strong>${diff.change}</strong>
        </div>
        <div class="small">${diff.values}</div>
        <div class="small">${diff.rank}</div>
        ${diff.why ? html`<div class="small">${diff.why}</div>` : nothing}
        <p class="source">${labelledSources(lang, diff.sources)}</p>
      </div>`;
    }
    const v = c.value(code);
    const rank = rankText(lang, c, code);
    const origin = c.result.origin;
    return html`<div class="now" data-testid="profile-now">
      <div class="small muted">${t(lang, 'profile.onMap')}</div>
      <div class="small">
        <span class="badge ${origin}" title=${t(lang, `badge.${origin}.title`)}>${t(lang, `badge.${origin}`)}</span>
        ${viewCaption(lang, c.result).line}
      </div>
      <div>
        <span class="swatch ${v.status === 'ok' ? '' : 'unknown'}" ${styleProps({'background-color': cssColor(c.fill(code))})}></span>
        <span class="big">${valueText(lang, v, c.result.decimals)}</span>
        ${rank !== null ? html`<span class="small">${rank}</span>` : nothing}
      </div>
      <div class="small">
        ${v.status === 'ok' ? nationalComparison(lang, c.result.ind, v, c.result.decimals) : t(lang, `status.${v.status}.about`)}
      </div>
      ${componentsLine(lang, c.result)} ${indexBreakdown(lang, c.result, code, regionNamer(this.state.atlas!.tables.regions)(code, lang))}
      <p class="source">${valueSourceLine(lang, code, c.result)}</p>
    </div>`;
  }

  #integral(lang: Lang, code: RegionCode) {
    const {integral} = publishedProfile(this.state.atlas!.tables, code);
    const current = this.state.view.ind === 'integral' ? this.state.view.sector : null;
    return html`<h3>${t(lang, 'profile.integral')} <span class="badge published">${t(lang, 'badge.published')}</span></h3>
      <dl>
        ${integral.map((r) => {
          const cls = r.industry === current ? 'current' : '';
          return html`<dt class=${cls}>${this.#toMap(lang, 'integral', r.industry, sectorName(lang, r.industry), !!cls)}</dt>
            <dd class="${cls} ${r.value === null ? 'unknown' : ''}">
              ${r.value === null ? t(lang, 'status.no_production') : formatFixed(lang, r.value, INDICATOR_INFO.integral.decimals)}${this.#rank(lang, 'integral', r.industry, code)}
            </dd>`;
        })}
      </dl>
      <p class="source">${t(lang, 'source.label')}: ${sourceText(lang, 'seed002-t3.1')}</p>`;
  }

  #lq2018(lang: Lang, code: RegionCode) {
    const {lq2018} = publishedProfile(this.state.atlas!.tables, code);
    const current = this.state.view.ind === 'lq2018' ? this.state.view.sector : null;
    return html`<h3>${t(lang, 'profile.lq2018')} <span class="badge published">${t(lang, 'badge.published')}</span></h3>
      ${lq2018.length === 0
        ? html`<p class="small">${t(lang, 'profile.lq2018.none')}</p>`
        : html`<dl>
            ${lq2018.map((r) => {
              const cls = r.section === current ? 'current' : '';
              return html`<dt class=${cls}>${this.#toMap(lang, 'lq2018', r.section, sectorLabel(lang, r.section), !!cls)}</dt>
                <dd class=${cls}>${formatFixed(lang, r.value, r.decimals)}${this.#rank(lang, 'lq2018', r.section, code)}</dd>`;
            })}
          </dl>`}
      <p class="small muted">${t(lang, 'profile.lq2018.others')}</p>
      <p class="source">${t(lang, 'source.label')}: ${sourceText(lang, 'seed003-t3')}</p>`;
  }

  /** A published row's name: a button that puts its sector on the map (pressed while it is there). */
  #toMap(lang: Lang, ind: PublishedIndicatorId, sector: string, name: string, shown: boolean) {
    const year = INDICATORS[ind].years?.default ?? null;
    return html`<button class="to-map" aria-pressed=${shown ? 'true' : 'false'} title=${t(lang, 'profile.showOnMap')} @click=${() => this.dispatchEvent(viewEvent({ind, sector, year}))}>
      ${name}
    </button>`;
  }

  /** The region's rank among those the source gives a value for in the sector (" · Rank 2 of 8"). */
  #rank(lang: Lang, ind: PublishedIndicatorId, sector: string, code: RegionCode) {
    const ranking = rankRegions(publishedIndicator(this.state.atlas!.tables, ind, sector).values);
    const rank = ranking.rank.get(code);
    return rank === undefined ? nothing : html`<span class="rank"> · ${t(lang, 'value.rank', {rank, total: ranking.ranked})}</span>`;
  }

  #series(lang: Lang, code: RegionCode) {
    const tables = this.state.atlas!.tables;
    const names = regionNamer(tables.regions);
    const raw = (rows: readonly StatRow[], caption: string, source: SourceId, decimals: number) => {
      const series = [code, NATIONAL_CODE].map(
        (c): ChartSeries => ({
          label: c === NATIONAL_CODE ? t(lang, 'profile.series.national') : names(code, lang),
          points: rows.filter((r) => r.region_code === c && r.year !== null).map((r) => ({year: r.year!, value: r.value})),
          color: c === NATIONAL_CODE ? NATIONAL_LINE : REGION_LINE,
          dashed: c === NATIONAL_CODE,
        }),
      );
      return html`<kg-line-chart
        .series=${series}
        caption=${caption}
        locale=${lang}
        decimals=${decimals}
        source=${`${t(lang, 'source.label')}: ${sourceText(lang, source)}${note(source)}`}
      ></kg-line-chart>`;
    };
    // Osh oblast's manufacturing shares up to 2012 include Osh city (the drop to 2013 is that); GRP
    // per capita changes its population base in 2018 (data/stats/README.md §2).
    const note = (source: SourceId) =>
      code === 'KG-O' && source === 'sdg-9.2.2' ? ` (${t(lang, 'source.note.oshBefore2013')})` : source === 'sdg-8.1.1.2' ? `; ${t(lang, 'profile.series.grpBreak')}` : '';
    return html`<h3>${t(lang, 'profile.series')}</h3>
      ${raw(tables.manufacturingShare, t(lang, 'profile.series.mfgShare'), 'sdg-9.2.2', 1)}
      ${raw(tables.grpPerCapita, t(lang, 'profile.series.grppc'), 'sdg-8.1.1.2', 1)} ${this.#computedSeries(lang, code)}`;
  }

  #computedSeries(lang: Lang, code: RegionCode) {
    const series = this.state.series;
    if (!series || series.status === 'pending') return html`<p class="small muted">${t(lang, 'profile.series.pending')}</p>`;
    const charts = (['mfg-lq', 'grp-pc'] as const).map((ind) => {
      const results = series.results[ind] ?? [];
      const points = results.map((r) => {
        const v = r.values.find((x) => x.code === code);
        return {year: r.year ?? INDICATORS[ind].years!.default, value: v?.status === 'ok' ? v.value : null};
      });
      const caption = t(lang, 'profile.series.computed', {indicator: indicatorName(lang, ind)});
      if (!points.some((p) => p.value !== null))
        return html`<p class="small"><span class="badge computed">${t(lang, 'badge.computed')}</span> ${caption}: ${t(lang, 'profile.series.noData')}</p>`;
      // Each result names its sources (normaliseResult: the published inputs, or the imported file's).
      const sources = [...new Set(results.flatMap((r) => valueSources(code, r)))];
      return html`<kg-line-chart
        .series=${[{label: regionNamer(this.state.atlas!.tables.regions)(code, lang), points, color: REGION_LINE}]}
        .reference=${NEUTRAL_VALUE}
        caption=${caption}
        locale=${lang}
        decimals=${results[0]?.decimals ?? 2}
        source=${`${labelledSources(lang, sources)}${ind === 'grp-pc' ? `; ${t(lang, 'profile.series.grpBreak')}` : ''}`}
      ></kg-line-chart>`;
    });
    return html`${charts}`;
  }

  #clusters(lang: Lang, code: RegionCode) {
    const rows = this.state.atlas!.tables.clusters.filter((r) => r.regions.includes(code));
    const families = [...new Set(rows.map((r) => r.family))];
    return html`<h3>${t(lang, 'profile.clusters')}</h3>
      ${rows.length === 0
        ? html`<p class="small">${t(lang, 'profile.clusters.none')}</p>`
        : // Keyed by the region: another region's clusters start closed.
          keyed(
            code,
            families.map(
              (family) => html`<div class="family">${messageOr(lang, CLUSTER_FAMILY_KEYS[family] ?? '', family)}</div>
                <ul class="points">
                  ${rows.filter((r) => r.family === family).map((r) => this.#cluster(lang, r))}
                </ul>`,
            ),
          )}`;
  }

  /**
   * A cluster opens to what its map tooltip says (members, the coefficients and LQs behind the link,
   * the rule): a touch screen shows no tooltip, and a keyboard or screen reader cannot hover a link.
   */
  #cluster(lang: Lang, r: ClusterRow) {
    const name = clusterName(r, lang, kyNamer(this.state.atlas!.tables.namesKy));
    const layer = r.id.startsWith('green-') ? GREEN_LAYER : LINKS_LAYER;
    return html`<li>
      <details>
        <summary>
          ${name} <span class="muted small">(${citation(lang, r.source)})</span>
          <div class="small">${clusterNoteText(lang, r)}</div>
        </summary>
        <div class="small point">${tooltipContent({kind: 'object', layer, id: r.id}, this.state, 'profile')}</div>
      </details>
    </li>`;
  }

  #growthPoints(lang: Lang, code: RegionCode) {
    const rows = this.state.atlas!.tables.growthPoints.filter((r) => r.oblast_iso === code);
    return html`<h3>${t(lang, 'profile.growth')}</h3>
      ${rows.length === 0
        ? html`<p class="small">${t(lang, 'profile.growth.none')}</p>`
        : // Keyed by the region: another region's points start closed.
          keyed(
            code,
            html`<ul class="points">
                ${rows.map((r) => {
                  const name = growthPointName(r, lang);
                  // What its tooltip says (where the population and the position come from, caveats), for
                  // a phone, which has no tooltips, and for anyone reading the profile.
                  return html`<li>
                    <details data-point=${r.id}>
                      <summary>
                        ${name}${r.population !== null && r.population_year !== null
                          ? // The space in the same text as the words: a text of its own (the template's) was
                            // left out of the summary's name as Chromium computes it ("Karakolpopulation").
                            html`<span class="muted small"
                              >${` ${t(lang, 'profile.growth.population', {population: formatFixed(lang, r.population, 0), year: r.population_year})}`}</span
                            >`
                          : nothing}
                      </summary>
                      <div class="small point">${tooltipContent({kind: 'object', layer: GROWTH_LAYER, id: r.id}, this.state, 'profile')}</div>
                    </details>
                  </li>`;
                })}
              </ul>`,
          )}`;
  }
}

/** Whether the focused element (inside shadow roots too) lies wholly under `card`, outside it. */
function focusHiddenBy(card: HTMLElement): boolean {
  const active = deepActiveElement(card);
  if (!active || active === card || active === document.body) return false;
  const a = active.getBoundingClientRect();
  const c = card.getBoundingClientRect();
  return c.height > 0 && a.top >= c.top && a.bottom <= c.bottom && a.left >= c.left && a.right <= c.right;
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-region-card': KgRegionCard;
  }
}
