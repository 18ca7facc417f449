import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ProjectContext, Report } from '../validate-context';
import { descendants, type XmlElement } from '../validate-xml';

const FILE_REFERENCE = /\[(\/[^\]]+)\]/g;
const SCRIPTID_REFERENCE = /\[scriptid=([^\]]*)\]/g;
const BRACKETED = /^\[[^\]]*\]$/;

/** file-reference and scriptid-reference. */
export function checkReferences(project: ProjectContext, report: Report): void {
  for (const object of project.objects) {
    if (!object.root) continue;
    for (const element of descendants(object.root)) {
      const value = element.text;
      if (value === '') continue;
      for (const [, target = ''] of value.matchAll(FILE_REFERENCE)) {
        if (!fileExists(project, target)) {
          report(
            object.file,
            'file-reference',
            `${element.path} names [${target}], which is not under FileCabinet`,
          );
        }
      }
      for (const [, target = ''] of value.matchAll(SCRIPTID_REFERENCE)) {
        const problem = resolveScriptId(project, target);
        if (problem)
          report(object.file, 'scriptid-reference', `${element.path} names [scriptid=${target}]: ${problem}`);
      }
      for (const part of value.split('|')) {
        if (
          BRACKETED.test(part) &&
          !part.startsWith('[scriptid=') &&
          !part.startsWith('[/') &&
          part !== '[ACCOUNT_SPECIFIC_VALUE]'
        ) {
          report(
            object.file,
            'scriptid-reference',
            `${element.path} holds ${part}; write references as [scriptid=…]`,
          );
        }
      }
    }
  }
}

function fileExists(project: ProjectContext, target: string): boolean {
  if (project.manifestFiles.has(target)) return true;
  const full = path.join(project.dir, 'FileCabinet', ...target.split('/'));
  return fs.existsSync(full) && fs.statSync(full).isFile();
}

/** Why `[scriptid=target]` does not resolve, or undefined when it does. */
function resolveScriptId(project: ProjectContext, target: string): string | undefined {
  const [top = '', ...nested] = target.split('.');
  if (top === '') return 'empty reference';
  const root = project.objectIds.get(top);
  if (!root) {
    return project.manifestObjects.has(top) && nested.length === 0
      ? undefined
      : `${top} is neither an object of this project nor a dependency listed in manifest.xml`;
  }
  let scope: XmlElement = root;
  for (const id of nested) {
    const found = descendants(scope)
      .slice(1)
      .find((element) => element.attrs['scriptid'] === id);
    if (!found) return `${scope.attrs['scriptid'] ?? scope.tag} has no nested object ${id}`;
    scope = found;
  }
  return undefined;
}
