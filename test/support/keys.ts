import { importJWK, type JWK } from 'jose';

/**
 * A jose key lookup for the hub's JWTs, whose kid is a DID URL (`did:web:…#<kid>`): the key of a JWKS whose
 * kid is the URL's fragment (the DID document names the same key by the whole URL).
 */
export function keyOfKid(keys: JWK[]) {
  return async (header: { kid?: string; alg?: string }) => {
    const fragment = header.kid?.split('#').pop();
    const key = keys.find((candidate) => candidate.kid === fragment);
    if (!key) throw new Error(`no published key for kid ${header.kid}`);
    return importJWK(key, header.alg);
  };
}

/** The same, for a JWKS fetched from `url`. */
export async function remoteKeyOfKid(url: string) {
  const { keys } = (await (await fetch(url)).json()) as { keys: JWK[] };
  return keyOfKid(keys);
}
