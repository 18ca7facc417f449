import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import fc from 'fast-check';
import {
  assertSupportedSchema,
  describeIssues,
  validate,
  type JsonSchema,
} from '../../src/contracts/validate';

describe('validate (JSON Schema subset)', () => {
  const person: JsonSchema = {
    type: 'object',
    required: ['name', 'age'],
    additionalProperties: false,
    properties: {
      name: { type: 'string', minLength: 1, maxLength: 5 },
      age: { type: 'integer', minimum: 0, maximum: 150 },
      tags: { type: 'array', maxItems: 2, items: { type: 'string', pattern: '^[a-z]+$' } },
      kind: { enum: ['a', 'b'] },
      'odd key': { type: ['string', 'null'] },
    },
  };

  it('accepts a conforming document', () => {
    expect(validate(person, { name: 'Ann', age: 3, tags: ['x'], kind: 'a', 'odd key': null })).toEqual([]);
  });

  it('names every bad field with its JSON path and pointer, not just the first', () => {
    const issues = validate(person, {
      name: '',
      age: 1.5,
      tags: ['ok', 'NO', 'x'],
      kind: 'c',
      extra: 1,
      'odd key': 2,
    });
    expect(issues.map((i) => [i.path, i.keyword])).toEqual([
      ['$.name', 'minLength'],
      ['$.age', 'type'],
      ['$.tags', 'maxItems'],
      ['$.tags[1]', 'pattern'],
      ['$.kind', 'enum'],
      ['$.extra', 'additionalProperties'],
      ['$["odd key"]', 'type'],
    ]);
    expect(issues.find((i) => i.path === '$.tags[1]')?.pointer).toBe('/tags/1');
    expect(describeIssues(issues)).toContain('$.age: must be an integer');
  });

  it('reports missing required fields at the field they name', () => {
    expect(validate(person, {})).toEqual([
      { path: '$.name', pointer: '/name', keyword: 'required', message: 'is required' },
      { path: '$.age', pointer: '/age', keyword: 'required', message: 'is required' },
    ]);
  });

  it('reports a wrong document type once, at the root', () => {
    expect(validate(person, [1])).toEqual([
      { path: '$', pointer: '', keyword: 'type', message: 'must be an object' },
    ]);
  });

  it('explains an anyOf of required fields in plain words', () => {
    const schema: JsonSchema = { type: 'object', anyOf: [{ required: ['id'] }, { required: ['gid'] }] };
    expect(validate(schema, { id: 1 })).toEqual([]);
    expect(validate(schema, {})[0]?.message).toBe('needs one of the fields id or gid');
  });

  it('counts string length in code points, as JSON Schema does', () => {
    expect(validate({ type: 'string', maxLength: 2 }, '😀😀')).toEqual([]);
    expect(validate({ type: 'string', maxLength: 1 }, '😀😀')).toHaveLength(1);
  });

  it('treats non-finite numbers as not numbers', () => {
    expect(validate({ type: 'number' }, Number.NaN)).toHaveLength(1);
  });

  it('refuses schemas with keywords it does not implement', () => {
    expect(() => assertSupportedSchema({ type: 'string', format: 'email' } as JsonSchema)).toThrow(/format/);
    expect(() =>
      assertSupportedSchema({ type: 'object', properties: { a: { oneOf: [] } as JsonSchema } }),
    ).toThrow(/#\/properties\/a/);
  });
});

/** Every schema object exported by a src/contracts module (validate.ts itself excepted). */
function contractSchemas(): { name: string; schema: JsonSchema }[] {
  const dir = path.join(__dirname, '..', '..', 'src', 'contracts');
  const found: { name: string; schema: JsonSchema }[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'validate.ts')) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported = require(path.join(dir, file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported)) {
      if (name.endsWith('Schema') && typeof value === 'object' && value !== null) {
        found.push({ name: `${file}:${name}`, schema: value as JsonSchema });
      }
    }
  }
  return found;
}

/** Values shaped by the schema: mostly valid, so the cross-check exercises nested keywords, not just the root type. */
function arbitraryFor(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const branches: fc.Arbitrary<unknown>[] = [];
  if (schema.anyOf && schema.type === undefined) {
    return fc.oneof(...schema.anyOf.map((option) => arbitraryFor({ ...option }, depth)));
  }
  const types =
    schema.type === undefined ? ['object'] : typeof schema.type === 'string' ? [schema.type] : schema.type;
  for (const type of types) {
    switch (type) {
      case 'string':
        branches.push(
          schema.pattern !== undefined
            ? fc.stringMatching(new RegExp(schema.pattern, 'u'))
            : fc.string({
                minLength: schema.minLength ?? 0,
                maxLength: Math.min(schema.maxLength ?? 12, 12),
              }),
        );
        break;
      case 'integer':
        branches.push(fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000 }));
        break;
      case 'number':
        branches.push(fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000, noNaN: true }));
        break;
      case 'boolean':
        branches.push(fc.boolean());
        break;
      case 'null':
        branches.push(fc.constant(null));
        break;
      case 'array':
        branches.push(
          depth > 3
            ? fc.constant([])
            : fc.array(schema.items ? arbitraryFor(schema.items, depth + 1) : fc.anything(), {
                minLength: schema.minItems ?? 0,
                maxLength: Math.min(schema.maxItems ?? 3, 3),
              }),
        );
        break;
      case 'object': {
        const properties = schema.properties ?? {};
        const model = Object.fromEntries(
          Object.entries(properties).map(([key, sub]) => [key, arbitraryFor(sub, depth + 1)]),
        );
        const required = [
          ...(schema.required ?? []),
          ...(schema.anyOf ?? []).flatMap((o) => o.required ?? []),
        ];
        branches.push(
          fc.record(model, {
            requiredKeys: required.filter((key) => key in properties),
          }) as fc.Arbitrary<unknown>,
        );
        break;
      }
    }
  }
  return fc.oneof(...branches);
}

/** Replaces one node of a document (or drops a key) with junk, to produce near-miss invalid documents. */
function mutate(value: unknown, pick: number, junk: unknown): unknown {
  const copy: unknown = JSON.parse(JSON.stringify(value ?? null));
  const slots: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node))
      node.forEach((child, index) => (slots.push({ parent: node, key: index }), walk(child)));
    else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        slots.push({ parent: node as Record<string, unknown>, key });
        walk(child);
      }
    }
  };
  walk(copy);
  const slot = slots[pick % Math.max(slots.length, 1)];
  if (!slot) return junk;
  if (!Array.isArray(slot.parent) && pick % 3 === 0) delete slot.parent[slot.key as string];
  else (slot.parent as Record<string | number, unknown>)[slot.key] = junk;
  return copy;
}

describe('contract schemas agree with ajv', () => {
  const schemas = contractSchemas();

  it('finds the contract schemas', () => {
    expect(schemas.map((s) => s.name)).toEqual(expect.arrayContaining(['customer.ts:shopifyCustomerSchema']));
  });

  it.each(schemas)('$name uses only supported keywords and compiles under strict ajv', ({ schema }) => {
    expect(() => assertSupportedSchema(schema)).not.toThrow();
    expect(() =>
      new Ajv({ strict: true, strictRequired: false, allErrors: true }).compile(schema),
    ).not.toThrow();
  });

  it.each(schemas)('$name: same verdict as ajv, and every field it names is one ajv names', ({ schema }) => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const check = ajv.compile(schema);
    const documents = fc.oneof(
      arbitraryFor(schema),
      fc
        .tuple(arbitraryFor(schema), fc.nat(), fc.jsonValue({ maxDepth: 1 }))
        .map(([v, n, j]) => mutate(v, n, j)),
    );
    const verdicts = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(documents, (document) => {
        const mine = validate(schema, document);
        const valid = check(document);
        verdicts[valid ? 'valid' : 'invalid'] += 1;
        expect(mine.length === 0).toBe(valid);
        const theirs = new Set(
          (check.errors ?? []).map((e) => {
            const params = e.params as { missingProperty?: string; additionalProperty?: string };
            const name = params.missingProperty ?? params.additionalProperty;
            return name === undefined ? e.instancePath : `${e.instancePath}/${name}`;
          }),
        );
        for (const found of mine) expect(theirs).toContain(found.pointer);
      }),
      { numRuns: 300 },
    );
    // Both kinds of document were tried, so agreement means something.
    expect(verdicts.valid).toBeGreaterThan(20);
    expect(verdicts.invalid).toBeGreaterThan(20);
  });
});
