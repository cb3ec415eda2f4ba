// An energy site's values as its tooltip, the green-clusters panel and the map's keyboard word them
// each one a planner's scenario set on a published site marked "(scenario edit)" (model/scenario-marks.ts):
// the site's published sources cite only the values the data gave. A site the scenario added is the
// planner's throughout, and its source says so (SCENARIO_SOURCE), so its lines carry no mark. Apart from
// layer-text.ts, which is in the first view: none of these is.
import {t, type Lang} from '../i18n/i18n';
import type {EnergySiteRow} from '../io/schemas';
import type {EditedField, ScenarioMarks} from '../model/scenario-marks';
import {statusLabel} from './energy-status';
import {capacityLine, precisionLabel} from './layer-text';

/** Whether the scenario set `field` of the row (a row it added is the planner's throughout). */
export function isEdited(row: ScenarioMarks, field: EditedField = 'added'): boolean {
  return row.edited !== undefined && (row.edited.includes('added') || row.edited.includes(field));
}

/** Whether a scenario set `field` of a published row (the value is then the planner's, not the data's). */
export function editedValue(row: ScenarioMarks, field: EditedField): boolean {
  return isEdited(row, field) && !isEdited(row);
}

/** `text`, marked "(scenario edit)" if the scenario set `field` of the published row. */
export function marked(lang: Lang, text: string, row: ScenarioMarks, field: EditedField): string {
  return editedValue(row, field) ? t(lang, 'scenario.marked', {value: text}) : text;
}

export function siteCapacity(lang: Lang, site: EnergySiteRow): string {
  return marked(lang, capacityLine(lang, site), site, 'capacity');
}

export function siteStatus(lang: Lang, site: EnergySiteRow): string {
  return marked(lang, statusLabel(lang, site.status), site, 'status');
}

/** How exactly the site is located; where the planner put it (added or moved), said so. */
export function siteLocation(lang: Lang, site: EnergySiteRow): string {
  return isEdited(site, 'location') ? marked(lang, t(lang, 'energy.precision.scenario'), site, 'location') : precisionLabel(lang, site);
}

/** Whether the published site has values a scenario set (its sources then cite only the others). */
export function partlyEdited(site: EnergySiteRow): boolean {
  return !isEdited(site) && (site.edited?.length ?? 0) > 0;
}
