// applyScenario(baseline, scenario): the baseline with a scenario's settings and edits applied. Pure.
// The places (energy sites, growth points, clusters) and hub overrides are drawn on the main thread;
// the settings and input edits are what the worker computes with (scenarioCompute in scenario.ts).
// An empty scenario gives back the baseline itself (a property test checks it).
import type {ClusterRow, EnergySiteRow, GrowthPointRow} from '../io/schemas';
import type {EnrightThresholds} from './cluster-classification';
import {FAMILY_OF_ROW, linkFamily} from './link-families';
import type {PotentialSettings} from './cluster-potential';
import {POTENTIAL_COMPONENTS} from './cluster-potential';
import type {DatasetColumns} from './dataset';
import {energyRole} from './energy-sites';
import type {HubOverrides} from './hub-assignment';
import type {Scenario, ScenarioEdit, SiteAddEdit, StatusClassName} from './scenario';
import {applyInputEdits} from './scenario-inputs';
import {markEdited, SCENARIO_SOURCE} from './scenario-marks';

export interface ScenarioBaseline {
  potential: PotentialSettings;
  thresholds: EnrightThresholds;
  energySites: readonly EnergySiteRow[];
  growthPoints: readonly GrowthPointRow[];
  clusters: readonly ClusterRow[];
  /** The statistics' records (in the worker); null where they are not at hand (the main thread). */
  columns: DatasetColumns | null;
  hubOverrides: HubOverrides;
}

export type EditProblemReason = 'unknown-id' | 'duplicate-id' | 'not-a-spoke' | 'not-a-hub' | 'not-a-link' | 'matches-nothing' | 'outside-region' | 'near-region-edge';

export interface EditProblem {
  /** Index of the edit in scenario.edits. */
  index: number;
  reason: EditProblemReason;
  /** matches-nothing, from the worker: the statistics the shown data have for the edit's region and sector. */
  have?: readonly string[];
}

export interface AppliedScenario extends ScenarioBaseline {
  problems: EditProblem[];
}

export {SCENARIO_SOURCE};

const STATUS_TEXT: Record<StatusClassName, string> = {operating: 'operating', construction: 'under construction', planned: 'planned'};

function siteRow(e: SiteAddEdit): EnergySiteRow {
  return {
    id: e.id,
    name_en: e.name,
    name_ru: e.name,
    category: e.category,
    technology: '',
    status: STATUS_TEXT[e.status],
    oblast_iso: [],
    river: '',
    lat: e.lat,
    lon: e.lon,
    coord_precision: 'approx',
    coord_source: SCENARIO_SOURCE,
    capacity_mw: e.capacityMw,
    capacity_note: '',
    annual_output_gwh: null,
    output_note: '',
    year_commissioned_or_target: '',
    operator_or_investor: '',
    sources: SCENARIO_SOURCE,
    confidence: '',
    note: '',
    edited: ['added'],
  };
}

/** Whether the scenario touches places (sites, growth points, links) at all. */
export function editsPlaces(s: Scenario): boolean {
  return s.edits.some((e) => e.kind !== 'input');
}

export function applyScenario(baseline: ScenarioBaseline, scenario: Scenario): AppliedScenario {
  const problems: EditProblem[] = [];
  const placeEdits = scenario.edits.map((e, index) => [e, index] as const).filter(([e]) => e.kind !== 'input');
  let energySites = baseline.energySites;
  let growthPoints = baseline.growthPoints;
  let clusters = baseline.clusters;
  let hubOverrides = baseline.hubOverrides;
  if (placeEdits.length > 0) {
    const sites = [...energySites];
    const growth = [...growthPoints];
    const links = [...clusters];
    const overrides: Record<string, string | null> = {...hubOverrides};
    const problem = (index: number, reason: EditProblemReason) => problems.push({index, reason});
    const siteAt = (id: string) => sites.findIndex((s) => s.id === id);
    for (const [e, index] of placeEdits) applyPlaceEdit(e, index, {sites, growth, links, overrides, problem, siteAt});
    energySites = sites;
    growthPoints = growth;
    clusters = links;
    hubOverrides = overrides;
  }

  const settings = scenario.settings;
  let potential = baseline.potential;
  const w = settings.potential?.weights;
  const aggregation = settings.potential?.aggregation;
  if ((w && Object.keys(w).length > 0) || aggregation) {
    const weights = {...potential.weights};
    for (const k of POTENTIAL_COMPONENTS) if (w?.[k] !== undefined) weights[k] = w[k]!;
    potential = {...potential, weights, aggregation: aggregation ?? potential.aggregation};
  }
  let thresholds = baseline.thresholds;
  const t = settings.thresholds;
  if (t && Object.keys(t).length > 0)
    thresholds = {
      strong: {
        lqPercentile: t.lqPercentile ?? thresholds.strong.lqPercentile,
        lqMinimum: t.lqMinimum ?? thresholds.strong.lqMinimum,
        sizePercentile: t.sizePercentile ?? thresholds.strong.sizePercentile,
      },
      advantageLq: t.advantageLq ?? thresholds.advantageLq,
    };

  let columns = baseline.columns;
  const inputs = scenario.edits.map((e, index) => [e, index] as const).filter(([e]) => e.kind === 'input');
  if (columns && inputs.length > 0) {
    const outcome = applyInputEdits(
      columns,
      inputs.map(([e]) => e as Extract<ScenarioEdit, {kind: 'input'}>),
    );
    columns = outcome.columns;
    outcome.matched.forEach((m, i) => {
      if (m === 0) problems.push({index: inputs[i]![1], reason: 'matches-nothing'});
    });
  }
  problems.sort((a, b) => a.index - b.index);
  return {potential, thresholds, energySites, growthPoints, clusters, columns, hubOverrides, problems};
}

interface Work {
  sites: EnergySiteRow[];
  growth: GrowthPointRow[];
  links: ClusterRow[];
  overrides: Record<string, string | null>;
  problem: (index: number, reason: EditProblemReason) => void;
  siteAt: (id: string) => number;
}

function applyPlaceEdit(e: ScenarioEdit, index: number, w: Work): void {
  const {sites, growth, links, overrides, problem, siteAt} = w;
  switch (e.kind) {
    case 'input':
      return;
    case 'site-add':
      if (siteAt(e.id) >= 0) return problem(index, 'duplicate-id');
      sites.push(siteRow(e));
      return;
    case 'site-move':
    case 'site-status':
    case 'site-capacity': {
      const i = siteAt(e.id);
      if (i < 0) return problem(index, 'unknown-id');
      const row = sites[i]!;
      // `sources` stays: it is still where the values not edited come from.
      sites[i] =
        e.kind === 'site-move'
          ? {...row, lon: e.lon, lat: e.lat, coord_precision: 'approx', coord_source: SCENARIO_SOURCE, edited: markEdited(row, 'location')}
          : e.kind === 'site-status'
            ? {...row, status: STATUS_TEXT[e.status], edited: markEdited(row, 'status')}
            : {...row, capacity_mw: e.capacityMw, capacity_note: SCENARIO_SOURCE, edited: markEdited(row, 'capacity')};
      return;
    }
    case 'site-remove': {
      const i = siteAt(e.id);
      if (i < 0) return problem(index, 'unknown-id');
      sites.splice(i, 1);
      delete overrides[e.id];
      return;
    }
    case 'spoke-assign': {
      const spoke = sites[siteAt(e.spoke)];
      if (!spoke) return problem(index, 'unknown-id');
      if (energyRole(spoke.category) !== 'spoke') return problem(index, 'not-a-spoke');
      if (e.hub !== null) {
        const hub = sites[siteAt(e.hub)];
        if (!hub) return problem(index, 'unknown-id');
        if (energyRole(hub.category) !== 'hub') return problem(index, 'not-a-hub');
      }
      overrides[e.spoke] = e.hub;
      return;
    }
    case 'growth-add':
      if (growth.some((g) => g.id === e.id)) return problem(index, 'duplicate-id');
      growth.push({
        id: e.id,
        name_en: e.name,
        name_ru: e.name,
        name_ru_alt: '',
        name_ky: e.name,
        oblast_iso: e.region,
        oblast_centre_of: '',
        settlement_type: 'town',
        admin_status: '',
        lat: e.lat,
        lon: e.lon,
        coord_source: SCENARIO_SOURCE,
        population: null,
        population_year: null,
        population_scope: '',
        population_source: '',
        geonames_id: '',
        confidence: '',
        note: '',
        edited: ['added'],
      });
      return;
    case 'growth-remove': {
      const i = growth.findIndex((g) => g.id === e.id);
      if (i < 0) return problem(index, 'unknown-id');
      growth.splice(i, 1);
      return;
    }
    case 'link-add':
      if (links.some((c) => c.id === e.id)) return problem(index, 'duplicate-id');
      // Drawn and toggled with the proposed inter-regional clusters (its family), but marked as the
      // planner's: it is not one of source 002's.
      links.push({id: e.id, family: FAMILY_OF_ROW.interregional, name_en: e.name, name_ru: e.name, regions: [...e.regions], note: '', source: SCENARIO_SOURCE, edited: ['added']});
      return;
    case 'link-remove': {
      const i = links.findIndex((c) => c.id === e.id);
      if (i < 0) return problem(index, 'unknown-id');
      if (!linkFamily(links[i]!)) return problem(index, 'not-a-link');
      links.splice(i, 1);
      return;
    }
  }
}
