import type { RecordTypeSchema } from '../types';
import { ENTITY_SCHEMAS } from './entities';
import { ITEM_SCHEMAS } from './items';
import { SETUP_SCHEMAS } from './setup';
import { TRANSACTION_SCHEMAS } from './transactions';

/** Every standard record type the emulator knows, as data. */
export const STANDARD_SCHEMAS: readonly RecordTypeSchema[] = [
  ...SETUP_SCHEMAS,
  ...ENTITY_SCHEMAS,
  ...ITEM_SCHEMAS,
  ...TRANSACTION_SCHEMAS,
];
