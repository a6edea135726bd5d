#!/usr/bin/env bash
# Measures how lesson-pack loading scales (DESIGN.md: 5,000 lessons / 50,000 cards load in under 2 s).
#   scripts/bench-load.sh [LESSONS...]     (default 1000 2500 5000)
# Writes synthetic packs to $TMPDIR and prints the median of five loads per size. Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  org.pgdrill.content.PackLoadBenchmark "$@"
