/** Script ids of the flows the demo knows how to replay (issues 2 and 5). Others are listed as not covered. */
export const FLOW = {
  health: 'customscript_pwi_health_rl',
  order: 'customscript_pwi_order_rl',
  customer: 'customscript_pwi_customer_rl',
} as const;

export const EXCEPTION_RECORD = 'customrecord_pwi_exception';

/** What the order RESTlet answers for one order (issue 5). */
export interface OrderReply {
  readonly status?: string;
  readonly recordType?: string | null;
  readonly id?: string | number | null;
  readonly tranid?: string | null;
}
