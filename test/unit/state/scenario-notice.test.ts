// A scenario link (`s=`) that cannot be used says why, as the file import says it: the JSON path and the
// problem in the page's language, and `newer-version` for a scenario of a newer schema.
import {compressToBase64} from 'lz-string';
import {describe, expect, it} from 'vitest';
import {decodeScenario} from '../../../src/io/scenario-codec';
import type {ScenarioProblem} from '../../../src/io/scenario-format';
import {createAppStore} from '../../../src/state/app-state';
import {restoreFromUrl, scenarioNotice} from '../../../src/state/scenario-session';
import {defaultViewState} from '../../../src/state/view-state';

/** Any JSON as a link's `s=` code (as src/io/scenario-codec.ts writes one). */
const linkCode = (json: unknown) => compressToBase64(JSON.stringify(json)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

const scenario = (more: object) => ({format: 'kg-atlas-scenario', version: 1, name: 'Plan', settings: {}, edits: [], ...more});
const problemsOf = (code: string): ScenarioProblem[] => {
  const parsed = decodeScenario(code);
  if (parsed.ok) throw new Error('expected problems');
  return parsed.problems;
};

describe('a scenario link that cannot be used', () => {
  it('says that a newer version made it, with the schema, in every language', () => {
    const code = linkCode(scenario({version: 2}));
    const notice = scenarioNotice(code, problemsOf(code));
    expect(notice).toMatchObject({param: 's', reason: 'newer-version'});
    expect(notice.detail!('en')).toBe('$.version: made by a newer version of the atlas (schema 2); this one reads up to 1');
    expect(notice.detail!('ru')).toBe('$.version: сценарий создан более новой версией атласа (схема 2); эта версия читает схемы до 1');
    expect(notice.detail!('ky')).toBe('$.version: сценарий атластын жаңыраак версиясында түзүлгөн (схема 2); бул версия окуй турган эң жаңы схема: 1');
  });

  it('names the path and the problem of an invalid edit, as the file import does', () => {
    const edit = {kind: 'site-add', id: 'scn-site-1', name: 'Solar park', category: 'solar', status: 'planned', capacityMw: 100, lon: 200, lat: 41.4};
    const code = linkCode(scenario({edits: [edit]}));
    const notice = scenarioNotice(code, problemsOf(code));
    expect(notice.reason).toBe('malformed');
    expect(notice.detail!('en')).toBe('$.edits[0].lon: longitude outside Kyrgyzstan (69–80.5)');
    expect(notice.detail!('ru')).toBe('$.edits[0].lon: долгота вне Кыргызстана (69–80,5)');
  });

  it('says a code that cannot be decompressed is damaged, and cuts a long list of problems short', () => {
    expect(scenarioNotice('NotAScenario', problemsOf('NotAScenario')).detail!('en')).toBe('$: the link’s scenario code is damaged');
    const code = linkCode(scenario({name: 1, settings: 2, edits: 3, extra: 4}));
    const text = scenarioNotice(code, problemsOf(code)).detail!('en');
    expect(text.split('; ')).toHaveLength(4);
    expect(text.endsWith('; …')).toBe(true);
  });

  it('is the notice the page gets from the link, with the comparison it asked for, and the baseline', () => {
    const code = linkCode(scenario({version: 2}));
    const store = createAppStore({...defaultViewState('en'), s: code, vs: 'swipe'}, [], 'light');
    restoreFromUrl(store);
    expect(store.state.notices.map((n) => [n.param, n.reason, n.detail?.('en') ?? null])).toEqual([
      ['s', 'newer-version', '$.version: made by a newer version of the atlas (schema 2); this one reads up to 1'],
      ['vs', 'needs-scenario', null],
    ]);
    expect([store.state.view.s, store.state.view.vs, store.state.scenario]).toEqual([null, null, null]);
  });
});
