// Parses an import in its own worker (so a large file never blocks the page), with progress, and
// cancels by terminating that worker.
import type {WorkerLike} from './client';
import {EngineRequestError} from './client';
import type {ImportRequestMessage, ImportResult, ResponseMessage} from './protocol';
import {fileTooLarge, MAX_IMPORT_FILE_MB} from '../io/import-size';

export interface ImportOptions {
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  createWorker?: () => WorkerLike;
}

const createImportWorker = (): WorkerLike =>
  new Worker(new URL('./import.worker.ts', import.meta.url), {type: 'module', name: 'kg-import'}) as unknown as WorkerLike;

export function importInWorker(file: Blob | string, options: ImportOptions = {}): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new DOMException('The import was cancelled', 'AbortError'));
      return;
    }
    // Refused before a worker reads it: a browser cannot hold its text (README "Import your own data").
    if (typeof file !== 'string' && file.size > MAX_IMPORT_FILE_MB * 1e6) {
      resolve(fileTooLarge(file.size));
      return;
    }
    const worker = (options.createWorker ?? createImportWorker)();
    const finish = () => {
      worker.terminate();
      options.signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      reject(new DOMException('The import was cancelled', 'AbortError'));
    };
    options.signal?.addEventListener('abort', abort);
    worker.onmessage = (event: MessageEvent<ResponseMessage>) => {
      const m = event.data;
      if (m.type === 'progress') options.onProgress?.(m.total > 0 ? m.done / m.total : 1);
      else {
        finish();
        if (m.type === 'result') resolve(m.result as ImportResult);
        else reject(new EngineRequestError(m.error.code, m.error.message));
      }
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault?.();
      finish();
      reject(new EngineRequestError('crashed', event.message || 'the import worker stopped'));
    };
    worker.onmessageerror = () => {
      finish();
      reject(new EngineRequestError('crashed', 'a message could not be read'));
    };
    worker.postMessage({id: 1, kind: 'parse', payload: {file}} satisfies ImportRequestMessage);
  });
}
