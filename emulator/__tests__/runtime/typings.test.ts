// The emulated modules are typed against @hitc/netsuite-types, so their signatures cannot drift from what the
// bundle compiles against: each assignment below fails to type-check if a member is missing or differs.
import type * as log from 'N/log';
import type * as runtime from 'N/runtime';
import type * as task from 'N/task';
import * as emulatedLog from '../../N/log';
import * as emulatedRuntime from '../../N/runtime';
import * as emulatedTask from '../../N/task';
import { NotEmulatedError } from '../../src/errors';

describe('module typings', () => {
  it('N/runtime has every member @hitc/netsuite-types declares, with NetSuite string enum values', () => {
    const typed: typeof runtime = emulatedRuntime;
    expect(typed.ContextType.USER_INTERFACE).toBe('USERINTERFACE');
    expect(typed.ContextType.MAP_REDUCE).toBe('MAPREDUCE');
    expect(emulatedRuntime.EnvType.SANDBOX).toBe('SANDBOX');
    expect(() => (emulatedRuntime.ContextType as unknown as Record<string, string>)['NOT_A_CONTEXT']).toThrow(
      NotEmulatedError,
    );
  });

  it('N/log has debug, audit, error and emergency as declared', () => {
    const typed: typeof log = emulatedLog;
    expect(typeof typed.emergency).toBe('function');
  });
});

describe('N/task typing', () => {
  it('N/task has every member @hitc/netsuite-types declares; unemulated task enums throw', () => {
    const typed: typeof task = emulatedTask;
    expect(typed.TaskType.MAP_REDUCE).toBe('MAP_REDUCE');
    expect(typed.TaskStatus.COMPLETE).toBe('COMPLETE');
    expect(() => emulatedTask.DedupeMode.MERGE).toThrow(NotEmulatedError);
  });
});
