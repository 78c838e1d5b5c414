// Settings from wrangler.toml [vars] (or secrets), with the defaults the README documents.
const DEFAULTS = {
  retentionDays: 90,
  messagesPerHour: 5,
  contributionsPerHour: 20,
  consultationEmailDays: 183,
  consultationRetentionDays: 730,
  secretChecksPerHour: 10,
  passphraseFailuresPerHour: 10,
};

/** A whole number above zero from a string setting, or the fallback when it is missing or invalid. */
export function positiveInteger(value: string | undefined, fallback: number): number {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
}

export function retentionDays(env: Env): number {
  return positiveInteger(env.RETENTION_DAYS, DEFAULTS.retentionDays);
}

export function messagesPerHour(env: Env): number {
  return positiveInteger(env.CONTACT_RATE_LIMIT, DEFAULTS.messagesPerHour);
}

export function contributionsPerHour(env: Env): number {
  return positiveInteger(env.CONSULTATION_RATE_LIMIT, DEFAULTS.contributionsPerHour);
}

/** Days after a consultation closes until its contact e-mails are deleted. */
export function consultationEmailDays(env: Env): number {
  return positiveInteger(env.CONSULTATION_EMAIL_RETENTION_DAYS, DEFAULTS.consultationEmailDays);
}

/** Days after a consultation closes until its contributions and documents are deleted. */
export function consultationRetentionDays(env: Env): number {
  return positiveInteger(env.CONSULTATION_RETENTION_DAYS, DEFAULTS.consultationRetentionDays);
}

/** Attempts per client per hour to open a contribution with its secret (view, change, withdraw). */
export function secretChecksPerHour(env: Env): number {
  return positiveInteger(env.CONSULTATION_SECRET_RATE_LIMIT, DEFAULTS.secretChecksPerHour);
}

/** Wrong receipt codes or passphrases per client per hour before opening conversations is refused for the hour. */
export function passphraseFailuresPerHour(env: Env): number {
  return positiveInteger(env.CONVERSATION_FAILURE_RATE_LIMIT, DEFAULTS.passphraseFailuresPerHour);
}
