#!/usr/bin/env bash
# Fills an empty PostgreSQL database with synthetic data at a council's or the country's scale (issue 24): migrates it
# with the application's own Flyway migrations, then writes footprints, settings, staff and parent accounts
# (password send-demo-2026), children with carers, needs assessments at every stage with advice and timelines,
# EHC plans with their versions, and audit rows, with COPY. Prints rows per table, rows/s and the database size.
#
#   createdb -h 127.0.0.1 -U postgres send_gen
#   scripts/generate-data.sh --url jdbc:postgresql://127.0.0.1:5432/send_gen --scale la [--seed 42] [--percent 100]
#                            [--today yyyy-mm-dd] [--user postgres] [--password …]
#
# Scales: la (3,000 plans, 8,000 at SEN Support, 120 settings, 7 footprints), large-la (20,000 / 60,000 / 600 / 12),
# national (640,000 / 1,300,000 / 24,000 / 150). The same seed, scale and day give the same data. The generator is
# uk.send.web.generator.GenerateData in send-web's test sources (never in the jar), run through Maven (profile
# generate-data) after the test classes compile. GEN_HEAP sets its heap (default 2g). See docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- --help
exec ./mvnw -q -pl send-web -am process-test-classes -Pgenerate-data -Dgen.jvm="-Xmx${GEN_HEAP:-2g}" -Dgen.args="$*"
