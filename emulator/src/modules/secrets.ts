import type { EmulatedAccount } from '../account-api';
import { nsError } from '../errors';
import { MODULE_ERROR_CODES } from './error-codes';

/**
 * API secrets (Setup > Company > API Secrets) as the account holds them. Script ids are lower case in NetSuite;
 * a lookup ignores case. The value is handed only to the emulator's own crypto and HTTP code, never to a script.
 */
export function secretValue(account: EmulatedAccount, secretId: string, api: string): string {
  const wanted = secretId.toLowerCase();
  for (const [id, value] of account.secrets) if (id.toLowerCase() === wanted) return value;
  // The id is safe to show; the message never carries any secret value.
  throw nsError(
    MODULE_ERROR_CODES.unknownSecret,
    `${api}: no API secret with id ${secretId} in this account`,
  );
}

const PLACEHOLDER = /\{(custsecret[a-z0-9_]*)\}/gi;

/** Replaces each '{custsecret_x}' with the secret's value, as NetSuite does for https.SecureString content. */
export function resolveSecretPlaceholders(account: EmulatedAccount, template: string, api: string): string {
  return template.replace(PLACEHOLDER, (_whole, id: string) => secretValue(account, id, api));
}
