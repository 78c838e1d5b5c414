// What a service's refusal means to an API client: its code and the HTTP status the API gives it.
import { isRefusal } from '../../functions/core/errors';
import { statusOf } from '../../functions/refusals';

export async function refusalOf(attempt: Promise<unknown>): Promise<{ status: number; code: string }> {
  try {
    await attempt;
  } catch (error) {
    if (isRefusal(error)) return { status: statusOf(error.code), code: error.code };
    throw error;
  }
  throw new Error('expected the service to refuse, but it did not');
}
