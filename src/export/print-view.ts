// Print / PDF (the Download dialog): the view laid out for an A4 page. What Ctrl+P prints of the page
// itself is the screen's layout, whose WebGL map may print blank or stale once the print layout resizes
// it; so the map is not printed from the page but composed as the PNG exporter composes it (title,
// subtitle with the scenario's label, legend, layer keys, sources, credits; PRINT_PICTURE's size), and
// put into a container that the print stylesheet (styles.css, @media print) prints alone, with the
// indicator's description (what the values are), the view's table as text and its permalink. The
// container goes after printing. Loaded with the dialog.
import {t, type Lang} from '../i18n/i18n';
import {fullMapUrl, pageBase} from '../embed/embed-urls';
import type {AppState} from '../state/app-state';
import {choroplethOf} from '../state/choropleth';
import {regionNamer} from '../i18n/region-names';
import {byChange, comparisonNames, differenceCaption, differenceMapLegend, signedDifference} from '../ui/comparison-text';
import {formatFixed, referenceKey, valueText} from '../ui/explorer-text';
import {viewCaption} from '../ui/view-caption';
import {makePng, viewRows} from './exporters';
import {PRINT_PICTURE, printedWidth} from './png-layout';

/** The print container's id (styles.css prints only it while it is in the page). */
export const PRINT_ID = 'kg-print';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text; // data as text, never as markup
  return node;
}

/** A table of text: a caption, column headers, and a row per region headed by its name; the pinned region's row marked. */
function textTable(caption: string, headers: readonly string[], rows: readonly {code: string; name: string; cells: string[]}[], pinned: string | null): HTMLTableElement {
  const tableEl = el('table');
  tableEl.append(el('caption', caption));
  const head = el('tr');
  for (const header of headers) {
    const th = el('th', header);
    th.scope = 'col';
    head.append(th);
  }
  tableEl.append(el('thead'));
  tableEl.tHead!.append(head);
  const body = el('tbody');
  for (const row of rows) {
    const tr = el('tr');
    tr.dataset.code = row.code;
    // The pinned region, outlined on the picture above and named under its legend, stands out here too.
    if (row.code === pinned) tr.setAttribute('aria-current', 'true');
    const th = el('th', row.name);
    th.scope = 'row';
    tr.append(th, ...row.cells.map((cell) => el('td', cell)));
    body.append(tr);
  }
  tableEl.append(body);
  return tableEl;
}

/**
 * The view's table as the page's Table tab shows it: region, value, rank (with its range), status, by
 * rank, unknown last; under a difference map, as its difference table: region, the other side's value,
 * this side's, the change (as printed, shownDifference), largest increase first, unknown last. (Until 7
 * December 2026 a difference map was printed above this side's values, not the map's differences.)
 */
function table(state: AppState, lang: Lang): HTMLTableElement {
  const c = choroplethOf(state)!;
  const names = regionNamer(state.atlas!.tables.regions);
  const pinned = state.view.region;
  const difference = differenceMapLegend(lang, state);
  if (difference) {
    const {thisName, otherName} = comparisonNames(lang, state);
    const num = (v: number | null, decimals: number) => (v === null ? t(lang, 'scenario.noData') : formatFixed(lang, v, decimals));
    const rows = [...difference.rows]
      .sort(byChange(-1))
      .map((r) => ({code: r.code, name: names(r.code, lang), cells: [num(r.other, r.decimals), num(r.value, r.decimals), signedDifference(lang, r.shown, r.decimals)]}));
    return textTable(differenceCaption(lang, state, difference.title, c.result), [t(lang, 'table.region'), otherName, thisName, t(lang, 'scenario.compare.change')], rows, pinned);
  }
  const values = new Map(c.result.values.map((v) => [v.code, v]));
  const rows = [...viewRows(state, c, lang)]
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity))
    .map((row) => {
      const range = row.rank_best !== null && row.rank_best !== row.rank_worst ? ` (${row.rank_best}–${row.rank_worst})` : '';
      return {
        code: row.region_code,
        name: row.region_name,
        cells: [valueText(lang, values.get(row.region_code)!, c.result.decimals), row.rank === null ? '—' : `${row.rank}${range}`, row.status_text],
      };
    });
  const headers = (['table.region', 'table.value', 'table.rank', 'exportDialog.printStatus'] as const).map((key) => t(lang, key));
  return textTable(viewCaption(lang, c.result).line, headers, rows, pinned);
}

/**
 * Makes the print container for the view and opens the browser's print dialog. Resolves once
 * `window.print()` has returned; the container stays until `afterprint` (or the next print).
 */
export async function printView(state: AppState, beforePrint: () => void = () => {}): Promise<void> {
  const lang = state.view.lang;
  const c = choroplethOf(state);
  const png = await makePng(state, 'print');
  document.getElementById(PRINT_ID)?.remove();
  const url = URL.createObjectURL(png.blob);
  const box = el('section');
  box.id = PRINT_ID;
  box.lang = lang;
  const img = el('img');
  img.src = url;
  // Printed at the CSS size it was laid out in (PRINT_PICTURE), its text at the sizes it was laid out
  // for; narrower only if it is taller than the page.
  img.style.width = `${printedWidth({width: png.width / PRINT_PICTURE.scale, height: png.height / PRINT_PICTURE.scale})}px`;
  img.alt = c ? viewCaption(lang, c.result).line : '';
  const about = c ? [t(lang, `ind.${c.result.ind}.about`), t(lang, referenceKey(c.result.ind, 'ind.unit'))].join(' ') : '';
  const link = el('p', `${t(lang, 'exportDialog.printLink')} `);
  link.append(el('span', fullMapUrl(state.view, pageBase(location))));
  link.className = 'kg-print-link';
  box.append(img, el('p', about), table(state, lang), link);
  document.body.append(box);
  await img.decode();
  const done = () => {
    box.remove();
    URL.revokeObjectURL(url);
  };
  addEventListener('afterprint', done, {once: true});
  beforePrint();
  window.print();
}
