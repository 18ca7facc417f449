/** Whether a caught value is an error of this name (SuiteScriptError's name is NetSuite's error code). */
export function hasName(caught: unknown, name: string): boolean {
  return typeof caught === 'object' && caught !== null && (caught as { name?: unknown }).name === name;
}
