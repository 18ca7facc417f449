import {
  ACCESS_LEVELS,
  ACCESS_TYPES,
  BLOCK_REQUIRES,
  BOOLEAN_ELEMENTS,
  CENTER_TYPES,
  DISPLAY_TYPES,
  DYNAMIC_DEFAULTS,
  FIELD_TYPES,
  LOG_LEVELS,
  NESTED_TYPES,
  OBJECT_TYPES,
  ON_PARENT_DELETE,
  PERMISSION_LEVELS,
  RESTRICTIONS,
} from '../validate-catalog';
import type { ObjectFile, ProjectContext, Report } from '../validate-context';
import { EVENT_TYPES, EXECUTION_CONTEXTS, GENERIC_ROLES, RECORD_TYPES } from '../validate-enums';
import { childText, descendants, type XmlElement } from '../validate-xml';

const OBJECT_REFERENCE = /^\[scriptid=[a-z0-9_]+(\.[a-z0-9_]+)*\]$/;

interface EnumRule {
  readonly values: ReadonlySet<string>;
  /** Pipe-separated multi-select (`A|B|[scriptid=x]`). */
  readonly list?: boolean;
  /** An `[scriptid=…]` reference is also a valid value (checked for resolution by scriptid-reference). */
  readonly references?: boolean;
}

const ENUMS: Readonly<Record<string, EnumRule>> = {
  fieldtype: { values: FIELD_TYPES },
  loglevel: { values: LOG_LEVELS },
  eventtype: { values: EVENT_TYPES },
  executioncontext: { values: EXECUTION_CONTEXTS, list: true },
  permlevel: { values: PERMISSION_LEVELS },
  permittedlevel: { values: PERMISSION_LEVELS },
  accesstype: { values: ACCESS_TYPES },
  displaytype: { values: DISPLAY_TYPES },
  onparentdelete: { values: ON_PARENT_DELETE },
  centertype: { values: CENTER_TYPES },
  restriction: { values: RESTRICTIONS },
  accesslevel: { values: ACCESS_LEVELS },
  searchlevel: { values: ACCESS_LEVELS },
  dynamicdefault: { values: DYNAMIC_DEFAULTS },
  audslctrole: { values: GENERIC_ROLES, list: true, references: true },
  permittedrole: { values: GENERIC_ROLES, references: true },
};

/** enum-value, boolean-value, required-child and account-specific-value. */
export function checkValues(project: ProjectContext, report: Report): void {
  for (const object of project.objects) {
    if (object.text.includes('[ACCOUNT_SPECIFIC_VALUE]')) {
      report(
        object.file,
        'account-specific-value',
        '[ACCOUNT_SPECIFIC_VALUE] makes an account customization deploy fail; put the real value or drop the element',
      );
    }
    const { root } = object;
    const type = root ? OBJECT_TYPES[root.tag] : undefined;
    if (!root || !type) continue;
    requireChildren(object, root, type.requires, report);
    for (const element of descendants(root)) {
      checkElement(object, root, element, report);
    }
  }
}

function checkElement(object: ObjectFile, root: XmlElement, element: XmlElement, report: Report): void {
  const tagPath = element.path.replace(/\[[^\]]*\]/g, '');
  const script = OBJECT_TYPES[root.tag]?.script;
  const nested = NESTED_TYPES[element.tag];
  if (nested && element !== root) {
    if (element.attrs['scriptid'] === undefined) {
      report(object.file, 'required-child', `${element.path} needs a scriptid attribute`);
    }
    requireChildren(object, element, nested.requires, report);
  }
  const blockRequires = BLOCK_REQUIRES[tagPath];
  if (blockRequires) requireChildren(object, element, blockRequires, report);
  if (element.tag === 'scriptdeployment' && script)
    requireChildren(object, element, script.deploymentRequires, report);
  const fieldType = childText(element, 'fieldtype');
  if (fieldType === 'SELECT' || fieldType === 'MULTISELECT') {
    requireChildren(object, element, ['selectrecordtype'], report);
  }

  if (element.children.length > 0) return;
  const value = element.text;
  if (BOOLEAN_ELEMENTS.has(element.tag) && value !== 'T' && value !== 'F') {
    report(
      object.file,
      'boolean-value',
      `${element.path} is ${JSON.stringify(value)}; SDF booleans are T or F`,
    );
  }
  if (element.tag === 'status' && tagPath.endsWith('/scriptdeployment/status') && script) {
    if (!script.statuses.has(value)) {
      const allowed = [...script.statuses].join(', ');
      report(
        object.file,
        'enum-value',
        `${element.path} is ${value}; a ${root.tag} deployment takes ${allowed}`,
      );
    }
  }
  if (element.tag === 'recordtype' && tagPath.endsWith('/scriptdeployment/recordtype')) {
    if (!RECORD_TYPES.has(value) && !OBJECT_REFERENCE.test(value)) {
      report(object.file, 'enum-value', `${element.path} is ${value}, not a deployable record type`);
    }
  }
  if (
    element.tag === 'permkey' &&
    !/^(ADMI|LIST|REGT|REPO|TRAN)_[A-Z0-9_]+$/.test(value) &&
    !OBJECT_REFERENCE.test(value)
  ) {
    report(
      object.file,
      'enum-value',
      `${element.path} is ${JSON.stringify(value)}; a permission is an id such as TRAN_SALESORD or [scriptid=customrecord_…]`,
    );
  }
  if (element.tag === 'selectrecordtype' && !/^-\d+$/.test(value) && !OBJECT_REFERENCE.test(value)) {
    report(
      object.file,
      'enum-value',
      `${element.path} is ${JSON.stringify(value)}; a list/record is a standard id such as -2 or [scriptid=…]`,
    );
  }
  const rule = ENUMS[element.tag];
  if (!rule || value === '') return;
  const parts = rule.list ? value.split('|') : [value];
  for (const part of parts) {
    if (rule.values.has(part) || (rule.references === true && OBJECT_REFERENCE.test(part))) continue;
    report(
      object.file,
      'enum-value',
      `${element.path} holds ${JSON.stringify(part)}, not a valid <${element.tag}>`,
    );
  }
}

function requireChildren(
  object: ObjectFile,
  element: XmlElement,
  tags: readonly string[],
  report: Report,
): void {
  for (const tag of tags) {
    const value = childText(element, tag);
    if (value === undefined || value === '') {
      report(object.file, 'required-child', `${element.path} needs a non-empty <${tag}>`);
    }
  }
}
