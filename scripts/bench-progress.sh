#!/usr/bin/env bash
# Measures how long progress writes take (DESIGN.md: a review rating is stored in under 5 ms).
#   scripts/bench-progress.sh [RATINGS]     (default 2000)
# Uses a throw-away data folder in $TMPDIR; prints percentiles. Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  -Djava.util.logging.config.file=src/test/resources/logging.properties \
  org.pgdrill.bench.ProgressBenchmark "$@"
