// Generates the OpenPGP keys of the fictional sample focal points: the public half goes to
// content/keys/{delegation}.asc (published on the site), the private half to test/fixtures/keys/
// (TEST ONLY: it lets tests decrypt what the site encrypted). Real delegations publish their own key.
// Run: npm run generate-sample-keys. Existing keys are kept.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateKey } from 'openpgp';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, '..', 'test', 'fixtures', 'keys');
// Sample delegations left without a key, so that pages and tests cover a focal point with no secure form.
const WITHOUT_SECURE_CHANNEL = new Set(['kazakhstan', 'serbia', 'peru']);

function sampleDelegationsWithChannel(): string[] {
  return readdirSync(join(here, 'delegations'))
    .map((file) => file.replace(/\.yaml$/, ''))
    .filter((id) => (parse(readFileSync(join(here, 'delegations', `${id}.yaml`), 'utf8')) as { sample_data?: boolean }).sample_data)
    .filter((id) => !WITHOUT_SECURE_CHANNEL.has(id));
}

// The headquarters desk that reads messages about delegations without a focal point or a key.
const HEADQUARTERS = {
  id: 'headquarters',
  name: 'Sample human rights defenders desk, EU headquarters (fictional)',
  email: 'human-rights-defenders@hq.eeas.example',
};

const owners = [
  ...sampleDelegationsWithChannel().map((id) => ({
    id,
    name: `Sample human rights focal point, EU delegation ${id} (fictional)`,
    email: `human-rights.${id}@delegations.eu.example`,
  })),
  HEADQUARTERS,
];

let created = 0;
for (const { id, name, email } of owners) {
  const publicFile = join(here, 'keys', `${id}.asc`);
  if (existsSync(publicFile)) continue;
  // curve25519Legacy makes a v4 key that GnuPG 2.2 and every current OpenPGP tool can use.
  const { publicKey, privateKey } = await generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ name, email }],
    format: 'armored',
  });
  writeFileSync(publicFile, publicKey);
  writeFileSync(join(fixtures, `${id}.private.asc`), privateKey);
  created += 1;
}
console.log(`Created ${created} sample key pairs.`);
