import * as fs from 'node:fs';
import * as path from 'node:path';
import { FEATURE_NEEDS } from '../validate-catalog';
import type { ProjectContext, Report } from '../validate-context';
import { CONFIGURABLE_FEATURES } from '../validate-enums';
import { child, childText, descendants } from '../validate-xml';

const FILE = 'manifest.xml';

/** manifest-shape and manifest-features. */
export function checkManifest(project: ProjectContext, report: Report): void {
  const { manifest } = project;
  if (!manifest) {
    // An unparseable manifest was already reported as xml-well-formed.
    if (!fs.existsSync(path.join(project.dir, FILE)))
      report(FILE, 'manifest-shape', 'manifest.xml is missing');
    return;
  }
  if (manifest.tag !== 'manifest') {
    report(FILE, 'manifest-shape', `root element is <${manifest.tag}>, expected <manifest>`);
    return;
  }
  if (manifest.attrs['projecttype'] !== 'ACCOUNTCUSTOMIZATION') {
    report(
      FILE,
      'manifest-shape',
      `projecttype is ${JSON.stringify(manifest.attrs['projecttype'] ?? null)}, expected "ACCOUNTCUSTOMIZATION"`,
    );
  }
  if (!childText(manifest, 'projectname'))
    report(FILE, 'manifest-shape', '<projectname> is missing or empty');
  if (childText(manifest, 'frameworkversion') !== '1.0') {
    report(FILE, 'manifest-shape', '<frameworkversion> must be 1.0');
  }
  checkFeatures(project, report);
}

function checkFeatures(project: ProjectContext, report: Report): void {
  const features = project.manifest ? child(project.manifest, 'dependencies') : undefined;
  const declared = new Set<string>();
  for (const feature of features ? descendants(features).filter((e) => e.tag === 'feature') : []) {
    declared.add(feature.text);
    if (!CONFIGURABLE_FEATURES.has(feature.text)) {
      report(FILE, 'manifest-features', `feature ${feature.text} is not a configurable feature id`);
    }
    const required = feature.attrs['required'];
    if (required !== 'true' && required !== 'false') {
      report(FILE, 'manifest-features', `feature ${feature.text} needs required="true" or required="false"`);
    }
  }
  for (const [feature, why] of neededFeatures(project)) {
    if (!declared.has(feature)) {
      report(FILE, 'manifest-features', `feature ${feature} must be declared: ${why.join('; ')}`);
    }
  }
}

/** Feature → the objects that need it, derived from what the project's objects contain. */
export function neededFeatures(project: ProjectContext): Map<string, string[]> {
  const needs = new Map<string, string[]>();
  const need = (key: string, why: string): void => {
    const feature = FEATURE_NEEDS[key];
    if (feature === undefined) return;
    needs.set(feature, [...(needs.get(feature) ?? []), why]);
  };
  for (const object of project.objects) {
    if (!object.root) continue;
    need(object.root.tag, `${object.file} is a ${object.root.tag}`);
    for (const element of descendants(object.root)) {
      if (element.tag === 'permkey') need(`permkey:${element.text}`, `${object.file} grants ${element.text}`);
      if (element.tag === 'recordtype')
        need(`recordtype:${element.text}`, `${object.file} deploys on ${element.text}`);
      if (element.tag === 'selectrecordtype') {
        need(`selectrecordtype:${element.text}`, `${element.path} selects record type ${element.text}`);
      }
      need(`element:${element.tag}`, `${element.path} is set`);
    }
  }
  return needs;
}
