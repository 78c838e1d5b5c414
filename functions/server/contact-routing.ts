// Where a defender's message goes: to the delegation's own focal point when it has published a key,
// otherwise to the human rights defenders desk at headquarters, recording which delegation it
// concerns. So every delegation page has a working secure route.
import type { Key } from 'openpgp';
import { HEADQUARTERS_DESK } from '../core/content/desk-schemas';
import { Refusal } from '../core/errors';
import { delegationMailboxes, knownDelegation } from './content/delegations';
import { headquartersDesk } from './content/headquarters';
import { delegationKey, hasSecureChannel } from './content/keys';

export interface Route {
  /** Who reads the message: the delegation's id, or the headquarters desk. */
  desk: string;
  /** The delegation the message concerns. */
  concerns: string;
  key: Key;
}

/** The desk that reads messages about this delegation (for pages: which key the form encrypts to). */
export function deskOf(delegationId: string): string {
  return hasSecureChannel(delegationId) ? delegationId : HEADQUARTERS_DESK;
}

export async function routeFor(delegationId: string): Promise<Route> {
  if (!knownDelegation(delegationId)) throw new Refusal('delegation_not_found');
  const desk = deskOf(delegationId);
  const key = await delegationKey(desk);
  if (!key) throw new Refusal('no_secure_channel');
  return { desk, concerns: delegationId, key };
}

/** Where "a message is waiting" notices for a desk go. */
export function deskMailboxes(desk: string): string[] {
  return desk === HEADQUARTERS_DESK ? [headquartersDesk().email] : delegationMailboxes(desk);
}
