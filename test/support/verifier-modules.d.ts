// Type declarations for the independent verifiers the tests use, which ship none.
declare module '@digitalbazaar/vc' {
  export function verifyCredential(options: Record<string, unknown>): Promise<{ verified: boolean; error?: unknown; results?: unknown[] }>;
}
declare module '@digitalbazaar/vc-bitstring-status-list' {
  export function checkStatus(options: Record<string, unknown>): Promise<{ verified: boolean; status?: boolean; error?: unknown }>;
}
