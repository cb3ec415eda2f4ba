// A scenario file as the editor opens it: at most 2 MB, decoded as UTF-8 strictly, then parsed and
// checked (scenario-format.ts). Strictly, because File.text() turns every byte that is not UTF-8 into
// U+FFFD: a scenario saved as Windows-1251 by an editor opened "План Б" as "���� �", and saving it
// would have kept the damage. Refused with advice instead, as the CSV import refuses such files.
import {parseScenarioText, type ScenarioParse} from './scenario-format';

/** The largest scenario file opened, MB (a scenario has at most a few hundred edits: ~100 kB). */
export const MAX_SCENARIO_FILE_MB = 2;

/**
 * What the editor says when a file could not be read (moved or deleted since it was chosen), or its
 * reading failed in a way no check foresaw: a message in the page's words, never an uncaught error.
 */
export function unreadableScenarioFile(error: unknown): ScenarioParse {
  return {ok: false, problems: [{path: '$', code: 'unreadable', params: {detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error)}}]};
}

export async function readScenarioFile(file: Blob): Promise<ScenarioParse> {
  if (file.size > MAX_SCENARIO_FILE_MB * 1_000_000) return {ok: false, problems: [{path: '$', code: 'tooLarge', params: {max: MAX_SCENARIO_FILE_MB}}]};
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (error) {
    return unreadableScenarioFile(error);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    return {ok: false, problems: [{path: '$', code: 'notUtf8', params: {}}]};
  }
  // UTF-16 without a byte-order mark is valid UTF-8 byte by byte, with a NUL beside every Latin letter.
  if (text.includes('\u0000')) return {ok: false, problems: [{path: '$', code: 'notUtf8', params: {}}]};
  try {
    return parseScenarioText(text);
  } catch (error) {
    return unreadableScenarioFile(error);
  }
}
