// The symbol of an energy site, as SVG: the map draws it (deck.gl IconLayer, as a data URL) and the
// legend shows the very same image. One encoding per visual channel:
//   shape    hub (large hydro) = circle, spoke (solar, wind, small hydro) = diamond
//   colour   category (ENERGY_CATEGORY_COLORS)
//   fill     operating = full; under construction = ring + lower half; planned/announced = ring only
//   outline  location: exact site = solid; approximate = dashed; settlement used as proxy = dotted
//            (dashes and dots over a light underlay)
//   size     capacity, area ∝ MW above a minimum (capacityRadius)
// Pure string building; no DOM.
import {precisionClass, statusClass, type CoordPrecision, type EnergyRole, type StatusClass} from '../model/energy-sites';
import type {PrecisionClass} from '../model/energy-sites';

export interface SymbolSpec {
  role: Exclude<EnergyRole, 'other'>;
  color: string;
  status: StatusClass;
  precision: Exclude<PrecisionClass, 'none'>;
  /** Radius of the shape, px. */
  radius: number;
  outline: string;
  hollow: string;
}

/** Radius (px) for a capacity: area proportional to MW, 20 px at 2 000 MW, never below 6 px. */
export function capacityRadius(mw: number | null): number {
  if (mw === null || mw <= 0) return MIN_RADIUS;
  return Math.max(MIN_RADIUS, Math.round(20 * Math.sqrt(mw / 2000) * 2) / 2);
}
export const MIN_RADIUS = 6;

const PAD = 2;
/** Pixel size of the square image for a symbol of radius r (spokes' diamonds reach 1.25 r). */
export const symbolSize = (radius: number) => Math.ceil(radius * 1.25) * 2 + PAD * 2;

const DASH: Record<SymbolSpec['precision'], string> = {site: '', approx: '5 3', proxy: '0.01 3.6'};

export function symbolSvg(s: SymbolSpec): string {
  const size = symbolSize(s.radius);
  const c = size / 2;
  const r = s.radius;
  const shape = (attrs: string, inset = 0) => {
    if (s.role === 'hub') return `<circle cx="${c}" cy="${c}" r="${r - inset}" ${attrs}/>`;
    const d = r * 1.25 - inset * 1.4;
    return `<path d="M${c} ${c - d}L${c + d} ${c}L${c} ${c + d}L${c - d} ${c}Z" ${attrs}/>`;
  };
  const clipId = 'h';
  const parts: string[] = [];
  if (s.status === 'operating') parts.push(shape(`fill="${s.color}"`));
  else {
    parts.push(shape(`fill="${s.hollow}"`));
    if (s.status === 'construction')
      parts.push(
        `<clipPath id="${clipId}"><rect x="0" y="${c}" width="${size}" height="${c}"/></clipPath>`,
        shape(`fill="${s.color}" clip-path="url(#${clipId})"`),
      );
    const ring = Math.max(2, r * 0.3);
    parts.push(shape(`fill="none" stroke="${s.color}" stroke-width="${ring}"`, ring / 2 + 0.75));
  }
  // The outline: solid for an exact site; for the others, dark dashes or dots over a light
  // underlay, so the pattern shows on any fill and any background.
  const dash = DASH[s.precision];
  if (dash) {
    parts.push(shape(`fill="none" stroke="${s.hollow}" stroke-width="2.8"`));
    parts.push(shape(`fill="none" stroke="${s.outline}" stroke-width="2.6" stroke-dasharray="${dash}" stroke-linecap="${s.precision === 'proxy' ? 'round' : 'butt'}"`));
  } else parts.push(shape(`fill="none" stroke="${s.outline}" stroke-width="1.5"`));
  // Drawn at twice the size, so it stays sharp on high-density screens.
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size * 2}" height="${size * 2}" viewBox="0 0 ${size} ${size}">${parts.join('')}</svg>`;
}

export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** A site's symbol from its CSV values. */
export function siteSymbol(
  site: {status: string; coord_precision: CoordPrecision; capacity_mw: number | null},
  role: SymbolSpec['role'],
  color: string,
  colors: {outline: string; hollow: string},
): SymbolSpec | null {
  const precision = precisionClass(site.coord_precision);
  if (precision === 'none') return null;
  return {
    role,
    color,
    status: statusClass(site.status),
    precision,
    radius: capacityRadius(site.capacity_mw),
    outline: colors.outline,
    hollow: colors.hollow,
  };
}

/** A stable id for the icon atlas (equal specs share one image). */
export function symbolId(s: SymbolSpec): string {
  return [s.role, s.color, s.status, s.precision, s.radius, s.outline, s.hollow].join('|');
}
