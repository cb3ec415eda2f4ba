// The import worker reads a file's bytes (decoded strictly) and refuses one too large before reading
// it, as importInWorker does: Chromium's File.text() gave "" above ~512 MB, reported as "empty".
import {beforeAll, describe, expect, it, vi} from 'vitest';
import type {ImportRequestMessage, ResponseMessage} from '../../../src/worker/protocol';

const posted: ResponseMessage[] = [];
const scope = {onmessage: null as ((event: MessageEvent<ImportRequestMessage>) => Promise<void>) | null, postMessage: (m: ResponseMessage) => void posted.push(m)};

beforeAll(async () => {
  vi.stubGlobal('self', scope);
  await import('../../../src/worker/import.worker');
});

async function parse(file: Blob | string): Promise<ResponseMessage | undefined> {
  posted.length = 0;
  await scope.onmessage!({data: {id: 1, kind: 'parse', payload: {file}}} as MessageEvent<ImportRequestMessage>);
  return posted.find((m) => m.type !== 'progress');
}

describe('the import worker', () => {
  it('refuses a file over 200 MB without reading it', async () => {
    const big = Object.defineProperty(new Blob(['x']), 'size', {value: 600_000_000});
    big.arrayBuffer = () => Promise.reject(new Error('read'));
    expect(await parse(big)).toMatchObject({type: 'result', result: {ok: false, problems: [{code: 'file-too-large', params: {size: 600, max: 200}}]}});
  });

  it('reads bytes: a literal “�” is text, a UTF-16 byte-order mark is not UTF-8', async () => {
    const csv = 'region_code,sector,indicator,year,value,unit,source\nKG-C,C,employment,2022,150,persons,\uFFFD\nKG,C,employment,2022,300,persons,x\n';
    expect(await parse(new Blob([csv]))).toMatchObject({type: 'result', result: {ok: true, rows: 2}});
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...csv].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(await parse(new Blob([utf16]))).toMatchObject({type: 'result', result: {ok: false, problems: [{line: 1, code: 'not-utf8'}]}});
  });

  it('gives the dialog what it read: a Russian header in Windows-1251, named column by column, and its cells’ words', async () => {
    // "Регион;Отрасль;Показатель;Год;Значение" and a row in words, as Russian Excel saves them (Windows-1251).
    const text = 'Регион;Отрасль;Показатель;Год;Значение\nKG-C;Обрабатывающие производства;Занятость;2022;1\n';
    const bytes = Uint8Array.from([...text].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : ch.charCodeAt(0) - 0x410 + 0xc0)));
    expect(await parse(new Blob([bytes]))).toMatchObject({
      type: 'result',
      result: {
        ok: true,
        rows: 1,
        encoding: 'windows-1251',
        renamed: [['Регион', 'region_code'], ['Отрасль', 'sector'], ['Показатель', 'indicator'], ['Год', 'year'], ['Значение', 'value']],
        // …and its cells: words for an indicator and a sector.
        valuesRead: [['Занятость', 'employment'], ['Обрабатывающие производства', 'C']],
        valuesReadMore: 0,
      },
    });
  });
});
