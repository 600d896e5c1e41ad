#!/bin/sh
# The image's entry point: names a Sluice process and execs node on it, so that node is PID 1 and
# gets SIGTERM itself (each process drains on it). Anything else runs as given.
set -e
case "$1" in
  write-gateway) shift; exec node --import tsx apps/write-gateway/src/main.ts "$@" ;;
  read-gateway) shift; exec node --import tsx apps/read-gateway/src/main.ts "$@" ;;
  web) shift; exec node --import tsx apps/system/src/web/main.ts "$@" ;;
  system) shift; exec node --import tsx apps/system/src/main.ts "$@" ;;
  sluice) shift; exec node bin/sluice.js "$@" ;;
  *) exec "$@" ;;
esac
