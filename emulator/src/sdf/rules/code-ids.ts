import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ProjectContext, Report } from '../validate-context';
import { descendants } from '../validate-xml';

const STRING_LITERAL = /(['"`])([a-z0-9_]+)\1/g;

/**
 * code-id-declared: every complete string literal in the built code that carries one of the project's id prefixes
 * (a field, record, list, script, deployment or role id) names an object or nested object the project declares, or a
 * manifest dependency. A mistyped field id otherwise only shows up in an account, as a silently ignored value or an
 * INVALID_FLD_VALUE. Secrets are exempt: they are created by hand, not deployed. Literals ending in `_` are
 * prefixes the code builds on, not ids.
 */
export function checkCodeIds(project: ProjectContext, report: Report): void {
  const prefixes = project.policy.prefixes.filter((prefix) => !prefix.startsWith('custsecret'));
  const declared = new Set<string>(project.manifestObjects);
  for (const object of project.objects) {
    for (const element of object.root ? descendants(object.root) : []) {
      const id = element.attrs['scriptid'];
      if (id !== undefined) declared.add(id);
    }
  }
  for (const file of project.fileCabinet.filter((name) => name.endsWith('.js'))) {
    const code = fs.readFileSync(path.join(project.dir, file), 'utf8');
    const missing = new Set<string>();
    for (const [, , literal = ''] of code.matchAll(STRING_LITERAL)) {
      if (literal.endsWith('_') || declared.has(literal)) continue;
      if (prefixes.some((prefix) => literal.startsWith(prefix))) missing.add(literal);
    }
    for (const id of missing) {
      report(
        file,
        'code-id-declared',
        `${file} uses ${id}, which no object in Objects/ (or the manifest) declares`,
      );
    }
  }
}
