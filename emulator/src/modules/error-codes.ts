/**
 * Error codes the small N/ modules throw, in one place so a code can be corrected once a live account shows
 * otherwise. "documented" means a NetSuite Help Center page or Oracle's stubs name the code for that case;
 * "UNCONFIRMED" means no source was found and the code is the emulator's best reading.
 */
export const MODULE_ERROR_CODES = {
  /** documented (every N/ stub: "SSS_MISSING_REQD_ARGUMENT if a required parameter is missing") */
  missingArgument: 'SSS_MISSING_REQD_ARGUMENT',
  /** documented (error.Type.SSS_INVALID_TYPE_ARG); used for wrong option types */
  invalidArgument: 'SSS_INVALID_TYPE_ARG',
  /** documented (N/https stub: "SSS_INVALID_URL if an incorrect protocol is used") */
  invalidUrl: 'SSS_INVALID_URL',
  /** documented (NS section_4567628658: 5 s connect, 45 s payload) */
  requestTimeExceeded: 'SSS_REQUEST_TIME_EXCEEDED',
  /** documented (netsuite-runtime.md §6.3 from NS section_4567628658): a certificate the platform does not trust */
  invalidHostCert: 'SSS_INVALID_HOST_CERT',
  /** UNCONFIRMED: a refused or reset connection; seen in public forum reports, not on a Help Center page */
  connectionClosed: 'SSS_CONNECTION_CLOSED',
  /** UNCONFIRMED: an API secret id the account does not hold */
  unknownSecret: 'INVALID_SECRET_KEY',
  /** error.Type.INPUT_TOO_LARGE exists; that N/cache uses it for its documented 4 KB key / 500 KB value limits is UNCONFIRMED */
  inputTooLarge: 'INPUT_TOO_LARGE',
  /** UNCONFIRMED: url.resolveScript for a script id with no deployed RESTlet or Suitelet */
  invalidScriptId: 'SSS_INVALID_SCRIPT_ID',
} as const;
