// One polite live region for results and one alert region for problems, both in the page's markup.
import { part } from './dom';
import { say } from './page-data';
import { ApiError } from './session';

export function announce(text: string): void {
  part('staff-problem').hidden = true;
  part('staff-status').textContent = text;
}

export function showProblem(text: string): void {
  const problem = part('staff-problem');
  part('staff-problem-text', problem).textContent = text;
  problem.hidden = false;
  part('staff-status').textContent = '';
}

/** Says why a call failed: the API's own message, or that the server could not be reached. */
export function showFailure(error: unknown, fallback: string): void {
  if (error instanceof ApiError) showProblem(say('staff.error.api', { message: error.message }));
  else if (error instanceof TypeError) showProblem(say('staff.error.network'));
  else showProblem(fallback);
}
