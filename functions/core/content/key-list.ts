// /data/keys.txt: one line per delegation with a key, so that a defender can hold the fingerprint of
// a downloaded key against a second and a third source (this list, the delegation page) and notice a
// key that was swapped on the way.
import type { OpenDirectory } from './open-data';

/** A fingerprint in groups of four, as the delegation pages show it. */
export function groupFingerprint(fingerprint: string): string {
  return (
    fingerprint
      .toUpperCase()
      .match(/.{1,4}/g)
      ?.join(' ') ?? ''
  );
}

/** Another holder of a key than a delegation: the headquarters desk that reads messages about delegations without one. */
export interface DeskKey {
  id: string;
  key: { fingerprint: string; url: string };
}

export function keyListText(directory: OpenDirectory, desks: readonly DeskKey[] = []): string {
  const keyed = [
    ...directory.delegations.flatMap((delegation) => (delegation.key ? [{ id: delegation.id, key: delegation.key }] : [])),
    ...desks,
  ];
  const width = Math.max(0, ...keyed.map(({ id }) => id.length));
  const header = [
    `# Public OpenPGP keys of EU delegations: ${directory.publisher}, built ${directory.built.slice(0, 10)}.`,
    '# Each line: delegation id, key fingerprint (groups of four), address of the key.',
    '#',
    '# Before you use a key, compare its fingerprint in three places: this list, the delegation page',
    '# (under "Key fingerprint") and the key file itself, for example with',
    '#   gpg --show-keys --fingerprint russia.asc',
    '# All three must show the same 40 characters. If one differs, the key may have been tampered',
    '# with: do not use it.',
    ...(directory.sample
      ? [
          '#',
          '# sample: true. These keys are fictional samples made for demonstrating the site, and their private',
          '# halves are published with its tests: anyone can read what is encrypted to them. Do not use them.',
        ]
      : []),
  ];
  const lines = keyed.map(({ id, key }) => `${id.padEnd(width)}  ${groupFingerprint(key.fingerprint)}  ${key.url}`);
  return `${[...header, ...lines].join('\n')}\n`;
}
