// @vitest-environment happy-dom
// The import summary warns about national totals (KG) that disagree with their regions: the file is
// imported, and the dialog names the rows, both figures and the difference, and why it matters.
import {afterEach, describe, expect, it, vi} from 'vitest';
import {parseImportText} from '../../../src/io/import-csv';
import {buildDataset} from '../../../src/model/dataset';
import {summariseDataset} from '../../../src/model/dataset-summary';
import {REGION_CODES} from '../../../src/model/region';
import {createAppStore} from '../../../src/state/app-state';
import {defaultViewState} from '../../../src/state/view-state';

vi.mock('../../../src/state/user-data-import', () => ({importUserFile: async () => ({ok: true, rows: 0}), removeUserData: async () => undefined, showUserData: () => undefined}));
const {KgImportDialog} = await import('../../../src/ui/kg-import-dialog');

/** A file whose KG row for C / employment is `kg` (half its nine regions' sum unless said), for each of `years`. */
function summaryOf(years: number[], kg = 45) {
  const rows = years.flatMap((y) => [...REGION_CODES.map((r) => `${r},C,employment,${y},10`), `KG,C,employment,${y},${kg}`]);
  const o = parseImportText(['region_code,sector,indicator,year,value', ...rows].join('\n'));
  if (!o.ok) throw new Error('not imported');
  return summariseDataset(buildDataset(o.columns, REGION_CODES), o.columns);
}

async function dialog(lang: 'en' | 'ru', summary: ReturnType<typeof summaryOf>) {
  const el = document.createElement('kg-import-dialog') as InstanceType<typeof KgImportDialog>;
  el.store = createAppStore(defaultViewState(lang), [], 'light');
  el.store.update({userDataset: {name: 'a.csv', size: 1, importedAt: '2026-12-04T10:00:00.000Z', rows: 100, summary}});
  document.body.append(el);
  await el.updateComplete;
  return el;
}
const text = (el: HTMLElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('<kg-import-dialog> summary: a national total that disagrees with its regions', () => {
  afterEach(() => document.body.replaceChildren());

  it('warns with sector, indicator, year, both figures, the difference and why, listing three and counting the rest', async () => {
    const el = await dialog('en', summaryOf([2018, 2019, 2020, 2021, 2022]));
    const warning = el.shadowRoot!.querySelector('.mismatch')!;
    expect(warning).not.toBeNull();
    expect(text(el)).toContain('the national total (KG) differs from the sum of the nine regions');
    expect(text(el)).toContain('LQ ≥ 2');
    expect(text(el)).toContain('C, employment, 2018: KG 45, nine regions 90, difference +45 (+100 %)');
    expect(warning.querySelectorAll('li')).toHaveLength(3);
    expect(text(el)).toContain('…and 2 more.');
  });

  it('says it in Russian too', async () => {
    const el = await dialog('ru', summaryOf([2022]));
    expect(text(el)).toContain('итог по стране (KG) отличается от суммы девяти регионов');
    expect(text(el)).toContain('C, employment, 2022: KG 45, девять регионов 90, разница +45 (+100 %)');
  });

  it('says nothing when the totals agree, or for a summary kept before the check', async () => {
    const agree = summaryOf([2022], 90.5);
    expect((await dialog('en', agree)).shadowRoot!.querySelector('.mismatch')).toBeNull();
    const {totalMismatches: _, totalMismatchCount: __, ...old} = summaryOf([2022]);
    expect((await dialog('en', old)).shadowRoot!.querySelector('.mismatch')).toBeNull();
  });
});
