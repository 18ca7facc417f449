// N/error: SuiteScript's error objects (NS section_4243798608, section_159469488562).
import type * as nsError from 'N/error';
import { SuiteScriptError } from '../src/errors';
import { hasExecution, currentExecution } from '../src/execution';
import { requireOptions, requireValue } from '../src/modules/args';
import { asDeclaredEnum, strictEnum } from '../src/modules/strict-enum';
import { UserEventError } from '../src/modules/user-event-error';

export { SuiteScriptError, UserEventError };

/**
 * The members of NetSuite's error.Type the emulator knows: those whose codes the emulator itself raises or
 * scripts commonly pass to error.create. NetSuite's enum is longer; reading a member not listed here throws
 * NotEmulatedError (add it from section_159469488562). Codes NetSuite raises that are not error.Type members
 * (RCRD_DSNT_EXIST, DUP_RCRD, SSS_USAGE_LIMIT_EXCEEDED, ...) are plain strings in NetSuite as well.
 */
export const Type = asDeclaredEnum<typeof nsError.Type>(
  strictEnum('error.Type', {
    SSS_MISSING_REQD_ARGUMENT: 'SSS_MISSING_REQD_ARGUMENT',
    MISSING_REQD_ARGUMENT: 'SSS_MISSING_REQD_ARGUMENT',
    SSS_INVALID_TYPE_ARG: 'SSS_INVALID_TYPE_ARG',
    WRONG_PARAMETER_TYPE: 'WRONG_PARAMETER_TYPE',
    MUTUALLY_EXCLUSIVE_ARGUMENTS: 'MUTUALLY_EXCLUSIVE_ARGUMENTS',
    NEITHER_ARGUMENT_DEFINED: 'NEITHER_ARGUMENT_DEFINED',
    INVALID_FLD_VALUE: 'INVALID_FLD_VALUE',
    INVALID_FIELD_VALUE: 'INVALID_FIELD_VALUE',
    INVALID_FIELD_ID: 'INVALID_FIELD_ID',
    INVALID_KEY_OR_REF: 'WS_INVALID_REFERENCE_KEY_1',
    WS_INVALID_REFERENCE_KEY_1: 'WS_INVALID_REFERENCE_KEY_1',
    INVALID_RCRD_TYPE: 'INVALID_RCRD_TYPE',
    SSS_INVALID_SUBLIST_OPERATION: 'SSS_INVALID_SUBLIST_OPERATION',
    INVALID_SUBLIST_OPERATION: 'SSS_INVALID_SUBLIST_OPERATION',
    SSS_INVALID_SRCH_OPERATOR: 'SSS_INVALID_SRCH_OPERATOR',
    INVALID_SEARCH_OPERATOR: 'INVALID_SEARCH_OPERATOR',
    INVALID_PAGE_RANGE: 'INVALID_PAGE_RANGE',
    INVALID_PAGE_INDEX: 'INVALID_PAGE_INDEX',
    SSS_SEARCH_FOR_EACH_LIMIT_EXCEEDED: 'SSS_SEARCH_FOR_EACH_LIMIT_EXCEEDED',
    SSS_SEARCH_RESULT_LIMIT_EXCEEDED: 'SSS_SEARCH_RESULT_LIMIT_EXCEEDED',
    SSS_INVALID_URL: 'SSS_INVALID_URL',
    INVALID_HTTP_METHOD: 'INVALID_HTTP_METHOD',
    SCRIPT_EXECUTION_USAGE_LIMIT_EXCEEDED: 'SCRIPT_EXECUTION_USAGE_LIMIT_EXCEEDED',
    MISSING_MANDATORY_FIELDS: 'MISSING_MANDATORY_FIELDS',
    FIELD_1_CANNOT_BE_EMPTY: 'FIELD_1_CANNOT_BE_EMPTY',
    INPUT_TOO_LARGE: 'INPUT_TOO_LARGE',
    INVALID_ALGORITHM: 'INVALID_ALGORITHM',
    ONLY_API_SECRET_IS_ACCEPTED: 'ONLY_API_SECRET_IS_ACCEPTED',
    INVALID_TASK_TYPE: 'INVALID_TASK_TYPE',
    SSS_UNSUPPORTED_METHOD: 'SSS_UNSUPPORTED_METHOD',
    SSS_NOT_YET_SUPPORTED: 'SSS_NOT_YET_SUPPORTED',
    UNKNOWN_PARAM: 'UNKNOWN_PARAM',
    INVALID_OPERATION: 'INVALID_OPERATION',
    OPERATION_IS_NOT_ALLOWED: 'OPERATION_IS_NOT_ALLOWED',
    FAILED_AN_UNEXPECTED_ERROR_OCCURRED: 'FAILED_AN_UNEXPECTED_ERROR_OCCURRED',
  }),
);

function messageText(message: unknown): string {
  if (message instanceof Error) return message.message;
  return String(message);
}

/**
 * error.create({name, message, notifyOff}): name and message are required (SSS_MISSING_REQD_ARGUMENT);
 * notifyOff defaults to false. Inside a user event the result is a UserEventError carrying the entry point.
 */
export const create: typeof nsError.create = (options) => {
  const checked = requireOptions(options, 'error.create');
  const name = String(requireValue(checked.name, 'error.create', 'name'));
  const message = messageText(requireValue(checked.message, 'error.create', 'message'));
  const notifyOff = checked.notifyOff ?? false;
  if (hasExecution()) {
    const execution = currentExecution();
    if (execution.scriptType === 'USEREVENT')
      return new UserEventError(name, message, execution.record.entryPoint, { notifyOff }) as never;
  }
  return new SuiteScriptError(name, message, { notifyOff }) as never;
};
