// A planner's scenario: the baseline (the shipped or imported statistics, the published places, the
// default index settings) plus edits. Pure data, no DOM. The JSON format (schema version 1) is the
// public contract documented in README "Scenarios"; src/io/scenario-format.ts validates and migrates
// it, src/model/scenario-apply.ts and scenario-inputs.ts apply it.
//
// Settings (weights, aggregation, thresholds) are values, not edits: a slider sets them, and only
// what differs from the default is kept. Everything else is an ordered list of edits; a later edit
// wins over an earlier one on the same thing, and an edit that names something that is not there (a
// removed site, an unknown id) is not applied and is reported, never guessed.
import {DEFAULT_ENRIGHT_THRESHOLDS, type EnrightThresholds} from './cluster-classification';
import {AGGREGATIONS, DEFAULT_POTENTIAL_SETTINGS, POTENTIAL_COMPONENTS, type Aggregation, type PotentialComponent, type PotentialSettings} from './cluster-potential';
import type {DataIndicator} from './dataset';
import type {RegionCode} from './region';

export const SCENARIO_FORMAT = 'kg-atlas-scenario';
/** The schema version this atlas writes; older files are migrated (src/io/scenario-format.ts). */
export const SCENARIO_VERSION = 1;
export const MAX_NAME_LENGTH = 120;
export const MAX_EDITS = 500;
/** The largest index weight and LQ threshold a scenario may set (the file's rule, and the editor's sliders and fields). */
export const MAX_COEFFICIENT = 10;

export type StatusClassName = 'operating' | 'construction' | 'planned';
export const SITE_STATUSES: readonly StatusClassName[] = ['operating', 'construction', 'planned'];
export const HUB_SITE_CATEGORIES = ['large_hydro', 'large_hydro_planned'] as const;
export const SPOKE_SITE_CATEGORIES = ['solar', 'wind', 'small_hydro'] as const;
export const SITE_CATEGORIES = [...HUB_SITE_CATEGORIES, ...SPOKE_SITE_CATEGORIES] as const;
export type SiteCategory = (typeof SITE_CATEGORIES)[number];

/** Scale (by a percentage) or set raw values of the statistics, before any coefficient is computed. */
export interface InputEdit {
  kind: 'input';
  region: RegionCode;
  /** A GKED letter, an industry id, or TOTAL. */
  sector: string;
  indicator: DataIndicator;
  /** null = every year. */
  year: number | null;
  op: 'scale' | 'set';
  /** scale: percent change (+20 = ×1.2); set: the new value, in the data's unit. */
  value: number;
}

export interface SiteAddEdit {
  kind: 'site-add';
  /** Made by the editor (scn-…), unique within the scenario. */
  id: string;
  /** As the user typed it: shown in every language, always as text. */
  name: string;
  category: SiteCategory;
  status: StatusClassName;
  capacityMw: number | null;
  lon: number;
  lat: number;
}
export interface SiteMoveEdit {
  kind: 'site-move';
  id: string;
  lon: number;
  lat: number;
}
export interface SiteRemoveEdit {
  kind: 'site-remove';
  id: string;
}
export interface SiteStatusEdit {
  kind: 'site-status';
  id: string;
  status: StatusClassName;
}
export interface SiteCapacityEdit {
  kind: 'site-capacity';
  id: string;
  capacityMw: number | null;
}
/** Joins a spoke to a hub of the planner's choice (null = to no hub), instead of the nearest one. */
export interface SpokeAssignEdit {
  kind: 'spoke-assign';
  spoke: string;
  hub: string | null;
}
export interface GrowthAddEdit {
  kind: 'growth-add';
  id: string;
  name: string;
  region: RegionCode;
  lon: number;
  lat: number;
}
export interface GrowthRemoveEdit {
  kind: 'growth-remove';
  id: string;
}
/** A proposed inter-regional cluster: its member regions are linked like the published ones. */
export interface LinkAddEdit {
  kind: 'link-add';
  id: string;
  name: string;
  regions: RegionCode[];
}
/** Removes the links of a cluster (published or added). */
export interface LinkRemoveEdit {
  kind: 'link-remove';
  id: string;
}

export type EnergyEdit = SiteAddEdit | SiteMoveEdit | SiteRemoveEdit | SiteStatusEdit | SiteCapacityEdit | SpokeAssignEdit;
export type ScenarioEdit = InputEdit | EnergyEdit | GrowthAddEdit | GrowthRemoveEdit | LinkAddEdit | LinkRemoveEdit;
export type EditKind = ScenarioEdit['kind'];

/** Settings that differ from the defaults; a missing field is the default. */
export interface ScenarioSettings {
  /** stabilityBand: how far each weight varies for the ranks' stability (0.2 = ±20 %). */
  potential?: {weights?: Partial<Record<PotentialComponent, number>>; aggregation?: Aggregation; stabilityBand?: number};
  thresholds?: {lqPercentile?: number; lqMinimum?: number; sizePercentile?: number; advantageLq?: number};
}

export interface Scenario {
  format: typeof SCENARIO_FORMAT;
  version: typeof SCENARIO_VERSION;
  name: string;
  settings: ScenarioSettings;
  edits: ScenarioEdit[];
}

export function emptyScenario(name = ''): Scenario {
  return {format: SCENARIO_FORMAT, version: SCENARIO_VERSION, name, settings: {}, edits: []};
}

/** True when the scenario changes nothing (no edits, every setting at its default). */
export function isEmptyScenario(s: Scenario): boolean {
  return s.edits.length === 0 && Object.keys(normaliseSettings(s.settings)).length === 0;
}

/** The settings with every field equal to its default removed (so equal scenarios compare equal). */
export function normaliseSettings(settings: ScenarioSettings): ScenarioSettings {
  const out: ScenarioSettings = {};
  const weights: Partial<Record<PotentialComponent, number>> = {};
  for (const k of POTENTIAL_COMPONENTS) {
    const w = settings.potential?.weights?.[k];
    if (w !== undefined && w !== DEFAULT_POTENTIAL_SETTINGS.weights[k]) weights[k] = w;
  }
  const aggregation = settings.potential?.aggregation;
  const potential: NonNullable<ScenarioSettings['potential']> = {};
  if (Object.keys(weights).length > 0) potential.weights = weights;
  if (aggregation && aggregation !== DEFAULT_POTENTIAL_SETTINGS.aggregation && AGGREGATIONS.includes(aggregation)) potential.aggregation = aggregation;
  const band = settings.potential?.stabilityBand;
  if (band !== undefined && Number.isFinite(band) && band !== DEFAULT_POTENTIAL_SETTINGS.stabilityBand) potential.stabilityBand = band;
  if (Object.keys(potential).length > 0) out.potential = potential;
  const t = settings.thresholds ?? {};
  const d = resolveThresholds({});
  const thresholds: NonNullable<ScenarioSettings['thresholds']> = {};
  if (t.lqPercentile !== undefined && t.lqPercentile !== d.strong.lqPercentile) thresholds.lqPercentile = t.lqPercentile;
  if (t.lqMinimum !== undefined && t.lqMinimum !== d.strong.lqMinimum) thresholds.lqMinimum = t.lqMinimum;
  if (t.sizePercentile !== undefined && t.sizePercentile !== d.strong.sizePercentile) thresholds.sizePercentile = t.sizePercentile;
  if (t.advantageLq !== undefined && t.advantageLq !== d.advantageLq) thresholds.advantageLq = t.advantageLq;
  if (Object.keys(thresholds).length > 0) out.thresholds = thresholds;
  return out;
}

/** The index settings the scenario computes with (defaults filled in). */
export function resolvePotential(settings: ScenarioSettings): PotentialSettings {
  const d = DEFAULT_POTENTIAL_SETTINGS;
  const weights = {...d.weights};
  for (const k of POTENTIAL_COMPONENTS) {
    const w = settings.potential?.weights?.[k];
    if (typeof w === 'number' && Number.isFinite(w) && w >= 0) weights[k] = w;
  }
  return {weights, aggregation: settings.potential?.aggregation ?? d.aggregation, stabilityBand: settings.potential?.stabilityBand ?? d.stabilityBand};
}

export function resolveThresholds(settings: ScenarioSettings): EnrightThresholds {
  const d = DEFAULT_ENRIGHT_THRESHOLDS;
  const t = settings.thresholds ?? {};
  return {
    strong: {
      lqPercentile: t.lqPercentile ?? d.strong.lqPercentile,
      lqMinimum: t.lqMinimum ?? d.strong.lqMinimum,
      sizePercentile: t.sizePercentile ?? d.strong.sizePercentile,
    },
    advantageLq: t.advantageLq ?? d.advantageLq,
  };
}

/** What the worker needs of a scenario: the settings and the input edits (places are drawn, not computed). */
export interface ScenarioCompute {
  potential: PotentialSettings;
  thresholds: EnrightThresholds;
  inputs: InputEdit[];
}

/** The compute-relevant part, or null when it is the baseline's (then the worker computes the baseline). */
export function scenarioCompute(s: Scenario | null): ScenarioCompute | null {
  if (!s) return null;
  const settings = normaliseSettings(s.settings);
  const inputs = s.edits.filter((e): e is InputEdit => e.kind === 'input');
  if (inputs.length === 0 && Object.keys(settings).length === 0) return null;
  return {potential: resolvePotential(settings), thresholds: resolveThresholds(settings), inputs};
}

/** A stable key of a scenario's compute-relevant part ('' = baseline): equal keys give equal results. */
export function computeKey(c: ScenarioCompute | null): string {
  return c ? JSON.stringify(c) : '';
}

/** An id for a new site, growth point or cluster, unique among the scenario's edits. */
export function newEditId(s: Scenario, prefix: 'site' | 'gp' | 'link'): string {
  const used = new Set(s.edits.map((e) => ('id' in e ? e.id : '')));
  for (let n = 1; ; n++) {
    const id = `scn-${prefix}-${n}`;
    if (!used.has(id)) return id;
  }
}
