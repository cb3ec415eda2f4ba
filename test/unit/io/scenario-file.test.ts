// Opening a scenario file: its size and encoding are checked before its JSON.
import {describe, expect, it} from 'vitest';
import {readScenarioFile} from '../../../src/io/scenario-file';

const scenario = (name: string) => `{"format":"kg-atlas-scenario","version":1,"name":${JSON.stringify(name)},"settings":{},"edits":[]}`;

/** "План Б" in Windows-1251, as Notepad or Excel on a Russian Windows saves it. */
function cp1251(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from([...text].map((ch) => {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) return c;
    if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
    throw new Error(`no cp1251 byte for ${ch}`);
  }));
}

function utf16le(text: string, bom: boolean): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16((bom ? 2 : 0) + 2 * i, text.charCodeAt(i), true);
  return bytes;
}

describe('readScenarioFile', () => {
  it('opens a UTF-8 file, with or without a byte-order mark, keeping a Cyrillic name whole', async () => {
    for (const text of [scenario('План Б'), `\uFEFF${scenario('План Б')}`]) {
      const parsed = await readScenarioFile(new Blob([text]));
      expect(parsed.ok && parsed.scenario.name).toBe('План Б');
    }
  });

  it('refuses a Windows-1251 or UTF-16 file with advice, instead of opening it with a garbled name', async () => {
    for (const bytes of [cp1251(scenario('План Б')), utf16le(scenario('План Б'), true), utf16le(scenario('Plan B'), false)]) {
      const parsed = await readScenarioFile(new Blob([bytes]));
      expect(parsed).toEqual({ok: false, problems: [{path: '$', code: 'notUtf8', params: {}}]});
    }
  });

  it('refuses a file over 2 MB before reading it', async () => {
    const parsed = await readScenarioFile(new Blob([' '.repeat(2_000_001)]));
    expect(parsed).toEqual({ok: false, problems: [{path: '$', code: 'tooLarge', params: {max: 2}}]});
  });
});

describe('readScenarioFile, whatever happens', () => {
  it('says a file that cannot be read (moved or deleted since it was chosen) could not be read, not that it is not UTF-8', async () => {
    const gone = new Blob(['{}']);
    gone.arrayBuffer = () => Promise.reject(new DOMException('The file could not be read', 'NotReadableError'));
    expect(await readScenarioFile(gone)).toEqual({ok: false, problems: [{path: '$', code: 'unreadable', params: {detail: 'NotReadableError: The file could not be read'}}]});
  });

  it('places brackets nested too deeply instead of overflowing the stack', async () => {
    for (const text of ['['.repeat(20_000), '{"a":'.repeat(300_000)]) {
      const parsed = await readScenarioFile(new Blob([text]));
      expect(!parsed.ok && parsed.problems[0]!.code).toBe('jsonDeep');
    }
  });
});
