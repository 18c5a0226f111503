#!/usr/bin/env bash
# The benchmark (issue 24): starts the application jar (-Xmx512m) on a generated database, signs in a user of each
# role, and drives each key page and the sign-in page in the same run with wrk, CONNECTIONS (50) connections at a
# time. Prints a Markdown table: per page requests/s, p99 latency, the ratio to the sign-in page's throughput, and
# whether the target is met (ratio >= 0.4 and p99 < 500 ms); the heap after each GC under load (from the JVM's GC
# log) and the cold start time. Fill the database first with scripts/generate-data.sh.
#
#   scripts/benchmark.sh jdbc:postgresql://127.0.0.1:5432/send_gen_la [output.md]
#
# Settings (environment): DB_USER (postgres), DB_PASSWORD (''), PORT (8112), THREADS (2), CONNECTIONS (50),
# DURATION (15s per page; wrk's timeout is 30 s, so a slow page's p99 is measured, not cut off),
# JAR (send-web/target/send-web-*.jar; built if missing), FOOTPRINT (FP-001: whose caseworker, panel member and
# adviser sign in), PAGES (a space-separated subset of the page names below). Between pages the script waits until
# the database has no query running for the application (at most 60 s), so a slow page does not slow the next.
# Needs wrk, curl, psql and a JDK (jcmd). The load generator, the application and PostgreSQL share the machine:
# compare ratios, not raw figures, across machines.
set -euo pipefail

URL=${1:?usage: scripts/benchmark.sh jdbc:postgresql://host:port/database [output.md]}
OUT=${2:-}
DB_USER=${DB_USER:-postgres}
DB_PASSWORD=${DB_PASSWORD:-}
PORT=${PORT:-8112}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-50}
DURATION=${DURATION:-15s}
FOOTPRINT=${FOOTPRINT:-FP-001}
PASSWORD=send-demo-2026
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d -t send-bench.XXXXXX)
APP_PID=
cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  cp "$WORK/app.log" "${TMPDIR:-/tmp}/send-benchmark-app.log" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
for tool in wrk curl psql java; do command -v $tool >/dev/null || { echo "$tool is needed" >&2; exit 2; }; done

# psql's URL from the JDBC one
PSQL_URL="postgresql://$DB_USER${DB_PASSWORD:+:$DB_PASSWORD}@${URL#jdbc:postgresql://}"
sql() { psql "$PSQL_URL" -Atq -c "$1"; }

JAR=${JAR:-$(ls "$ROOT"/send-web/target/send-web-*.jar 2>/dev/null | grep -v original | head -1 || true)}
if [ -z "$JAR" ]; then
  (cd "$ROOT" && ./mvnw -q -pl send-web -am package -DskipTests)
  JAR=$(ls "$ROOT"/send-web/target/send-web-*.jar | grep -v original | head -1)
fi

# --- what to ask for: ids in the signed-in caseworker's footprint
fp=$(sql "select id from footprint where code = '$FOOTPRINT'")
lower=$(tr 'A-Z' 'a-z' <<<"$FOOTPRINT")
CASE=$(sql "select a.id from needs_assessment a join child c on c.id = a.child_id where c.home_footprint_id = $fp
            and a.stage = 'DRAFT_ISSUED' order by a.id limit 1")
PLAN=$(sql "select p.id from ehc_plan p join child c on c.id = p.child_id where c.home_footprint_id = $fp
            and p.origin_assessment_id is not null and p.ceased_on is null order by p.id limit 1")
CHILD=$(sql "select child_id from ehc_plan where id = $PLAN")
SCHOOL=$(sql "select s.urn from setting s join child c on c.setting_id = s.id where s.footprint_id = $fp
              group by s.urn order by count(*) desc, s.urn limit 1")
SIZES=$(sql "select format('%s children (%s with an EHC plan, %s at SEN Support), %s settings, %s footprints, %s assessments (%s open), %s plans, %s timeline events, %s audit rows; database %s',
  (select count(*) from child), (select count(*) from child where sen_provision = 'E'),
  (select count(*) from child where sen_provision = 'K'), (select count(*) from setting), (select count(*) from footprint),
  (select count(*) from needs_assessment),
  (select count(*) from needs_assessment where stage in ('REQUESTED', 'ASSESSING', 'DRAFTING', 'DRAFT_ISSUED')),
  (select count(*) from ehc_plan), (select count(*) from assessment_event), (select count(*) from audit_event),
  pg_size_pretty(pg_database_size(current_database())))")

# --- start the application, cold
if curl -s -o /dev/null "$BASE/login"; then echo "Something already listens on port $PORT" >&2; exit 1; fi
started=$(date +%s%N)
SPRING_DATASOURCE_URL=$URL SPRING_DATASOURCE_USERNAME=$DB_USER SPRING_DATASOURCE_PASSWORD=$DB_PASSWORD \
  SEND_DEMO_DATA=false SERVER_PORT=$PORT \
  java -Xmx512m -Xlog:gc:file="$WORK/gc.log" -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP_PID=$!
until curl -sf "$BASE/actuator/health" >/dev/null 2>&1; do
  kill -0 "$APP_PID" 2>/dev/null || { echo "The application did not start:" >&2; tail -40 "$WORK/app.log" >&2; exit 1; }
  sleep 0.5
done
cold_ms=$(( ($(date +%s%N) - started) / 1000000 ))
spring_says=$(grep -o 'Started SendApplication in [0-9.]* seconds' "$WORK/app.log" | grep -o '[0-9.]* seconds' || echo '?')

sign_in() { # email -> SESSION cookie value
  local jar="$WORK/jar-$1" token
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="\([^"]*\)"/\1/')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$token" "$BASE/login"
  awk '$6 == "SESSION" { print $7 }' "$jar"
}
declare -A SESSION
for who in caseworker.$lower panel.$lower adviser.$lower commissioner admin senco.$SCHOOL parent.1; do
  SESSION[$who]=$(sign_in "$who@gen.send")
  [ -n "${SESSION[$who]}" ] || { echo "Could not sign in as $who@gen.send" >&2; exit 1; }
done

# name | path | account (empty: anonymous)
cat > "$WORK/pages" <<PAGES
login|/login|
case|/caseworker/assessments/$CASE|caseworker.$lower
children-list|/caseworker/children|caseworker.$lower
child-record|/children/$CHILD|caseworker.$lower
plan|/plans/$PLAN|caseworker.$lower
admin-children|/admin/children|admin
commissioner-home|/commissioner|commissioner
panel-home|/panel|panel.$lower
adviser-home|/adviser|adviser.$lower
school-home|/school|senco.$SCHOOL
parent-home|/parent|parent.1
caseload|/caseworker|caseworker.$lower
login-again|/login|
PAGES

wait_idle() { # until no statement of the application's is running (requests left over from the page before)
  for _ in $(seq 60); do
    [ "$(sql "select count(*) from pg_stat_activity where datname = current_database() and state = 'active'
              and pid <> pg_backend_pid()")" = 0 ] && return
    sleep 1
  done
}
to_ms() { # wrk latency (850.00us, 12.34ms, 1.20s, 2.00m) -> ms
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.0f", n }'
}
heap_after_gc() { # max heap after a GC in the GC log lines after line $1, in MB ("-" if none)
  tail -n +"$(( $1 + 1 ))" "$WORK/gc.log" | grep -o -- '->[0-9]*M' | tr -d -- '->M' | sort -n | tail -1 || true
}

# every page answers 200 before any load (a redirect to /login or an error would be measured as a fast page)
declare -A STATUS
while IFS='|' read -r name path who; do
  header=()
  [ -n "$who" ] && header=(-H "Cookie: SESSION=${SESSION[$who]}")
  STATUS[$name]=$(curl -s -o /dev/null -w '%{http_code}' "${header[@]}" "$BASE$path")
done < "$WORK/pages"

: > "$WORK/results"
while IFS='|' read -r name path who; do
  [ -z "${PAGES:-}" ] || [[ " $PAGES login login-again " == *" $name "* ]] || continue
  header=()
  [ -n "$who" ] && header=(-H "Cookie: SESSION=${SESSION[$who]}")
  if [ "${STATUS[$name]}" != 200 ]; then
    echo "$name|$path|${who:-anonymous}|HTTP ${STATUS[$name]}|-|-|-" >> "$WORK/results"; continue
  fi
  wait_idle
  gc_from=$(wc -l < "$WORK/gc.log")
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 30s --latency "${header[@]}" "$BASE$path")
  rate=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  errors=$(awk '/Non-2xx/ { print $5 } /Socket errors/ { print "socket" }' <<<"$out" | paste -sd' ' -)
  echo "$name|$path|${who:-anonymous}|$rate|$p99|$(heap_after_gc "$gc_from")|${errors:-}" >> "$WORK/results"
done < "$WORK/pages"

login=$(awk -F'|' '$1 ~ /^login/ && $4 + 0 > 0 { s += $4; n++ } END { if (n) printf "%.1f", s / n }' "$WORK/results")
heap_max=$(grep -o -- '->[0-9]*M' "$WORK/gc.log" | tr -d -- '->M' | sort -n | tail -1 || echo '?')
{
  echo "Benchmark $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ { print $2 }') GiB; load average before $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "Data: $SIZES."
  echo
  echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION per page; java -Xmx512m; cold start $cold_ms ms to health UP (Spring: $spring_says); heap after GC under load at most ${heap_max} MB; sign-in page $login req/s (mean of the first and last runs)."
  echo
  echo "| page | path | as | req/s | p99 (ms) | ratio to /login | target met | heap after GC (MB) | errors |"
  echo "|---|---|---|---:|---:|---:|---|---:|---|"
  awk -F'|' -v login="$login" '{
    if ($4 ~ /^HTTP/) { printf "| %s | `%s` | %s | %s | - | - | no | - | |\n", $1, $2, $3, $4; next }
    ratio = login > 0 ? $4 / login : 0
    met = (ratio >= 0.4 && $5 < 500) ? "yes" : "no"
    if ($1 ~ /^login/) met = "-"
    printf "| %s | `%s` | %s | %.1f | %s | %.3f | %s | %s | %s |\n", $1, $2, $3, $4, $5, ratio, met, ($6 == "" ? "-" : $6), $7
  }' "$WORK/results"
  echo
  echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "${OUT:-/dev/null}"
