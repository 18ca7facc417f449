import { NotEmulatedError } from '../errors';
import type { ScriptUser } from './context';
import type { DeployedDeployment } from './deployed';

/** An audience entry (ADMINISTRATOR, [scriptid=customrole_x]) as a role script id (administrator, customrole_x). */
export function roleScriptId(entry: string): string {
  const ref = /^\[scriptid=([^\]]+)\]$/.exec(entry.trim());
  return (ref?.[1] ?? entry.trim()).toLowerCase();
}

/**
 * Whether a RESTlet or user event deployment runs for a user (NS chapter_N2999041, chapter_N2998873):
 * - TESTING: only for the script owner;
 * - RELEASED: for the roles of its audience (allroles, audslctrole); with no audience at all, only for the owner.
 * The owner is the administrator who deployed the project. Audiences by employee, partner, department, group or
 * subsidiary are not emulated.
 */
export function runsFor(deployment: DeployedDeployment, user: ScriptUser, owner: ScriptUser): boolean {
  const def = deployment.def;
  const isOwner = user.id === owner.id;
  if (def.status === 'TESTING') return isOwner;
  if (def.otherAudience)
    throw new NotEmulatedError(
      `the audience of ${def.scriptId} by employee, partner, department, group or subsidiary`,
    );
  if (def.allRoles) return true;
  if (def.roles.length === 0) return isOwner;
  return def.roles.map(roleScriptId).includes(user.roleId);
}
