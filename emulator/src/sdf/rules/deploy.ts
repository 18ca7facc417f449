import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ProjectContext, Report } from '../validate-context';
import { listFiles } from '../validate-context';
import { childrenNamed, type XmlElement } from '../validate-xml';

const FILE = 'deploy.xml';
const SECTIONS = new Set(['configuration', 'files', 'objects', 'translationimports']);
/** File Cabinet folders SDF uploads to from an account customization project. */
const UPLOAD_ROOTS = [
  'FileCabinet/SuiteScripts/',
  'FileCabinet/Templates/E-mail Templates/',
  'FileCabinet/Templates/Marketing Templates/',
  'FileCabinet/Web Site Hosting Files/',
];

/** deploy-paths, deploy-no-run, deploy-coverage and filecabinet-clean. */
export function checkDeploy(project: ProjectContext, report: Report): void {
  checkFileCabinet(project, report);
  const { deploy } = project;
  if (!deploy) {
    if (!fs.existsSync(path.join(project.dir, FILE))) report(FILE, 'deploy-paths', 'deploy.xml is missing');
    return;
  }
  if (deploy.tag !== 'deploy') {
    report(FILE, 'deploy-paths', `root element is <${deploy.tag}>, expected <deploy>`);
    return;
  }
  const listed: Record<'files' | 'objects', string[]> = { files: [], objects: [] };
  for (const section of deploy.children) {
    if (section.tag === 'run') {
      report(
        FILE,
        'deploy-no-run',
        '<run> (SDF installation scripts) is SuiteApp-only; an ACP cannot run it',
      );
      continue;
    }
    if (!SECTIONS.has(section.tag)) {
      report(FILE, 'deploy-paths', `unknown section <${section.tag}>`);
      continue;
    }
    for (const entry of pathsOf(section)) {
      if (!isWellFormedPath(entry)) {
        report(
          FILE,
          'deploy-paths',
          `path ${JSON.stringify(entry)} must start with ~/ and hold no . or .. segment`,
        );
      }
      const allowed: readonly string[] =
        section.tag === 'files' || section.tag === 'objects' ? project.policy.deployPaths[section.tag] : [];
      if (!allowed.includes(entry)) {
        report(FILE, 'deploy-paths', `<${section.tag}> path ${entry} is outside what this project deploys`);
      } else if (section.tag === 'files' || section.tag === 'objects') {
        listed[section.tag].push(entry);
      }
    }
  }
  checkCoverage(project, listed, report);
}

function pathsOf(section: XmlElement): string[] {
  return childrenNamed(section, 'path').map((element) => element.text);
}

function isWellFormedPath(entry: string): boolean {
  if (!entry.startsWith('~/')) return false;
  return entry
    .slice(2)
    .split('/')
    .every((segment) => segment !== '.' && segment !== '..' && segment !== '');
}

/** A deploy path covers one file, or with a trailing `/*` everything below its folder. */
function covers(entry: string, file: string): boolean {
  const target = entry.slice(2);
  return target.endsWith('/*') ? file.startsWith(target.slice(0, -1)) : file === target;
}

function checkCoverage(
  project: ProjectContext,
  listed: Record<'files' | 'objects', readonly string[]>,
  report: Report,
): void {
  for (const file of project.fileCabinet) {
    if (!listed.files.some((entry) => covers(entry, file))) {
      report(file, 'deploy-coverage', `${file} is not selected by any <files> path of deploy.xml`);
    }
  }
  for (const name of listFiles(path.join(project.dir, 'Objects'))) {
    const file = `Objects/${name}`;
    if (!listed.objects.some((entry) => covers(entry, file))) {
      report(file, 'deploy-coverage', `${file} is not selected by any <objects> path of deploy.xml`);
    }
  }
}

function checkFileCabinet(project: ProjectContext, report: Report): void {
  for (const file of project.fileCabinet) {
    const segments = file.split('/');
    const name = segments[segments.length - 1] ?? '';
    const attributeFile = segments.includes('.attributes') && name.endsWith('.attr.xml');
    if (!attributeFile && segments.some((segment) => segment.startsWith('.'))) {
      report(file, 'filecabinet-clean', `${file} is a dotfile; a folder glob in deploy.xml would upload it`);
    } else if (/\.(map|ts|tsx|mts|cts)$/.test(name)) {
      report(
        file,
        'filecabinet-clean',
        `${file} is a source or source map; only built .js belongs in FileCabinet`,
      );
    } else if (!UPLOAD_ROOTS.some((root) => file.startsWith(root))) {
      report(file, 'filecabinet-clean', `${file} is outside the File Cabinet folders SDF uploads to`);
    }
  }
}
