// The import worker: reads and validates a file off the main thread, reporting progress. One worker per
// import, so cancelling is terminating it.
import {parseImportBytes, parseImportText} from '../io/import-csv';
import {fileTooLarge, MAX_IMPORT_FILE_MB} from '../io/import-size';
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
    const options = {onProgress: (done: number, total: number) => scope.postMessage({id, type: 'progress', done, total})};
    const {file} = payload;
    // Bytes, not file.text(): decoded strictly (parseImportBytes); the size is checked before reading,
    // as importInWorker does, since a text over ~512 MB came back "" and was called empty.
    const outcome =
      typeof file === 'string'
        ? parseImportText(file, options)
        : file.size > MAX_IMPORT_FILE_MB * 1e6
          ? fileTooLarge(file.size)
          : parseImportBytes(new Uint8Array(await file.arrayBuffer()), options);
    if (!outcome.ok) {
      scope.postMessage({id, type: 'result', result: outcome});
      return;
    }
    const summary = summariseDataset(buildDataset(outcome.columns, REGION_CODES), outcome.columns);
    scope.postMessage({id, type: 'result', result: {ok: true, columns: outcome.columns, rows: outcome.rows, summary, headerLine: outcome.headerLine, renamed: outcome.renamed, valuesRead: outcome.valuesRead, valuesReadMore: outcome.valuesReadMore, encoding: outcome.encoding}}, columnBuffers(outcome.columns));
  } catch (error) {
    scope.postMessage({id, type: 'error', error: {code: 'internal', message: error instanceof Error ? error.message : String(error)}});
  }
};
