#!/usr/bin/env node
import * as path from 'node:path';
import { Account } from './account';
import { serveAccount } from './server/account-adapter';
import { EmulatorServer, RESTLET_PATH } from './server/emulator-server';

/**
 * ns-emulator serve --project <dir> [--seed <file>] [--port <n>] [--save-latency-ms <n>]
 *
 * Deploys an SDF project (built FileCabinet files and Objects/) into an emulated account and serves it on
 * 127.0.0.1: RESTlets at NetSuite's URL behind token-based authentication, and the admin API under /emulator/.
 */

export interface ServeOptions {
  readonly project: string;
  readonly seed: string | null;
  readonly port: number;
  readonly saveLatencyMs: number;
}

export class UsageError extends Error {}

const USAGE = 'usage: ns-emulator serve --project <dir> [--seed <file>] [--port <n>] [--save-latency-ms <n>]';

export function parseArgs(argv: readonly string[]): ServeOptions {
  const [command, ...rest] = argv;
  if (command !== 'serve') throw new UsageError(USAGE);
  const values = new Map<string, string>();
  for (let i = 0; i < rest.length; i += 2) {
    const flag = rest[i] ?? '';
    const value = rest[i + 1];
    if (!['--project', '--seed', '--port', '--save-latency-ms'].includes(flag))
      throw new UsageError(`unknown option ${flag}\n${USAGE}`);
    if (value === undefined || value.startsWith('--'))
      throw new UsageError(`${flag} needs a value\n${USAGE}`);
    values.set(flag, value);
  }
  const project = values.get('--project');
  if (project === undefined) throw new UsageError(`--project is required\n${USAGE}`);
  const integer = (flag: string, fallback: number, max: number): number => {
    const text = values.get(flag);
    if (text === undefined) return fallback;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0 || n > max)
      throw new UsageError(`${flag} must be an integer from 0 to ${max}, not ${text}`);
    return n;
  };
  return {
    project: path.resolve(project),
    seed: values.has('--seed') ? path.resolve(values.get('--seed') ?? '') : null,
    port: integer('--port', 8787, 65535),
    saveLatencyMs: integer('--save-latency-ms', 0, 60_000),
  };
}

/** Deploys, listens and returns the running server with the text to print. */
export async function serve(options: ServeOptions): Promise<{ server: EmulatorServer; banner: string }> {
  const account = Account.deploy(options.project, options.seed === null ? {} : { seed: options.seed });
  const server = new EmulatorServer(serveAccount(account), { saveLatencyMs: options.saveLatencyMs });
  const base = await server.listen(options.port);
  const lines = [
    `Emulated NetSuite account ${account.accountId} (project ${options.project})`,
    `Listening on ${base} (loopback only)${options.saveLatencyMs > 0 ? `, ${options.saveLatencyMs} ms per record save` : ''}`,
    `Concurrency limit: ${account.settings.concurrencyLimit} requests in flight`,
    '',
    'RESTlets (OAuth 1.0a, HMAC-SHA256, realm = account id):',
  ];
  for (const script of account.scripts()) {
    if (script.def.type !== 'restlet') continue;
    for (const deployment of script.deployments)
      lines.push(`  ${base}${RESTLET_PATH}?script=${script.def.scriptId}&deploy=${deployment.def.scriptId}`);
  }
  lines.push('', 'Credentials from the seed (demo values, not secrets of any real account):');
  if (account.integrations.length === 0)
    lines.push('  none: the seed has no "integrations", so every RESTlet call gets 401');
  for (const integration of account.integrations) {
    lines.push(`  Integration "${integration.name}"`);
    lines.push(`    Realm / account id: ${account.accountId}`);
    lines.push(`    Consumer key:       ${integration.consumerKey}`);
    lines.push(`    Consumer secret:    ${integration.consumerSecret}`);
    for (const token of integration.tokens) {
      lines.push(`    Token id:           ${token.tokenId}`);
      lines.push(`    Token secret:       ${token.tokenSecret}`);
      lines.push(`    (runs as ${token.user.name}, role ${token.user.roleId})`);
    }
  }
  lines.push(
    '',
    'Admin API (JSON):',
    `  POST ${base}/emulator/records/{type}                     {fields, sublists} → {id}`,
    `  GET  ${base}/emulator/records/{type}/{id}                → the record as NetSuite holds it`,
    `  GET  ${base}/emulator/records/{type}?{field}={value}     → matching records`,
    `  POST ${base}/emulator/records/{type}/{id}/transform/{to} {fields, sublists} → {id}`,
    `  POST ${base}/emulator/scripts/{scriptid}/run[?deploy=]   → summary`,
    `  PUT  ${base}/emulator/scripts/{scriptid}/deployments/{deploymentid}/parameters`,
    `  POST ${base}/emulator/clock                             {advanceSeconds}`,
    `  GET  ${base}/emulator/executions`,
    '',
    'Ctrl+C stops the server.',
  );
  return { server, banner: lines.join('\n') };
}

async function main(argv: readonly string[]): Promise<void> {
  const options = parseArgs(argv);
  const { server, banner } = await serve(options);
  console.log(banner);
  const stop = (): void => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(
      error instanceof UsageError
        ? error.message
        : error instanceof Error
          ? (error.stack ?? error.message)
          : error,
    );
    process.exitCode = error instanceof UsageError ? 2 : 1;
  });
}
