// The scenario file format: validation (zod), migration of older schema versions, and the problems
// a person can act on, each with its JSON path ("$.edits[2].lon: …"). README "Scenarios" documents
// the format. Parsing is total: any text gives either a valid current-version scenario or problems,
// and a caller that gets problems changes nothing.
import {z} from 'zod';
import {plainText} from '../i18n/plain-text';
import {AGGREGATIONS, MAX_STABILITY_BAND, POTENTIAL_COMPONENTS} from '../model/cluster-potential';
import {DATA_INDICATORS} from '../model/dataset';
import {REGION_CODES} from '../model/region';
import {JSON_SYNTAX_KINDS, jsonSyntaxError, MAX_JSON_DEPTH} from './json-syntax';
import {
  MAX_COEFFICIENT,
  MAX_EDITS,
  MAX_NAME_LENGTH,
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
  SITE_CATEGORIES,
  SITE_STATUSES,
  type Scenario,
} from '../model/scenario';

// zod compiles object schemas with `new Function` when it may; the page's Content-Security-Policy
// refuses eval (README "Security"), and even zod's probe for it is reported as a violation.
z.config({jitless: true});

/**
 * What is wrong, as a code the editor words in the page's language (scenario.file.<code> in
 * src/i18n/messages/scenarios.ts) with its parameters.
 */
export const SCENARIO_FILE_PROBLEMS = [
  'json', ...JSON_SYNTAX_KINDS, 'linkDamaged', 'notObject', 'versionType', 'versionNewer', 'tooLarge', 'notUtf8', 'unreadable',
  'format', 'region', 'nameLong', 'nameNeeded', 'id', 'lonType', 'latType', 'lonRange', 'latRange',
  'capacityNegative', 'capacityMax', 'status', 'sector', 'fraction', 'coefficient', 'indicator',
  'yearWhole', 'yearRange', 'op', 'number', 'scaleRange', 'setRange', 'shareMax', 'category',
  'linkRegions', 'linkTwice', 'editKind', 'aggregation', 'band', 'weightsZero', 'editsMax', 'factorNegative', 'factorMax',
  'typeText', 'typeObject', 'typeList', 'unknownKeys', 'invalid',
] as const;
export type ScenarioFileProblem = (typeof SCENARIO_FILE_PROBLEMS)[number];

export interface ScenarioProblem {
  /** JSON path of the offending value, "$" for the whole file. */
  path: string;
  code: ScenarioFileProblem;
  params: Record<string, string | number>;
}

export type ScenarioParse = {ok: true; scenario: Scenario; migratedFrom: number | null} | {ok: false; problems: ScenarioProblem[]};

const region = z.enum(REGION_CODES, {message: 'region'});
// Names are quoted in the page's sentences and drawn on the map: without bidi controls (plainText).
const name = z.string().overwrite(plainText).trim().max(MAX_NAME_LENGTH, 'nameLong');
const label = name.min(1, 'nameNeeded');
const id = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'id');
const lon = z.number({message: 'lonType'}).min(69, 'lonRange').max(80.5, 'lonRange');
const lat = z.number({message: 'latType'}).min(39, 'latRange').max(43.5, 'latRange');
const capacity = z.number().min(0, 'capacityNegative').max(100_000, 'capacityMax').nullable();
const status = z.enum(SITE_STATUSES as [string, ...string[]], {message: 'status'}) as z.ZodType<(typeof SITE_STATUSES)[number]>;
const sector = z.string().regex(/^([A-S]|TOTAL|[a-z][a-z0-9_]{0,39})$/, 'sector');
const fraction = z.number().min(0, 'fraction').max(1, 'fraction');
const coefficient = z.number().min(0, 'coefficient').max(MAX_COEFFICIENT, 'coefficient');

const inputEdit = z
  .object({
    kind: z.literal('input'),
    region,
    sector,
    indicator: z.enum(DATA_INDICATORS, {message: 'indicator'}),
    year: z.number().int('yearWhole').min(1990, 'yearRange').max(2100, 'yearRange').nullable(),
    op: z.enum(['scale', 'set'], {message: 'op'}),
    value: z.number({message: 'number'}),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.op === 'scale' && (e.value < -100 || e.value > 1000))
      ctx.addIssue({code: 'custom', path: ['value'], message: 'scaleRange'});
    if (e.op === 'set' && (e.value < 0 || e.value > 1e15)) ctx.addIssue({code: 'custom', path: ['value'], message: 'setRange'});
    if (e.op === 'set' && e.indicator === 'employment_share' && e.value > 100) ctx.addIssue({code: 'custom', path: ['value'], message: 'shareMax'});
  });

const edit = z.discriminatedUnion(
  'kind',
  [
    inputEdit,
    z.object({kind: z.literal('site-add'), id, name: label, category: z.enum(SITE_CATEGORIES, {message: 'category'}), status, capacityMw: capacity, lon, lat}).strict(),
    z.object({kind: z.literal('site-move'), id, lon, lat}).strict(),
    z.object({kind: z.literal('site-remove'), id}).strict(),
    z.object({kind: z.literal('site-status'), id, status}).strict(),
    z.object({kind: z.literal('site-capacity'), id, capacityMw: capacity}).strict(),
    z.object({kind: z.literal('spoke-assign'), spoke: id, hub: id.nullable()}).strict(),
    z.object({kind: z.literal('growth-add'), id, name: label, region, lon, lat}).strict(),
    z.object({kind: z.literal('growth-remove'), id}).strict(),
    z
      .object({kind: z.literal('link-add'), id, name: label, regions: z.array(region).min(2, 'linkRegions').max(9, 'linkRegions')})
      .strict()
      .refine((e) => new Set(e.regions).size === e.regions.length, {path: ['regions'], message: 'linkTwice'}),
    z.object({kind: z.literal('link-remove'), id}).strict(),
  ],
  {message: 'editKind'},
);

// Weights all 0 leave the index nothing to combine: every region would show "no data", and its
// sources would say the inputs are missing, which they are not. A missing weight is the default, 1.
const weights = z
  .object(Object.fromEntries(POTENTIAL_COMPONENTS.map((k) => [k, coefficient.optional()])) as Record<(typeof POTENTIAL_COMPONENTS)[number], z.ZodOptional<typeof coefficient>>)
  .strict()
  .refine((w) => POTENTIAL_COMPONENTS.some((k) => (w[k] ?? 1) > 0), 'weightsZero');

const scenarioV1 = z
  .object({
    format: z.literal(SCENARIO_FORMAT, {message: 'format'}),
    version: z.literal(SCENARIO_VERSION),
    name,
    settings: z
      .object({
        potential: z
          .object({
            weights: weights.optional(),
            aggregation: z.enum(AGGREGATIONS, {message: 'aggregation'}).optional(),
            stabilityBand: z.number({message: 'band'}).min(0, 'band').max(MAX_STABILITY_BAND, 'band').optional(),
          })
          .strict()
          .optional(),
        thresholds: z
          .object({lqPercentile: fraction.optional(), lqMinimum: coefficient.optional(), sizePercentile: fraction.optional(), advantageLq: coefficient.optional()})
          .strict()
          .optional(),
      })
      .strict(),
    edits: z.array(edit).max(MAX_EDITS, 'editsMax'),
  })
  .strict();

/**
 * Version 0, an early shape kept so that its files still open: index weights and aggregation at the
 * top level, and input edits as factors (1.2 = +20 %) without a year (every year).
 *   {"version": 0, "name": "…", "weights": {"pc": 2}, "aggregation": "geometric",
 *    "inputs": [{"region": "KG-O", "sector": "C", "indicator": "employment", "factor": 1.2}]}
 */
const scenarioV0 = z
  .object({
    version: z.literal(0),
    name: name.default(''),
    weights: weights.optional(),
    aggregation: z.enum(AGGREGATIONS).optional(),
    inputs: z
      .array(
        z
          .object({
            region,
            sector,
            indicator: z.enum(DATA_INDICATORS),
            factor: z.number().min(0, 'factorNegative').max(11, 'factorMax'),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

/** v0 → v1 (see scenarioV0). */
export function migrateV0(v0: z.infer<typeof scenarioV0>): unknown {
  const potential: Record<string, unknown> = {};
  if (v0.weights && Object.keys(v0.weights).length > 0) potential.weights = v0.weights;
  if (v0.aggregation) potential.aggregation = v0.aggregation;
  return {
    format: SCENARIO_FORMAT,
    version: 1,
    name: v0.name,
    settings: Object.keys(potential).length > 0 ? {potential} : {},
    edits: v0.inputs.map((e) => ({
      kind: 'input',
      region: e.region,
      sector: e.sector,
      indicator: e.indicator,
      year: null,
      op: 'scale',
      // Rounded to 1e-9 %: a factor of 1.2 is +20 %, not +19.999999999999996 %.
      value: Math.round((e.factor - 1) * 100 * 1e9) / 1e9,
    })),
  };
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : `${s}.${String(p)}`), '$');
}

/** The parameters a problem's words need (lists and limits named in the messages). */
const PARAMS: Partial<Record<ScenarioFileProblem, Record<string, string | number>>> = {
  format: {format: SCENARIO_FORMAT},
  region: {codes: REGION_CODES.join(', ')},
  nameLong: {max: MAX_NAME_LENGTH},
  status: {list: SITE_STATUSES.join(', ')},
  indicator: {list: DATA_INDICATORS.join(', ')},
  category: {list: SITE_CATEGORIES.join(', ')},
  aggregation: {list: AGGREGATIONS.join(', ')},
  band: {max: MAX_STABILITY_BAND},
  editsMax: {max: MAX_EDITS},
  jsonDeep: {max: MAX_JSON_DEPTH},
};

/**
 * A value of the wrong JSON type, by the type zod expected: each has its own words, as zod's names of
 * types ("string", "array") are English. The schema expects no other type; any other would read as
 * "not a valid value here".
 */
const TYPE_PROBLEMS: Partial<Record<string, ScenarioFileProblem>> = {string: 'typeText', number: 'number', object: 'typeObject', array: 'typeList'};

const isProblemCode = (s: string): s is ScenarioFileProblem => (SCENARIO_FILE_PROBLEMS as readonly string[]).includes(s);

function problem(path: string, code: ScenarioFileProblem, params: Record<string, string | number> = {}): ScenarioProblem {
  return {path, code, params: {...PARAMS[code], ...params}};
}

/** zod's issues → problems: our own messages are codes; zod's generic ones are worded by kind. */
function problemsOf(error: z.ZodError): ScenarioProblem[] {
  return error.issues.slice(0, 50).map((i) => {
    const path = pathOf(i.path);
    if (isProblemCode(i.message)) return problem(path, i.message);
    if (i.code === 'unrecognized_keys') return problem(path, 'unknownKeys', {keys: i.keys.join(', ')});
    if (i.code === 'invalid_type') return problem(path, TYPE_PROBLEMS[i.expected] ?? 'invalid');
    return problem(path, 'invalid');
  });
}

/**
 * One edit checked by the file's own rules (paths from the edit: "$.value"): the editor refuses what
 * an export, an import or a link would refuse, with the same reason, from this one place.
 */
export function editProblems(e: unknown): ScenarioProblem[] {
  const parsed = edit.safeParse(e);
  return parsed.success ? [] : problemsOf(parsed.error);
}

/** A parsed JSON value → the current scenario (migrated if older), or problems. */
export function validateScenario(value: unknown): ScenarioParse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {ok: false, problems: [problem('$', 'notObject')]};
  const version = (value as {version?: unknown}).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return {ok: false, problems: [problem('$.version', 'versionType', {current: SCENARIO_VERSION})]};
  if (version > SCENARIO_VERSION)
    return {ok: false, problems: [problem('$.version', 'versionNewer', {version, current: SCENARIO_VERSION})]};
  let current: unknown = value;
  let migratedFrom: number | null = null;
  if (version === 0) {
    const v0 = scenarioV0.safeParse(value);
    if (!v0.success) return {ok: false, problems: problemsOf(v0.error)};
    current = migrateV0(v0.data);
    migratedFrom = 0;
  }
  const v1 = scenarioV1.safeParse(current);
  if (!v1.success) return {ok: false, problems: problemsOf(v1.error)};
  return {ok: true, scenario: v1.data as Scenario, migratedFrom};
}

/** The text of a scenario file → the scenario, or problems (a JSON syntax error names its line and column). */
export function parseScenarioText(text: string): ScenarioParse {
  const json = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const syntax = jsonSyntaxError(json);
    if (syntax) {
      const {kind, ...params} = syntax;
      return {ok: false, problems: [problem('$', kind, params)]};
    }
    // Nothing found where the browser found something: its own (English) words are all there is.
    return {ok: false, problems: [problem('$', 'json', {detail: error instanceof Error ? error.message : String(error)})]};
  }
  return validateScenario(value);
}

/** The file a scenario is exported as (stable key order, so equal scenarios give equal files). */
export function scenarioToJson(s: Scenario): string {
  return `${JSON.stringify({format: s.format, version: s.version, name: s.name, settings: s.settings, edits: s.edits}, null, 2)}\n`;
}
