// How long consultation input is kept after its cycle closes: contact e-mails (and any receipt e-mail
// still queued) CONSULTATION_EMAIL_RETENTION_DAYS (183), contributions and their PDFs
// CONSULTATION_RETENTION_DAYS (730). Bounded per run like every cron step; the next run goes on.
import { allCycles } from './content/consultations';
import { consultationEmailDays, consultationRetentionDays } from './settings';
import { contributionsOfCycleToDelete, deleteContributions, forgetContactEmails } from './stores/consultation-submissions';
import { forgetNoticesAbout } from './stores/outbox';
import { MAX_BOUND_PARAMETERS } from './stores/sql';

const DAY_MS = 86_400_000;
const PAGE = MAX_BOUND_PARAMETERS;

export async function enforceConsultationRetention(
  env: Env,
  now: Date,
): Promise<{ emailsForgotten: number; contributionsDeleted: number }> {
  let emailsForgotten = 0;
  let contributionsDeleted = 0;
  for (const cycle of allCycles().values()) {
    const closed = cycle.closes_at.getTime();
    if (now.getTime() >= closed + consultationEmailDays(env) * DAY_MS) {
      const ids = await forgetContactEmails(env.DB, cycle.year, PAGE);
      if (ids.length > 0) await forgetNoticesAbout(env.DB, ids).run();
      emailsForgotten += ids.length;
    }
    if (now.getTime() >= closed + consultationRetentionDays(env) * DAY_MS) {
      const rows = await contributionsOfCycleToDelete(env.DB, cycle.year, PAGE);
      const keys = rows.flatMap((row) => (row.attachment_key ? [row.attachment_key] : []));
      // The documents first: one whose deletion fails is an orphan the sweep removes later.
      if (keys.length > 0) await env.ATTACHMENTS.delete(keys).catch(() => undefined);
      if (rows.length > 0)
        await env.DB.batch([
          deleteContributions(
            env.DB,
            rows.map((row) => row.id),
          ),
          forgetNoticesAbout(
            env.DB,
            rows.map((row) => row.id),
          ),
        ]);
      contributionsDeleted += rows.length;
    }
  }
  return { emailsForgotten, contributionsDeleted };
}
