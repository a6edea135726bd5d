#!/usr/bin/env bash
# Runs pgdrill in a real window under Xvfb and writes a PNG of it.
#   scripts/screenshot.sh [OUT.png] [SECTION] [-- extra pgdrill options]
# SECTION is one of library, flashcards, exercises, sandbox, progress, settings (default: library),
# or lesson:ID, quiz:ID, flashcards:ID, exercise:ID, sandbox:SQL.
# Uses a throw-away data folder unless PGDRILL_DATA_DIR is set, so your own progress is not touched.
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-docs/screenshot.png}
section=${2:-library}
shift $(( $# > 2 ? 2 : $# ))
[ "${1:-}" = "--" ] && shift

need=()
command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb xauth)
dpkg -s libgtk-3-0 >/dev/null 2>&1 || need+=(libgtk-3-0)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} (needed for a real window under Xvfb)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

[ -f target/pgdrill.jar ] || ./mvnw -q -B -DskipTests package

data=${PGDRILL_DATA_DIR:-$(mktemp -d /tmp/pgdrill-shot.XXXXXX)}
xvfb-run -a -s "-screen 0 1280x800x24" \
  java -Dprism.order=sw -jar target/pgdrill.jar --data-dir "$data" \
  --screenshot "$out" --screenshot-section "$section" "$@"
echo "Wrote $out"
