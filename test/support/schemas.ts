import fs from 'node:fs';
import path from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { sharedPath } from './shared';

const standards = sharedPath('standards');
const load = (file: string) => JSON.parse(fs.readFileSync(path.join(standards, file), 'utf8'));

/** The published JSON schemas the hub's credentials must pass (read from ../shared/standards, never copied). */
export function credentialSchemas() {
  const vc = new Ajv2020({ strict: false, allErrors: true });
  addFormats(vc);
  const ob = new Ajv2019({ strict: false, allErrors: true });
  addFormats(ob);
  return {
    vcdm: vc.compile(load('w3c-vcdm-2.0/verifiable-credential-schema.json')),
    openBadges: ob.compile(load('openbadges-v3/ob_v3p0_achievementcredential_schema.json')),
  };
}

export const sampleFile = (file: string) => load(path.join('samples', file));
