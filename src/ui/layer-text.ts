// Wording shared by the tooltips, the legend and the green-clusters panel: numbers in the UI
// language, statuses, location precision, the roles of energy sites, supporting coefficients.
import {formatNumber as formatLocaleNumber} from '../i18n/format';
import {t, type Lang} from '../i18n/i18n';
import {energySiteName, type KyNames} from '../i18n/place-names';
import type {EnergySiteRow, IntegralRow, LqEmploymentRow} from '../io/schemas';
import {precisionClass} from '../model/energy-sites';
import {POPULATION_CLASSES} from '../model/growth-points';
import type {HubAssignment} from '../model/hub-assignment';
import {printedNumber} from '../model/published-indicators';
import type {RegionCode} from '../model/region';
import type {GkedSection, Industry} from '../model/sectors';

/**
 * A number in the UI language with at most `maxDigits` decimals, trailing zeros dropped (Kyrgyz too
 * where the browser has no Kyrgyz data: see i18n/format.ts): capacities, shares, weights. Compare
 * formatFixed.
 */
export function formatUpTo(lang: Lang, value: number, maxDigits = 2, minDigits = 0): string {
  return formatLocaleNumber(lang, value, {minDecimals: minDigits, maxDecimals: maxDigits});
}

/** A growth point's population class (POPULATION_CLASSES[i]) as the legends word it: "25 000–99 999". */
export function populationClassLabel(lang: Lang, i: number): string {
  const n = (x: number) => formatUpTo(lang, x, 0);
  const cls = POPULATION_CLASSES[i]!;
  if (i === 0) return t(lang, 'growth.legend.atLeast', {n: n(cls.min)});
  if (cls.min === 0) return t(lang, 'growth.legend.under', {n: n(POPULATION_CLASSES[i - 1]!.min)});
  return t(lang, 'growth.legend.range', {from: n(cls.min), to: n(POPULATION_CLASSES[i - 1]!.min - 1)});
}

/** A value as printed in facts.csv ("142-143", "44.6") in the UI language ("142–143", "44,6"). */
export function formatPrintedValue(lang: Lang, printed: string): string {
  const parts = printed.split('-').map((p) => p.trim());
  if (parts.every((p) => p !== '' && Number.isFinite(Number(p)))) return parts.map((p) => formatUpTo(lang, Number(p))).join('–');
  return printed;
}

export function precisionLabel(lang: Lang, site: Pick<EnergySiteRow, 'coord_precision'>): string {
  return t(lang, `energy.precision.${precisionClass(site.coord_precision)}`);
}

/** The URLs and references of a `sources` cell ("a ; b ; c"). */
export function splitSources(sources: string): string[] {
  return sources
    .split(/\s;\s|\s*;\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function isWebAddress(s: string): boolean {
  return /^https?:\/\/\S+$/.test(s);
}

/**
 * A web address as a link's words: the site, then the page's path as words ("24.kg: english/144714
 * Power shortage …"; Wikipedia's titles decoded). A screen reader reads link text out: a raw address
 * is read character by character.
 */
export function webAddressText(url: string): string {
  try {
    const u = new URL(url);
    const path = decodeURIComponent(`${u.pathname}${u.search}`).replace(/^\/+|\/+$/g, '').replace(/_+/g, ' ');
    const site = u.hostname.replace(/^www\./, '');
    return path ? `${site}: ${path}` : site;
  } catch {
    return url;
  }
}

/** "Spoke → Toktogul HPP, 42 km", "Hub …", … for a site. */
export function roleLine(lang: Lang, site: EnergySiteRow, assignment: HubAssignment | undefined, sites: readonly EnergySiteRow[], ky: KyNames): string {
  if (site.category === 'large_hydro' || site.category === 'large_hydro_planned') return t(lang, 'energy.tooltip.hub');
  if (site.category === 'thermal') return t(lang, 'energy.tooltip.other');
  const hub = assignment?.hubId ? sites.find((s) => s.id === assignment.hubId) : undefined;
  if (!hub) return t(lang, 'energy.tooltip.spokeNoHub');
  const name = energySiteName(hub, lang, ky);
  if (assignment!.reason === 'override') return t(lang, 'energy.tooltip.spokeOverride', {hub: name});
  return t(lang, 'energy.tooltip.spoke', {hub: name, km: formatUpTo(lang, assignment!.distanceKm ?? 0, 0)});
}

export function capacityLine(lang: Lang, site: EnergySiteRow): string {
  return site.capacity_mw === null
    ? t(lang, 'energy.tooltip.noCapacity')
    : t(lang, 'energy.tooltip.capacity', {value: formatUpTo(lang, site.capacity_mw)});
}

/** A published coefficient as printed (3 decimals in seed 002, 2 in seed 003), "no production" (a dash) or "not published". */
export function integralValue(lang: Lang, rows: readonly IntegralRow[], code: RegionCode, industry: Industry): string {
  const row = rows.find((r) => r.region_code === code && r.industry === industry);
  if (!row) return t(lang, 'links.value.notPublished');
  return row.integral_coefficient === null ? t(lang, 'links.value.noProduction') : formatUpTo(lang, row.integral_coefficient, 3, 3);
}

export function lqValue(lang: Lang, rows: readonly LqEmploymentRow[], code: RegionCode, section: GkedSection): string {
  const row = rows.find((r) => r.region_code === code && r.section === section);
  if (!row) return t(lang, 'links.value.notPublished');
  const {value, decimals} = printedNumber(row.lq);
  return formatUpTo(lang, value, decimals, decimals);
}
