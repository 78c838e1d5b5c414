// Every call this page makes to the staff API. On the portal, Cloudflare Access adds the
// Cf-Access-Jwt-Assertion header itself; on a local server the person pastes a token, which is kept
// in this module's variable only (never in browser storage) and sent with every call.

let token: string | undefined;

export function useToken(value: string | undefined): void {
  token = value?.trim() || undefined;
}

/** The API answered with an error: its status and the product's { error: { code, message } }. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function apiError(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
  return new ApiError(response.status, body.error?.code ?? 'unknown', body.error?.message ?? response.statusText);
}

export async function staffFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (token) headers.set('Cf-Access-Jwt-Assertion', token);
  const response = await fetch(path, { ...init, headers, cache: 'no-store' });
  if (!response.ok) throw await apiError(response);
  return response;
}

export async function getJson<T>(path: string): Promise<T> {
  return (await staffFetch(path)).json() as Promise<T>;
}

export async function postJson<T>(path: string, body: unknown): Promise<T> {
  const response = await staffFetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return response.json() as Promise<T>;
}
