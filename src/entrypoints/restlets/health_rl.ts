/**
 * @NApiVersion 2.1
 * @NScriptType Restlet
 * @NModuleScope SameAccount
 */

import { checkHealth } from '../../netsuite/config/health';
import type { HealthReport } from '../../domain/config/health';

/** GET: bundle version, configured channels and every missing required setting (secrets by name only). */
export function get(): HealthReport {
  return checkHealth();
}
