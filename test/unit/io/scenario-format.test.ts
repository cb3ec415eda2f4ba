// The scenario file: validation with JSON paths, newer versions refused, v0 → v1 migration, the
// link code round trip.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {decodeScenario, encodeScenario} from '../../../src/io/scenario-codec';
import {editProblems, parseScenarioText, scenarioToJson, validateScenario, type ScenarioParse} from '../../../src/io/scenario-format';
import {emptyScenario, type Scenario} from '../../../src/model/scenario';
import {MAX_SCENARIO_PARAM} from '../../../src/state/url-state';
import {fileProblemText} from '../../../src/ui/scenario-text';

const FULL: Scenario = {
  format: 'kg-atlas-scenario',
  version: 1,
  name: 'Kambar-Ata-1 built, three solar parks',
  settings: {potential: {weights: {pc: 2, spec: 0.5}, aggregation: 'arithmetic', stabilityBand: 0.3}, thresholds: {lqPercentile: 0.8, advantageLq: 1.1}},
  edits: [
    {kind: 'input', region: 'KG-O', sector: 'light_industry', indicator: 'employment', year: null, op: 'scale', value: 20},
    {kind: 'input', region: 'KG-C', sector: 'TOTAL', indicator: 'population', year: 2022, op: 'set', value: 1_000_000},
    {kind: 'site-status', id: 'EN10', status: 'operating'},
    {kind: 'site-capacity', id: 'EN10', capacityMw: 1860},
    {kind: 'site-add', id: 'scn-site-1', name: 'Солнечный парк «Иссык-Куль»', category: 'solar', status: 'planned', capacityMw: 100, lon: 77.1, lat: 42.4},
    {kind: 'site-move', id: 'EN20', lon: 74.5, lat: 42.1},
    {kind: 'site-remove', id: 'EN21'},
    {kind: 'spoke-assign', spoke: 'scn-site-1', hub: 'EN10'},
    {kind: 'spoke-assign', spoke: 'EN22', hub: null},
    {kind: 'growth-add', id: 'scn-gp-1', name: 'Кочкор', region: 'KG-N', lon: 75.75, lat: 42.2},
    {kind: 'growth-remove', id: 'GP05'},
    {kind: 'link-add', id: 'scn-link-1', name: 'Tourism', regions: ['KG-Y', 'KG-N']},
    {kind: 'link-remove', id: 'interreg-agro'},
  ],
};

describe('validation', () => {
  it('accepts every kind of edit and gives the scenario back unchanged', () => {
    const parsed = validateScenario(JSON.parse(scenarioToJson(FULL)));
    expect(parsed).toEqual({ok: true, scenario: FULL, migratedFrom: null});
  });

  it('reports each problem by JSON path', () => {
    const bad = JSON.parse(scenarioToJson(FULL));
    bad.edits[4].lon = 120;
    bad.edits[0].op = 'double';
    bad.edits[11].regions = ['KG-Y'];
    bad.settings.potential.weights.pc = -1;
    bad.settings.potential.stabilityBand = 2;
    bad.edits.push({kind: 'teleport', id: 'x'});
    const parsed = validateScenario(bad);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const paths = parsed.problems.map((p) => `${p.path}: ${fileProblemText(p, 'en')}`);
    expect(paths).toContain('$.edits[4].lon: longitude outside Kyrgyzstan (69–80.5)');
    expect(paths).toContain('$.edits[0].op: expected scale or set');
    expect(paths).toContain('$.edits[11].regions: a link joins at least two regions (at most nine)');
    expect(paths).toContain('$.settings.potential.weights.pc: expected a number from 0 to 10');
    expect(paths).toContain('$.settings.potential.stabilityBand: expected a number from 0 to 0.9');
    expect(paths).toContain('$.edits[13].kind: unknown kind of edit');
  });

  it('refuses weights that are all 0, in a file and in a link, and in the old shape (the index would combine nothing)', () => {
    const zero = {pc: 0, spec: 0, lq_employment: 0, lq_establishments: 0};
    const text = (parsed: ScenarioParse, lang: 'en' | 'ru' | 'ky' = 'en') => (parsed.ok ? [] : parsed.problems.map((p) => `${p.path}: ${fileProblemText(p, lang)}`));
    const file = validateScenario({...FULL, settings: {potential: {weights: zero}}, edits: []});
    expect(text(file)).toEqual(['$.settings.potential.weights: at least one weight must be above 0 (with all at 0 the index combines nothing)']);
    expect(text(file, 'ru')).toEqual(['$.settings.potential.weights: хотя бы один вес должен быть больше 0 (когда все равны 0, индексу нечего объединять)']);
    expect(text(file, 'ky')).toEqual(['$.settings.potential.weights: жок дегенде бир салмак 0-дөн чоң болушу керек (баары 0 болсо, индекс эч нерсени бириктирбейт)']);
    const link = encodeScenario({...emptyScenario(), settings: {potential: {weights: zero}}});
    expect(link.ok && text(decodeScenario(link.code))).toEqual(['$.settings.potential.weights: at least one weight must be above 0 (with all at 0 the index combines nothing)']);
    expect(text(validateScenario({version: 0, weights: zero}))).toEqual(['$.weights: at least one weight must be above 0 (with all at 0 the index combines nothing)']);
    // One weight above 0, or one left out (the default, 1), is an index.
    expect(validateScenario({...FULL, settings: {potential: {weights: {...zero, spec: 0.25}}}}).ok).toBe(true);
    expect(validateScenario({...FULL, settings: {potential: {weights: {pc: 0, spec: 0, lq_employment: 0}}}}).ok).toBe(true);
  });

  it('refuses a newer version, a non-scenario and broken JSON, saying why', () => {
    const newer = validateScenario({...FULL, version: 2});
    expect(newer).toEqual({ok: false, problems: [{path: '$.version', code: 'versionNewer', params: {version: 2, current: 1}}]});
    if (!newer.ok) {
      expect(fileProblemText(newer.problems[0]!, 'en')).toBe('made by a newer version of the atlas (schema 2); this one reads up to 1');
      expect(fileProblemText(newer.problems[0]!, 'ru')).toBe('сценарий создан более новой версией атласа (схема 2); эта версия читает схемы до 1');
      expect(fileProblemText(newer.problems[0]!, 'ky')).toBe('сценарий атластын жаңыраак версиясында түзүлгөн (схема 2); бул версия окуй турган эң жаңы схема: 1');
    }
    expect(validateScenario([1, 2])).toMatchObject({ok: false, problems: [{path: '$'}]});
    expect(validateScenario({hello: 1})).toMatchObject({ok: false, problems: [{path: '$.version'}]});
    expect(validateScenario({...FULL, format: 'other'})).toMatchObject({ok: false, problems: [{path: '$.format'}]});
    const broken = parseScenarioText('{"version": 1,');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(fileProblemText(broken.problems[0]!, 'en')).toBe('not valid JSON, line 1, column 15: the file ends before the JSON does (is it cut short?)');
  });

  it('words a value of the wrong JSON type in every language (not with zod’s English names of types)', () => {
    const bad = JSON.parse(scenarioToJson(FULL));
    bad.name = 1;
    bad.settings.potential = 'geometric';
    bad.settings.thresholds.lqPercentile = '0.8';
    bad.edits[11].regions = 'KG-Y';
    const parsed = validateScenario(bad);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const words = (lang: 'en' | 'ru' | 'ky') => parsed.problems.map((p) => `${p.path}: ${fileProblemText(p, lang)}`);
    expect(words('en')).toEqual(
      expect.arrayContaining([
        '$.name: expected text in quotes (a string)',
        '$.settings.potential: expected an object ({…})',
        '$.settings.thresholds.lqPercentile: expected a number',
        '$.edits[11].regions: expected a list ([…])',
      ]),
    );
    expect(words('ru')).toEqual(
      expect.arrayContaining([
        '$.name: ожидается текст в кавычках (строка)',
        '$.settings.potential: ожидается объект ({…})',
        '$.settings.thresholds.lqPercentile: ожидается число',
        '$.edits[11].regions: ожидается список ([…])',
      ]),
    );
    expect(words('ky')).toEqual(
      expect.arrayContaining([
        '$.name: тырмакчага алынган текст күтүлөт',
        '$.settings.potential: объект ({…}) күтүлөт',
        '$.settings.thresholds.lqPercentile: сан күтүлөт',
        '$.edits[11].regions: тизме ([…]) күтүлөт',
      ]),
    );
  });

  it('rejects unknown fields (a typo is not silently dropped)', () => {
    expect(validateScenario({...FULL, colour: 'red'})).toMatchObject({ok: false, problems: [{path: '$'}]});
    const parsed = validateScenario({...FULL, edits: [{kind: 'site-remove', id: 'EN01', why: 'x'}]});
    expect(parsed.ok).toBe(false);
  });

  it('keeps names as text, however they look', () => {
    const parsed = validateScenario({...emptyScenario('<img src=x onerror=alert(1)>')});
    expect(parsed).toMatchObject({ok: true, scenario: {name: '<img src=x onerror=alert(1)>'}});
  });

  it('reads names without bidi controls: an override would turn the sentences that quote them around', () => {
    const parsed = validateScenario({...FULL, name: '\u202EPlan\u2066 A\u2069 ', edits: [{kind: 'growth-add', id: 'g1', name: 'x\u202Dy', region: 'KG-N', lon: 75, lat: 41.5}]});
    expect(parsed).toMatchObject({ok: true, scenario: {name: 'Plan A', edits: [{name: 'xy'}]}});
    // A name of controls alone is no name.
    expect(validateScenario({...FULL, edits: [{kind: 'growth-add', id: 'g1', name: '\u202E', region: 'KG-N', lon: 75, lat: 41.5}]}).ok).toBe(false);
  });
});

describe('migration', () => {
  it('v0 (weights at the top, factors, no year) becomes the same scenario in v1', () => {
    const v0 = {
      version: 0,
      name: 'Early',
      weights: {pc: 2},
      aggregation: 'arithmetic',
      inputs: [
        {region: 'KG-O', sector: 'light_industry', indicator: 'employment', factor: 1.2},
        {region: 'KG-B', sector: 'C', indicator: 'output', factor: 0.5},
      ],
    };
    expect(parseScenarioText(JSON.stringify(v0))).toEqual({
      ok: true,
      migratedFrom: 0,
      scenario: {
        format: 'kg-atlas-scenario',
        version: 1,
        name: 'Early',
        settings: {potential: {weights: {pc: 2}, aggregation: 'arithmetic'}},
        edits: [
          {kind: 'input', region: 'KG-O', sector: 'light_industry', indicator: 'employment', year: null, op: 'scale', value: 20},
          {kind: 'input', region: 'KG-B', sector: 'C', indicator: 'output', year: null, op: 'scale', value: -50},
        ],
      },
    });
  });

  it('an invalid v0 is reported by path too', () => {
    const parsed = validateScenario({version: 0, inputs: [{region: 'KG-X', sector: 'C', indicator: 'employment', factor: 1}]});
    expect(parsed).toMatchObject({ok: false, problems: [{path: '$.inputs[0].region'}]});
  });
});

describe('the link code', () => {
  it('round-trips, in the charset of the `s` key', () => {
    const code = encodeScenario(FULL);
    expect(code.ok).toBe(true);
    if (!code.ok) return;
    expect(code.code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeScenario(code.code)).toEqual({ok: true, scenario: FULL, migratedFrom: null});
  });

  it('property: any scenario name round-trips', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 120}).map((s) => s.trim()), (name) => {
        const code = encodeScenario(emptyScenario(name));
        return code.ok && JSON.stringify(decodeScenario(code.code)) === JSON.stringify({ok: true, scenario: emptyScenario(name), migratedFrom: null});
      }),
    );
  });

  it('a scenario too large for a link says how large', () => {
    const many: Scenario = {
      ...emptyScenario('big'),
      edits: Array.from({length: 400}, (_, i) => ({kind: 'growth-add' as const, id: `scn-gp-${i}`, name: `Place ${Math.sin(i).toString(36)}`, region: 'KG-N' as const, lon: 75 + i / 1000, lat: 42 - i / 1000})),
    };
    const code = encodeScenario(many);
    expect(code.ok).toBe(false);
    if (!code.ok) expect(code.length).toBeGreaterThan(MAX_SCENARIO_PARAM);
  });

  it('a damaged code is reported, never thrown', () => {
    for (const bad of ['NotAScenario', 'N4Ig', '!!!', '', 'A'.repeat(MAX_SCENARIO_PARAM + 1)]) expect(decodeScenario(bad).ok).toBe(false);
  });
});

describe('README', () => {
  it('its example scenario file is valid and applies without problems', async () => {
    const {readFileSync} = await import('node:fs');
    const {join} = await import('node:path');
    const {applyScenario} = await import('../../../src/model/scenario-apply');
    const {shippedTables} = await import('../model/shipped-data');
    const {DEFAULT_POTENTIAL_SETTINGS} = await import('../../../src/model/cluster-potential');
    const {DEFAULT_ENRIGHT_THRESHOLDS} = await import('../../../src/model/cluster-classification');
    const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');
    const json = /### Scenario file format[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)![1]!;
    const parsed = parseScenarioText(json);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const t = shippedTables();
    const base = {potential: DEFAULT_POTENTIAL_SETTINGS, thresholds: DEFAULT_ENRIGHT_THRESHOLDS, energySites: t.energySites, growthPoints: t.growthPoints, clusters: t.clusters, columns: null, hubOverrides: {}};
    expect(applyScenario(base, parsed.scenario).problems).toEqual([]);
  });
});

describe('editProblems (the editor checks one edit by the file’s rules)', () => {
  const input = {kind: 'input', region: 'KG-C', sector: 'C', indicator: 'employment_share', year: 2022, op: 'set', value: 100} as const;
  it('refuses exactly what a file with that edit refuses, with the same code', () => {
    for (const e of [input, {...input, value: 150}, {...input, indicator: 'employment', value: 2e15}, {...input, op: 'scale', value: 1001}, {...input, value: Number.NaN}, {...input, year: 1989}]) {
      const file = validateScenario({format: 'kg-atlas-scenario', version: 1, name: '', settings: {}, edits: [e]});
      const own = editProblems(e);
      expect(own.map((p) => p.code)).toEqual(file.ok ? [] : file.problems.map((p) => p.code));
      expect(own.map((p) => p.path)).toEqual(file.ok ? [] : file.problems.map((p) => p.path.replace('$.edits[0]', '$')));
    }
    expect(editProblems({...input, value: 150})).toEqual([{path: '$.value', code: 'shareMax', params: {}}]);
    expect(editProblems(input)).toEqual([]);
  });
});
