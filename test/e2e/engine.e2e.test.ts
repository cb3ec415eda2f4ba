// The coefficient engine in the built site: the Web Worker really computes (the methodology panel's
// live check against seed 003), a CSV imported through the real UI is validated off the main thread,
// kept across a reload, selectable with data=user, removable; a malformed file is reported line by
// line and changes nothing; hostile text stays text; a large import shows progress and can be cancelled.
import {readFileSync} from 'node:fs';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {computeRequests, launchBrowser, openAtlas, project, recordComputeRequests, saveJson, screenshot, type AtlasPage} from './atlas-page';
import {INSIDE} from './region-points';

const VALID = [
  'region_code,sector,indicator,year,value,unit,source',
  'KG-B,C,employment,2021,30,thousand persons,My survey <img src=x onerror="window.__pwned=1">',
  'KG-B,TOTAL,employment,2021,100,thousand persons,My survey <img src=x onerror="window.__pwned=1">',
  'KG-J,C,employment,2021,170,thousand persons,My survey <img src=x onerror="window.__pwned=1">',
  'KG-J,TOTAL,employment,2021,900,thousand persons,My survey <img src=x onerror="window.__pwned=1">',
  'KG,C,employment,2021,200,thousand persons,National total',
  'KG,TOTAL,employment,2021,1000,thousand persons,National total',
].join('\n');

// As a spreadsheet in a Russian locale saves it (a byte-order mark, semicolons, decimal commas, an empty
// formatted row), with a source column (the planner audit's 01_good_semicolon_bom.csv).
const RU_FILE = `\uFEFF${[
  'region_code;sector;indicator;year;value;unit;source',
  'KG-B;C;employment;2022;9,1;тыс. чел.;Нацстатком, расчёты Минэкономики',
  'KG-B;TOTAL;employment;2022;180,2;тыс. чел.;Нацстатком, расчёты Минэкономики',
  'KG-J;C;employment;2022;28,4;тыс. чел.;Нацстатком, расчёты Минэкономики',
  'KG-J;TOTAL;employment;2022;430,5;тыс. чел.;Нацстатком, расчёты Минэкономики',
  ';;;;;;',
  'KG-Y;C;employment;2022;10,2;тыс. чел.;Нацстатком, расчёты Минэкономики',
  'KG-Y;TOTAL;employment;2022;190,1;тыс. чел.;Нацстатком, расчёты Минэкономики',
  'KG-N;C;employment;2022;3,9;тыс. чел.;Нацстатком, расчёты Минэкономики',
  'KG-N;TOTAL;employment;2022;105,3;тыс. чел.;Нацстатком, расчёты Минэкономики',
  'KG-O;C;employment;2022;21,5;тыс. чел.;Нацстатком, расчёты Минэкономики',
  'KG-O;TOTAL;employment;2022;480,7;тыс. чел.;Нацстатком, расчёты Минэкономики',
  'KG-T;C;employment;2022;4,4;тыс. чел.;Нацстатком, расчёты Минэкономики',
  'KG-T;TOTAL;employment;2022;98,4;тыс. чел.;Нацстатком, расчёты Минэкономики',
  'KG-C;C;employment;2022;58,3;тыс. чел.;Нацстатком, расчёты Минэкономики',
  'KG-C;TOTAL;employment;2022;395,6;тыс. чел.;Нацстатком, расчёты Минэкономики',
  'KG-GB;C;employment;2022;72,6;тыс. чел.;Нацстатком, расчёты Минэкономики',
  'KG-GB;TOTAL;employment;2022;520,9;тыс. чел.;Нацстатком, расчёты Минэкономики',
  'KG-GO;C;employment;2022;14,8;тыс. чел.;Нацстатком, расчёты Минэкономики',
  'KG-GO;TOTAL;employment;2022;150,3;тыс. чел.;Нацстатком, расчёты Минэкономики',
  'KG;C;employment;2022;223,2;тыс. чел.;Нацстатком',
  'KG;TOTAL;employment;2022;2552,0;тыс. чел.;Нацстатком',
  ';;;;;;',
  '',
  '',
].join('\n')}`;

const MALFORMED = ['region_code,sector,indicator,year,value', 'KG-B,C,employment,2022,5', 'KG-J,C,employment,2022,abc', 'KG-X,C,employment,2022,5'].join('\n');

let browser: Browser;
let atlas: AtlasPage;

beforeAll(async () => {
  browser = await launchBrowser();
  atlas = await openAtlas(browser, 'lang=en');
});
afterAll(async () => {
  await browser?.close();
});

const dialog = (page: Page) => page.locator('kg-import-dialog dialog');

async function chooseFile(page: Page, name: string, text: string): Promise<void> {
  await page.locator('kg-import-dialog input[type=file]').setInputFiles({name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8')});
}

describe('the engine in the page', () => {
  it('computes the shipped manufacturing LQ in the worker (2018: Chuy, Jalal-Abad, Bishkek)', async () => {
    const {page} = atlas;
    const result = await page.evaluate(() =>
      window.__atlas.compute!({ind: 'mfg-lq', sector: 'C', year: 2018, basis: 'employment', data: 'shipped'}),
    );
    const value = (code: string) => result.values.find((v) => v.code === code)!.value!;
    expect(value('KG-C')).toBeCloseTo(21.4 / 12, 10);
    expect(value('KG-J')).toBeCloseTo(15.3 / 12, 10);
    expect(value('KG-GB')).toBeCloseTo(16.4 / 12, 10);
    expect(result.formula).toContain('s_ij / s_j');
    // Round trips on the shipped data (measured, not asserted: the machine is shared).
    const timings = await page.evaluate(async () => {
      const compute = window.__atlas.compute!;
      const times: Record<string, number[]> = {'mfg-lq': [], 'grp-pc': [], potential: []};
      for (let n = 0; n < 20; n++)
        for (const ind of ['mfg-lq', 'grp-pc', 'potential'] as const) {
          const t0 = performance.now();
          await compute({ind, sector: ind === 'grp-pc' ? 'TOTAL' : 'C', year: 2018, basis: 'employment', data: 'shipped', channel: ind});
          times[ind]!.push(performance.now() - t0);
        }
      const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
      return Object.fromEntries(Object.entries(times).map(([k, a]) => [k, {medianMs: median(a), maxMs: Math.max(...a)}]));
    });
    saveJson('engine-worker-round-trip', timings);
  });

  it('shows the computed check next to the published figure in the methodology panel', async () => {
    const {page} = atlas;
    await page.getByRole('button', {name: 'Methodology'}).click();
    const panel = page.locator('kg-methodology dialog');
    await expect.poll(() => panel.isVisible()).toBe(true);
    const chuy = panel.locator('tr[data-region="KG-C"]');
    await expect.poll(() => chuy.locator('td.computed').textContent(), {timeout: 20_000}).toBe('1.78');
    expect(await chuy.locator('td.published').textContent()).toBe('1.79');
    expect(await panel.locator('tr[data-region="KG-J"] td.computed').textContent()).toBe('1.28');
    expect(await panel.locator('tr[data-region="KG-GB"] td.computed').textContent()).toBe('1.37');
    // The formula the code runs, with subscripts; the index is said to be ours; seed 002 as published.
    expect(await panel.locator('article[data-formula="lq"] .formula').innerText()).toBe('LQij = (xij / xi) / (xj / x)');
    expect(await panel.locator('article[data-formula="lq"] .formula sub').count()).toBe(4);
    expect(await panel.getByText('Our cluster-potential index is ours').count()).toBe(1);
    expect(await panel.getByText('does not give the formula').count()).toBeGreaterThan(0);
    expect(await panel.locator('table.seed002 tbody tr').nth(1).innerText()).toContain('5.449');
    // What "source 002" and the other numbers of the citations are.
    expect(await panel.locator('dl.docs dt').allInnerTexts()).toEqual(['000', '001', '002', '003', '004']);
    expect(await panel.locator('dl.docs dd').nth(2).innerText()).toMatch(/^Dissertation abstract on industrial clusters in Kyrgyzstan/);
    await screenshot(page, 'engine-methodology');
    await panel.locator('article[data-formula="lq"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'engine-methodology-formulas');
    await panel.locator('table.check').scrollIntoViewIfNeeded();
    await screenshot(page, 'engine-methodology-check');
    await panel.locator('table.seed002').scrollIntoViewIfNeeded();
    await screenshot(page, 'engine-methodology-seed002');
    await panel.getByRole('button', {name: 'Close'}).click();
    await expect.poll(() => panel.isVisible()).toBe(false);
  });
});

describe('bring your own data', () => {
  it('imports a valid file, shows what it holds, and selects it with data=user', async () => {
    const {page} = atlas;
    await page.getByRole('button', {name: 'Import data'}).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    await chooseFile(page, 'survey-2021.csv', VALID);
    await expect.poll(() => dialog(page).locator('.ok').textContent(), {timeout: 20_000}).toBe('Imported survey-2021.csv: 6 rows.');
    const current = dialog(page).locator('section.current');
    expect(await current.locator('h3').textContent()).toBe('Your dataset: survey-2021.csv');
    expect(await current.locator('ul.computable').innerText()).toContain('Location quotient, employment — values: 2, sectors: 1, 2021');
    // Hostile text in the source column is shown as text and never runs.
    expect(await current.locator('ul.sources').innerText()).toContain('My survey <img src=x onerror="window.__pwned=1">');
    expect(await current.locator('ul.sources img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned)).toBeUndefined();
    await expect.poll(() => new URL(page.url()).searchParams.get('data')).toBe('user');
    await screenshot(page, 'engine-import-success');
    const lq = await page.evaluate(() => window.__atlas.compute!({ind: 'lq', sector: 'C', year: 2021, basis: 'employment', data: 'user'}));
    expect(lq.values.find((v) => v.code === 'KG-B')!.value).toBeCloseTo(1.5, 10);
    expect(lq.values.find((v) => v.code === 'KG-C')!.status).toBe('no_data');
    await dialog(page).getByRole('button', {name: 'Close'}).click();
  });

  it('keeps the dataset across a reload', async () => {
    const {page} = atlas;
    await page.reload();
    await page.waitForFunction(() => window.__atlas?.ready === true, undefined, {timeout: 30_000});
    expect(new URL(page.url()).searchParams.get('data')).toBe('user');
    await expect.poll(() => page.locator('kg-import-button .badge').textContent()).toBe('Your data: survey-2021.csv');
    const lq = await page.evaluate(() => window.__atlas.compute!({ind: 'lq', sector: 'C', year: 2021, basis: 'employment', data: 'user'}));
    expect(lq.values.find((v) => v.code === 'KG-J')!.value).toBeCloseTo(170 / 900 / 0.2, 10);
    expect(lq.sources).toContain('National total');
  });

  it('names the kept dataset on a new visit to the published data (its restore loaded as one is kept)', async () => {
    const {page} = atlas;
    await page.goto(atlas.url('lang=en'));
    await page.waitForFunction(() => window.__atlas?.ready === true, undefined, {timeout: 30_000});
    expect(new URL(page.url()).searchParams.get('data')).toBeNull();
    await page.getByRole('button', {name: 'Import data'}).click();
    await expect.poll(() => dialog(page).locator('#current-title').textContent()).toContain('survey-2021.csv');
    await dialog(page).getByRole('button', {name: 'Close'}).click();
  });

  it('computes the map of a data=user link once: the kept dataset is read before the first request', async () => {
    const {page} = atlas;
    // Records what the page asks the engine's worker.
    await page.addInitScript(recordComputeRequests);
    await page.goto(atlas.url('lang=en&data=user&ind=lq&sector=C&year=2021'));
    await page.waitForFunction(() => window.__atlas?.ready === true, undefined, {timeout: 30_000});
    // Once, not twice: the result's key names the kept dataset, and before it was read the key did not.
    const askedUser = (await computeRequests(page)).filter((r) => r.data === 'user').map((r) => `${r.ind} ${r.year}`);
    expect(askedUser).toEqual(['lq 2021']);
  });

  it('classifies the pinned region’s sector: from the imported counts, and says unknown where the data has shares only', async () => {
    const {page} = atlas;
    const profile = page.locator('kg-region-card kg-cluster-class');
    // A class's words, or else what the profile says instead (still computing, an error, no profile):
    // never a wait of its own, so that a failure names what the page showed.
    const said = (which: 'strong' | 'type') =>
      page.evaluate((which) => {
        const part = document.querySelector('kg-region-card')?.shadowRoot?.querySelector('kg-cluster-class')?.shadowRoot;
        if (!part) return 'no profile section';
        return part.querySelector(`dd[data-class=${which}]`)?.textContent ?? `(no class) ${part.textContent?.replace(/\s+/g, ' ').trim()}`;
      }, which);
    // Imported employment counts, manufacturing 2021: Batken LQ 1.5 (advantage) but the smaller of two
    // sizes (30 < the 25th percentile, 65), so not a strong cluster; Enright: potential.
    await page.goto(atlas.url('lang=en&data=user&ind=lq&sector=C&year=2021&region=KG-B'));
    await expect.poll(() => said('strong'), {timeout: 20_000}).toBe('no');
    expect(await profile.locator('dd[data-class=type]').textContent()).toBe('potential');
    expect(await profile.locator('h3').textContent()).toBe('Cluster classification: C — Manufacturing');
    expect(await profile.locator('p.muted').textContent()).toContain('The atlas computed this for 2021');
    await page.goto(atlas.url('lang=ru&data=user&ind=lq&sector=C&year=2021&region=KG-J'));
    await expect.poll(() => said('type'), {timeout: 20_000}).toBe('ни один из типов');
    // The shipped statistics give shares, not counts: unknown, and why.
    await page.goto(atlas.url('lang=en&ind=mfg-lq&sector=C&year=2024&region=KG-C'));
    await expect.poll(() => said('strong'), {timeout: 20_000}).toBe('unknown');
    expect(await profile.locator('p.muted').textContent()).toContain('the rule needs employed persons (counts)');
    await profile.scrollIntoViewIfNeeded();
    await screenshot(page, 'engine-profile-classification');
    // Back to the view the next tests start from.
    await page.goto(atlas.url('lang=en&data=user'));
    await page.waitForFunction(() => window.__atlas?.ready === true, undefined, {timeout: 30_000});
  });

  it('reports every problem of a malformed file with line and column, and changes nothing', async () => {
    const {page} = atlas;
    await page.getByRole('button', {name: 'Import data'}).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    await chooseFile(page, 'broken.csv', MALFORMED);
    const errors = dialog(page).locator('.bad[role=alert]');
    await expect.poll(() => errors.isVisible(), {timeout: 20_000}).toBe(true);
    expect(await errors.locator('p').first().textContent()).toBe('broken.csv was not imported: 2 problem(s). Nothing was changed.');
    const items = await errors.locator('ol.problems li').allInnerTexts();
    expect(items).toEqual([
      'Line 3, column “value”: “abc” is not a number. Write numbers with a dot and without thousands separators, e.g. 1234.5; leave out a row you do not know.',
      'Line 4, column “region_code”: “KG-X” is not a region. Use a code (KG-B, KG-J, KG-Y, KG-N, KG-O, KG-T, KG-C, KG-GB, KG-GO, or KG for the country) or a region’s name in Kyrgyz, Russian or English, e.g. Чүй облусу, Чуйская обл., Chuy Region, г. Бишкек, Кыргызская Республика.',
    ]);
    await screenshot(page, 'engine-import-errors');
    // The previous dataset is untouched.
    expect(await dialog(page).locator('section.current h3').textContent()).toBe('Your dataset: survey-2021.csv');
    expect(new URL(page.url()).searchParams.get('data')).toBe('user');
    const lq = await page.evaluate(() => window.__atlas.compute!({ind: 'lq', sector: 'C', year: 2021, basis: 'employment', data: 'user'}));
    expect(lq.values.find((v) => v.code === 'KG-B')!.value).toBeCloseTo(1.5, 10);
  });

  it('shows progress for a large file and cancels it, keeping the previous dataset', async () => {
    const {page} = atlas;
    // ~20 MB made in the page and dropped onto it (the page-wide drop target).
    await page.evaluate(() => {
      const regions = ['KG-B', 'KG-J', 'KG-Y', 'KG-N', 'KG-O', 'KG-T', 'KG-C', 'KG-GB', 'KG-GO'];
      const lines = ['region_code,sector,indicator,year,value,unit,source'];
      for (let s = 0; lines.length < 400_000; s++)
        for (const r of regions) for (let y = 1990; y < 2030; y++) lines.push(`${r},ind_${s},output,${y},${s * 7 + y},mln som,a long enough source text to make this file large`);
      const file = new File([lines.join('\n')], 'large.csv', {type: 'text/csv'});
      const data = new DataTransfer();
      data.items.add(file);
      window.dispatchEvent(new DragEvent('dragover', {dataTransfer: data, cancelable: true}));
      window.dispatchEvent(new DragEvent('drop', {dataTransfer: data, cancelable: true}));
    });
    const progress = dialog(page).locator('progress');
    await expect.poll(() => progress.evaluate((p: HTMLProgressElement) => p.value).catch(() => 0), {timeout: 30_000, interval: 50}).toBeGreaterThan(0);
    expect(await dialog(page).getByText('Checking large.csv…').count()).toBeGreaterThan(0);
    await screenshot(page, 'engine-import-progress');
    await dialog(page).getByRole('button', {name: 'Cancel'}).click();
    await expect.poll(() => dialog(page).getByText('Import cancelled; nothing was changed.').count()).toBe(1);
    expect(await dialog(page).locator('section.current h3').textContent()).toBe('Your dataset: survey-2021.csv');
  });

  it('refuses a UTF-16 file and one over 200 MB with the reason, and reads a UTF-8 file quoting “�”', async () => {
    const {page} = atlas;
    const problem = dialog(page).locator('.bad[role=alert] ol.problems li');
    // Chromium's File.text() read a UTF-16 file with a byte-order mark as UTF-16, which the format refuses.
    await page.locator('kg-import-dialog input[type=file]').setInputFiles({name: 'utf16.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${VALID}`, 'utf16le')});
    await expect.poll(() => problem.allInnerTexts(), {timeout: 20_000}).toEqual(['Line 1: The file is not UTF-8 text. Save it as “CSV UTF-8”.']);
    // Over ~512 MB File.text() gave "" ("The file is empty"); the size is checked before reading (a
    // real 600 MB file is too heavy for this machine: its size is faked, and it is never read).
    await page.evaluate(() => {
      const file = new File(['x'], 'huge.csv', {type: 'text/csv'});
      Object.defineProperty(file, 'size', {value: 600_000_000});
      void (document.querySelector('kg-import-dialog') as unknown as {importFile(f: File): Promise<void>}).importFile(file);
    });
    await expect.poll(() => problem.allInnerTexts(), {timeout: 20_000}).toEqual([
      'Whole file: The file is too large (600 MB): the import reads files up to 200 MB, as a browser cannot hold a much larger one as text. Leave out the optional columns, or years you do not need.',
    ]);
    await screenshot(page, 'engine-import-too-large');
    expect(await dialog(page).locator('section.current h3').textContent()).toBe('Your dataset: survey-2021.csv');
    // “�” in a UTF-8 file is a character like any other (it was refused as "not UTF-8").
    await chooseFile(page, 'survey-2021.csv', VALID.replace('National total', 'National total \uFFFD'));
    await expect.poll(() => dialog(page).getByText('Imported survey-2021.csv: 6 rows.').count(), {timeout: 20_000}).toBe(1);
  });

  it('shows an imported file from the default view, and cites it as the planner’s own first, then the file’s sources, never the atlas’s (in Russian)', async () => {
    const {page} = atlas;
    const name = '01_good_semicolon_bom.csv';
    await page.goto(atlas.url('lang=ru'));
    await page.waitForFunction(() => window.__atlas?.ready === true, undefined, {timeout: 30_000});
    await page.getByRole('button', {name: 'Импорт данных'}).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    await chooseFile(page, name, RU_FILE);
    await expect.poll(() => dialog(page).locator('.ok').count(), {timeout: 20_000}).toBe(1);
    // From the published index the map goes to what the file gives first (the summary's first line:
    // the employment LQ, its first sector and latest year), and only then says it shows the file.
    await expect.poll(() => Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({data: 'user', ind: 'lq', sector: 'C', year: '2022'});
    expect(await dialog(page).getByText('Карта показывает ваши данные.').count()).toBe(1);
    await dialog(page).getByRole('button', {name: 'Закрыть'}).click();
    const cited = `Ваши данные (файл ${name}): Нацстатком; Нацстатком, расчёты Минэкономики`;
    const source = page.locator('kg-indicator-picker .source');
    await expect.poll(() => source.innerText(), {timeout: 20_000}).toBe(`Источник: ${cited}`);
    const [x, y] = await project(page, ...INSIDE['KG-J']!);
    await page.mouse.move(x, y);
    const tooltip = page.locator('kg-tooltip [role=tooltip]');
    await expect.poll(() => tooltip.innerText(), {timeout: 20_000}).toContain(`Источник: ${cited} (`);
    await screenshot(page, 'engine-import-source-ru');
    await page.mouse.move(5, 5);
    // The CSV download's source column says the same, as computed by the atlas (the LQ is not in the file).
    await page.locator('kg-share-buttons button[data-action="export"]').click();
    const [file] = await Promise.all([page.waitForEvent('download', {timeout: 30_000}), page.locator('kg-export-dialog button[data-export="csv"]').click()]);
    const csv = readFileSync(await file.path(), 'utf8');
    const exported = `рассчитано атласом по данным: ${cited}`;
    expect(csv.split('\n').filter((line) => line.includes(`"${exported}"`) || line.includes(`,${exported},`)).length).toBe(9);
    await page.keyboard.press('Escape');

    // A year the file does not have: every region unknown, and the source is the file, not the NSC's
    // table 9.2.2 that the shipped manufacturing LQ cites.
    await page.goto(atlas.url('lang=ru&ind=mfg-lq&sector=C&year=2020&data=user'));
    await page.waitForFunction(() => window.__atlas?.ready === true, undefined, {timeout: 30_000});
    await expect.poll(() => source.innerText(), {timeout: 20_000}).toBe(`Источник: Ваши данные (файл ${name})`);
    await page.mouse.move(x, y);
    await expect.poll(() => tooltip.innerText(), {timeout: 20_000}).toContain(`Источник: Ваши данные (файл ${name}) (`);
    expect(await tooltip.innerText()).not.toContain('9.2.2');
    await page.mouse.move(5, 5);
    // The dialog does not say the map shows the file there; its button takes the map to the file's year.
    await page.getByRole('button', {name: 'Импорт данных'}).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    expect(await dialog(page).getByText('Карта показывает ваши данные.').count()).toBe(0);
    await dialog(page).getByRole('button', {name: 'Показать мои данные на карте'}).click();
    await expect.poll(() => Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({data: 'user', ind: 'mfg-lq', year: '2022'});
    expect(await dialog(page).getByText('Карта показывает ваши данные.').count()).toBe(1);
    await expect.poll(() => source.innerText(), {timeout: 20_000}).toBe(`Источник: ${cited}`);
    await dialog(page).getByRole('button', {name: 'Закрыть'}).click();
    expect(atlas.consoleErrors).toEqual([]);
    // Where the next test starts: the dialog open, in English.
    await page.goto(atlas.url('lang=en&data=user'));
    await page.waitForFunction(() => window.__atlas?.ready === true, undefined, {timeout: 30_000});
    await page.getByRole('button', {name: 'Import data'}).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
  });

  it('removes the dataset; a link asking for it then says so politely', async () => {
    const {page} = atlas;
    await dialog(page).getByRole('button', {name: 'Remove my data'}).click();
    await expect.poll(() => dialog(page).getByText('Your data was removed from this browser.').count()).toBe(1);
    expect(await dialog(page).locator('section.current').count()).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('data')).toBeNull();
    await page.goto(atlas.url('lang=en&data=user'));
    await page.waitForFunction(() => window.__atlas?.ready === true, undefined, {timeout: 30_000});
    const notice = page.locator('kg-notices .notice p');
    await expect.poll(() => notice.first().textContent()).toBe(
      'The link’s “data=user” could not be used (no imported dataset is kept in this browser); showing the default instead.',
    );
    await expect.poll(() => new URL(page.url()).searchParams.get('data')).toBeNull();
    expect(atlas.consoleErrors).toEqual([]);
    expect(atlas.externalRequests).toEqual([]);
  });
});

describe('in other languages and on a phone', () => {
  it('labels the header buttons in Kyrgyz and Russian', async () => {
    const ky = await openAtlas(browser, 'lang=ky', {viewport: {width: 390, height: 800}});
    // On a phone the header's actions are behind its menu button (see kg-header).
    await ky.page.locator('kg-header button.menu').click();
    expect(await ky.page.getByRole('button', {name: 'Маалымат импорттоо', exact: true}).count()).toBe(1);
    expect(await ky.page.getByRole('button', {name: 'Методология', exact: true}).count()).toBe(1);
    await screenshot(ky.page, 'engine-header-phone-ky');
    // Every header control fits on the phone's screen (the languages are a select there).
    for (const control of [
      ky.page.getByRole('button', {name: 'Маалымат импорттоо', exact: true}),
      ky.page.getByRole('button', {name: 'Методология', exact: true}),
      ky.page.locator('kg-header select'),
    ]) {
      const box = (await control.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    expect(await ky.page.locator('kg-header select option').allInnerTexts()).toEqual(['Кыргызча', 'Русский', 'English']);
    await ky.page.getByRole('button', {name: 'Методология', exact: true}).click();
    const panel = ky.page.locator('kg-methodology dialog');
    // The decimal sign is whatever Intl gives for ky-KG in this browser's ICU data.
    await expect.poll(() => panel.locator('tr[data-region="KG-C"] td.computed').textContent(), {timeout: 20_000}).toMatch(/^1[.,]78$/);
    expect(await panel.locator('h2').textContent()).toBe('Методология');
    expect(await panel.locator('article[data-formula="lq"] h4').textContent()).toBe('Локалдаштыруу коэффициенти');
    await screenshot(ky.page, 'engine-methodology-phone-ky');
    await ky.context.close();
    const ru = await openAtlas(browser, 'lang=ru');
    expect(await ru.page.getByRole('button', {name: 'Импорт данных'}).count()).toBe(1);
    await ru.context.close();
  });
});

// A planners' audit: a sheet as a planner saves it from Excel in Russian — a title row and an empty row
// above the header, column names in another case, regions by name in Russian and Kyrgyz, an "Итого"
// row per sector, a share formatted as a percentage. It was refused line by line ("not a region code").
describe('a planner’s sheet from Excel (Russian locale)', () => {
  const NAMES = ['Баткенская обл.', 'Жалал-Абад облусу', 'Иссык-Кульская обл.', 'Нарынская область', 'Ош облусу', 'Таласская обл.', 'Чуйская область', 'г. Бишкек', 'Ош шаары'];
  const CODES = ['KG-B', 'KG-J', 'KG-Y', 'KG-N', 'KG-O', 'KG-T', 'KG-C', 'KG-GB', 'KG-GO'];
  const manufacturing = [9.1, 28.4, 11.2, 3.5, 20.6, 4.1, 61.3, 66.8, 14.8];
  const total = [180.2, 430.5, 200.1, 110.4, 520.3, 95.6, 410.2, 560.7, 150.3];
  const comma = (n: number) => String(Math.round(n * 10) / 10).replace('.', ',');
  const sum = (a: number[]) => a.reduce((s, x) => s + x, 0);
  const SHEET =
    '\uFEFFЗанятость по регионам, 2022;;;;;;\r\n;;;;;;\r\nRegion_Code; Sector; Indicator; Year; Value; Unit; Source\r\n' +
    NAMES.flatMap((n, i) => [`${n};C;employment;2022;${comma(manufacturing[i]!)};тыс. чел.;Нацстатком`, `${n};TOTAL;employment;2022;${comma(total[i]!)};тыс. чел.;Нацстатком`]).join('\r\n') +
    `\r\nИтого;C;employment;2022;${comma(sum(manufacturing))};тыс. чел.;Нацстатком\r\nИтого;TOTAL;employment;2022;${comma(sum(total))};тыс. чел.;Нацстатком\r\n` +
    'Чүй облусу;C;employment_share;2022;15,0%;%;Нацстатком\r\n';

  it('imports it, says the header was on line 3, and reads the names and the totals as codes', async () => {
    const ru = await openAtlas(browser, 'lang=ru');
    const {page} = ru;
    await page.getByRole('button', {name: 'Импорт данных'}).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    await chooseFile(page, 'занятость-2022.csv', SHEET);
    await expect.poll(() => dialog(page).locator('.ok').textContent(), {timeout: 20_000}).toBe('занятость-2022.csv импортирован: строк — 21.');
    expect(await dialog(page).locator('.header-line').textContent()).toBe('Названия столбцов прочитаны из строки 3; строки выше (заголовок таблицы) пропущены.');
    await screenshot(page, 'engine-import-planner-sheet-ru');
    const lq = await page.evaluate(() => window.__atlas.compute!({ind: 'lq', sector: 'C', year: 2022, basis: 'employment', data: 'user'}));
    // Every region by its name, against the national total read from "Итого".
    const national = sum(manufacturing) / sum(total);
    for (const [i, code] of CODES.entries()) expect(lq.values.find((v) => v.code === code)!.value, code).toBeCloseTo(manufacturing[i]! / total[i]! / national, 6);

    // The same sheet with its header in Russian words is read (import-headers.ts); a name that is none
    // of them is quoted as unknown, the others not.
    await chooseFile(page, 'заголовки.csv', SHEET.replace('Region_Code; Sector; Indicator; Year; Value; Unit; Source', 'Регион;Отрасль;Показатель;Год;Значение;Ед. изм.;Источник, примечание'));
    const problems = dialog(page).locator('ol.problems li');
    await expect.poll(() => problems.allInnerTexts(), {timeout: 20_000}).toEqual([
      'Строка 3: Неизвестные столбцы: «Источник, примечание». Ожидаются region_code, sector, indicator, year, value, unit, source.',
    ]);
    await screenshot(page, 'engine-import-planner-header-ru');
    await ru.context.close();
  });

  /** Text as Russian Excel's "CSV (разделитель — точка с запятой)" writes it: Windows-1251, "?" for ң ө ү. */
  const cp1251 = (text: string) =>
    Buffer.from([...text].map((ch) => {
      const c = ch.codePointAt(0)!;
      if (c < 0x80) return c;
      if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
      return ch === 'ё' ? 0xb8 : ch === 'Ё' ? 0xa8 : 0x3f;
    }));
  const RU_HEADER = 'Регион;Отрасль;Показатель;Год;Значение;Единица измерения;Источник';
  const RU_SHEET =
    `${RU_HEADER}\r\n` +
    NAMES.flatMap((n, i) => [`${n};C;employment;2022;${comma(manufacturing[i]!)};тыс. чел.;Нацстатком`, `${n};TOTAL;employment;2022;${comma(total[i]!)};тыс. чел.;Нацстатком`]).join('\r\n') +
    `\r\nКыргызская Республика;C;employment;2022;${comma(sum(manufacturing))};тыс. чел.;Нацстатком\r\nКыргызская Республика;TOTAL;employment;2022;${comma(sum(total))};тыс. чел.;Нацстатком\r\n`;

  it('imports a Windows-1251 file with Russian column names, says how it read it, and shows it on the map and in the table', async () => {
    const ru = await openAtlas(browser, 'lang=ru');
    const {page} = ru;
    await page.getByRole('button', {name: 'Импорт данных'}).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    const bytes = cp1251(RU_SHEET);
    expect([...bytes.subarray(0, 14)]).toEqual([0xd0, 0xe5, 0xe3, 0xe8, 0xee, 0xed, 0x3b, 0xce, 0xf2, 0xf0, 0xe0, 0xf1, 0xeb, 0xfc]); // Регион;Отрасль
    await page.locator('kg-import-dialog input[type=file]').setInputFiles({name: 'занятость-1251.csv', mimeType: 'text/csv', buffer: bytes});
    await expect.poll(() => dialog(page).locator('.ok').textContent(), {timeout: 20_000}).toBe('занятость-1251.csv импортирован: строк — 20.');
    expect(await dialog(page).locator('.columns-read').textContent()).toBe(
      'Столбцы прочитаны как: Регион → region_code, Отрасль → sector, Показатель → indicator, Год → year, Значение → value, Единица измерения → unit, Источник → source.',
    );
    expect(await dialog(page).locator('.encoding').textContent()).toContain('Файл не в кодировке UTF-8: он прочитан как Windows-1251 (кириллица)');
    expect(await dialog(page).locator('section.current h3').textContent()).toBe('Ваш набор данных: занятость-1251.csv');
    await screenshot(page, 'engine-import-cp1251-ru');
    // The map goes to the file's employment LQ; the table gives each region's, from the names.
    await expect.poll(() => Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({data: 'user', ind: 'lq', sector: 'C', year: '2022'});
    await dialog(page).getByRole('button', {name: 'Закрыть'}).click();
    const national = sum(manufacturing) / sum(total);
    const row = (code: string) => page.locator(`kg-data-views tr[data-code="${code}"] td.num`).first();
    await expect.poll(() => row('KG-C').innerText(), {timeout: 20_000}).not.toBe('');
    for (const [i, code] of CODES.entries()) expect(Number((await row(code).innerText()).trim().replace(',', '.')), code).toBeCloseTo(manufacturing[i]! / total[i]! / national, 2);
    expect(await page.locator('kg-data-views #table-source').textContent()).toContain('Ваши данные (файл занятость-1251.csv): Нацстатком');
    await screenshot(page, 'engine-import-cp1251-table-ru');

    // A Kyrgyz name saved so loses its ү ("Ч?й облусу"): refused with the usual message, the reading
    // said too; the kept dataset and the view stay as they were.
    const url = page.url();
    await page.getByRole('button', {name: 'Импорт данных'}).click();
    await page
      .locator('kg-import-dialog input[type=file]')
      .setInputFiles({name: 'кыргызча.csv', mimeType: 'text/csv', buffer: cp1251(RU_SHEET.replace('Чуйская область;C', 'Чүй облусу;C'))});
    const alert = dialog(page).locator('.bad[role=alert]');
    await expect.poll(() => alert.locator('ol.problems li').allInnerTexts(), {timeout: 20_000}).toEqual([
      'Строка 14, столбец «region_code»: «Ч?й облусу» — не регион. Используйте код (KG-B, KG-J, KG-Y, KG-N, KG-O, KG-T, KG-C, KG-GB, KG-GO или KG для страны) или название региона по-кыргызски, по-русски или по-английски, например Чүй облусу, Чуйская обл., Chuy Region, г. Бишкек, Кыргызская Республика.',
    ]);
    expect(await alert.locator('.encoding').textContent()).toContain('кыргызских ң, ө и ү нет в Windows-1251');
    await screenshot(page, 'engine-import-cp1251-kyrgyz-ru');
    expect(await dialog(page).locator('section.current h3').textContent()).toBe('Ваш набор данных: занятость-1251.csv');
    expect(page.url()).toBe(url);
    expect(ru.consoleErrors).toEqual([]);
    await ru.context.close();
  });

  it('imports the same sheet with its indicator and sector in words, says how it read them, and maps it alike', async () => {
    const ru = await openAtlas(browser, 'lang=ru');
    const {page} = ru;
    await page.getByRole('button', {name: 'Импорт данных'}).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    const sheet = RU_SHEET.replace(/;C;employment;/g, ';C - Обрабатывающая промышленность;Занятость;').replace(/;TOTAL;employment;/g, ';Итого;Численность занятых;');
    expect(sheet).not.toMatch(/employment|TOTAL|;C;/);
    await page.locator('kg-import-dialog input[type=file]').setInputFiles({name: 'слова.csv', mimeType: 'text/csv', buffer: cp1251(sheet)});
    await expect.poll(() => dialog(page).locator('.ok').textContent(), {timeout: 20_000}).toBe('слова.csv импортирован: строк — 20.');
    expect(await dialog(page).locator('.values-read').textContent()).toBe(
      'Значения прочитаны как: «Занятость» → employment; «C - Обрабатывающая промышленность» → C; «Численность занятых» → employment; «Итого» → TOTAL.',
    );
    await screenshot(page, 'engine-import-cell-words-ru');
    await expect.poll(() => Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({data: 'user', ind: 'lq', sector: 'C', year: '2022'});
    expect(ru.consoleErrors).toEqual([]);
    await ru.context.close();
  });
});
