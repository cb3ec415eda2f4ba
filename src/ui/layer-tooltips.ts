// Tooltips of the point and link layers (growth points, energy sites, green clusters, cluster links).
// Importing this module registers them. Text only: every data value goes through a Lit text binding.
import {html, nothing} from 'lit';
import {citation, sourceLine} from '../i18n/citations';
import {clusterNote, noteInEnglishMark, noteLabel} from '../i18n/cluster-notes';
import {addMessages, t, type Lang, type MessageKey} from '../i18n/i18n';
import {clusterName, energySiteName, growthPointName, kyNamer} from '../i18n/place-names';
import {regionNamer, shortRegionName} from '../i18n/region-names';
import {ENERGY_LAYER, GREEN_LAYER, GROWTH_LAYER, LINKS_LAYER} from '../layers/layer-ids';
import {CLUSTER_EVIDENCE} from '../model/cluster-links';
import {linkFamily} from '../model/link-families';
import {hasSeparateProgramme, includesSubordinate, populationKind} from '../model/growth-points';
import {assignSites} from '../model/hub-assignment';
import {isRegionCode} from '../model/region';
import type {ClusterRow} from '../io/schemas';
import type {AppState} from '../state/app-state';
import {formatUpTo, formatPrintedValue, integralValue, lqValue, isWebAddress, roleLine, splitSources, webAddressText} from './layer-text';
import {capacityNoteText} from './capacity-note-text';
import {isEdited, partlyEdited, siteCapacity, siteLocation, siteStatus} from './edited-text';
import {styleProps} from './style-props';
import {registerTooltip, regionValueLine} from './tooltip-content';
// Loaded with the tooltips, when a pointer (a finger too) first comes onto the map (main.ts): a finger's
// tap beside a small symbol is the symbol's.
import '../layers/tap-near-symbol';
import {layerTooltips} from '../i18n/messages/layer-tooltips';
import {placeDetails} from '../i18n/messages/place-details';

addMessages(layerTooltips);
addMessages(placeDetails);

/** Sources are often long web addresses: let them break anywhere rather than overflow the box. */
// Set through the CSSOM (style-props.ts): the page's Content-Security-Policy refuses style attributes.
const WRAP = {'overflow-wrap': 'anywhere'};

const CAVEATS = new Set(['GP06', 'GP10', 'GP12', 'GP15', 'GP17', 'GP20']);

/**
 * An oblast's name as "seat of" needs it: genitive in Russian ("Нарынской области") and Kyrgyz ("Нарын
 * облусунун"). Every oblast's name has the one regular form these endings cover.
 */
export function seatRegion(name: string, lang: Lang): string {
  if (lang === 'ru') return name.replace(/ская область$/, 'ской области');
  if (lang === 'ky') return name.replace(/облусу$/, 'облусунун');
  return name;
}

/** A growth point a scenario added: its name as typed, its region, and the scenario as its source. */
function addedGrowthPoint(name: string, region: unknown, source: string, lang: Lang) {
  return html`<div class="name">${name}</div>
    <div class="muted">${t(lang, 'growth.tooltip.kindScenario')}</div>
    ${region}
    <div class="muted">${t(lang, 'energy.tooltip.source', {first: citation(lang, source)})}</div>`;
}

registerTooltip(GROWTH_LAYER, (id, state, place) => {
  const {atlas, view} = state;
  const row = atlas?.tables.growthPoints.find((r) => r.id === id);
  if (!atlas || !row) return nothing;
  const lang = view.lang;
  const region = regionNamer(atlas.tables.regions);
  // On the map, its region with the value of the map's indicator there (the point's symbol covers the
  // region's colour; a town's own value it is not); in the region's own profile, which gives that value
  // above its growth points, the region alone.
  const regionLabel = t(lang, 'growth.tooltip.region', {region: region(row.oblast_iso, lang)});
  const regionLine = (place === 'map' && regionValueLine(row.oblast_iso, state, regionLabel)) || html`<div>${regionLabel}</div>`;
  // One a planner's scenario added is cited as the scenario's, not as the Concept's list.
  if (isEdited(row)) return addedGrowthPoint(growthPointName(row, lang), regionLine, row.coord_source, lang);
  const seat = row.oblast_centre_of.trim().split(/\s/)[0] ?? '';
  const seatLine = isRegionCode(seat)
    ? t(lang, row.oblast_iso === 'KG-GB' ? 'growth.tooltip.capital' : 'growth.tooltip.seat', {region: seatRegion(region(seat, lang), lang)})
    : null;
  const kind = t(lang, `growth.popKind.${populationKind(row.population_scope)}`);
  const kindText = includesSubordinate(row.population_scope) ? `${kind}, ${t(lang, 'growth.tooltip.inclVillages')}` : kind;
  const population =
    row.population === null
      ? t(lang, 'growth.tooltip.noPopulation')
      : row.population_year === null
        ? t(lang, 'growth.tooltip.populationNoYear', {value: formatUpTo(lang, row.population), kind: kindText})
        : t(lang, 'growth.tooltip.population', {value: formatUpTo(lang, row.population), year: row.population_year, kind: kindText});
  return html`<div class="name">${growthPointName(row, lang)}</div>
    <div class="muted">${t(lang, 'growth.tooltip.kind')}</div>
    ${regionLine} ${seatLine ? html`<div>${seatLine}</div>` : nothing}
    <div>${population}</div>
    ${hasSeparateProgramme(row) ? html`<div><strong>${t(lang, 'growth.tooltip.separate')}</strong></div>` : nothing}
    ${CAVEATS.has(row.id) ? html`<div>${t(lang, `growth.caveat.${row.id}` as MessageKey)}</div>` : nothing}
    <div class="muted">${t(lang, 'growth.tooltip.source')}</div>
    ${row.population_source
      ? html`<div class="muted" ${styleProps(WRAP)}>${t(lang, 'growth.tooltip.populationSource', {source: citation(lang, row.population_source)})}</div>`
      : nothing}
    <div class="muted" ${styleProps(WRAP)}>${t(lang, 'growth.tooltip.coordSource', {source: citation(lang, row.coord_source)})}</div>`;
});

registerTooltip(ENERGY_LAYER, (id, state) => {
  const {atlas, view} = state;
  const site = atlas?.tables.energySites.find((r) => r.id === id);
  if (!atlas || !site) return nothing;
  const lang = view.lang;
  const ky = kyNamer(atlas.tables.namesKy);
  const sites = atlas.tables.energySites;
  const assignment = assignSites(sites, atlas.hubOverrides).assignments.find((a) => a.spokeId === id);
  // A web address in the panel's words ("de.wikipedia.org: wiki/Toktogul-Talsperre"): a raw one broke mid-word.
  const sources = splitSources(site.sources).map((s) => (isWebAddress(s) ? webAddressText(s) : sourceLine(lang, s)));
  // A published site with values a scenario set: those are marked, and its sources cite the others.
  const partly = partlyEdited(site);
  // Which source gives the capacity: the sources' line below names only the first.
  const capacityNote = capacityNoteText(lang, site);
  return html`<div class="name">${energySiteName(site, lang, ky)}</div>
    <div class="muted">${t(lang, `energy.category.${site.category}`)}</div>
    <div>${roleLine(lang, site, assignment, sites, ky)}</div>
    <div>${siteCapacity(lang, site)}</div>
    ${capacityNote === nothing ? nothing : html`<div class="muted source" ${styleProps(WRAP)}>${t(lang, 'energy.tooltip.capacityNote')} ${capacityNote}</div>`}
    <div>${t(lang, 'energy.tooltip.status', {status: siteStatus(lang, site)})}</div>
    <div>${t(lang, 'energy.tooltip.location', {precision: siteLocation(lang, site)})}</div>
    ${partly ? html`<div class="muted">${t(lang, 'scenario.note')}</div>` : nothing}
    <div class="muted" ${styleProps(WRAP)}>
      ${sources.length > 1
        ? t(lang, partly ? 'energy.tooltip.sourcesPublished' : 'energy.tooltip.sources', {first: sources[0]!, n: sources.length - 1})
        : t(lang, partly ? 'energy.tooltip.sourcePublished' : 'energy.tooltip.source', {first: sources[0] ?? ''})}
    </div>`;
});

const GREEN_FACT: Record<string, string> = {'green-organic-agro': 'organic_land', 'green-circular': 'solid_waste_annual'};

registerTooltip(GREEN_LAYER, (id, state) => {
  const {atlas, view} = state;
  const row = atlas?.tables.clusters.find((r) => r.id === id);
  if (!atlas || !row) return nothing;
  const lang = view.lang;
  const region = regionNamer(atlas.tables.regions);
  // Source 004's Table 2 figures are the whole country's: said so, beside what the outline stands for
  // (a case study's region, the places the source names), so that neither reads as the region's.
  const fact = atlas.tables.facts.find((f) => f.key === GREEN_FACT[id]);
  return html`<div class="name">${clusterName(row, lang, kyNamer(atlas.tables.namesKy))}</div>
    <div>${t(lang, 'green.tooltip.regions', {regions: row.regions.map((c) => region(c, lang)).join(', ')})}</div>
    ${clusterNoteText(lang, row)}
    ${fact ? html`<div>${t(lang, `green.figure.${id}` as MessageKey, {value: formatPrintedValue(lang, fact.value)})}</div>` : nothing}
    <div class="muted">${t(lang, 'green.tooltip.source')}</div>`;
});

/**
 * What qualifies a cluster (the data's note, or what a green cluster's outline stands for), in the
 * reader's language; one not translated yet as recorded, marked English. Also the region profile's.
 */
export function clusterNoteText(lang: Lang, row: Pick<ClusterRow, 'id' | 'note'>) {
  const note = clusterNote(lang, row);
  return note
    ? html`<div class="cluster-note">
        ${note.outline ? nothing : `${noteLabel(lang)} `}${note.inEnglish ? html`<span lang="en">${note.text}</span> ${noteInEnglishMark(lang)}` : note.text}
      </div>`
    : nothing;
}

/**
 * Clusters the sources give no member regions for: "most territories" (seeds 000 and 003). The atlas
 * draws every oblast, and says that this list is its reading.
 */
const MEMBERS_READ = new Set(['concept-agro']);

registerTooltip(LINKS_LAYER, (id, state) => linkTooltip(id.split(':')[0] ?? '', state));

function linkTooltip(clusterId: string, state: AppState) {
  const {atlas, view} = state;
  const found = atlas?.tables.clusters.find((r) => r.id === clusterId);
  if (!atlas || !found) return nothing;
  const row = found;
  const lang: Lang = view.lang;
  const region = regionNamer(atlas.tables.regions);
  // One a planner's scenario proposed has no published evidence and is not source 002's.
  const added = isEdited(row);
  const family = linkFamily(row);
  const evidence = (!added && CLUSTER_EVIDENCE[row.id]) || {industries: [], sections: []};
  // One compact line per coefficient: "Chuy 2.075 · Talas 1.444 · Issyk-Kul 0.221". Oblasts go without
  // the word "region", unless that leaves a city's name: cities keep their full name, and Osh oblast
  // stays "Osh Region", so that neither is read as the other.
  const cities = atlas.tables.regions.filter((r) => r.kind === 'city').map((r) => r.code);
  const cityNames = new Set(cities.map((c) => shortRegionName(region(c, lang), lang)));
  const short = (code: (typeof row.regions)[number]) => {
    const full = region(code, lang);
    const shortened = shortRegionName(full, lang);
    return cities.includes(code) || cityNames.has(shortened) ? full : shortened;
  };
  const table = (title: string, value: (code: (typeof row.regions)[number]) => string) =>
    html`<div class="evidence">
      <div class="muted">${title}</div>
      <div>${row.regions.map((code, i) => html`${i > 0 ? ' · ' : ''}${short(code)} <strong>${value(code)}</strong>`)}</div>
    </div>`;
  return html`<div class="name">${clusterName(row, lang, kyNamer(atlas.tables.namesKy))}</div>
    ${added ? html`<div class="muted">${t(lang, 'links.tooltip.scenario')}</div>` : family ? html`<div class="muted">${t(lang, `links.family.${family}`)}</div>` : nothing}
    <div>${t(lang, 'links.tooltip.members', {regions: row.regions.map((c) => region(c, lang)).join(', ')})}</div>
    ${clusterNoteText(lang, row)}
    ${evidence.industries.map((industry) =>
      table(t(lang, 'links.tooltip.integral', {industry: t(lang, `links.industry.${industry}`)}), (code) =>
        integralValue(lang, atlas.tables.integral, code, industry),
      ),
    )}
    ${evidence.sections.map((section) =>
      table(t(lang, 'links.tooltip.lq', {section: `${section} · ${t(lang, `links.section.${section}` as MessageKey)}`}), (code) =>
        lqValue(lang, atlas.tables.lqEmployment2018, code, section),
      ),
    )}
    ${!added && evidence.industries.length + evidence.sections.length === 0 ? html`<div>${t(lang, 'links.tooltip.noEvidence')}</div>` : nothing}
    <div class="muted">${t(lang, 'links.tooltip.source', {source: sourceLine(lang, row.source)})}</div>
    <div class="muted">${t(lang, !added && MEMBERS_READ.has(row.id) ? 'links.tooltip.ruleRead' : 'links.tooltip.rule')}</div>`;
}
