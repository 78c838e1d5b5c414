// Statistics of a consultation: counts by type, country and line of action, and campaign detection:
// contributions that share an identical answer to a question are linked, and each linked group
// counts as one campaign (one voice), as consultations that ignore this over-count coordinated input.
import { foldCase } from '../fold-case';
import type { QuestionLine } from './schemas';

export interface StatsContribution {
  id: string;
  type: string;
  country: string;
  answers: Readonly<Record<string, string>>;
}

export interface Campaign {
  ids: string[];
}

export interface ConsultationStats {
  total: number;
  byType: Record<string, number>;
  byCountry: Record<string, number>;
  byLine: Partial<Record<QuestionLine, number>>;
  campaigns: Campaign[];
  /** Contributions counted with each campaign as one. */
  voices: number;
}

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

export function normalizeAnswer(text: string): string {
  return foldCase(text.normalize('NFKC')).replace(/\s+/g, ' ').trim();
}

function campaignGroups(contributions: readonly StatsContribution[]): Campaign[] {
  const parent = new Map(contributions.map((contribution) => [contribution.id, contribution.id]));
  const root = (id: string): string => {
    const up = parent.get(id) ?? id;
    return up === id ? id : root(up);
  };
  const firstWithAnswer = new Map<string, string>();
  for (const contribution of contributions) {
    for (const [question, text] of Object.entries(contribution.answers)) {
      const key = `${question}\u0000${normalizeAnswer(text)}`;
      const first = firstWithAnswer.get(key);
      if (first === undefined) firstWithAnswer.set(key, contribution.id);
      else parent.set(root(contribution.id), root(first));
    }
  }
  const groups = new Map<string, string[]>();
  for (const { id } of contributions) groups.set(root(id), [...(groups.get(root(id)) ?? []), id]);
  return [...groups.values()].filter((ids) => ids.length > 1).map((ids) => ({ ids }));
}

export function consultationStats(
  contributions: readonly StatsContribution[],
  questions: readonly { id: string; line: QuestionLine }[],
): ConsultationStats {
  const lineOf = new Map(questions.map((question) => [question.id, question.line]));
  const lines = contributions.flatMap((contribution) => [
    ...new Set(Object.keys(contribution.answers).flatMap((id) => lineOf.get(id) ?? [])),
  ]);
  const campaigns = campaignGroups(contributions);
  return {
    total: contributions.length,
    byType: countBy(contributions.map((contribution) => contribution.type)),
    byCountry: countBy(contributions.map((contribution) => contribution.country)),
    byLine: countBy(lines),
    campaigns,
    voices: contributions.length - campaigns.reduce((sum, campaign) => sum + campaign.ids.length - 1, 0),
  };
}
