import type { ProjectContext, Report } from '../validate-context';
import { childText, descendants } from '../validate-xml';

/** Saved searches exported by NetSuite carry `<hash>@GZC@<version>@<base64 gzip>`; hand-written XML does not deploy. */
const GENERATED_SEARCH = /^[0-9a-f]+@GZC@[0-9.]+@[A-Za-z0-9+/=\s]+$/;

/**
 * no-sdfinstallationscript, savedsearch-generated, restlet-audience, parameter-not-mandatory, and the XML half of
 * script-parameter-declared (a deployment's parameter value names a parameter the script declares).
 */
export function checkObjectPolicies(project: ProjectContext, report: Report): void {
  const role = `[scriptid=${project.policy.integrationRole}]`;
  for (const object of project.objects) {
    const { root } = object;
    if (!root) continue;
    if (root.tag === 'sdfinstallationscript') {
      report(
        object.file,
        'no-sdfinstallationscript',
        'account customization projects cannot run SDF installation scripts',
      );
    }
    if (root.tag === 'savedsearch' && !GENERATED_SEARCH.test(childText(root, 'definition') ?? '')) {
      report(
        object.file,
        'savedsearch-generated',
        'a saved search definition must be the system-generated @GZC@ form (object:import), not hand-written XML',
      );
    }
    const declared = new Set(
      descendants(root)
        .filter((element) => element.tag === 'scriptcustomfield')
        .map((element) => element.attrs['scriptid']),
    );
    for (const element of descendants(root)) {
      if (element.tag === 'scriptdeployment') {
        for (const value of element.children.filter(
          (c) => c.tag.startsWith('custscript') && !declared.has(c.tag),
        )) {
          report(
            object.file,
            'script-parameter-declared',
            `${element.path} sets <${value.tag}>, which ${root.attrs['scriptid'] ?? root.tag} does not declare`,
          );
        }
      }
      if (element.tag === 'scriptcustomfield' && childText(element, 'ismandatory') === 'T') {
        report(
          object.file,
          'parameter-not-mandatory',
          `${element.path} is mandatory: SDF cannot supply a value, so deploy fails; keep F and check at run time`,
        );
      }
      if (root.tag === 'restlet' && element.tag === 'scriptdeployment') {
        if (childText(element, 'allroles') === 'T') {
          report(
            object.file,
            'restlet-audience',
            `${element.path} is open to all roles; restrict it to ${role}`,
          );
        }
        const audience = (childText(element, 'audslctrole') ?? '').split('|');
        if (!audience.includes(role)) {
          report(object.file, 'restlet-audience', `${element.path} must list ${role} in <audslctrole>`);
        }
      }
    }
  }
}
