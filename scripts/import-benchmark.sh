#!/usr/bin/env bash
# The caseload migration benchmark (issue 22): generates a children migration file of ROWS rows (50,000 by default:
# every row with a valid UPN, a home postcode in the demo footprints and a carer), starts the application jar on
# the embedded PostgreSQL (a fresh one in a temporary folder, with the demo data, so admin@demo.send exists) or on
# the database given, signs in as the administrator, uploads the file on /admin/imports as a person would, and
# follows the import's page until it ends. Prints the time from the upload to the end, then does the same with the
# same file again (every row checked, nothing changed). Not a test: nothing is asserted; record the figures, with
# the data size and the machine, in docs/performance.md.
#
#   scripts/import-benchmark.sh                                         # embedded PostgreSQL, 50,000 rows
#   ROWS=200000 scripts/import-benchmark.sh                             # a larger file (the limit is 200,000 rows, 20 MB)
#   scripts/import-benchmark.sh jdbc:postgresql://127.0.0.1:5432/send_bench   # an existing database (made empty first)
#
# Settings (environment): ROWS (50000), PORT (8125), HEAP (1g), DB_USER (postgres), DB_PASSWORD (''),
# JAR (send-web/target/send-web-*.jar; built offline if missing). Needs curl, awk and a JDK.
set -euo pipefail

URL=${1:-}
ROWS=${ROWS:-50000}
PORT=${PORT:-8125}
HEAP=${HEAP:-1g}
DB_USER=${DB_USER:-postgres}
DB_PASSWORD=${DB_PASSWORD:-}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d -t send-import-bench.XXXXXX)
APP_PID=
cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  cp "$WORK/app.log" "${TMPDIR:-/tmp}/send-import-benchmark-app.log" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
for tool in curl awk java; do command -v $tool >/dev/null || { echo "$tool is needed" >&2; exit 2; }; done
if [ "$ROWS" -gt 200000 ]; then echo "At most 200,000 rows a file (send.imports.max-rows)" >&2; exit 2; fi

JAR=${JAR:-$(ls "$ROOT"/send-web/target/send-web-*.jar 2>/dev/null | grep -v original | head -1 || true)}
if [ -z "$JAR" ]; then
  (cd "$ROOT" && ./mvnw -q -o -pl send-web -am package -DskipTests)
  JAR=$(ls "$ROOT"/send-web/target/send-web-*.jar | grep -v original | head -1)
fi

# --- the file: references BENCH-<run>-<n>, UPNs of LA 998 (the demo's are 999) with their check letters
RUN=$(date +%s)
FILE=$WORK/children.csv
awk -v rows="$ROWS" -v run="$RUN" 'BEGIN {
  alphabet = "ABCDEFGHJKLMNPQRTUVWXYZ"
  printf "reference,given_name,family_name,date_of_birth,upn,nhs_number,home_postcode,setting_urn,"
  printf "carer_given_name,carer_family_name,carer_relationship,carer_parental_responsibility,carer_email,"
  printf "carer_phone,carer_address\r\n"
  for (i = 0; i < rows; i++) {
    rest = sprintf("998%04d%02d%03d", int(i / 1000) % 10000, 10 + int(i / 10000000), i % 1000)
    sum = 0
    for (k = 1; k <= 12; k++) sum += substr(rest, k, 1) * (k + 1)
    upn = substr(alphabet, sum % 23 + 1, 1) rest
    day = 1 + i % 28; month = 1 + int(i / 28) % 12; year = 2005 + i % 19
    printf "BENCH-%s-%d,Given%d,Family%d,%02d/%02d/%d,%s,,DB%d %dAB,,Sam,Family%d,PARENT,yes,,01632 960%03d,\r\n",
      run, i, i % 997, i, day, month, year, upn, 1 + i % 8, 1 + i % 9, i, i % 1000
  }
}' > "$FILE"
SIZE=$(du -h "$FILE" | cut -f1)

# --- the application, on the embedded database (fresh) or the one given
if curl -s -o /dev/null "$BASE/login"; then echo "Something already listens on port $PORT" >&2; exit 1; fi
if [ -n "$URL" ]; then
  export SPRING_DATASOURCE_URL=$URL SPRING_DATASOURCE_USERNAME=$DB_USER SPRING_DATASOURCE_PASSWORD=$DB_PASSWORD
  DATABASE="PostgreSQL at $URL"
else
  export SEND_EMBEDDED_DATABASE_DIRECTORY=$WORK/postgres
  DATABASE="embedded PostgreSQL (fresh, in a temporary folder)"
fi
SEND_DEMO_DATA=true SERVER_PORT=$PORT java -Xmx"$HEAP" -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP_PID=$!
until curl -sf "$BASE/actuator/health" >/dev/null 2>&1; do
  kill -0 "$APP_PID" 2>/dev/null || { echo "The application did not start:" >&2; tail -40 "$WORK/app.log" >&2; exit 1; }
  sleep 1
done

# --- sign in as the administrator
JAR_COOKIES=$WORK/cookies
csrf() { grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)"/\1/'; }
token=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | csrf)
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "username=admin@demo.send" \
  --data-urlencode "password=send-demo-2026" --data-urlencode "_csrf=$token" "$BASE/login"

# --- upload, then follow the import's page until it ends; prints seconds and the outcome
import_once() {
  local token location status started ended summary
  token=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/admin/imports" | csrf)
  [ -n "$token" ] || { echo "Not signed in as the administrator" >&2; exit 1; }
  started=$(date +%s%N)
  location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$JAR_COOKIES" -b "$JAR_COOKIES" \
    -F "_csrf=$token" -F "migration=@$FILE;type=text/csv;filename=children-$ROWS.csv" "$BASE/admin/imports/children")
  case "$location" in */admin/imports/[0-9]*) ;; *) echo "The upload was refused ($location)" >&2; exit 1;; esac
  while :; do
    page=$(curl -s -b "$JAR_COOKIES" "$location")
    status=$(grep -o '<strong class="govuk-tag">[^<]*</strong>' <<<"$page" | head -1 | sed 's/<[^>]*>//g')
    case "$status" in Imported|Refused|Failed) break;; esac
    sleep 0.5
  done
  ended=$(date +%s%N)
  summary=$(tr '\n' ' ' <<<"$page" | grep -o 'Outcome</dt>[^<]*<dd[^>]*>[^<]*' | sed 's/.*>//' | head -1)
  printf '%s in %.1f s: %s\n' "$status" "$(awk -v ns=$((ended - started)) 'BEGIN { print ns / 1e9 }')" "$summary"
}

echo "children migration: $ROWS rows, $SIZE; $DATABASE; java -Xmx$HEAP; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf 'first import:  '; import_once
printf 'same file again: '; import_once
