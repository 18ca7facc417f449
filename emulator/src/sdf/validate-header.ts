/** The tags of a SuiteScript entry point's JSDoc header. */
export interface EntryPointHeader {
  readonly apiVersion: string;
  readonly scriptType: string;
  readonly moduleScope: string;
}

export type HeaderCheck =
  { readonly ok: true; readonly header: EntryPointHeader } | { readonly ok: false; readonly problem: string };

const LEADING_BLOCK = /^\s*\/\*\*([\s\S]*?)\*\/\s*/;

function tag(block: string, name: string): string | undefined {
  return new RegExp(`@${name}[ \\t]+(\\S+)`, 'i').exec(block)?.[1];
}

/**
 * Checks a built entry point: its first content is the JSDoc header with `@NApiVersion 2.1`, an `@NScriptType`
 * and `@NModuleScope SameAccount`, and nothing but whitespace separates the header from `define(`. NetSuite reads
 * the header to know what the file is; tsc drops it when no blank line follows it in the source.
 */
export function checkEntryPointHeader(text: string): HeaderCheck {
  const match = LEADING_BLOCK.exec(text);
  if (!match) return { ok: false, problem: 'the file does not start with a /** … */ header' };
  if (!text.slice(match[0].length).startsWith('define(')) {
    return { ok: false, problem: 'something other than whitespace stands between the header and define(' };
  }
  const block = match[1] ?? '';
  const apiVersion = tag(block, 'NApiVersion');
  const scriptType = tag(block, 'NScriptType');
  const moduleScope = tag(block, 'NModuleScope');
  if (apiVersion !== '2.1')
    return { ok: false, problem: `@NApiVersion is ${apiVersion ?? 'missing'}, expected 2.1` };
  if (scriptType === undefined) return { ok: false, problem: '@NScriptType is missing' };
  if (moduleScope !== 'SameAccount') {
    return { ok: false, problem: `@NModuleScope is ${moduleScope ?? 'missing'}, expected SameAccount` };
  }
  return { ok: true, header: { apiVersion, scriptType, moduleScope } };
}
