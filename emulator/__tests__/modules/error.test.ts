// N/error, pinned to NS section_4243798608 (module), section_159469488562 (error.Type) and the RESTlet error
// body in shared/reference/netsuite-runtime.md §2.3 (SuiteScriptError JSON shape).
import * as error from 'N/error';
import { SuiteScriptError } from '../../src/errors';
import { fixtureAccount, runAs, thrown } from './fixture';

describe('N/error', () => {
  test('create returns a SuiteScriptError with name, message, notifyOff false by default (section_4243798608)', () => {
    const created = error.create({ name: 'PWI_BAD_ORDER', message: 'line 2 has no SKU' });
    expect(created).toBeInstanceOf(SuiteScriptError);
    expect(created.name).toBe('PWI_BAD_ORDER');
    expect(created.message).toBe('line 2 has no SKU');
    expect(created.notifyOff).toBe(false);
    expect((created as unknown as { type: string }).type).toBe('error.SuiteScriptError');
  });

  test('notifyOff is kept, and the JSON has the shape NetSuite puts in a RESTlet 400 body (§2.3)', () => {
    const created = error.create({ name: 'X', message: 'y', notifyOff: true }) as unknown as SuiteScriptError;
    const json = created.toJSON();
    expect(Object.keys(json).sort()).toEqual(
      ['cause', 'id', 'message', 'name', 'notifyOff', 'stack', 'type', 'userFacing'].sort(),
    );
    expect(json.cause).toEqual({ name: 'X', message: 'y', notifyOff: true });
    expect(Array.isArray(json.stack)).toBe(true);
  });

  test('an Error passed as message contributes its message text', () => {
    const created = error.create({ name: 'WRAPPED', message: new Error('inner failure') });
    expect(created.message).toBe('inner failure');
  });

  test('missing name or message is SSS_MISSING_REQD_ARGUMENT (Oracle stub error.js @throws)', () => {
    expect(thrown(() => error.create({ name: 'X' } as never)).name).toBe('SSS_MISSING_REQD_ARGUMENT');
    expect(thrown(() => error.create({ message: 'y' } as never)).name).toBe('SSS_MISSING_REQD_ARGUMENT');
    expect(thrown(() => error.create(undefined as never)).name).toBe('SSS_MISSING_REQD_ARGUMENT');
  });

  test('inside a user event create returns a UserEventError naming the entry point (N/error typings)', () => {
    const account = fixtureAccount();
    const { result } = runAs(account, () => error.create({ name: 'UE_STOP', message: 'no' }), {
      scriptType: 'USEREVENT',
      entryPoint: 'beforeSubmit',
      budget: 'userevent',
    });
    const json = (result as unknown as SuiteScriptError).toJSON();
    expect(json.type).toBe('error.UserEventError');
    expect(json.eventType).toBe('beforeSubmit');
  });

  test('error.Type holds NetSuite string values, aliases included (section_159469488562)', () => {
    expect(error.Type.SSS_MISSING_REQD_ARGUMENT).toBe('SSS_MISSING_REQD_ARGUMENT');
    expect(error.Type.INVALID_KEY_OR_REF).toBe('WS_INVALID_REFERENCE_KEY_1');
    expect(error.Type.MISSING_REQD_ARGUMENT).toBe('SSS_MISSING_REQD_ARGUMENT');
  });

  test('an error.Type member the emulator does not know throws NotEmulatedError naming it', () => {
    const failure = thrown(() => error.Type.INVALID_COLOR_VALUE);
    expect(failure.name).toBe('EMULATOR_NOT_EMULATED');
    expect(failure.message).toContain('error.Type.INVALID_COLOR_VALUE');
  });
});
