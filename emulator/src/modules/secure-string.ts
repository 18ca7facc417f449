import type { EmulatedAccount } from '../account-api';
import { nsError, NotEmulatedError } from '../errors';
import { resolveSecretPlaceholders } from './secrets';

/**
 * https.SecureString: text that may carry '{custsecret_x}' placeholders, resolved only when N/https sends it
 * (NS subsect_64151802701). The script never sees the resolved text: toString() gives the unresolved template.
 */
export class SecureString {
  private template: string;

  constructor(input: string) {
    this.template = input;
  }

  appendString(options: { input: string; inputEncoding?: unknown; keepEncoding?: boolean }): SecureString {
    if (!options || typeof options.input !== 'string')
      throw nsError(
        'SSS_MISSING_REQD_ARGUMENT',
        'SecureString.appendString: Missing a required argument: input',
      );
    if (options.inputEncoding !== undefined && options.inputEncoding !== 'UTF_8')
      throw new NotEmulatedError('SecureString.appendString with an inputEncoding other than UTF_8');
    this.template += options.input;
    return this;
  }

  appendSecureString(options: { secureString: SecureString; keepEncoding?: boolean }): SecureString {
    if (!options || !(options.secureString instanceof SecureString))
      throw nsError(
        'SSS_MISSING_REQD_ARGUMENT',
        'SecureString.appendSecureString: Missing a required argument: secureString',
      );
    this.template += options.secureString.template;
    return this;
  }

  convertEncoding(): SecureString {
    throw new NotEmulatedError('SecureString.convertEncoding');
  }

  hash(): SecureString {
    throw new NotEmulatedError('SecureString.hash');
  }

  hmac(): SecureString {
    throw new NotEmulatedError('SecureString.hmac');
  }

  replaceString(): SecureString {
    throw new NotEmulatedError('SecureString.replaceString');
  }

  toString(): string {
    return this.template;
  }

  toJSON(): string {
    return this.template;
  }

  /** The text to send, secrets substituted. For the emulator's transport only. */
  static reveal(value: SecureString, account: EmulatedAccount, api: string): string {
    return resolveSecretPlaceholders(account, value.template, api);
  }
}
