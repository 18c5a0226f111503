#!/usr/bin/env bash
# Two instances of the service on one PostgreSQL database, as behind a load balancer.
#
#   scripts/two-instances.sh            (build the jar first with ./mvnw -pl send-web -am package -DskipTests)
#
# It creates a fresh database on a PostgreSQL server (default: the local one at 127.0.0.1:5432, user postgres,
# trust authentication), starts instance A (demo data on) and then instance B on the same database, and checks:
#   1. an anonymous view of the sign-in page creates no session (no SESSION cookie, no row in spring_session);
#   2. a user signed in on A carries on on B: B answers a signed-in page with 200, not the sign-in page;
#   3. signing out on B ends the session on A too;
#   4. scheduled work runs once across the two: both instances try each job every 10 seconds, but each run
#      holds the job's ShedLock row for at least 30 seconds, so over the window the runs of both instances
#      together are at least 29 seconds apart, and the shedlock rows name the instance that ran last.
# It prints PASS or FAIL for each, stops the two instances it started, and drops the database unless KEEP_DB=1.
#
# Settings (environment): PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), DB (send_two_instances),
# PORT_A (8094), PORT_B (8095), JAR (send-web/target/send-web-0.1.0-SNAPSHOT.jar), WINDOW (45 seconds),
# START_WAIT (180 seconds an instance may take to answer /actuator/health; a loaded machine needs more).
set -euo pipefail

cd "$(dirname "$0")/.."
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
DB=${DB:-send_two_instances}
PORT_A=${PORT_A:-8094}
PORT_B=${PORT_B:-8095}
JAR=${JAR:-send-web/target/send-web-0.1.0-SNAPSHOT.jar}
WINDOW=${WINDOW:-45}
START_WAIT=${START_WAIT:-180}
WORK=$(mktemp -d -t send-two-instances.XXXXXX)
export PGHOST PGPORT PGUSER

[ -f "$JAR" ] || { echo "No $JAR: build it with ./mvnw -pl send-web -am package -DskipTests" >&2; exit 2; }
command -v psql >/dev/null || { echo "psql is needed (apt-get install postgresql-client)" >&2; exit 2; }

for port in "$PORT_A" "$PORT_B"; do # an app left on the port would answer for the instance being started
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "Something already listens on port $port" >&2; exit 2; fi
done

failures=0
pass() { echo "PASS  $*"; }
fail() { echo "FAIL  $*"; failures=$((failures + 1)); }

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ "${KEEP_DB:-0}" != 1 ]; then psql -q -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true; fi
  echo "Logs: $WORK/a.log $WORK/b.log"
}
trap cleanup EXIT

psql -q -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB" >/dev/null

start() { # name port demo-data
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
    java -Xmx384m -jar "$JAR" --server.port="$2" --send.demo-data="$3" \
      --send.scheduling.instance-name="instance-$1" \
      --send.events.retry-interval=PT10S --send.events.retry-older-than=PT1S \
      --send.sessions.cleanup-cron='*/10 * * * * *' > "$WORK/$1.log" 2>&1 &
  pids+=($!)
}
wait_up() { # name port
  for _ in $(seq 1 "$START_WAIT"); do
    if curl -fs "http://127.0.0.1:$2/actuator/health" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "Instance $1 did not answer within $START_WAIT s; see $WORK/$1.log (START_WAIT sets the wait)" >&2; exit 1
}

echo "Starting instance A on port $PORT_A (migrates the database and loads the demo data)"
start a "$PORT_A" true
wait_up a "$PORT_A"
echo "Starting instance B on port $PORT_B (same database)"
start b "$PORT_B" false
wait_up b "$PORT_B"
A="http://127.0.0.1:$PORT_A"
B="http://127.0.0.1:$PORT_B"
sessions() { psql -Atq -d "$DB" -c "select count(*) from spring_session"; }

# 1. no session for an anonymous visitor
before=$(sessions)
headers=$(curl -sI "$A/login")
if ! grep -qi '^set-cookie: SESSION=' <<<"$headers" && [ "$(sessions)" = "$before" ]; then
  pass "anonymous GET/HEAD of /login creates no session ($(grep -ci '^set-cookie' <<<"$headers") cookie(s): $(grep -i '^set-cookie' <<<"$headers" | cut -d= -f1 | cut -d' ' -f2 | tr '\n' ' '))"
else
  fail "anonymous view of /login created a session"
fi

# 2. sign in on A, carry on on B
jar="$WORK/cookies"
token=$(curl -s -c "$jar" -b "$jar" "$A/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="\([^"]*\)"/\1/')
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "username=admin@demo.send" \
  --data-urlencode "password=send-demo-2026" --data-urlencode "_csrf=$token" "$A/login")
page=$(curl -s -w '\n%{http_code}' -c "$jar" -b "$jar" "$B/admin")
code=$(tail -n1 <<<"$page")
if [ "$status" = 302 ] && [ "$code" = 200 ] && grep -q 'admin@demo.send' <<<"$page" && ! grep -q 'name="password"' <<<"$page"; then
  pass "signed in on A ($status), B serves /admin to the same browser ($code, signed in as admin@demo.send)"
else
  fail "signed in on A ($status) but B answered /admin with $code"
fi

# 3. sign out on B, refused on A
token=$(grep -o 'name="_csrf"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="\([^"]*\)"/\1/')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$token" "$B/logout"
after=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$jar" "$A/admin")
if [[ "$after" == 302*login* ]]; then pass "signed out on B, A sends the browser to sign in ($after)"; else fail "after signing out on B, A answered $after"; fi

# 4. scheduled work runs once across the instances
echo "Watching the scheduled jobs for $WINDOW seconds (each instance tries each job every 10 s)"
since=$(date -u +%Y-%m-%dT%H:%M:%S)
sleep "$WINDOW"
# only the runs in the window: A may have run alone for minutes while B started on a loaded machine
runs() { grep -h 'Resubmitting event publications' "$@" | cut -c1-23 | awk -v since="$since" '$0 >= since' | sort; }
total=$(runs "$WORK/a.log" "$WORK/b.log" | wc -l)
on_a=$(runs "$WORK/a.log" | wc -l)
on_b=$(runs "$WORK/b.log" | wc -l)
closest=$(runs "$WORK/a.log" "$WORK/b.log" | while read -r t; do date -u -d "${t/T/ }" +%s; done | awk 'NR > 1 { gap = $1 - prev; if (min == "" || gap < min) min = gap } { prev = $1 } END { print (min == "" ? "none" : min) }')
echo "      incomplete-event retry ran $total times in all (A $on_a, B $on_b); closest two runs ${closest} s apart"
psql -q -d "$DB" -c "select name, locked_by, locked_at, lock_until from shedlock order by name"
attempts=$(( 2 * (WINDOW + 20) / 10 ))
if [ "$total" -ge 1 ] && { [ "$closest" = none ] || [ "$closest" -ge 29 ]; } && [ "$total" -lt "$attempts" ]; then
  pass "each run of the job happened on one instance only ($total runs for about $attempts attempts by two instances)"
else
  fail "the job ran $total times, closest ${closest} s apart"
fi

echo
if [ "$failures" = 0 ]; then echo "Two instances on one database: all checks passed"; else echo "$failures check(s) failed"; exit 1; fi
