#!/bin/sh
# The one list of variables that keep Astro and wrangler off the network and free of local traces:
# no telemetry, no look-up of Cloudflare's request metadata, and under `wrangler dev` no local request
# trace and no data explorer at /cdn-cgi/explorer/. `scripts/offline-env.sh command...` runs a command
# with them (every npm script and the test servers do); `. scripts/offline-env.sh` sets them in the
# calling shell (CI does).
export ASTRO_TELEMETRY_DISABLED=1 WRANGLER_SEND_METRICS=false CLOUDFLARE_CF_FETCH_ENABLED=false X_LOCAL_OBSERVABILITY=false X_LOCAL_EXPLORER=false
[ "$#" -eq 0 ] || exec "$@"
