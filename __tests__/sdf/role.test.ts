// Least privilege for the role Patchworks' token belongs to (issue 2 item 8).
import * as path from 'node:path';
import { PWI_POLICY } from '../../emulator/src/sdf/validate';
import { loadProject } from '../../emulator/src/sdf/validate-context';
import { childText, descendants, type XmlElement } from '../../emulator/src/sdf/validate-xml';

const ROOT = path.resolve(__dirname, '..', '..');
const project = loadProject(ROOT, PWI_POLICY, () => undefined);
const role = project.objectIds.get(PWI_POLICY.integrationRole);
const REFERENCE = `[scriptid=${PWI_POLICY.integrationRole}]`;

/** Setup permissions that exist only at FULL and that token-authenticated RESTlet calls need. */
const LOGIN_PERMISSIONS = new Set(['ADMI_LOGIN_OAUTH', 'ADMI_LOGIN_OAUTH2']);

function permissions(): { key: string; level: string }[] {
  if (!role) throw new Error(`Objects/${PWI_POLICY.integrationRole}.xml is missing`);
  return descendants(role)
    .filter((element) => element.tag === 'permission')
    .map((element) => ({
      key: childText(element, 'permkey') ?? '',
      level: childText(element, 'permlevel') ?? '',
    }));
}

test('the role is a plain (BASIC centre) role that can log in with an access token', () => {
  expect(role?.tag).toBe('role');
  expect(childText(role!, 'centertype')).toBe('BASIC');
  expect(permissions()).toContainEqual({ key: 'ADMI_LOGIN_OAUTH', level: 'FULL' });
});

test('no administration permission beyond token login, and FULL only where NetSuite offers nothing less', () => {
  const perms = permissions();
  expect(perms.filter((p) => p.key.startsWith('ADMI_') && !LOGIN_PERMISSIONS.has(p.key))).toEqual([]);
  expect(perms.filter((p) => p.level === 'FULL' && !LOGIN_PERMISSIONS.has(p.key))).toEqual([]);
  expect(childText(role!, 'coreadminpermission') ?? 'F').toBe('F');
});

test('each permission appears once', () => {
  const keys = permissions().map((p) => p.key);
  expect(keys).toEqual([...new Set(keys)]);
});

test("the role reaches each of the bundle's custom record types, and only at the level it declares", () => {
  const perms = permissions();
  const records = project.objects
    .map((object) => object.root)
    .filter((root): root is XmlElement => root?.tag === 'customrecordtype');
  for (const record of records) {
    const id = record.attrs['scriptid'] ?? '';
    const accessType = childText(record, 'accesstype') ?? 'CUSTRECORDENTRYPERM';
    const viaRole = perms.find((p) => p.key === `[scriptid=${id}]`);
    const viaList = descendants(record).find(
      (element) => element.tag === 'permission' && childText(element, 'permittedrole') === REFERENCE,
    );
    const reachable =
      accessType === 'NONENEEDED' ||
      (accessType === 'CUSTRECORDENTRYPERM' && viaRole !== undefined) ||
      (accessType === 'USEPERMISSIONLIST' && viaList !== undefined);
    expect({ record: id, accessType, reachable }).toEqual({ record: id, accessType, reachable: true });
  }
});

test('every RESTlet deployment is restricted to the role, never all roles', () => {
  const deployments = project.objects
    .filter((object) => object.root?.tag === 'restlet')
    .flatMap((object) => descendants(object.root!).filter((element) => element.tag === 'scriptdeployment'));
  for (const deployment of deployments) {
    expect(childText(deployment, 'allroles')).toBe('F');
    expect((childText(deployment, 'audslctrole') ?? '').split('|')).toContain(REFERENCE);
  }
});
