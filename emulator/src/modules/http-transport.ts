import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { HTTP_WORKER_SOURCE } from './http-worker-source';

export interface TransportRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: readonly (readonly [string, string])[];
  /** null for methods that send no body. */
  readonly body: string | null;
  readonly connectMs: number;
  readonly totalMs: number;
}

export type TransportOutcome =
  | {
      readonly ok: true;
      readonly status: number;
      readonly headers: readonly (readonly [string, string])[];
      readonly body: string;
      readonly ms: number;
    }
  | {
      readonly ok: false;
      readonly kind: 'connect-timeout' | 'timeout' | 'certificate' | 'network';
      readonly code: string;
      readonly ms: number;
    };

/** Beyond its own limits the worker gets this long to answer before the caller gives up on it. */
const WORKER_GRACE_MS = 10_000;

let worker: Worker | null = null;

/** One worker thread per process, started on first use; unref'd so it never keeps the process alive. */
function requestWorker(): Worker {
  if (worker === null) {
    const started = new Worker(HTTP_WORKER_SOURCE, { eval: true });
    started.unref();
    started.on('error', () => {
      if (worker === started) worker = null;
    });
    started.on('exit', () => {
      if (worker === started) worker = null;
    });
    worker = started;
  }
  return worker;
}

/** Performs one request synchronously: the worker does the I/O while this thread waits (see http-worker-source.ts). */
export function performRequest(request: TransportRequest): TransportOutcome {
  const started = Date.now();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  try {
    const job = { ...request, extraCaFile: process.env.NODE_EXTRA_CA_CERTS ?? null };
    requestWorker().postMessage({ job, port: port2, signal }, [port2]);
    Atomics.wait(signal, 0, 0, request.totalMs + WORKER_GRACE_MS);
    const received = receiveMessageOnPort(port1);
    if (received) return received.message as TransportOutcome;
  } finally {
    port1.close();
  }
  // No answer: the worker died or wedged. Start afresh next time and report the call as timed out.
  void worker?.terminate();
  worker = null;
  return { ok: false, kind: 'timeout', code: 'WORKER_NO_ANSWER', ms: Date.now() - started };
}
