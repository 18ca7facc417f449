/**
 * Who may set a sales order's approval status. NetSuite: an order Pending Approval "needs to be approved by
 * someone with the right permissions", and the Status field appears on an unfulfilled order only for users with
 * "permission to approve and edit sales orders" (NS section_N1218788, Approving Sales Orders). That permission is
 * Sales Order Approval, id TRAN_SALESORDAPPRV, levels None/View/Create/Edit/Full (NS chapter_N3236764, Permission
 * Names and IDs). A script may set orderstatus 'B' to create an approved order (NS section_159795516182).
 *
 * Emulated: a script running under a role that holds Sales Order Approval at Edit or Full sets the status. What
 * NetSuite does when a role without it (or with only View or Create) sets the status — ignore the value, save the
 * account default, or refuse — is not sourced, so the emulator throws NotEmulatedError there instead of guessing.
 */
import type { EmulatedAccount, PermissionLevel } from '../account-api';
import { NotEmulatedError } from '../errors';
import { currentExecution, hasExecution } from '../execution';
import { extrasOf } from '../runners/context';
import type { FieldValue } from './types';
import { isEmpty } from './values';

export const SALES_ORDER_APPROVAL = 'TRAN_SALESORDAPPRV';

const SUFFICIENT: readonly PermissionLevel[] = ['EDIT', 'FULL'];

/**
 * Checks a save that sets a sales order's status: `given` is the orderstatus the script left on the record before
 * NetSuite's defaults, `previous` the stored value (null for a new record). Unchanged or unset statuses are not
 * checked, nor saves outside a script with a known user (record-layer harnesses).
 */
export function checkStatusPermission(
  account: EmulatedAccount,
  type: string,
  given: FieldValue | undefined,
  previous: FieldValue | undefined | null,
): void {
  if (type !== 'salesorder' || isEmpty(given) || String(given) === String(previous ?? '')) return;
  if (!account.permissionLevel || !hasExecution()) return;
  const user = extrasOf(currentExecution())?.user;
  if (!user) return;
  const level = account.permissionLevel(user.roleId, SALES_ORDER_APPROVAL);
  if (SUFFICIENT.includes(level)) return;
  throw new NotEmulatedError(
    `setting a sales order's status (orderstatus ${String(given)}) as role ${user.roleId}, which holds Sales ` +
      `Order Approval (${SALES_ORDER_APPROVAL}) at ${level}: NetSuite's answer is not sourced`,
  );
}
