/**
 * NetSuite's error shape. Scripts receive these from N/ calls and may create their own through N/error;
 * the RESTlet runner serialises them into NetSuite's 400 body.
 */
export class SuiteScriptError extends Error {
  readonly type: string = 'error.SuiteScriptError';
  readonly id: string;
  readonly notifyOff: boolean;
  readonly userFacing: boolean;
  override readonly cause: { name: string; message: string; notifyOff: boolean } | undefined;

  constructor(
    name: string,
    message: string,
    options: { id?: string; notifyOff?: boolean; userFacing?: boolean } = {},
  ) {
    super(message);
    this.name = name;
    this.id = options.id ?? '';
    this.notifyOff = options.notifyOff ?? false;
    this.userFacing = options.userFacing ?? true;
    this.cause = { name, message, notifyOff: this.notifyOff };
  }

  /** The JSON NetSuite puts in `error.message` of a RESTlet's 400 body. */
  toJSON(): Record<string, unknown> {
    return {
      type: this.type,
      name: this.name,
      message: this.message,
      stack: (this.stack ?? '')
        .split('\n')
        .slice(1)
        .map((line) => line.trim()),
      cause: this.cause,
      id: this.id,
      notifyOff: this.notifyOff,
      userFacing: this.userFacing,
    };
  }
}

/** An error NetSuite itself would raise, by its documented code. */
export function nsError(code: string, message: string): SuiteScriptError {
  return new SuiteScriptError(code, message);
}

/**
 * Raised for any API, option or behaviour the emulator does not reproduce. A test that hits this has found
 * something the emulator must learn (from a documented source) before the test can be trusted.
 */
export class NotEmulatedError extends Error {
  constructor(what: string) {
    super(
      `Not emulated: ${what}. Add it to the emulator from NetSuite's documentation before relying on it.`,
    );
    this.name = 'EMULATOR_NOT_EMULATED';
  }
}
