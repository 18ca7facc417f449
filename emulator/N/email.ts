// N/email: email.send is captured in the account, never delivered (NS section_4358681681; Oracle stub email.js).
import type * as nsEmail from 'N/email';
import { nsError, NotEmulatedError } from '../src/errors';
import { requireOptions, requireValue } from '../src/modules/args';
import { chargeApi, current, currentAccount } from '../src/modules/context';
import { withPromise } from '../src/modules/promise-twin';

/** "A maximum of 10 recipients (recipient + cc + bcc) is allowed." (section_4358681681) */
const MAX_RECIPIENTS = 10;

function addressList(raw: unknown, api: string, name: string): string[] {
  if (raw === undefined || raw === null) return [];
  const items = Array.isArray(raw) ? (raw as unknown[]) : [raw];
  return items.map((item) => {
    if (typeof item === 'number' && Number.isInteger(item)) return String(item);
    if (typeof item === 'string' && item.trim() !== '') return item.trim();
    throw nsError(
      'WRONG_PARAMETER_TYPE',
      `${api}: ${name} must hold internal ids or email addresses, got ${JSON.stringify(item)}`,
    );
  });
}

function authorOf(raw: unknown, api: string): number {
  const author = requireValue(raw, api, 'author');
  const id = typeof author === 'number' ? author : Number(author);
  if (!Number.isInteger(id) || id <= 0)
    throw nsError(
      'WRONG_PARAMETER_TYPE',
      `${api}: author must be an employee internal id, got ${String(author)}`,
    );
  return id;
}

function sendOne(options: Parameters<typeof nsEmail.send>[0]): void {
  const api = 'email.send';
  const checked = requireOptions(options, api);
  const author = authorOf(checked.author, api);
  const recipients = addressList(requireValue(checked.recipients, api, 'recipients'), api, 'recipients');
  if (recipients.length === 0)
    throw nsError('SSS_MISSING_REQD_ARGUMENT', `${api}: Missing a required argument: recipients`);
  const subject = String(requireValue(checked.subject, api, 'subject'));
  const body = String(requireValue(checked.body, api, 'body'));
  const cc = addressList(checked.cc, api, 'cc');
  const bcc = addressList(checked.bcc, api, 'bcc');
  if (recipients.length + cc.length + bcc.length > MAX_RECIPIENTS)
    throw new NotEmulatedError(
      `${api} to more than ${MAX_RECIPIENTS} recipients (NetSuite forbids it; its error code is undocumented)`,
    );
  if (checked.attachments !== undefined && checked.attachments.length > 0)
    throw new NotEmulatedError(`${api} with attachments (N/file is not emulated)`);
  chargeApi(api, 'email.send');
  const account = currentAccount();
  account.sentEmails.push({
    author,
    recipients,
    subject,
    body,
    at: account.clock.now(),
    ...(cc.length > 0 ? { cc } : {}),
    ...(bcc.length > 0 ? { bcc } : {}),
    ...(checked.replyTo !== undefined ? { replyTo: String(checked.replyTo) } : {}),
    ...(checked.relatedRecords !== undefined ? { relatedRecords: { ...checked.relatedRecords } } : {}),
    scriptId: current().scriptId,
  });
}

/** email.send: 20 units; the message is kept in account.sentEmails. `.promise` settles with the same outcome. */
export const send: typeof nsEmail.send = withPromise(sendOne);

function notEmulated(name: string) {
  const fail = (): never => {
    throw new NotEmulatedError(name);
  };
  return Object.assign(fail, { promise: fail });
}

export const sendBulk = notEmulated('email.sendBulk') as unknown as typeof nsEmail.sendBulk;
export const sendCampaignEvent = notEmulated(
  'email.sendCampaignEvent',
) as unknown as typeof nsEmail.sendCampaignEvent;
