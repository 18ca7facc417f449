// The code and the Objects XML must name the same fields and list values, or searches fail only in an account.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { CUSTOMER_STRATEGY_LABELS, ORDER_TYPE_LABELS, ROUTE_KIND_LABELS } from '../../src/domain/config/rows';
import { CATEGORY_LABELS, STATUS_LABELS } from '../../src/domain/exceptions/labels';
import { EXCEPTION_CATEGORIES } from '../../src/domain/exceptions/exception';
import {
  BUNDLE_MAP,
  CHANNEL,
  EXCEPTION,
  LISTS,
  ROUTE_RULE,
  SKU_MAP,
  TAX_MAP,
} from '../../src/netsuite/config/ids';

const OBJECTS = path.join(__dirname, '..', '..', 'Objects');
const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['customrecordcustomfield', 'customvalue'].includes(name),
});
const STANDARD_FIELDS = ['name', 'isinactive', 'externalid', 'internalid'];

function read(scriptId: string): Record<string, unknown> {
  return parser.parse(fs.readFileSync(path.join(OBJECTS, `${scriptId}.xml`), 'utf8')) as Record<
    string,
    unknown
  >;
}

function fieldIds(recordType: string): string[] {
  const root = read(recordType)['customrecordtype'] as {
    customrecordcustomfields: { customrecordcustomfield: { '@_scriptid': string }[] };
  };
  return root.customrecordcustomfields.customrecordcustomfield.map((field) => field['@_scriptid']);
}

function listValues(listId: string): string[] {
  const root = read(listId)['customlist'] as { customvalues: { customvalue: { value: string }[] } };
  return root.customvalues.customvalue.map((value) => value.value);
}

describe('ids.ts matches Objects/', () => {
  it.each([CHANNEL, TAX_MAP, SKU_MAP, BUNDLE_MAP, ROUTE_RULE, EXCEPTION])(
    'every field of $type is declared',
    (ids) => {
      const declared = fieldIds(ids.type);
      const used = Object.entries(ids)
        .filter(([key]) => key !== 'type')
        .map(([, id]) => id)
        .filter((id) => !STANDARD_FIELDS.includes(id));
      expect(declared).toEqual(expect.arrayContaining(used));
      // And nothing declared goes unread.
      expect(used).toEqual(expect.arrayContaining(declared));
    },
  );

  it('list texts the code compares against are exactly the list values', () => {
    const lower = (values: string[]): string[] => values.map((v) => v.toLowerCase()).sort();
    expect(lower(listValues(LISTS.orderType))).toEqual(Object.keys(ORDER_TYPE_LABELS).sort());
    expect(lower(listValues(LISTS.customerStrategy))).toEqual(Object.keys(CUSTOMER_STRATEGY_LABELS).sort());
    expect(lower(listValues(LISTS.routeKind))).toEqual(Object.keys(ROUTE_KIND_LABELS).sort());
    expect(listValues(LISTS.exceptionCategory)).toEqual(EXCEPTION_CATEGORIES.map((c) => CATEGORY_LABELS[c]));
    expect(listValues(LISTS.exceptionStatus).sort()).toEqual(Object.values(STATUS_LABELS).sort());
  });
});
