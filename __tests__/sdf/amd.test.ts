// The define shim the validator uses to see what a built script exports, without running any N/ code.
import { readAmdModule } from '../../emulator/src/sdf/validate-amd';
import { parseXml } from '../../emulator/src/sdf/validate-xml';

describe('readAmdModule', () => {
  test("reads tsc's exports.x assignments and the dependency list", () => {
    const shape = readAmdModule(
      'define(["require", "exports", "N/record", "./lib"], function (require, exports, record, lib) {\n' +
        '  Object.defineProperty(exports, "__esModule", { value: true });\n' +
        '  exports.post = exports.get = void 0;\n' +
        '  const table = lib.build(record.Type.SALES_ORDER);\n' +
        '  function get() { return table; }\n' +
        '  exports.get = get;\n' +
        '  exports.VERSION = "1";\n' +
        '});\n',
      'x.js',
    );
    expect(shape).toEqual({
      dependencies: ['require', 'exports', 'N/record', './lib'],
      exportedFunctions: ['get'],
    });
  });

  test('sees re-exports that tsc writes as getters', () => {
    const shape = readAmdModule(
      'define(["require", "exports", "./handlers"], function (require, exports, handlers_1) {\n' +
        '  Object.defineProperty(exports, "get", { enumerable: true, get: function () { return handlers_1.get; } });\n' +
        '});\n',
      'x.js',
    );
    expect(shape.exportedFunctions).toEqual(['get']);
  });

  test('reads the object a hand-written module returns', () => {
    const shape = readAmdModule(
      'define(["N/log"], function (log) { return { execute: function () { log.audit({}); }, name: "x" }; });',
      'x.js',
    );
    expect(shape).toEqual({ dependencies: ['N/log'], exportedFunctions: ['execute'] });
  });

  test('never calls the N/ modules it stubs: entry points are defined, not run', () => {
    const shape = readAmdModule(
      'define(["exports", "N/record"], function (exports, record) {\n' +
        '  exports.post = function () { record.create({ type: "salesorder" }).save(); throw new Error("ran"); };\n' +
        '});\n',
      'x.js',
    );
    expect(shape.exportedFunctions).toEqual(['post']);
  });

  test('fails on a file that does not call define exactly once, or whose factory throws', () => {
    expect(() => readAmdModule('var x = 1;', 'x.js')).toThrow('define was called 0 times');
    expect(() => readAmdModule('define([], function () {}); define([], function () {});', 'x.js')).toThrow(
      'define was called 2 times',
    );
    expect(() => readAmdModule('define([], function () { throw new Error("boom"); });', 'x.js')).toThrow(
      'boom',
    );
  });

  test('has no Node globals: a built script cannot reach require or process', () => {
    expect(() => readAmdModule('process.exit(1);', 'x.js')).toThrow(/process is not defined/);
  });
});

describe('parseXml', () => {
  test('keeps attributes, decodes entities and CDATA, and trims text', () => {
    const parsed = parseXml(
      '<?xml version="1.0"?>\n<!-- generated -->\n<restlet scriptid="customscript_x">\n' +
        '  <name> A &amp; B </name>\n  <description><![CDATA[x <y>]]></description>\n</restlet>\n',
    );
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.root.attrs).toEqual({ scriptid: 'customscript_x' });
    expect(parsed.root.children.map((c) => [c.tag, c.text, c.path])).toEqual([
      ['name', 'A & B', 'restlet[customscript_x]/name'],
      ['description', 'x <y>', 'restlet[customscript_x]/description'],
    ]);
  });

  test('reports where a document stops being well-formed', () => {
    const parsed = parseXml('<a>\n<b></a>');
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.error).toMatch(/line 2/);
  });
});
