import * as fs from 'node:fs';
import * as path from 'node:path';
import { descendants, parseXml, type XmlElement } from './validate-xml';

/** The rules a finding can come from. Each one has a test that feeds it a broken project and sees it fire. */
export const RULE_IDS = [
  'xml-well-formed',
  'root-tag-known',
  'file-name-scriptid',
  'duplicate-scriptid',
  'id-charset',
  'id-type-prefix',
  'id-project-prefix',
  'id-length',
  'enum-value',
  'boolean-value',
  'required-child',
  'account-specific-value',
  'file-reference',
  'scriptid-reference',
  'no-sdfinstallationscript',
  'savedsearch-generated',
  'restlet-audience',
  'parameter-not-mandatory',
  'scriptfile-entry-point',
  'script-entry-exports',
  'script-parameter-declared',
  'code-id-declared',
  'manifest-shape',
  'manifest-features',
  'deploy-paths',
  'deploy-no-run',
  'deploy-coverage',
  'filecabinet-clean',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** One problem: the project-relative file (forward slashes), the rule that found it, and what is wrong. */
export interface Finding {
  readonly file: string;
  readonly rule: RuleId;
  readonly message: string;
}

/** What this project promises about itself, beyond what SDF itself demands. */
export interface ValidationPolicy {
  /** Every scriptid starts with one of these; the one whose stem is the type's SDF prefix applies to that type. */
  readonly prefixes: readonly string[];
  /** The role every RESTlet deployment is restricted to (least privilege). */
  readonly integrationRole: string;
  /** The only paths deploy.xml may list, each in SDF's `~/…` form. */
  readonly deployPaths: { readonly files: readonly string[]; readonly objects: readonly string[] };
}

/** An Objects/*.xml file, parsed when well-formed. */
export interface ObjectFile {
  /** Project-relative path, e.g. `Objects/customscript_pwi_health_rl.xml`. */
  readonly file: string;
  /** The file name without `.xml`: SDF requires it to equal the root's scriptid. */
  readonly baseName: string;
  readonly text: string;
  readonly root: XmlElement | undefined;
}

export interface ProjectContext {
  readonly dir: string;
  readonly policy: ValidationPolicy;
  readonly manifest: XmlElement | undefined;
  readonly deploy: XmlElement | undefined;
  readonly objects: readonly ObjectFile[];
  /** Every file under FileCabinet/, project-relative with forward slashes, dotfiles included. */
  readonly fileCabinet: readonly string[];
  /** Top-level scriptid → root element, for every parsed object. */
  readonly objectIds: ReadonlyMap<string, XmlElement>;
  /** Objects and File Cabinet files the manifest says already exist in the target account. */
  readonly manifestObjects: ReadonlySet<string>;
  readonly manifestFiles: ReadonlySet<string>;
}

export type Report = (file: string, rule: RuleId, message: string) => void;

/** Every file below `root` (dotfiles included), relative to it with forward slashes, sorted; [] when absent. */
export function listFiles(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  return files.sort();
}

function readXml(dir: string, file: string, report: Report): XmlElement | undefined {
  const full = path.join(dir, file);
  if (!fs.existsSync(full)) return undefined;
  const parsed = parseXml(fs.readFileSync(full, 'utf8'));
  if (!parsed.ok) {
    report(file, 'xml-well-formed', `${file} is not well-formed XML: ${parsed.error}`);
    return undefined;
  }
  return parsed.root;
}

/** Reads the project folder once; unparseable files are reported here and skipped by the rules. */
export function loadProject(dir: string, policy: ValidationPolicy, report: Report): ProjectContext {
  const manifest = readXml(dir, 'manifest.xml', report);
  const deploy = readXml(dir, 'deploy.xml', report);
  const objectFiles = listFiles(path.join(dir, 'Objects'));
  for (const name of objectFiles.filter((file) => !file.endsWith('.xml'))) {
    report(
      `Objects/${name}`,
      'xml-well-formed',
      `Objects/${name} is not an XML object file; SDF would try to deploy it`,
    );
  }
  const objects: ObjectFile[] = objectFiles
    .filter((name) => name.endsWith('.xml'))
    .map((name) => {
      const file = `Objects/${name}`;
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const parsed = parseXml(text);
      if (!parsed.ok) report(file, 'xml-well-formed', `${file} is not well-formed XML: ${parsed.error}`);
      return {
        file,
        baseName: path.posix.basename(name, '.xml'),
        text,
        root: parsed.ok ? parsed.root : undefined,
      };
    });
  const objectIds = new Map<string, XmlElement>();
  for (const object of objects) {
    const id = object.root?.attrs['scriptid'];
    if (object.root && id !== undefined && !objectIds.has(id)) objectIds.set(id, object.root);
  }
  const dependencies = manifest ? descendants(manifest) : [];
  return {
    dir,
    policy,
    manifest,
    deploy,
    objects,
    fileCabinet: listFiles(path.join(dir, 'FileCabinet')).map((name) => `FileCabinet/${name}`),
    objectIds,
    manifestObjects: new Set(dependencies.filter((e) => e.tag === 'object').map((e) => e.text)),
    manifestFiles: new Set(dependencies.filter((e) => e.tag === 'file').map((e) => e.text)),
  };
}
