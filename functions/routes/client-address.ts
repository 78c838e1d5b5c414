// The client's address as Cloudflare gives it, which the rate limits count by (as an HMAC; it is never stored).
export const clientAddress = (c: { req: { header(name: 'CF-Connecting-IP'): string | undefined } }): string =>
  c.req.header('CF-Connecting-IP') ?? 'unknown';
