#!/usr/bin/env bash
# Throughput of the sign-in page and three signed-in pages of a running instance with the demo data, with
# wrk (Debian package `wrk`), and each page's ratio to the sign-in page measured in the same run.
#
#   scripts/wrk-pages.sh [base-url]        (default http://127.0.0.1:8080; settings: THREADS 2, CONNECTIONS 16,
#                                           DURATION 15s, CHILD 1 - a child in caseworker@demo.send's footprints)
#
# Start the instance first, e.g. ./mvnw -pl send-web -am spring-boot:run (embedded database, demo data).
# The ratio is the figure to compare across machines and runs: the load generator, the application and
# PostgreSQL share the machine, and on a shared machine the raw figures move with everything else running.
set -euo pipefail

BASE=${1:-http://127.0.0.1:8080}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-15s}
CHILD=${CHILD:-1}
COOKIE=${COOKIE:-SESSION}   # JSESSIONID for a build before sessions moved to the database
PASSWORD=send-demo-2026
WORK=$(mktemp -d -t send-wrk.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 2; }

sign_in() { # email -> SESSION cookie value
  local jar="$WORK/$1" token
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="\([^"]*\)"/\1/')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$token" "$BASE/login"
  awk -v name="$COOKIE" '$6 == name { print $7 }' "$jar"
}
admin=$(sign_in admin@demo.send)
caseworker=$(sign_in caseworker@demo.send)
[ -n "$admin" ] && [ -n "$caseworker" ] || { echo "Could not sign in to $BASE with the demo accounts" >&2; exit 1; }

run() { # label path [session]
  local out
  if [ -n "${3:-}" ]; then
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -H "Cookie: $COOKIE=$3" "$BASE$2")
  else
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "$BASE$2")
  fi
  if grep -q 'Non-2xx' <<<"$out"; then echo "$1: some responses were not 2xx" >&2; fi
  local rate mean max
  rate=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
  mean=$(awk '/Latency/ { print $2 }' <<<"$out")
  max=$(awk '/Latency/ { print $4 }' <<<"$out")
  echo "$1 $2 $rate $mean $max"
}

echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION against $BASE, $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
{
  run login /login
  run admin /admin "$admin"
  run child-record "/children/$CHILD" "$caseworker"
  run children-list /caseworker/children "$caseworker"
} > "$WORK/results"
login=$(awk '$1 == "login" { print $3 }' "$WORK/results")
printf '%-14s %-22s %10s %8s %10s %10s\n' page path "req/s" ratio "mean" "max"
awk -v login="$login" '{ printf "%-14s %-22s %10s %8.3f %10s %10s\n", $1, $2, $3, $3 / login, $4, $5 }' "$WORK/results"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
