/**
 * Gathers the health report: channels (seven searches, 70 units) and whether each required API secret exists
 * (N/crypto, 0 units). A secret is proved present by keying an HMAC with it; the digest is discarded, and the
 * value is never read.
 */
import * as crypto from 'N/crypto';
import * as encode from 'N/encode';
import * as runtime from 'N/runtime';
import {
  REQUIRED_SECRETS,
  healthReport,
  type HealthReport,
  type SecretStatus,
} from '../../domain/config/health';
import { BUNDLE_VERSION } from '../../version';
import { listChannels } from './channels';

export function checkHealth(): HealthReport {
  return healthReport({
    version: BUNDLE_VERSION,
    accountId: runtime.accountId,
    checkedAt: new Date(),
    channels: listChannels(),
    secrets: REQUIRED_SECRETS.map((secret): SecretStatus => ({ ...secret, set: secretIsSet(secret.id) })),
  });
}

function secretIsSet(id: string): boolean {
  try {
    const key = crypto.createSecretKey({ secret: id, encoding: encode.Encoding.UTF_8 });
    const hmac = crypto.createHmac({ algorithm: crypto.HashAlg.SHA256, key });
    hmac.update({ input: 'pwi-health', inputEncoding: encode.Encoding.UTF_8 });
    hmac.digest({ outputEncoding: encode.Encoding.HEX });
    return true;
  } catch {
    // NetSuite refuses a key for a secret that does not exist (or that this script may not use).
    return false;
  }
}
