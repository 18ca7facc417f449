import * as fs from 'node:fs';
import * as path from 'node:path';
import { OBJECT_TYPES, type ScriptKind } from '../validate-catalog';
import { readAmdModule, type AmdModuleShape } from '../validate-amd';
import type { ObjectFile, ProjectContext, Report } from '../validate-context';
import { checkEntryPointHeader } from '../validate-header';
import { child, descendants, type XmlElement } from '../validate-xml';

const SCRIPT_FILE = /^\[(\/SuiteScripts\/[^\]]+\.js)\]$/;
const PARAMETER_READ = /getParameter\(\s*\{\s*name\s*:\s*([^},]+?)\s*,?\s*\}\s*\)/g;
const STRING_LITERAL = /^(['"`])([^'"`$\\]*)\1$/;

interface LoadedModule {
  readonly file: string;
  readonly code: string;
  readonly shape: AmdModuleShape;
}

/** scriptfile-entry-point, script-entry-exports and script-parameter-declared. */
export function checkScripts(project: ProjectContext, report: Report): void {
  const cache = new Map<string, LoadedModule | Error>();
  for (const object of project.objects) {
    const { root } = object;
    const kind = root ? OBJECT_TYPES[root.tag]?.script : undefined;
    if (!root || !kind) continue;
    const reference = child(root, 'scriptfile')?.text ?? '';
    const fileMatch = SCRIPT_FILE.exec(reference);
    if (!fileMatch) {
      report(
        object.file,
        'scriptfile-entry-point',
        `<scriptfile> ${reference} is not a [/SuiteScripts/….js] file`,
      );
      continue;
    }
    const file = `FileCabinet${fileMatch[1] ?? ''}`;
    // A missing file is reported by file-reference.
    if (!fs.existsSync(path.join(project.dir, file))) continue;
    const entry = load(project, file, cache);
    if (entry instanceof Error) {
      report(
        object.file,
        'script-entry-exports',
        `${file} cannot be loaded as an AMD module: ${entry.message}`,
      );
      continue;
    }
    checkHeader(object, root.tag, kind, entry, report);
    checkExports(object, kind, entry, report);
    checkParameters(project, object, root, entry, cache, report);
  }
}

function load(
  project: ProjectContext,
  file: string,
  cache: Map<string, LoadedModule | Error>,
): LoadedModule | Error {
  const cached = cache.get(file);
  if (cached) return cached;
  let result: LoadedModule | Error;
  try {
    const code = fs.readFileSync(path.join(project.dir, file), 'utf8');
    result = { file, code, shape: readAmdModule(code, file) };
  } catch (error) {
    result = error instanceof Error ? error : new Error(String(error));
  }
  cache.set(file, result);
  return result;
}

function checkHeader(
  object: ObjectFile,
  tag: string,
  kind: ScriptKind,
  entry: LoadedModule,
  report: Report,
): void {
  const header = checkEntryPointHeader(entry.code);
  if (!header.ok) {
    report(
      object.file,
      'scriptfile-entry-point',
      `${entry.file} is not a built entry point: ${header.problem}`,
    );
  } else if (header.header.scriptType.toLowerCase() !== kind.nScriptType.toLowerCase()) {
    report(
      object.file,
      'scriptfile-entry-point',
      `${entry.file} declares @NScriptType ${header.header.scriptType} but <${tag}> needs ${kind.nScriptType}`,
    );
  }
}

function checkExports(object: ObjectFile, kind: ScriptKind, entry: LoadedModule, report: Report): void {
  const exported = new Set(entry.shape.exportedFunctions);
  for (const oneOf of kind.entryPoints) {
    if (!oneOf.some((name) => exported.has(name))) {
      report(
        object.file,
        'script-entry-exports',
        `${entry.file} must export ${oneOf.length > 1 ? 'one of ' : ''}${oneOf.join(', ')} for a ${kind.nScriptType}` +
          ` (exports: ${[...exported].join(', ') || 'none'})`,
      );
    }
  }
}

/** The entry module and every project module it imports, transitively. */
function moduleGraph(
  project: ProjectContext,
  entry: LoadedModule,
  cache: Map<string, LoadedModule | Error>,
): LoadedModule[] {
  const graph = new Map<string, LoadedModule>([[entry.file, entry]]);
  const queue = [entry];
  for (let current = queue.shift(); current; current = queue.shift()) {
    for (const id of current.shape.dependencies) {
      const file = resolveDependency(current.file, id);
      if (file === undefined || graph.has(file) || !fs.existsSync(path.join(project.dir, file))) continue;
      const loaded = load(project, file, cache);
      if (loaded instanceof Error) continue;
      graph.set(file, loaded);
      queue.push(loaded);
    }
  }
  return [...graph.values()];
}

function resolveDependency(from: string, id: string): string | undefined {
  const withJs = id.endsWith('.js') ? id : `${id}.js`;
  if (id.startsWith('./') || id.startsWith('../')) return path.posix.join(path.posix.dirname(from), withJs);
  if (id.startsWith('/SuiteScripts/')) return `FileCabinet${withJs}`;
  return undefined;
}

function checkParameters(
  project: ProjectContext,
  object: ObjectFile,
  root: XmlElement,
  entry: LoadedModule,
  cache: Map<string, LoadedModule | Error>,
  report: Report,
): void {
  const declared = new Set(
    descendants(root)
      .filter((element) => element.tag === 'scriptcustomfield')
      .map((element) => element.attrs['scriptid']),
  );
  const graph = moduleGraph(project, entry, cache);
  for (const module of graph) {
    const reads = [...module.code.matchAll(PARAMETER_READ)];
    const calls = module.code.match(/\bgetParameter\(/g)?.length ?? 0;
    if (calls > reads.length) {
      report(
        object.file,
        'script-parameter-declared',
        `${module.file} calls getParameter ${calls - reads.length} time(s) without a { name: … } literal the check ` +
          'can follow; pass the parameter id (or a string constant) directly',
      );
    }
    for (const [, argument = ''] of reads) {
      const name = parameterName(argument, module, graph);
      if (name === undefined) {
        report(
          object.file,
          'script-parameter-declared',
          `${module.file} reads a parameter named by ${argument}, which is not a string constant the check can follow`,
        );
      } else if (!declared.has(name)) {
        report(
          object.file,
          'script-parameter-declared',
          `${module.file} reads parameter ${name}, which ${object.baseName} does not declare in <scriptcustomfields>`,
        );
      }
    }
  }
}

/** A literal, or an identifier / member whose last name is bound to a string literal somewhere in the graph. */
function parameterName(
  argument: string,
  module: LoadedModule,
  graph: readonly LoadedModule[],
): string | undefined {
  const literal = STRING_LITERAL.exec(argument);
  if (literal) return literal[2];
  const identifier = /([A-Za-z_$][\w$]*)$/.exec(argument)?.[1];
  if (identifier === undefined) return undefined;
  const binding = new RegExp(`(?:\\b|\\.)${identifier.replace(/\$/g, '\\$')}\\s*[:=]\\s*(['"])([^'"]*)\\1`);
  for (const candidate of [module, ...graph]) {
    const match = binding.exec(candidate.code);
    if (match) return match[2];
  }
  return undefined;
}
