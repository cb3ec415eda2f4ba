// What is said about the thing the keyboard reached on the map, as plain text for the live region:
// its name, the current indicator's value and rank (regions) or what the thing is (growth points,
// energy sites), and where it is in the west-to-east walk. Same facts as the tooltip, in words.
import {addMessages, t, type Lang} from '../i18n/i18n';
import {mapKeyboard} from '../i18n/messages/map-keyboard';
import {placeDetails} from '../i18n/messages/place-details';
import {energySiteName, growthPointName, kyNamer} from '../i18n/place-names';
import {regionNamer} from '../i18n/region-names';
import {populationKind} from '../model/growth-points';
import {assignSites} from '../model/hub-assignment';
import {positionInOrder} from '../model/keyboard-navigation';
import type {AppState, HoverTarget} from '../state/app-state';
import {choroplethOf} from '../state/choropleth';
import {kindOf, navItems, targetId} from '../state/map-focus';
import {indicatorName, nationalComparison, rankText, sectorLabel, timeLabel, valueText} from './explorer-text';
import {isEdited, siteCapacity, siteStatus} from './edited-text';
import {differenceWords} from './kg-summary';
import {formatUpTo, roleLine} from './layer-text';

// The map keyboard's strings (its own and this module's) come with it: neither is in the first view.
addMessages(mapKeyboard);
addMessages(placeDetails);

const sentence = (parts: (string | null | undefined)[]) =>
  parts
    .filter((p): p is string => !!p && p.trim() !== '')
    .map((p) => p.trim().replace(/[.;:]$/, ''))
    .join('. ') + '.';

/** The name of a map target in the UI language. */
export function targetName(target: HoverTarget, state: AppState): string {
  const atlas = state.atlas!;
  const lang = state.view.lang;
  if (target.kind === 'region') return regionNamer(atlas.tables.regions)(target.code, lang);
  const kind = kindOf(target);
  if (kind === 'growth') {
    const row = atlas.tables.growthPoints.find((r) => r.id === target.id);
    return row ? growthPointName(row, lang) : target.id;
  }
  const site = atlas.tables.energySites.find((s) => s.id === target.id);
  return site ? energySiteName(site, lang, kyNamer(atlas.tables.namesKy)) : target.id;
}

export function describeTarget(target: HoverTarget, state: AppState): string {
  const atlas = state.atlas;
  const kind = kindOf(target);
  if (!atlas || !kind) return '';
  const lang: Lang = state.view.lang;
  const where = positionInOrder(navItems(kind, atlas), targetId(target));
  const position = where ? t(lang, 'announce.position', {index: where.index, total: where.total}) : null;
  const name = targetName(target, state);
  if (target.kind === 'region') {
    const c = choroplethOf(state);
    if (!c) return sentence([name, position]);
    // On a difference map, what the region is painted for, as its tooltip says.
    const diff = differenceWords.region?.(lang, state, target.code);
    if (diff) return sentence([name, diff.title, diff.values, diff.change, diff.rank, diff.why, position]);
    const v = c.value(target.code);
    const r = c.result;
    const value = `${indicatorName(lang, r.ind)} — ${sectorLabel(lang, r.sector)} — ${timeLabel(r)}: ${valueText(lang, v, r.decimals)}`;
    const standing = [
      rankText(lang, c, target.code),
      nationalComparison(lang, r.ind, v, r.decimals),
    ]
      .filter(Boolean)
      .join(', ');
    return sentence([name, value, standing, position]);
  }
  if (kind === 'growth') {
    const row = atlas.tables.growthPoints.find((r) => r.id === target.id);
    if (!row) return sentence([name]);
    const region = regionNamer(atlas.tables.regions)(row.oblast_iso, lang);
    const kindText = t(lang, `growth.popKind.${populationKind(row.population_scope)}`);
    const population =
      row.population === null
        ? t(lang, 'growth.tooltip.noPopulation')
        : row.population_year === null
          ? t(lang, 'growth.tooltip.populationNoYear', {value: formatUpTo(lang, row.population, 0), kind: kindText})
          : t(lang, 'growth.tooltip.population', {value: formatUpTo(lang, row.population, 0), year: row.population_year, kind: kindText});
    // One a planner's scenario added is said to be so, as its tooltip says (it has no population).
    if (isEdited(row)) return sentence([name, t(lang, 'growth.tooltip.kindScenario'), t(lang, 'growth.tooltip.region', {region}), position]);
    return sentence([`${name}, ${t(lang, 'announce.growthPoint')}`, t(lang, 'growth.tooltip.region', {region}), population, position]);
  }
  const site = atlas.tables.energySites.find((s) => s.id === target.id);
  if (!site) return sentence([name]);
  const sites = atlas.tables.energySites;
  const assignment = assignSites(sites, atlas.hubOverrides).assignments.find((a) => a.spokeId === site.id);
  return sentence([
    `${name}, ${t(lang, `energy.category.${site.category}`)}`,
    roleLine(lang, site, assignment, sites, kyNamer(atlas.tables.namesKy)),
    siteCapacity(lang, site),
    t(lang, 'energy.tooltip.status', {status: siteStatus(lang, site)}),
    position,
  ]);
}

