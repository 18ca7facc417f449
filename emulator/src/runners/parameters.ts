import type { EmulatedAccount } from '../account-api';
import type { DeployedDeployment, DeployedScript } from './deployed';

/**
 * Script parameter values as runtime.getCurrentScript().getParameter returns them, typed by the parameter's
 * field type (NS section_4296661592 lists number | Date | string | boolean | null): CHECKBOX → boolean,
 * INTEGER/FLOAT/CURRENCY/PERCENT → number, DATE/DATETIMETZ → Date, MULTISELECT → string[], others → string.
 * An unset parameter is null (an unset checkbox is false).
 */
export function typedParameters(
  account: EmulatedAccount,
  script: DeployedScript,
  deployment: DeployedDeployment,
  overrides: Readonly<Record<string, unknown>> | undefined,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [id, def] of script.parameters) {
    const raw = overrides && id in overrides ? overrides[id] : deployment.parameterValues.get(id);
    out[id] = typedValue(
      account,
      def.fieldType,
      raw,
      def.defaultValue ?? def.defaultSelection,
      def.defaultChecked,
    );
  }
  return out;
}

function typedValue(
  account: EmulatedAccount,
  fieldType: string,
  raw: unknown,
  defaultValue: string | null,
  defaultChecked: boolean | null,
): unknown {
  const value = raw === undefined || raw === null || raw === '' ? (defaultValue ?? null) : raw;
  switch (fieldType) {
    case 'CHECKBOX':
      if (value === null) return defaultChecked ?? false;
      return value === true || value === 'T' || value === 'true';
    case 'INTEGER':
    case 'FLOAT':
    case 'CURRENCY':
    case 'PERCENT':
      return value === null ? null : Number(value);
    case 'DATE':
    case 'DATETIMETZ':
      return value === null ? null : value instanceof Date ? new Date(value) : new Date(String(value));
    case 'SELECT':
      return value === null ? null : selectId(account, String(value));
    case 'MULTISELECT':
      if (value === null) return null;
      return (Array.isArray(value) ? value.map(String) : String(value).split('|')).map((v) =>
        selectId(account, v),
      );
    default:
      return value === null ? null : String(value);
  }
}

/** `[scriptid=customlist_x.val_y]` → that value's internal id; anything else is already an internal id. */
function selectId(account: EmulatedAccount, value: string): string {
  const ref = /^\[scriptid=([^.\]]+)\.([^\]]+)\]$/.exec(value.trim());
  if (!ref) return value;
  const found = account.customLists.get(ref[1] ?? '')?.find((v) => v.scriptId === ref[2]);
  return found ? found.id : value;
}
