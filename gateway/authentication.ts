/** The gateway checks caller tokens with the same mechanism every subgraph uses (platform/caller-token.ts). */
export { AuthenticationRefused, createAuthenticator } from '../platform/caller-token';
