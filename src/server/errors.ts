/**
 * A refusal a user should read: `key` is a message-catalogue key under "errors", translated when the
 * action result is built. `field` puts it next to one form field instead of above the form.
 */
export class ActionError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
    readonly field?: string,
  ) {
    super(key);
    this.name = "ActionError";
  }
}

/** Another user saved the record first (optimistic locking via the version column). */
export class ConflictError extends ActionError {
  constructor() {
    super("errors.conflict");
  }
}
