import {
  loadProject,
  type Finding,
  type ProjectContext,
  type Report,
  type ValidationPolicy,
} from './validate-context';
import { checkCodeIds } from './rules/code-ids';
import { checkDeploy } from './rules/deploy';
import { checkIdentity } from './rules/identity';
import { checkManifest } from './rules/manifest';
import { checkObjectPolicies } from './rules/objects';
import { checkReferences } from './rules/references';
import { checkScripts } from './rules/scripts';
import { checkValues } from './rules/values';

export { RULE_IDS, type Finding, type RuleId, type ValidationPolicy } from './validate-context';

/** This project's own promises: pwi prefixes, RESTlets behind the integration role, deploy only the bundle. */
export const PWI_POLICY: ValidationPolicy = {
  prefixes: [
    'customscript_pwi_',
    'customdeploy_pwi_',
    'customrecord_pwi_',
    'custrecord_pwi_',
    'custscript_pwi_',
    'customlist_pwi_',
    'customsearch_pwi_',
    'customrole_pwi_',
    'custbody_pwi_',
    'custcol_pwi_',
    'custentity_pwi_',
    'custitem_pwi_',
    'custsecret_pwi_',
  ],
  integrationRole: 'customrole_pwi_integration',
  deployPaths: { files: ['~/FileCabinet/SuiteScripts/pwi/*'], objects: ['~/Objects/*'] },
};

const CHECKS: readonly ((project: ProjectContext, report: Report) => void)[] = [
  checkManifest,
  checkDeploy,
  checkIdentity,
  checkValues,
  checkReferences,
  checkObjectPolicies,
  checkScripts,
  checkCodeIds,
];

/**
 * Validates an SDF account customization project folder offline, as far as the XML reference and the built
 * scripts allow (`suitecloud project:validate` needs a live account). Returns every finding; none means valid.
 */
export function validateProject(dir: string, policy: ValidationPolicy = PWI_POLICY): Finding[] {
  const findings: Finding[] = [];
  const report: Report = (file, rule, message) => findings.push({ file, rule, message });
  const project = loadProject(dir, policy, report);
  for (const check of CHECKS) check(project, report);
  return findings;
}
