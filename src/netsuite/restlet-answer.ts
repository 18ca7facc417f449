/**
 * A RESTlet's answer follows its request's format (netsuite-runtime.md §2.1, NS section_4619215993): a text/plain
 * body reaches post/put as a string and is answered with a string; an application/json one arrives parsed and is
 * answered with the object, which NetSuite serialises. What NetSuite writes when an object is returned to a
 * text/plain request is not sourced, so the bundle never does it: it serialises the answer itself.
 */
export function answerInKind<T extends object>(requestBody: unknown, answer: T): T | string {
  return typeof requestBody === 'string' ? JSON.stringify(answer) : answer;
}
