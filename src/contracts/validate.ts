/**
 * A small JSON Schema (draft 2020-12 subset) validator that runs inside NetSuite, where no npm package can be
 * loaded. It reports every bad field, not just the first, each with a JSON path ("$.customer.addresses[0].zip")
 * and the equivalent JSON Pointer ("/customer/addresses/0/zip") that ajv would report.
 *
 * Supported keywords: type, enum, const, properties, required, additionalProperties, items, minItems, maxItems,
 * minLength, maxLength, pattern, minimum, maximum, exclusiveMinimum, exclusiveMaximum, anyOf, description, title.
 * A schema using anything else is rejected by assertSupportedSchema, so a contract cannot silently rely on a
 * keyword this validator ignores.
 */

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

export interface JsonSchema {
  readonly type?: JsonType | readonly JsonType[];
  readonly enum?: readonly (string | number | boolean | null)[];
  readonly const?: string | number | boolean | null;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly items?: JsonSchema;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly anyOf?: readonly JsonSchema[];
  readonly description?: string;
  readonly title?: string;
}

export interface ValidationIssue {
  /** JSON path of the bad value, "$" for the document itself. */
  readonly path: string;
  /** The same location as a JSON Pointer ("" for the document). */
  readonly pointer: string;
  /** The schema keyword that failed. */
  readonly keyword: string;
  /** Plain language, naming the expectation (never echoing the value, which may be personal data). */
  readonly message: string;
}

const SUPPORTED_KEYWORDS: ReadonlySet<string> = new Set([
  'type',
  'enum',
  'const',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'anyOf',
  'description',
  'title',
]);

/** Throws when the schema uses a keyword this validator does not implement (checked recursively). */
export function assertSupportedSchema(schema: JsonSchema, at = '#'): void {
  for (const key of Object.keys(schema)) {
    if (!SUPPORTED_KEYWORDS.has(key)) throw new Error(`Schema keyword "${key}" at ${at} is not supported`);
  }
  for (const [name, sub] of Object.entries(schema.properties ?? {})) {
    assertSupportedSchema(sub, `${at}/properties/${name}`);
  }
  if (typeof schema.additionalProperties === 'object') {
    assertSupportedSchema(schema.additionalProperties, `${at}/additionalProperties`);
  }
  if (schema.items) assertSupportedSchema(schema.items, `${at}/items`);
  (schema.anyOf ?? []).forEach((sub, index) => assertSupportedSchema(sub, `${at}/anyOf/${index}`));
  if (schema.pattern !== undefined) new RegExp(schema.pattern, 'u');
}

/** Every way `value` breaks `schema`; empty when it conforms. */
export function validate(schema: JsonSchema, value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  check(schema, value, [], issues);
  return issues;
}

type Segment = string | number;

function check(schema: JsonSchema, value: unknown, at: readonly Segment[], issues: ValidationIssue[]): void {
  if (schema.anyOf) {
    const fits = schema.anyOf.some((option) => validate(option, value).length === 0);
    if (!fits) issues.push(issue(at, 'anyOf', describeAnyOf(schema.anyOf)));
  }
  if (schema.type !== undefined) {
    const allowed: readonly JsonType[] = typeof schema.type === 'string' ? [schema.type] : schema.type;
    if (!allowed.some((type) => isOfType(value, type))) {
      issues.push(issue(at, 'type', `must be ${allowed.map(article).join(' or ')}`));
      return; // Further keywords would only restate the type error.
    }
  }
  if (schema.const !== undefined && value !== schema.const) {
    issues.push(issue(at, 'const', `must be ${JSON.stringify(schema.const)}`));
  }
  if (schema.enum && !schema.enum.some((allowed) => allowed === value)) {
    issues.push(issue(at, 'enum', `must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`));
  }
  if (typeof value === 'string') checkString(schema, value, at, issues);
  if (typeof value === 'number') checkNumber(schema, value, at, issues);
  if (Array.isArray(value)) checkArray(schema, value, at, issues);
  else if (isPlainObject(value)) checkObject(schema, value, at, issues);
}

function checkString(
  schema: JsonSchema,
  value: string,
  at: readonly Segment[],
  issues: ValidationIssue[],
): void {
  // JSON Schema counts code points, not UTF-16 units.
  const length = [...value].length;
  if (schema.minLength !== undefined && length < schema.minLength) {
    issues.push(
      issue(
        at,
        'minLength',
        schema.minLength === 1 ? 'must not be empty' : `must have at least ${schema.minLength} characters`,
      ),
    );
  }
  if (schema.maxLength !== undefined && length > schema.maxLength) {
    issues.push(issue(at, 'maxLength', `must have at most ${schema.maxLength} characters`));
  }
  if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) {
    issues.push(issue(at, 'pattern', `must match the pattern ${schema.pattern}`));
  }
}

function checkNumber(
  schema: JsonSchema,
  value: number,
  at: readonly Segment[],
  issues: ValidationIssue[],
): void {
  if (schema.minimum !== undefined && value < schema.minimum) {
    issues.push(issue(at, 'minimum', `must be at least ${schema.minimum}`));
  }
  if (schema.maximum !== undefined && value > schema.maximum) {
    issues.push(issue(at, 'maximum', `must be at most ${schema.maximum}`));
  }
  if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) {
    issues.push(issue(at, 'exclusiveMinimum', `must be greater than ${schema.exclusiveMinimum}`));
  }
  if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) {
    issues.push(issue(at, 'exclusiveMaximum', `must be less than ${schema.exclusiveMaximum}`));
  }
}

function checkArray(
  schema: JsonSchema,
  value: readonly unknown[],
  at: readonly Segment[],
  issues: ValidationIssue[],
): void {
  if (schema.minItems !== undefined && value.length < schema.minItems) {
    issues.push(
      issue(at, 'minItems', `must have at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}`),
    );
  }
  if (schema.maxItems !== undefined && value.length > schema.maxItems) {
    issues.push(issue(at, 'maxItems', `must have at most ${schema.maxItems} items`));
  }
  const items = schema.items;
  if (items) value.forEach((item, index) => check(items, item, [...at, index], issues));
}

function checkObject(
  schema: JsonSchema,
  value: Readonly<Record<string, unknown>>,
  at: readonly Segment[],
  issues: ValidationIssue[],
): void {
  for (const name of schema.required ?? []) {
    if (!Object.prototype.hasOwnProperty.call(value, name)) {
      issues.push(issue([...at, name], 'required', 'is required'));
    }
  }
  const properties = schema.properties ?? {};
  for (const [name, member] of Object.entries(value)) {
    const declared = Object.prototype.hasOwnProperty.call(properties, name) ? properties[name] : undefined;
    if (declared) {
      check(declared, member, [...at, name], issues);
    } else if (schema.additionalProperties === false) {
      issues.push(issue([...at, name], 'additionalProperties', 'is not an allowed field'));
    } else if (typeof schema.additionalProperties === 'object') {
      check(schema.additionalProperties, member, [...at, name], issues);
    }
  }
}

/** "needs one of the fields id or admin_graphql_api_id" when the options only differ in what they require. */
function describeAnyOf(options: readonly JsonSchema[]): string {
  const onlyRequired = options.every(
    (option) => Object.keys(option).length === 1 && option.required?.length === 1,
  );
  if (onlyRequired)
    return `needs one of the fields ${options.map((option) => option.required?.[0]).join(' or ')}`;
  return 'does not match any of the allowed shapes';
}

function isOfType(value: unknown, type: JsonType): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isPlainObject(value);
  }
}

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function article(type: JsonType): string {
  if (type === 'null') return 'null';
  return type === 'array' || type === 'object' || type === 'integer' ? `an ${type}` : `a ${type}`;
}

function issue(at: readonly Segment[], keyword: string, message: string): ValidationIssue {
  return { path: toJsonPath(at), pointer: toPointer(at), keyword, message };
}

const SIMPLE_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function toJsonPath(at: readonly Segment[]): string {
  let path = '$';
  for (const segment of at) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (SIMPLE_NAME.test(segment)) path += `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

function toPointer(at: readonly Segment[]): string {
  return at.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** One line per issue, for error messages: "$.customer.email: must be a string". */
export function describeIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((found) => `${found.path}: ${found.message}`).join('; ');
}
