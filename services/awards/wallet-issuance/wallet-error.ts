/** An OAuth 2.0 / OpenID4VCI error response: HTTP status, the specification's error code, a description. */
export class WalletError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly description: string,
  ) {
    super(`${code}: ${description}`);
  }
}
