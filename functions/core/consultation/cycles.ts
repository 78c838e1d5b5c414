// A consultation cycle is open between its opening and closing times.
import type { Consultation } from './schemas';

export type CycleState = 'upcoming' | 'open' | 'closed';

export interface Cycle extends Consultation {
  year: string;
}

export function cycleState(cycle: Cycle, now: Date): CycleState {
  if (now < cycle.opens_at) return 'upcoming';
  return now <= cycle.closes_at ? 'open' : 'closed';
}
