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
import {referenceKey, valueText} from '../ui/explorer-text';
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

/** The view's table as the page's table shows it: region, value, rank (with its range), status; by rank, unknown last; the pinned region's row marked. */
function table(state: AppState, lang: Lang): HTMLTableElement {
  const c = choroplethOf(state)!;
  const values = new Map(c.result.values.map((v) => [v.code, v]));
  const rows = [...viewRows(state, c, lang)].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  const tableEl = el('table');
  tableEl.append(el('caption', viewCaption(lang, c.result).line));
  const head = el('tr');
  for (const key of ['table.region', 'table.value', 'table.rank', 'exportDialog.printStatus'] as const) {
    const th = el('th', t(lang, key));
    th.scope = 'col';
    head.append(th);
  }
  tableEl.append(el('thead'));
  tableEl.tHead!.append(head);
  const body = el('tbody');
  for (const row of rows) {
    const tr = el('tr');
    tr.dataset.code = row.region_code;
    // The pinned region, outlined on the picture above and named under its legend, stands out here too.
    if (row.region_code === state.view.region) tr.setAttribute('aria-current', 'true');
    const th = el('th', row.region_name);
    th.scope = 'row';
    const range = row.rank_best !== null && row.rank_best !== row.rank_worst ? ` (${row.rank_best}–${row.rank_worst})` : '';
    tr.append(th, el('td', valueText(lang, values.get(row.region_code)!, c.result.decimals)), el('td', row.rank === null ? '—' : `${row.rank}${range}`), el('td', row.status_text));
    body.append(tr);
  }
  tableEl.append(body);
  return tableEl;
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
