import { SuiteScriptError } from '../errors';

/**
 * error.create inside a user event returns a UserEventError (N/error typings and Help Center "UserEventError
 * Object Members"): a SuiteScriptError that also says which entry point threw. recordId is documented to hold a
 * value only in afterSubmit; the emulator's execution does not carry the record id, so it stays empty.
 */
export class UserEventError extends SuiteScriptError {
  override readonly type: string = 'error.UserEventError';
  readonly recordId: string = '';

  constructor(
    name: string,
    message: string,
    readonly eventType: string,
    options: { notifyOff?: boolean } = {},
  ) {
    super(name, message, options);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), eventType: this.eventType, recordId: this.recordId };
  }
}
