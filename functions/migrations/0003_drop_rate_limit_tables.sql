-- Rate limits moved to the RateLimiter Durable Object, which keeps the day's key and the counts in
-- memory only: a dump of D1 must not hold the secret next to the HMACs it keys.
DROP TABLE IF EXISTS rate_limits;
DROP TABLE IF EXISTS rate_limit_secrets;
