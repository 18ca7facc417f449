/**
 * @NApiVersion 2.1
 * @NScriptType Restlet
 * @NModuleScope SameAccount
 */

import * as runtime from 'N/runtime';
import type { ValidationIssue } from '../../contracts/validate';
import { readCustomerRequest } from '../../domain/customers/request';
import { sourceRef } from '../../domain/exceptions/exception';
import { configurationText } from '../../domain/exceptions/text';
import { tryLoadChannelConfig, invalidConfiguration } from '../../netsuite/config/channels';
import { syncCustomer, type CustomerSyncOutcome } from '../../netsuite/customers/sync';
import { findCustomerByShopifyId, unresolvedCustomer } from '../../netsuite/customers/customers';
import {
  openExceptionsFor,
  raiseException,
  resolveExceptionsFor,
  type OpenException,
} from '../../netsuite/exceptions/exceptions';
import { invalidPayload } from '../../netsuite/exceptions/request-errors';
import { answerInKind } from '../../netsuite/restlet-answer';

const DEFAULT_CHANNEL = 'custscript_pwi_customer_default_channel';

export interface CustomerResponse extends CustomerSyncOutcome {
  readonly warnings: readonly string[];
}

/**
 * POST: a Shopify customers/create or customers/update payload → {status: created|updated|unchanged, id}; as JSON
 * text when the body came as text/plain.
 */
export function post(body: unknown): CustomerResponse | string {
  return answerInKind(body, syncFromRequest(body));
}

function syncFromRequest(body: unknown): CustomerResponse {
  const parameter = runtime.getCurrentScript().getParameter({ name: DEFAULT_CHANNEL });
  const request = readCustomerRequest(
    body,
    typeof parameter === 'string' && parameter !== '' ? parameter : null,
  );
  if (!request.ok) throw invalidPayload('Shopify customer', request.issues);

  const source = sourceRef('customer', request.sync.customer.shopifyCustomerId);
  const loaded = tryLoadChannelConfig(request.channel);
  if (!loaded.ok) {
    raiseException({
      category: 'CONFIGURATION',
      channel: null,
      sourceRef: source,
      discriminator: request.channel.toUpperCase(),
      ...configurationText({
        document: `Shopify customer ${request.sync.customer.shopifyCustomerId}`,
        channelCode: request.channel.toUpperCase(),
        problems: loaded.problems,
      }),
      retrySafe: true,
      details: { problems: loaded.problems },
      payload: request.payload,
    });
    throw invalidConfiguration(request.channel, loaded.problems);
  }
  try {
    const outcome = syncCustomer(loaded.config, request.sync);
    // The shopper is in NetSuite now: what stopped earlier deliveries of it is no longer a to-do (10 units).
    resolveExceptionsFor(source, ['CONFIGURATION', 'CUSTOMER']);
    return { ...outcome, warnings: request.sync.warnings };
  } catch (caught) {
    const unresolved = unresolvedCustomer(caught);
    if (unresolved !== null) {
      raiseException({
        category: 'CUSTOMER',
        channel: { id: loaded.config.id, code: loaded.config.code },
        sourceRef: source,
        ...unresolved,
        retrySafe: true,
        payload: request.payload,
      });
    }
    throw caught;
  }
}

export interface CustomerState {
  readonly shopifyCustomerId: string;
  readonly channel: string;
  /** The NetSuite customer created for the shopper, or null when none holds its external id. */
  readonly id: string | null;
  readonly openExceptions: readonly OpenException[];
}

/** GET ?shopifyCustomerId=<id or gid>[&channel=UK]: the shopper's customer and open exceptions. 20 units. */
export function get(query: Record<string, string | undefined>): CustomerState {
  const parameter = runtime.getCurrentScript().getParameter({ name: DEFAULT_CHANNEL });
  const issues: ValidationIssue[] = [];
  const raw = (query['shopifyCustomerId'] ?? '').trim();
  const shopifyCustomerId = /^(gid:\/\/shopify\/Customer\/)?([0-9]{1,20})$/.exec(raw)?.[2] ?? null;
  if (shopifyCustomerId === null) {
    issues.push({
      path: '$.shopifyCustomerId',
      pointer: '/shopifyCustomerId',
      keyword: 'pattern',
      message: 'must be a Shopify customer id or gid',
    });
  }
  const channel = query['channel'] ?? (typeof parameter === 'string' && parameter !== '' ? parameter : null);
  if (channel === null || !/^[A-Za-z0-9_-]{1,40}$/.test(channel)) {
    issues.push({
      path: '$.channel',
      pointer: '/channel',
      keyword: 'required',
      message: 'must name a channel code (or set the deployment default)',
    });
  }
  if (issues.length > 0 || shopifyCustomerId === null || channel === null)
    throw invalidPayload('Customer query', issues);
  return {
    shopifyCustomerId,
    channel: channel.toUpperCase(),
    id: findCustomerByShopifyId(channel, shopifyCustomerId),
    openExceptions: openExceptionsFor(sourceRef('customer', shopifyCustomerId)),
  };
}
