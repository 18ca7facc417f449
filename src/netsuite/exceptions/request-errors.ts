/**
 * Errors a RESTlet throws for input it refuses. NetSuite turns a thrown SuiteScriptError into its 400 body
 * {"error": {"code": name, "message": ...}}; the message here is JSON naming every bad field, so Patchworks can
 * show the merchant exactly what to correct. Field values are never echoed (they may be personal data).
 */
import * as error from 'N/error';
import { describeIssues, type ValidationIssue } from '../../contracts/validate';

export const INVALID_PAYLOAD = 'INVALID_PAYLOAD';

export function invalidPayload(what: string, issues: readonly ValidationIssue[]): error.SuiteScriptError {
  return error.create({
    name: INVALID_PAYLOAD,
    message: JSON.stringify({
      message: `${what} is invalid: ${describeIssues(issues)}`,
      fields: issues.map((issue) => ({ path: issue.path, pointer: issue.pointer, problem: issue.message })),
    }),
    notifyOff: true,
  });
}
