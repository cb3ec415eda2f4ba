// The compute worker: a thin shell that moves messages between the page and handlers.ts.
import {createEngine, EngineError} from './handlers';
import type {ComputeRequestMessage, ResponseMessage} from './protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ComputeRequestMessage>) => void) | null;
  postMessage(message: ResponseMessage, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;
const engine = createEngine();

scope.onmessage = ({data: {id, kind, payload}}) => {
  try {
    const {result, transfer} = engine.handle(kind, payload as never);
    scope.postMessage({id, type: 'result', result}, transfer);
  } catch (error) {
    const code = error instanceof EngineError ? error.code : 'internal';
    scope.postMessage({id, type: 'error', error: {code, message: error instanceof Error ? error.message : String(error)}});
  }
};
