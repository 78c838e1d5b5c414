// The page's side of crypto-worker.ts: starts the worker and calls its tasks. A task fails if the
// worker cannot start or load its code, so the caller can fall back to the form without JavaScript.
import type { CryptoRequest, CryptoResponse, CryptoTasks } from './crypto-worker';

type Result<Name extends keyof CryptoTasks> = Awaited<ReturnType<CryptoTasks[Name]>>;

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

function failAll(error: Error): void {
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
  worker = undefined;
}

function start(): Worker {
  const started = new Worker(new URL('./crypto-worker.ts', import.meta.url), { type: 'module', name: 'crypto' });
  started.addEventListener('message', (event: MessageEvent<CryptoResponse>) => {
    const reply = event.data;
    const call = pending.get(reply.id);
    pending.delete(reply.id);
    if ('error' in reply) call?.reject(new Error(reply.error));
    else call?.resolve(reply.result);
  });
  // A worker whose script cannot be fetched or run reports an error event, not a message.
  started.addEventListener('error', () => failAll(new Error('the crypto worker did not start')));
  return started;
}

export function runCryptoTask<Name extends keyof CryptoTasks>(task: Name, ...args: Parameters<CryptoTasks[Name]>): Promise<Result<Name>> {
  return new Promise((resolve, reject) => {
    try {
      worker ??= start();
      nextId += 1;
      pending.set(nextId, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ id: nextId, task, args } as CryptoRequest);
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
