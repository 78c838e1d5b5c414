// The open data, built once per build: every file under /data/ and the open-data page read this one
// object, so they agree with each other and share one build date.
import { type OpenDirectory, openDirectory, openDirectorySchema } from '../../functions/core/content/open-data';
import { armoredDelegationKeys, delegationKey } from '../../functions/server/content/keys';
import { loadDirectory } from './load-directory';

let building: Promise<OpenDirectory> | undefined;

async function fingerprints(): Promise<Map<string, string>> {
  const entries = await Promise.all(
    [...armoredDelegationKeys().keys()].map(async (id) => [id, (await delegationKey(id))?.getFingerprint().toUpperCase() ?? ''] as const),
  );
  return new Map(entries.filter(([, fingerprint]) => fingerprint !== ''));
}

async function build(): Promise<OpenDirectory> {
  const [directory, keys] = await Promise.all([loadDirectory(), fingerprints()]);
  // The clock is read here rather than at module load: the prerendering runtime may not run it before a request.
  const data = openDirectory({ directory, fingerprints: keys, site: import.meta.env.SITE ?? 'https://portal.example', built: new Date() });
  // The files are checked against their published schema, so a build never publishes data its schema refuses.
  return openDirectorySchema.parse(data);
}

export function loadOpenData(): Promise<OpenDirectory> {
  building ??= build();
  return building;
}
