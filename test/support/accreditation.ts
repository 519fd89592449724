import { RegisterIssuerDocument, type OrganisationType } from '../generated/graphql';
import { fictitiousOrganisationNumber, type TestHub } from './hub';

export const DAY = 24 * 60 * 60 * 1000;
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const daysFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** Registers an organisation (as an authority without an organisation of its own, as at first start). */
export async function registerIssuer(
  hub: TestHub,
  legalName: string,
  type: OrganisationType,
  extra: { organisationNumber?: string; region?: string } = {},
) {
  const token = await hub.token({ roles: ['authority'] });
  const response = await hub.request(
    RegisterIssuerDocument,
    { input: { legalName, type, organisationNumber: extra.organisationNumber ?? fictitiousOrganisationNumber(), region: extra.region } },
    { token },
  );
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!.registerOrganisation;
}

/** A token of an authority acting for its authority organisation (claim "org"). */
export const authorityToken = (hub: TestHub, organisationId: string) => hub.token({ roles: ['authority'], organisationId });
export const providerToken = (hub: TestHub, organisationId: string) => hub.token({ roles: ['provider'], organisationId });

/** The accreditation subgraph's own base URL (where it serves the plain HTTP documents). */
export const accreditationBaseUrl = (hub: TestHub) => hub.hub.subgraphs.accreditation.url.replace(/\/graphql$/, '');
