// How the regions are painted in a state: the fill of each region, what changes it, and which regions'
// values are unknown (drawn with the "no data" dots). Used by the page's map and a scenario's second map.
import type {RegionPaint} from '../layers/build-layers';
import {REGION_CODES} from '../model/region';
import type {AppState} from '../state/app-state';
import {choroplethOf} from '../state/choropleth';
import type {MapColors} from './map-colors';

/** A comparison's override, else the indicator's choropleth. */
export function paintFor(state: AppState, colors: MapColors): RegionPaint {
  // A comparison's difference map paints the regions itself (src/state/scenario-session.ts).
  const override = state.regionPaint;
  if (override) return {fill: (code) => override.fills[code] ?? colors.noData, key: override.key, emphasised: null, unknown: new Set(override.unknown)};
  const c = choroplethOf(state);
  // An indicator that could not be computed: every region's value is unknown, and is drawn so (grey,
  // with the dots). Not the neutral fill, which matches the class around 1.0 and read as "every region
  // near the country's level"; nor the last map that was drawn, which is another indicator's or
  // another year's while the legend, the table and the title say this one failed.
  if (!c && state.indicator?.status === 'error') return {fill: () => colors.noData, key: `failed|${state.theme}`, emphasised: null, unknown: new Set(REGION_CODES)};
  // Before the first result (computing): the neutral fill, for a moment.
  if (!c) return {fill: () => colors.neutral, key: `neutral|${state.theme}`, emphasised: null};
  const unknown = new Set(c.result.values.filter((v) => v.status !== 'ok' || v.value === null).map((v) => v.code));
  return {fill: (code) => c.fill(code), key: c.key, emphasised: c.emphasised, unknown};
}
