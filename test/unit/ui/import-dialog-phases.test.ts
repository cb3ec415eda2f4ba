// @vitest-environment happy-dom
import {afterEach, describe, expect, it, vi} from 'vitest';
import {createAppStore, updateView} from '../../../src/state/app-state';
import type {UserFileOptions} from '../../../src/state/user-data-import';
import {defaultViewState} from '../../../src/state/view-state';

// Each import waits for the test: it moves the file through its phases by hand.
interface Pending {
  options: UserFileOptions;
  resolve: (r: {ok: true; rows: number; headerLine: number; renamed: [string, string][]; valuesRead: [string, string][]; valuesReadMore: number; encoding: string}) => void;
  reject: (e: unknown) => void;
}
const pending: Pending[] = [];
vi.mock('../../../src/state/user-data-import', () => ({
  importUserFile: (_store: unknown, _file: File, options: UserFileOptions) =>
    new Promise((resolve, reject) => {
      pending.push({options, resolve, reject});
      options.signal?.addEventListener('abort', () => reject(new DOMException('cancelled', 'AbortError')));
    }),
  removeUserData: async () => undefined,
  showUserData: () => undefined,
}));
const {KgImportDialog} = await import('../../../src/ui/kg-import-dialog');

async function dialog() {
  const el = document.createElement('kg-import-dialog') as InstanceType<typeof KgImportDialog>;
  el.store = createAppStore(defaultViewState('en'), [], 'light');
  document.body.append(el);
  await el.updateComplete;
  return el;
}
const text = (el: HTMLElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const cancelButton = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Cancel');
const settle = async (el: InstanceType<typeof KgImportDialog>) => {
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
};

describe('<kg-import-dialog> while a file is imported', () => {
  afterEach(() => {
    pending.length = 0;
    document.body.replaceChildren();
  });

  it('shows how much is read, then an indeterminate bar while it works out the rest, then no Cancel while keeping it', async () => {
    const el = await dialog();
    void el.importFile(new File(['x'], 'large.csv'));
    await settle(el);
    pending[0]!.options.onProgress!(0.4);
    await settle(el);
    const bar = () => el.shadowRoot!.querySelector('progress')!;
    expect(text(el)).toContain('Checking large.csv…');
    expect(bar().value).toBeCloseTo(0.4);
    pending[0]!.options.onProgress!(1);
    await settle(el);
    expect(text(el)).toContain('Read large.csv; working out which indicators and years it gives…');
    expect(bar().hasAttribute('value')).toBe(false);
    expect(cancelButton(el)).toBeDefined();
    pending[0]!.options.onKeeping!();
    await settle(el);
    expect(text(el)).toContain('Keeping large.csv in this browser…');
    expect(bar().hasAttribute('value')).toBe(false);
    expect(cancelButton(el)).toBeUndefined();
    pending[0]!.resolve({ok: true, rows: 12, headerLine: 1, renamed: [], valuesRead: [], valuesReadMore: 0, encoding: 'utf-8'});
    await settle(el);
    expect(text(el)).toContain('Imported large.csv: 12 rows.');
  });

  it('says which columns it read in other words and that a file was read as Windows-1251, as text', async () => {
    const el = await dialog();
    void el.importFile(new File(['x'], 'excel.csv'));
    await settle(el);
    pending[0]!.resolve({ok: true, rows: 2, headerLine: 1, renamed: [['Регион', 'region_code'], ['<b>Год</b>', 'year']], valuesRead: [], valuesReadMore: 0, encoding: 'windows-1251'});
    await settle(el);
    expect(el.shadowRoot!.querySelector('.columns-read')!.textContent).toBe('Columns read as: Регион → region_code, <b>Год</b> → year.');
    expect(el.shadowRoot!.querySelector('.columns-read b')).toBeNull();
    expect(el.shadowRoot!.querySelector('.encoding')!.textContent).toContain('read as Windows-1251 (Cyrillic)');
    // A refused file read so says it too: a Kyrgyz region name's ө came through as "?".
    void el.importFile(new File(['x'], 'kyrgyz.csv'));
    await settle(el);
    (pending[1]!.resolve as (r: unknown) => void)({ok: false, problems: [{line: 2, column: 'region_code', code: 'bad-region', params: {value: 'Ч?й облусу'}, message: ''}], problemCount: 1, rows: 1, encoding: 'windows-1251'});
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).toContain('Kyrgyz ң, ө and ү are not in Windows-1251');
    // A UTF-8 file whose columns are the format's says neither.
    void el.importFile(new File(['x'], 'plain.csv'));
    await settle(el);
    pending[2]!.resolve({ok: true, rows: 2, headerLine: 1, renamed: [], valuesRead: [], valuesReadMore: 0, encoding: 'utf-8'});
    await settle(el);
    expect(el.shadowRoot!.querySelector('.columns-read, .encoding')).toBeNull();
  });

  it('says which indicator and sector cells it read from words, each once, then how many more, in the reader’s language and as text', async () => {
    const el = await dialog();
    void el.importFile(new File(['x'], 'sheet.csv'));
    await settle(el);
    const valuesRead: [string, string][] = [['Занятость', 'employment'], ['Обрабатывающая промышленность', 'C'], ['<i>Итого</i>', 'TOTAL']];
    pending[0]!.resolve({ok: true, rows: 3, headerLine: 1, renamed: [], valuesRead, valuesReadMore: 0, encoding: 'utf-8'});
    await settle(el);
    const line = () => el.shadowRoot!.querySelector('.values-read')!.textContent;
    expect(line()).toBe('Values read as: “Занятость” → employment; “Обрабатывающая промышленность” → C; “<i>Итого</i>” → TOTAL.');
    expect(el.shadowRoot!.querySelector('.values-read i')).toBeNull();
    updateView(el.store!, {lang: 'ru'});
    await settle(el);
    expect(line()).toBe('Значения прочитаны как: «Занятость» → employment; «Обрабатывающая промышленность» → C; «<i>Итого</i>» → TOTAL.');
    void el.importFile(new File(['x'], 'large.csv'));
    await settle(el);
    pending[1]!.resolve({ok: true, rows: 3, headerLine: 1, renamed: [], valuesRead, valuesReadMore: 7, encoding: 'utf-8'});
    await settle(el);
    expect(line()).toBe('Значения прочитаны как: «Занятость» → employment; «Обрабатывающая промышленность» → C; «<i>Итого</i>» → TOTAL и ещё 7.');
    updateView(el.store!, {lang: 'ky'});
    await settle(el);
    expect(line()).toBe('Маанилер мындай окулду: «Занятость» → employment; «Обрабатывающая промышленность» → C; «<i>Итого</i>» → TOTAL жана дагы 7.');
  });

  it('says a failure as an alert, not inside the polite status region (it was announced twice)', async () => {
    const el = await dialog();
    void el.importFile(new File(['x'], 'mine.csv'));
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role=status]')).not.toBeNull();
    pending[0]!.reject(new Error('the import worker stopped'));
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).toBe('A calculation failed.');
    expect(el.shadowRoot!.querySelector('details code')!.textContent).toBe('the import worker stopped');
    expect(el.shadowRoot!.querySelector('[role=status] [role=alert]')).toBeNull();
  });

  it('a file dropped while another is read replaces it; the first one’s cancellation does not show', async () => {
    const el = await dialog();
    void el.importFile(new File(['x'], 'first.csv'));
    await settle(el);
    void el.importFile(new File(['y'], 'second.csv'));
    await settle(el);
    expect(text(el)).not.toContain('Import cancelled');
    expect(text(el)).toContain('Checking second.csv…');
    pending[0]!.options.onProgress!(0.9);
    await settle(el);
    expect(text(el)).toContain('Checking second.csv…');
    pending[1]!.resolve({ok: true, rows: 3, headerLine: 1, renamed: [], valuesRead: [], valuesReadMore: 0, encoding: 'utf-8'});
    await settle(el);
    expect(text(el)).toContain('Imported second.csv: 3 rows.');
  });

  it('quotes the file’s name without bidi controls (data\\u202Evsc.exe read as “dataexe.csv”)', async () => {
    const el = await dialog();
    void el.importFile(new File(['x'], 'data\u202Evsc.exe'));
    await settle(el);
    expect(text(el)).toContain('Checking datavsc.exe…');
    (pending[0]!.resolve as (r: unknown) => void)({ok: false, problems: [], problemCount: 1});
    await settle(el);
    expect(text(el)).toContain('datavsc.exe');
    expect(text(el)).not.toMatch(/\p{Bidi_C}/u);
  });

  it('keeps the keyboard focus on the file button while the file is read, and after Cancel', async () => {
    const el = await dialog();
    const chooser = el.shadowRoot!.querySelector<HTMLButtonElement>('.zone button')!;
    const picker = vi.spyOn(el.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!, 'click').mockImplementation(() => undefined);
    chooser.focus();
    void el.importFile(new File(['x'], 'mine.csv'));
    await settle(el);
    // A disabled button drops the focus (to the page's body, in a browser): it is only marked unavailable.
    expect(chooser.disabled).toBe(false);
    expect(chooser.getAttribute('aria-disabled')).toBe('true');
    chooser.click();
    expect(picker).not.toHaveBeenCalled();
    cancelButton(el)!.focus();
    cancelButton(el)!.click();
    await settle(el);
    expect(el.shadowRoot!.activeElement).toBe(chooser);
    expect(chooser.getAttribute('aria-disabled')).toBe('false');
    chooser.click();
    expect(picker).toHaveBeenCalledOnce();
  });
});

describe('the import format’s example', () => {
  it('imports as it is, in every language, its unit and source in the reader’s words', async () => {
    const {importExample} = await import('../../../src/ui/kg-import-dialog');
    const {parseImportText} = await import('../../../src/io/import-csv');
    for (const lang of ['en', 'ru', 'ky'] as const) {
      const outcome = parseImportText(importExample(lang));
      expect(outcome.ok, lang).toBe(true);
      if (outcome.ok) expect(outcome.rows, lang).toBe(5);
    }
    expect(importExample('ru')).toContain('KG-C,C,employment,2022,150,тыс. человек,пример');
    expect(importExample('ky')).not.toMatch(/thousand|persons|example/);
  });
});
