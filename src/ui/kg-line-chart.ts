import {css, html, LitElement, nothing, svg} from 'lit';
import {customElement, property} from 'lit/decorators.js';
import {t, type Lang} from '../i18n/i18n';
import {explorerStyles} from './explorer-styles';
import {formatFixed} from './explorer-text';
import {sharedStyles} from './shared-styles';
import {styleProps} from './style-props';

export interface ChartSeries {
  label: string;
  /** One point per year; null = unknown (a gap in the line, never zero). */
  points: {year: number; value: number | null}[];
  /** CSS colour. */
  color: string;
  dashed?: boolean;
}

const W = 296;
const H = 112;
const PAD = {left: 40, right: 8, top: 8, bottom: 18};

/** A small line chart with its values in a table beneath (for screen readers and for reading exact figures). */
@customElement('kg-line-chart')
export class KgLineChart extends LitElement {
  static override styles = [
    sharedStyles,
    explorerStyles,
    css`
      figure {
        margin: 6px 0 10px;
      }
      figcaption {
        font-size: 0.82rem;
        font-weight: 600;
      }
      svg {
        display: block;
        width: 100%;
        /* calc(): the CSS minifier (build/minify-templates.ts) cannot parse an interpolation followed by px. */
        max-width: calc(${W} * 1px);
        height: auto;
        overflow: visible;
      }
      .axis {
        font-size: 10px;
        fill: var(--kg-text-muted);
      }
      .grid {
        stroke: var(--kg-border);
        stroke-width: 1;
      }
      .keys {
        display: flex;
        flex-wrap: wrap;
        gap: 2px 12px;
        font-size: 0.78rem;
      }
      .key::before {
        content: '';
        display: inline-block;
        width: 14px;
        height: 0;
        border-top: 2px solid var(--c);
        vertical-align: middle;
        margin-right: 4px;
      }
      .key.dashed::before {
        border-top-style: dashed;
      }
      details {
        font-size: 0.78rem;
      }
      table {
        border-collapse: collapse;
      }
      th,
      td {
        padding: 1px 6px;
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  @property({attribute: false}) series: ChartSeries[] = [];
  @property() caption = '';
  @property() locale: Lang = 'en';
  @property({type: Number}) decimals = 1;
  /** Drawn as a dotted horizontal line (1.0 for coefficients), or null. */
  @property({attribute: false}) reference: number | null = null;
  @property() source = '';

  override render() {
    const years = [...new Set(this.series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
    const values = this.series.flatMap((s) => s.points.flatMap((p) => (p.value === null ? [] : [p.value])));
    if (years.length === 0 || values.length === 0) return nothing;
    const lo = Math.min(0, ...values, this.reference ?? Infinity);
    const hi = Math.max(...values, this.reference ?? -Infinity) || 1;
    const x0 = years[0]!;
    const x1 = years[years.length - 1]!;
    const x = (year: number) => PAD.left + ((year - x0) / Math.max(1, x1 - x0)) * (W - PAD.left - PAD.right);
    const y = (v: number) => PAD.top + (1 - (v - lo) / (hi - lo || 1)) * (H - PAD.top - PAD.bottom);
    const f = (v: number) => formatFixed(this.locale, v, this.decimals);
    const desc = t(this.locale, 'profile.series.desc', {what: this.caption, from: x0, to: x1});
    return html`<figure>
      <figcaption id="caption">${this.caption}</figcaption>
      <svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${desc}>
        <line class="grid" x1=${PAD.left} x2=${W - PAD.right} y1=${y(hi)} y2=${y(hi)}></line>
        <line class="grid" x1=${PAD.left} x2=${W - PAD.right} y1=${y(lo)} y2=${y(lo)}></line>
        <text class="axis" x=${PAD.left - 4} y=${y(hi) + 3} text-anchor="end">${f(hi)}</text>
        <text class="axis" x=${PAD.left - 4} y=${y(lo) + 3} text-anchor="end">${f(lo)}</text>
        <text class="axis" x=${x(x0)} y=${H - 4} text-anchor="start">${x0}</text>
        <text class="axis" x=${x(x1)} y=${H - 4} text-anchor="end">${x1}</text>
        ${this.reference !== null
          ? svg`<line x1=${PAD.left} x2=${W - PAD.right} y1=${y(this.reference)} y2=${y(this.reference)} stroke="currentColor" stroke-opacity="0.5" stroke-dasharray="2 3"></line>`
          : nothing}
        ${this.series.map((s) => svg`${segments(s.points).map(
          (seg) => svg`<polyline fill="none" stroke=${s.color} stroke-width="2" stroke-dasharray=${s.dashed ? '5 3' : 'none'}
            points=${seg.map((p) => `${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ')}></polyline>
            ${seg.length === 1 ? svg`<circle cx=${x(seg[0]!.year)} cy=${y(seg[0]!.value)} r="2.5" fill=${s.color}></circle>` : nothing}`,
        )}`)}
      </svg>
      <div class="keys">
        ${this.series.map((s) => html`<span class="key ${s.dashed ? 'dashed' : ''}" ${styleProps({'--c': s.color})}>${s.label}</span>`)}
      </div>
      <details>
        <!-- Described by the caption: a profile has several charts, each with a "Show the values" that the
             keyboard reaches alone, without its chart. -->
        <summary aria-describedby="caption">${t(this.locale, 'profile.series.values')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">${t(this.locale, 'profile.series.year')}</th>
              ${this.series.map((s) => html`<th scope="col">${s.label}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${years.map(
              (year) => html`<tr>
                <th scope="row">${year}</th>
                ${this.series.map((s) => {
                  const v = s.points.find((p) => p.year === year)?.value ?? null;
                  return html`<td>${v === null ? t(this.locale, 'status.no_data') : f(v)}</td>`;
                })}
              </tr>`,
            )}
          </tbody>
        </table>
      </details>
      ${this.source ? html`<p class="source">${this.source}</p>` : nothing}
    </figure>`;
  }
}

/** Splits a series at unknown values, so a gap is drawn as a gap. */
function segments(points: ChartSeries['points']): {year: number; value: number}[][] {
  const out: {year: number; value: number}[][] = [];
  let current: {year: number; value: number}[] = [];
  for (const p of [...points].sort((a, b) => a.year - b.year)) {
    if (p.value === null) {
      if (current.length) out.push(current);
      current = [];
    } else current.push({year: p.year, value: p.value});
  }
  if (current.length) out.push(current);
  return out;
}

declare global {
  interface HTMLElementTagNameMap {
    'kg-line-chart': KgLineChart;
  }
}
