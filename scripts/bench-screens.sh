#!/usr/bin/env bash
# Measures how long the learner waits on the Flashcards and Progress pages (rating -> next card; the page's numbers)
# for decks of 2,000 and 50,000 cards.
#   scripts/bench-screens.sh
# Uses throw-away data folders in $TMPDIR; prints percentiles. Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  -Djava.util.logging.config.file=src/test/resources/logging.properties \
  org.pgdrill.bench.ScreenDataBenchmark "$@"
