#!/bin/sh
# The image's entry point: names a Sluice process and execs node on it, so that node is PID 1 and
# gets SIGTERM itself (each process drains on it). Anything else runs as given.
set -e
# Each request's logger is kept in an AsyncLocalStorage: without --experimental-async-context-frame
# Node 22 keeps it with promise hooks, which slow every await of the process (bench/README).
serve="node --experimental-async-context-frame --import tsx"
case "$1" in
  write-gateway) shift; exec $serve apps/write-gateway/src/main.ts "$@" ;;
  read-gateway) shift; exec $serve apps/read-gateway/src/main.ts "$@" ;;
  web) shift; exec $serve apps/system/src/web/main.ts "$@" ;;
  system) shift; exec $serve apps/system/src/main.ts "$@" ;;
  sluice) shift; exec node bin/sluice.js "$@" ;;
  *) exec "$@" ;;
esac
