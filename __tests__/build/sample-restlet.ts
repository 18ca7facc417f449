/** The body of a minimal RESTlet entry point (below its JSDoc header), for the header and lint checks to wrap. */
export const SAMPLE_RESTLET_BODY = [
  "import * as log from 'N/log';",
  '',
  'export function get(): string {',
  "  log.debug({ title: 'get', details: '' });",
  "  return 'ok';",
  '}',
].join('\n');
