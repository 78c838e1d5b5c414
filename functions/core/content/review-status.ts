// Whether a person has reviewed a text the project wrote or translated. Text the project produced
// is "unreviewed" until a person reviews it; "machine" marks text no person wrote.
import { z } from 'zod';

export const REVIEW_STATUSES = ['reviewed', 'unreviewed', 'machine'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const reviewStatus = z.enum(REVIEW_STATUSES);
