/**
 * A rule of the registry the change breaks, with the input field it is about. Domain code is
 * pure (no GraphQL), so it says what is wrong and where; commands answer BAD_USER_INPUT with it.
 */
export class RuleBroken extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}
