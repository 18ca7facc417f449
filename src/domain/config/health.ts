/**
 * The health report: what is deployed, which channels are configured and what is missing. Secrets are named and
 * said to be set or not; their values never enter the report.
 */
import type { ChannelSummary, ConfigProblem } from './channel';

/** API secrets the bundle needs, by script id (created by hand under Setup > Company > API Secrets). */
export const REQUIRED_SECRETS: readonly { readonly id: string; readonly purpose: string }[] = [
  { id: 'custsecret_pwi_outbound_signing', purpose: 'Signs the calls the bundle makes back to Patchworks.' },
];

export interface SecretStatus {
  readonly id: string;
  readonly purpose: string;
  readonly set: boolean;
}

export interface HealthChannel {
  readonly code: string;
  readonly name: string;
  readonly active: boolean;
  /** ISO code, e.g. "GBP". */
  readonly currency: string | null;
  readonly subsidiary: string | null;
  readonly subsidiaryId: string | null;
  /** True when orders for the channel can post (no error-level problem). */
  readonly ready: boolean;
  readonly problems: readonly Omit<ConfigProblem, 'code'>[];
}

export interface HealthReport {
  /** 'ok' when every active channel is ready and every secret set; 'attention' otherwise. */
  readonly status: 'ok' | 'attention';
  readonly bundle: 'pwi';
  readonly version: string;
  readonly accountId: string;
  readonly checkedAt: string;
  readonly channels: readonly HealthChannel[];
  readonly secrets: readonly SecretStatus[];
  /** Plain-language list of every required setting that is missing or wrong. */
  readonly missing: readonly string[];
}

export function healthReport(input: {
  readonly version: string;
  readonly accountId: string;
  readonly checkedAt: Date;
  readonly channels: readonly ChannelSummary[];
  readonly secrets: readonly SecretStatus[];
}): HealthReport {
  const channels: HealthChannel[] = input.channels.map((channel) => ({
    code: channel.code,
    name: channel.name,
    active: channel.active,
    currency: channel.currency,
    subsidiary: channel.subsidiary,
    subsidiaryId: channel.subsidiaryId,
    ready: channel.active && channel.problems.every((problem) => problem.severity !== 'error'),
    problems: channel.problems.map(({ code: _code, ...rest }) => rest),
  }));
  const missing: string[] = [];
  if (!channels.some((channel) => channel.active)) {
    missing.push(
      'No active channel: create a PWI Channel record (customrecord_pwi_channel) for each Shopify store.',
    );
  }
  for (const channel of channels.filter((c) => c.active)) {
    for (const problem of channel.problems.filter((p) => p.severity === 'error')) {
      missing.push(`Channel ${channel.code || '(no code)'}: ${problem.field}: ${problem.message}`);
    }
  }
  for (const secret of input.secrets.filter((s) => !s.set)) {
    missing.push(`API secret ${secret.id} is not set (Setup > Company > API Secrets). ${secret.purpose}`);
  }
  return {
    status: missing.length === 0 ? 'ok' : 'attention',
    bundle: 'pwi',
    version: input.version,
    accountId: input.accountId,
    checkedAt: input.checkedAt.toISOString(),
    channels,
    secrets: input.secrets,
    missing,
  };
}
