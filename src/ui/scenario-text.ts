// Scenario edits and problems in words, for the editor's list (always rendered as text).
import {formatNumber} from '../i18n/format';
import {addMessages, t, type Lang, type MessageKey} from '../i18n/i18n';
import {placeDetails} from '../i18n/messages/place-details';
import {clusterName, energySiteName, growthPointName, kyNamer} from '../i18n/place-names';
import {regionNamer} from '../i18n/region-names';
import type {ScenarioProblem} from '../io/scenario-format';
import {POTENTIAL_COMPONENTS} from '../model/cluster-potential';
import type {Scenario, ScenarioEdit, ScenarioSettings} from '../model/scenario';
import type {EditProblem} from '../model/scenario-apply';
import type {AppState, AtlasData} from '../state/app-state';
import {baselineAtlas} from '../state/scenario-session';
import {formatUpTo} from './layer-text';
import {sectorName} from './explorer-text';
import {showsScenario} from './scenario-caption';
import {indexComponents} from '../i18n/messages/index-components';
import {scenarios} from '../i18n/messages/scenarios';
import {layerLegends} from '../i18n/messages/layer-legends';

addMessages(scenarios); // the words this module uses, wherever it is loaded from
addMessages(indexComponents); // the index's components, in the settings' lines
addMessages(placeDetails); // energy categories and statuses
addMessages(layerLegends); // the capacity unit in the reader's script (МВт)

/** Names of places as the scenario's baseline and its own additions know them. */
export function placeNamer(base: AtlasData, edits: readonly ScenarioEdit[], lang: Lang) {
  const ky = kyNamer(base.tables.namesKy);
  const added = new Map(edits.flatMap((e) => ('name' in e ? [[e.id, e.name] as const] : [])));
  return {
    site: (id: string | null) => {
      if (id === null) return t(lang, 'scenario.noHub');
      const row = base.tables.energySites.find((r) => r.id === id);
      return row ? energySiteName(row, lang, ky) : (added.get(id) ?? id);
    },
    growth: (id: string) => {
      const row = base.tables.growthPoints.find((r) => r.id === id);
      return row ? growthPointName(row, lang) : (added.get(id) ?? id);
    },
    cluster: (id: string) => {
      const row = base.tables.clusters.find((r) => r.id === id);
      return row ? clusterName(row, lang, ky) : (added.get(id) ?? id);
    },
  };
}

/** A point as the page's language writes it (42,875° с. ш., 74,612° в. д. in Russian). */
const coords = (lang: Lang, lon: number, lat: number) => t(lang, 'scenario.coords', {lat: formatUpTo(lang, lat, 3, 3), lon: formatUpTo(lang, lon, 3, 3)});

/** A number as the page's language writes it ("1,5" in Russian and Kyrgyz); imported values may have many decimals. */
export const num = (lang: Lang, value: number) => formatNumber(lang, value, {maxDecimals: 6});

/** A setting a scenario changed from its default, in words, and the settings without that change. */
export interface SettingsChange {
  text: string;
  without: ScenarioSettings;
}

/** The settings that differ from the defaults: the index's weights, aggregation and band, the class thresholds. */
export function settingsChanges(lang: Lang, settings: ScenarioSettings): SettingsChange[] {
  const lines: SettingsChange[] = [];
  const w = settings.potential?.weights ?? {};
  for (const k of POTENTIAL_COMPONENTS)
    if (w[k] !== undefined)
      lines.push({
        text: t(lang, 'scenario.edit.weight', {component: t(lang, `index.component.${k}` as MessageKey), value: num(lang, w[k]!)}),
        without: {...settings, potential: {...settings.potential, weights: {...w, [k]: undefined}}},
      });
  if (settings.potential?.aggregation)
    lines.push({
      text: t(lang, 'scenario.edit.aggregation', {aggregation: t(lang, `scenario.aggregation.${settings.potential.aggregation}` as MessageKey)}),
      without: {...settings, potential: {...settings.potential, aggregation: undefined}},
    });
  if (settings.potential?.stabilityBand !== undefined)
    lines.push({
      text: t(lang, 'scenario.edit.band', {value: Math.round(settings.potential.stabilityBand * 100)}),
      without: {...settings, potential: {...settings.potential, stabilityBand: undefined}},
    });
  for (const [k, v] of Object.entries(settings.thresholds ?? {}))
    lines.push({
      text: t(lang, 'scenario.edit.threshold', {threshold: t(lang, `scenario.threshold.${k}` as MessageKey), value: num(lang, v)}),
      without: {...settings, thresholds: {...settings.thresholds, [k]: undefined}},
    });
  return lines;
}

/**
 * What a scenario assumes, in words, one line per changed setting and per edit (the editor's list): for
 * a reader of its CSV or picture who never opened it.
 */
export function scenarioAssumptions(lang: Lang, scenario: Scenario, base: AtlasData): string[] {
  return [...settingsChanges(lang, scenario.settings).map((c) => c.text), ...scenario.edits.map((e) => describeEdit(e, lang, base, scenario.edits))];
}

/**
 * The assumptions of the scenario the view shows, numbered in one text ("1) …; 2) …"), at most `max`
 * of them and how many more; '' for the baseline.
 */
export function viewAssumptions(lang: Lang, state: Pick<AppState, 'scenario' | 'atlas'>, max = Infinity): string {
  const scenario = state.scenario?.scenario;
  // Places the scenario removed are named as published (the view's atlas no longer has them).
  const base = baselineAtlas() ?? state.atlas;
  if (!scenario || !showsScenario(state) || !base) return '';
  const lines = scenarioAssumptions(lang, scenario, base);
  const list = lines
    .slice(0, max)
    .map((line, i) => `${i + 1}) ${line}`)
    .join('; ');
  return lines.length > max ? t(lang, 'scenario.assumptionsMore', {list, n: lines.length - max}) : list;
}

export function describeEdit(e: ScenarioEdit, lang: Lang, base: AtlasData, edits: readonly ScenarioEdit[]): string {
  const names = placeNamer(base, edits, lang);
  const region = regionNamer(base.tables.regions);
  switch (e.kind) {
    case 'input': {
      const what = t(lang, 'scenario.edit.input', {
        indicator: t(lang, `scenario.indicator.${e.indicator}` as MessageKey),
        sector: e.sector === 'TOTAL' ? t(lang, 'scenario.sector.total') : sectorName(lang, e.sector),
        region: region(e.region, lang),
        year: e.year === null ? t(lang, 'scenario.allYears') : String(e.year),
      });
      const how =
        e.op === 'scale'
          ? t(lang, 'scenario.edit.scale', {percent: `${e.value >= 0 ? '+' : '−'}${formatUpTo(lang, Math.abs(e.value), 2)}`})
          : t(lang, 'scenario.edit.set', {value: formatUpTo(lang, e.value, 6)});
      return `${what}: ${how}`;
    }
    case 'site-add':
      return t(lang, 'scenario.edit.siteAdd', {
        name: e.name,
        category: t(lang, `energy.category.${e.category}`),
        status: t(lang, `energy.status.${e.status}`),
        where: coords(lang, e.lon, e.lat),
      });
    case 'site-move':
      return t(lang, 'scenario.edit.siteMove', {name: names.site(e.id), where: coords(lang, e.lon, e.lat)});
    case 'site-remove':
      return t(lang, 'scenario.edit.siteRemove', {name: names.site(e.id)});
    case 'site-status':
      return t(lang, 'scenario.edit.siteStatus', {name: names.site(e.id), status: t(lang, `energy.status.${e.status}`)});
    case 'site-capacity':
      return t(lang, 'scenario.edit.siteCapacity', {
        name: names.site(e.id),
        capacity: e.capacityMw === null ? t(lang, 'scenario.unknown') : t(lang, 'energy.mw', {value: formatUpTo(lang, e.capacityMw)}),
      });
    case 'spoke-assign':
      return t(lang, 'scenario.edit.spokeAssign', {spoke: names.site(e.spoke), hub: names.site(e.hub)});
    case 'growth-add':
      return t(lang, 'scenario.edit.growthAdd', {name: e.name, region: region(e.region, lang), where: coords(lang, e.lon, e.lat)});
    case 'growth-remove':
      return t(lang, 'scenario.edit.growthRemove', {name: names.growth(e.id)});
    case 'link-add':
      return t(lang, 'scenario.edit.linkAdd', {name: e.name, regions: e.regions.map((c) => region(c, lang)).join(', ')});
    case 'link-remove':
      return t(lang, 'scenario.edit.linkRemove', {name: names.cluster(e.id)});
  }
}

/**
 * A problem in words. An input edit that matched nothing names what the shown data do have there
 * (employment on data of shares: "only employment share"), as the edit's `indicator` is not among them.
 */
export function problemText(p: EditProblem, lang: Lang, edit?: ScenarioEdit): string {
  if (p.reason === 'matches-nothing' && p.have && edit?.kind === 'input') {
    const name = (x: string) => t(lang, `scenario.indicator.${x}` as MessageKey);
    return p.have.length === 0
      ? t(lang, 'scenario.problem.matches-nothing.none')
      : t(lang, 'scenario.problem.matches-nothing.have', {indicator: name(edit.indicator), have: p.have.map(name).join(', ')});
  }
  return t(lang, `scenario.problem.${p.reason}` as MessageKey);
}

/** A scenario file's problem in words (the editor shows its JSON path beside it). */
export function fileProblemText(p: ScenarioProblem, lang: Lang): string {
  return t(lang, `scenario.file.${p.code}` as MessageKey, p.params);
}
