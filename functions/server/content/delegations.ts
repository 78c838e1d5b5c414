// Where to send "a message is waiting" notices: the functional mailboxes of a delegation's focal
// points, read from content/delegations/{id}.yaml at build time.
import { parse } from 'yaml';

const files = import.meta.glob<string>('../../../content/delegations/*.yaml', { query: '?raw', import: 'default', eager: true });
let mailboxes: Map<string, string[]> | undefined;

function load(): Map<string, string[]> {
  return new Map(
    Object.entries(files).map(([path, text]) => {
      const data = parse(text) as { focal_points?: { email?: string }[] };
      const emails = (data.focal_points ?? []).flatMap((point) => (point.email ? [point.email] : []));
      return [path.replace(/^.*\/|\.yaml$/g, ''), emails];
    }),
  );
}

export function knownDelegation(delegationId: string): boolean {
  mailboxes ??= load();
  return mailboxes.has(delegationId);
}

export function delegationMailboxes(delegationId: string): string[] {
  mailboxes ??= load();
  return mailboxes.get(delegationId) ?? [];
}
