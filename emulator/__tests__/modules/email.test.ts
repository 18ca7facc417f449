// N/email, pinned to NS section_4358681681 (email.send: 20 units; author, recipients, subject, body required;
// at most 10 recipients + cc + bcc) and the Oracle stub email.js (SSS_MISSING_REQD_ARGUMENT, WRONG_PARAMETER_TYPE).
import * as email from 'N/email';
import { fixtureAccount, runAs, thrown } from './fixture';

describe('N/email', () => {
  test('send is captured in account.sentEmails with the account clock time, and costs 20 units', () => {
    const account = fixtureAccount({ now: '2026-05-01T09:30:00Z' });
    const { meter } = runAs(
      account,
      () =>
        email.send({
          author: 7,
          recipients: ['ops@example.com', 42] as never,
          cc: ['lead@example.com'],
          subject: 'Order 1001 failed',
          body: 'See the integration log',
          relatedRecords: { transactionId: 55 },
        }),
      { scriptId: 'customscript_pwi_mr_inventory' },
    );
    expect(meter.used()).toBe(20);
    expect(account.sentEmails).toEqual([
      {
        author: 7,
        recipients: ['ops@example.com', '42'],
        cc: ['lead@example.com'],
        subject: 'Order 1001 failed',
        body: 'See the integration log',
        relatedRecords: { transactionId: 55 },
        at: new Date('2026-05-01T09:30:00Z'),
        scriptId: 'customscript_pwi_mr_inventory',
      },
    ]);
  });

  test('a single recipient may be a plain string or id', () => {
    const account = fixtureAccount();
    runAs(account, () => email.send({ author: 7, recipients: 'a@example.com', subject: 's', body: 'b' }));
    expect(account.sentEmails[0]?.recipients).toEqual(['a@example.com']);
  });

  test('missing author, recipients, subject or body is SSS_MISSING_REQD_ARGUMENT and nothing is kept', () => {
    const account = fixtureAccount();
    const base = { author: 7, recipients: ['a@example.com'], subject: 's', body: 'b' };
    runAs(account, () => {
      for (const field of ['author', 'recipients', 'subject', 'body'] as const) {
        const options = { ...base, [field]: undefined } as never;
        const failure = thrown(() => email.send(options));
        expect(failure.name).toBe('SSS_MISSING_REQD_ARGUMENT');
        expect(failure.message).toContain(field);
      }
    });
    expect(account.sentEmails).toEqual([]);
  });

  test('an author that is not an internal id is WRONG_PARAMETER_TYPE', () => {
    runAs(fixtureAccount(), () => {
      expect(
        thrown(() =>
          email.send({ author: 'me@example.com' as never, recipients: 'a@b.c', subject: 's', body: 'b' }),
        ).name,
      ).toBe('WRONG_PARAMETER_TYPE');
    });
  });

  test('more than 10 recipients in total is refused (section_4358681681)', () => {
    const many = Array.from({ length: 9 }, (_, i) => `r${i}@example.com`);
    runAs(fixtureAccount(), () => {
      expect(() =>
        email.send({ author: 7, recipients: many, cc: ['c@example.com'], subject: 's', body: 'b' }),
      ).not.toThrow();
      expect(
        thrown(() =>
          email.send({
            author: 7,
            recipients: many,
            cc: ['c@example.com'],
            bcc: ['d@example.com'],
            subject: 's',
            body: 'b',
          }),
        ).name,
      ).toBe('EMULATOR_NOT_EMULATED');
    });
  });

  test('send.promise resolves once the message is captured', async () => {
    const account = fixtureAccount();
    const pending = runAs(account, () =>
      email.send.promise({ author: 7, recipients: 'a@example.com', subject: 's', body: 'b' }),
    ).result;
    await expect(pending).resolves.toBeUndefined();
    expect(account.sentEmails).toHaveLength(1);
  });

  test('sendBulk and sendCampaignEvent throw NotEmulatedError naming them', () => {
    expect(thrown(() => email.sendBulk({} as never)).message).toContain('email.sendBulk');
    expect(thrown(() => email.sendCampaignEvent({} as never)).message).toContain('email.sendCampaignEvent');
  });
});
