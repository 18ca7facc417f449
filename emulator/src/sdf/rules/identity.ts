import { NESTED_TYPES, OBJECT_TYPES } from '../validate-catalog';
import type { ObjectFile, ProjectContext, Report } from '../validate-context';
import { descendants, type XmlElement } from '../validate-xml';

const SCRIPT_ID = /^[a-z0-9_]+$/;

/** root-tag-known, file-name-scriptid, duplicate-scriptid and the id-* rules. */
export function checkIdentity(project: ProjectContext, report: Report): void {
  const seen = new Map<string, string>();
  for (const object of project.objects) {
    const { root } = object;
    if (!root) continue;
    const type = OBJECT_TYPES[root.tag];
    if (!type) {
      report(object.file, 'root-tag-known', `<${root.tag}> is not an SDF object type this project knows`);
      continue;
    }
    const id = root.attrs['scriptid'];
    if (id === undefined) {
      report(object.file, 'file-name-scriptid', `<${root.tag}> has no scriptid attribute`);
      continue;
    }
    if (id !== object.baseName) {
      report(
        object.file,
        'file-name-scriptid',
        `scriptid ${id} differs from the file name ${object.baseName}.xml`,
      );
    }
    checkId(project, object, root, id, type, report);
    remember(seen, id, object, report);
    for (const element of descendants(root).slice(1)) {
      const nested = NESTED_TYPES[element.tag];
      const nestedId = element.attrs['scriptid'];
      if (!nested || nestedId === undefined) continue;
      checkId(project, object, element, nestedId, nested, report);
      // List values only need to be unique inside their list; deployments and fields are account-wide.
      remember(seen, element.tag === 'customvalue' ? `${id}.${nestedId}` : nestedId, object, report);
    }
  }
}

function remember(seen: Map<string, string>, id: string, object: ObjectFile, report: Report): void {
  const first = seen.get(id);
  if (first !== undefined) {
    report(object.file, 'duplicate-scriptid', `scriptid ${id} is already defined in ${first}`);
  } else {
    seen.set(id, object.file);
  }
}

function checkId(
  project: ProjectContext,
  object: ObjectFile,
  element: XmlElement,
  id: string,
  type: { readonly prefix: string; readonly maxLength: number },
  report: Report,
): void {
  const where = `${element.path}: scriptid ${id}`;
  if (!SCRIPT_ID.test(id)) report(object.file, 'id-charset', `${where} may only hold a-z, 0-9 and _`);
  if (id.length > type.maxLength) {
    report(
      object.file,
      'id-length',
      `${where} is ${id.length} characters; <${element.tag}> allows ${type.maxLength}`,
    );
  }
  if (type.prefix === '') return;
  if (!id.startsWith(type.prefix)) {
    report(object.file, 'id-type-prefix', `${where} must start with ${type.prefix} for <${element.tag}>`);
    return;
  }
  const projectPrefix = project.policy.prefixes.find(
    (prefix) =>
      prefix.startsWith(`${type.prefix}_`) && /^[a-z0-9]+_$/.test(prefix.slice(type.prefix.length + 1)),
  );
  if (projectPrefix === undefined) {
    report(
      object.file,
      'id-project-prefix',
      `${where}: this project declares no prefix for ${type.prefix} ids`,
    );
  } else if (!id.startsWith(projectPrefix) || id.length === projectPrefix.length) {
    report(object.file, 'id-project-prefix', `${where} must start with the project prefix ${projectPrefix}`);
  }
}
