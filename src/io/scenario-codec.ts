// A scenario in the permalink (`s=`): its JSON, compressed with lz-string and written in base64url
// (A–Z a–z 0–9 - _, no padding), which fits the `s` value charset of src/state/url-state.ts and
// needs no percent-encoding. A scenario whose code is longer than MAX_SCENARIO_PARAM does not
// travel in the link: the editor says so and offers the file export instead.
import {compressToBase64, decompressFromBase64} from 'lz-string';
import type {Scenario} from '../model/scenario';
import {MAX_SCENARIO_PARAM} from '../state/url-state';
import {validateScenario, type ScenarioParse} from './scenario-format';

export type ScenarioCode = {ok: true; code: string} | {ok: false; length: number};

export function encodeScenario(s: Scenario): ScenarioCode {
  const json = JSON.stringify({format: s.format, version: s.version, name: s.name, settings: s.settings, edits: s.edits});
  const code = compressToBase64(json).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return code.length <= MAX_SCENARIO_PARAM ? {ok: true, code} : {ok: false, length: code.length};
}

export function decodeScenario(code: string): ScenarioParse {
  const malformed: ScenarioParse = {ok: false, problems: [{path: '$', code: 'linkDamaged', params: {}}]};
  if (!/^[A-Za-z0-9_-]+$/.test(code) || code.length > MAX_SCENARIO_PARAM) return malformed;
  const base64 = code.replace(/-/g, '+').replace(/_/g, '/');
  let json: string | null;
  try {
    json = decompressFromBase64(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  } catch {
    return malformed;
  }
  if (!json) return malformed;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return malformed;
  }
  return validateScenario(value);
}
