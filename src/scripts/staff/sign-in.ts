// Who is signed in, from GET /api/staff/me. On the portal Access has signed the person in already;
// on a local server the API answers 401 until a pasted token (npm run staff:sign-in) is accepted.
import { announce, showFailure, showProblem } from './announce';
import { part } from './dom';
import { say } from './page-data';
import { ApiError, getJson, useToken } from './session';

export interface StaffMe {
  email: string;
  desks: string[];
}

/** The person, or undefined when the API does not know who this is (no or a refused token). */
async function whoAmI(): Promise<StaffMe | undefined> {
  try {
    return await getJson<StaffMe>('/api/staff/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return undefined;
    throw error;
  }
}

function showSignedIn(me: StaffMe): void {
  part('signed-in').textContent = say('staff.signIn.as', { email: me.email });
  part('signed-in').hidden = false;
  part('token-form').hidden = true;
}

/** Asks the API who this is; shows the token form when it does not know. */
export async function signIn(onSignedIn: (me: StaffMe) => void): Promise<void> {
  try {
    const me = await whoAmI();
    if (me) {
      showSignedIn(me);
      onSignedIn(me);
    } else part('token-form').hidden = false;
  } catch (error) {
    showFailure(error, say('staff.error.network'));
  }
}

export function wireSignIn(onSignedIn: (me: StaffMe) => void): void {
  const form = part<HTMLFormElement>('token-form');
  const input = part<HTMLInputElement>('token-input');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    useToken(input.value);
    input.value = '';
    try {
      const me = await whoAmI();
      if (!me) {
        useToken(undefined);
        showProblem(say('staff.signIn.failed'));
        input.focus();
        return;
      }
      showSignedIn(me);
      announce(say('staff.signIn.as', { email: me.email }));
      onSignedIn(me);
    } catch (error) {
      showFailure(error, say('staff.error.network'));
    }
  });
}
