// Fuzzing the scenario file import (README "Scenarios"): more than 1,000 malformed files — random
// JSON, a valid scenario with one value replaced (wrong types, NaN, negative, huge numbers, hostile
// text), keys removed or added, newer versions, broken and truncated JSON, byte-order marks. The
// parser never throws; a rejected file gets problems, each with a JSON path and a reason; an accepted
// file is a valid current-version scenario that exports and imports again unchanged, its text kept as
// text. Fixed seed (test/unit/setup.ts), bounded runs.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {LANGS} from '../../../src/i18n/i18n';
import {parseScenarioText, SCENARIO_FILE_PROBLEMS, scenarioToJson, validateScenario, type ScenarioParse} from '../../../src/io/scenario-format';
import {SCENARIO_VERSION, type Scenario} from '../../../src/model/scenario';
import {fileProblemText} from '../../../src/ui/scenario-text';
import {latinWords} from '../i18n/latin-words';

const VALID: Scenario = {
  format: 'kg-atlas-scenario',
  version: 1,
  name: 'Kambar-Ata-1 built',
  settings: {potential: {weights: {pc: 2, spec: 0.5}, aggregation: 'arithmetic'}, thresholds: {lqPercentile: 0.8, advantageLq: 1.1}},
  edits: [
    {kind: 'input', region: 'KG-O', sector: 'light_industry', indicator: 'employment', year: null, op: 'scale', value: 20},
    {kind: 'site-capacity', id: 'EN10', capacityMw: 1860},
    {kind: 'site-add', id: 'scn-site-1', name: 'Solar park', category: 'solar', status: 'planned', capacityMw: 100, lon: 77.1, lat: 42.4},
    {kind: 'spoke-assign', spoke: 'scn-site-1', hub: 'EN10'},
    {kind: 'growth-add', id: 'scn-gp-1', name: 'Kochkor', region: 'KG-N', lon: 75.75, lat: 42.2},
    {kind: 'link-add', id: 'scn-link-1', name: 'Tourism', regions: ['KG-Y', 'KG-N']},
  ],
};

/**
 * What a problem's Russian or Kyrgyz words may keep in Latin: the format's own literals, and the
 * parameters that quote the format's codes or the file's keys.
 */
const LITERALS = ['JSON', 'TOTAL', 'scale', 'set', 'A', 'S'];
const QUOTING = ['format', 'codes', 'list', 'keys', 'near', 'expected'];

const HOSTILE = ['<img src=x onerror="window.__pwned=1">', '"><script>alert(1)</script>', '{{constructor}}', '__proto__', '\u202Egnp.exe', '\u0000'];

/** Values a broken or hostile file may hold where another value belongs. */
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, '', 'NaN', 'Infinity', '-1', '1e999', -1, 0, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 0.1 + 0.2, [], {}),
  fc.constantFrom(...HOSTILE),
  fc.double(),
  fc.integer(),
  fc.string({maxLength: 300}),
  fc.jsonValue({maxDepth: 2}),
);

type Json = unknown;
/** Every path of a JSON value, as a list of keys. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => paths((value as Record<string | number, Json>)[k], [...prefix, k]))];
}
function withValueAt(root: Json, path: (string | number)[], value: unknown): Json {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path.at(-1)!] = value;
  return copy;
}
function withoutKeyAt(root: Json, path: (string | number)[]): Json {
  if (path.length === 0) return root;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  if (Array.isArray(node)) node.splice(Number(path.at(-1)), 1);
  else delete node[path.at(-1)!];
  return copy;
}

const VALID_JSON = JSON.parse(scenarioToJson(VALID)) as Json;
const VALID_PATHS = paths(VALID_JSON);

/** Checks what the planner is told, or what the scenario holds; returns whether the file was accepted. */
function expectSound(parsed: ScenarioParse): boolean {
  if (!parsed.ok) {
    expect(parsed.problems.length).toBeGreaterThan(0);
    for (const p of parsed.problems) {
      expect(p.path).toMatch(/^\$/);
      expect(SCENARIO_FILE_PROBLEMS).toContain(p.code);
      // Worded in every language, every placeholder filled.
      for (const lang of LANGS) {
        const text = fileProblemText(p, lang);
        expect(text.trim()).not.toBe('');
        // (What a syntax error quotes from the file may itself look like a placeholder.)
        const template = QUOTING.reduce((rest, k) => rest.split(String(p.params[k] ?? '\0')).join(' '), text);
        expect(template, `${lang} ${p.code}`).not.toMatch(/\{\w+\}|^scenario\.file\./);
        // No English left in Russian or Kyrgyz (zod's names of types were: "expected a value of type
        // string"). Only a syntax error json-syntax.ts cannot place keeps the browser's own words.
        if (lang !== 'en' && p.code !== 'json')
          expect(latinWords(text, [...LITERALS, ...QUOTING.map((k) => String(p.params[k] ?? ''))]), `${lang} ${p.code}: ${text}`).toEqual([]);
      }
    }
    return false;
  }
  expect(parsed.scenario.version).toBe(SCENARIO_VERSION);
  // What was accepted exports and imports again unchanged (so saving it loses nothing).
  expect(parseScenarioText(scenarioToJson(parsed.scenario))).toEqual({ok: true, scenario: parsed.scenario, migratedFrom: null});
  return true;
}

const parse = (text: string) => {
  let parsed: ScenarioParse | undefined;
  expect(() => (parsed = parseScenarioText(text))).not.toThrow();
  return parsed!;
};

describe('scenario file import, fuzzed', () => {
  it('never throws on random JSON and says why it refuses it (400 files)', () => {
    fc.assert(
      fc.property(fc.jsonValue({maxDepth: 4}), (value) => {
        expectSound(parse(JSON.stringify(value) ?? 'null'));
      }),
      {numRuns: 400},
    );
  });

  it('a valid scenario with one value replaced: refused with the path of that value, or still a sound scenario (500 files)', () => {
    let refused = 0;
    fc.assert(
      fc.property(fc.constantFrom(...VALID_PATHS), oddValue, (path, value) => {
        const parsed = parse(JSON.stringify(withValueAt(VALID_JSON, path, value)));
        if (!expectSound(parsed) && !parsed.ok) {
          refused++;
          // The problem names the replaced value or a value that contains it.
          const where = '$' + path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
          expect(parsed.problems.some((p) => where.startsWith(p.path) || p.path.startsWith(where)), `${where}: ${JSON.stringify(parsed.problems)}`).toBe(true);
        }
      }),
      {numRuns: 500},
    );
    expect(refused).toBeGreaterThan(250);
  });

  it('a key removed or a foreign key added: never throws (200 files)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VALID_PATHS), fc.boolean(), fc.constantFrom('extra', '__proto__', 'constructor', 'kind'), oddValue, (path, remove, key, value) => {
        const mutated = remove ? withoutKeyAt(VALID_JSON, path) : withValueAt(VALID_JSON, [...path.slice(0, -1), key], value);
        expectSound(parse(JSON.stringify(mutated)));
      }),
      {numRuns: 200},
    );
  });

  it('broken, truncated, BOM-prefixed or non-JSON text: a problem at $ (200 files)', () => {
    const text = JSON.stringify(VALID_JSON);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({min: 0, max: text.length - 1}).map((n) => text.slice(0, n)),
          fc.string({maxLength: 400}),
          fc.uint8Array({maxLength: 400}).map((bytes) => new TextDecoder().decode(bytes)),
          fc.constantFrom('\uFEFF', '\uFEFF\uFEFF', '\u00EF\u00BB\u00BF').map((bom) => bom + text.slice(1)),
        ),
        (broken) => {
          const parsed = parse(broken);
          expectSound(parsed);
          if (!parsed.ok) expect(parsed.problems[0]!.path.startsWith('$')).toBe(true);
        },
      ),
      {numRuns: 200},
    );
  });

  it('never throws on brackets nested thousands deep, open or closed, alone or in a scenario (60 files)', () => {
    // jsonc-parser, which places a syntax error, recursed once per bracket: 10 kB of `[` overflowed.
    const text = JSON.stringify(VALID_JSON);
    const at = text.indexOf('"edits":[') + '"edits":['.length;
    fc.assert(
      fc.property(
        fc.integer({min: 50, max: 60_000}),
        fc.constantFrom('[', '{"a":', '[{"a":'),
        fc.constantFrom('', ']', '}', '],', '1,'),
        fc.boolean(),
        (depth, open, close, inScenario) => {
          const nested = open.repeat(depth) + close.repeat(depth);
          const parsed = parse(inScenario ? `${text.slice(0, at)}${nested},${text.slice(at)}` : nested);
          expectSound(parsed);
        },
      ),
      {numRuns: 60},
    );
  });

  it('keeps hostile names as text and refuses every newer version', () => {
    for (const name of HOSTILE.filter((h) => h !== '\u0000')) {
      const parsed = parse(JSON.stringify({...VALID, name}));
      // As they are, but for bidi controls (a name "\u202Egnp.exe" read as "exe.png").
      expect(parsed.ok && parsed.scenario.name).toBe(name.replace('\u202E', ''));
    }
    fc.assert(
      fc.property(fc.integer({min: SCENARIO_VERSION + 1, max: 1e9}), (version) => {
        const parsed = validateScenario({...VALID, version});
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) expect(parsed.problems[0]!.path).toBe('$.version');
      }),
      {numRuns: 100},
    );
  });
});
