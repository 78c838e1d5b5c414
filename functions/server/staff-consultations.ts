// What staff granted "consultations" (or "*") in STAFF_ACCESS do with consultation input.
import type { Cycle } from '../core/consultation/cycles';
import { Refusal } from '../core/errors';
import { findCycle } from './content/consultations';
import { requireDelegation, type StaffMember } from './staff-auth';
import { attachmentKeyOf, moderateContribution } from './stores/consultation-submissions';

const CONSULTATION_SCOPE = 'consultations';

/** The cycle, when this person may read consultation input. */
export function staffCycle(staff: StaffMember, year: string): Cycle {
  requireDelegation(staff, CONSULTATION_SCOPE);
  const cycle = findCycle(year);
  if (!cycle) throw new Refusal('consultation_not_found');
  return cycle;
}

export async function moderate(env: Env, cycle: Cycle, id: string, decision: 'approved' | 'refused'): Promise<void> {
  if (!(await moderateContribution(env.DB, cycle.year, id, decision))) throw new Refusal('contribution_not_found');
}

/** A contribution's PDF, as it was sent. */
export async function contributionAttachment(env: Env, cycle: Cycle, id: string): Promise<R2ObjectBody> {
  const key = await attachmentKeyOf(env.DB, cycle.year, id);
  const object = key ? await env.ATTACHMENTS.get(key) : null;
  if (!object) throw new Refusal('attachment_not_found');
  return object;
}
