import { spawnSync } from 'node:child_process';
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

/** Response bodies beyond this are not emulated (NetSuite's own response limit is undocumented). */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

/** Performs one request synchronously in a child Node process (see http-worker-source.ts). */
export function performRequest(request: TransportRequest): TransportOutcome {
  const started = Date.now();
  const child = spawnSync(process.execPath, ['-e', HTTP_WORKER_SOURCE], {
    input: JSON.stringify(request),
    encoding: 'utf8',
    // The worker enforces the limits itself; this only guards against a wedged child.
    timeout: request.totalMs + 10_000,
    maxBuffer: MAX_OUTPUT_BYTES,
    windowsHide: true,
    // Explicit, so the child sees this process's environment as the script's host sees it (jest gives test
    // code its own process.env), e.g. NODE_EXTRA_CA_CERTS for a host with a private certificate authority.
    env: { ...process.env },
  });
  const line = (child.stdout ?? '').trim();
  if (child.error || line === '') {
    const timedOut = (child.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
    return {
      ok: false,
      kind: timedOut ? 'timeout' : 'network',
      code: timedOut ? 'TOTAL' : `WORKER_FAILED ${(child.stderr ?? '').slice(0, 200)}`,
      ms: Date.now() - started,
    };
  }
  return JSON.parse(line) as TransportOutcome;
}
