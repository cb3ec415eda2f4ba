// The import worker: reads and validates a file off the main thread, reporting progress. One worker per
// import, so cancelling is terminating it.
import {parseImportText} from '../io/import-csv';
import {buildDataset, columnBuffers} from '../model/dataset';
import {summariseDataset} from '../model/dataset-summary';
import {REGION_CODES} from '../model/region';
import type {ImportRequestMessage, ResponseMessage} from './protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequestMessage>) => void) | null;
  postMessage(message: ResponseMessage, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = async ({data: {id, payload}}) => {
  try {
    const text = typeof payload.file === 'string' ? payload.file : await payload.file.text();
    const outcome = parseImportText(text, {onProgress: (done, total) => scope.postMessage({id, type: 'progress', done, total})});
    if (!outcome.ok) {
      scope.postMessage({id, type: 'result', result: outcome});
      return;
    }
    const summary = summariseDataset(buildDataset(outcome.columns, REGION_CODES), outcome.columns);
    scope.postMessage({id, type: 'result', result: {ok: true, columns: outcome.columns, rows: outcome.rows, summary}}, columnBuffers(outcome.columns));
  } catch (error) {
    scope.postMessage({id, type: 'error', error: {code: 'internal', message: error instanceof Error ? error.message : String(error)}});
  }
};
