#!/usr/bin/env bash
# The chronology against TimelineJS, side by side in one Chromium run (ChronologyAgainstTimelineJs):
# fetches TimelineJS from the npm registry into target/timelinejs (once), builds the jar if
# missing, and runs the comparison. Usage: src/load/timeline-compare.sh [ROUNDS]
# Output: target/timeline-compare.txt
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds="${1:-5}"
version=3.9.11
# The jar first: ./mvnw also installs the Node.js whose npm fetches TimelineJS on a fresh machine.
[ -f target/cables.jar ] || ./mvnw -q -B -DskipTests package
if [ ! -f target/timelinejs/package/dist/js/timeline.js ]; then
  npm=$(command -v npm || echo "$HOME/.cache/cables/node24/npm")
  mkdir -p target/timelinejs
  (cd target/timelinejs && "$npm" pack "@knight-lab/timelinejs@$version" --silent >/dev/null && tar xzf "knight-lab-timelinejs-$version.tgz")
fi
./mvnw -q -B test-compile exec:java -Dexec.mainClass=org.cables.browser.ChronologyAgainstTimelineJs \
  -Dexec.classpathScope=test -Dexec.args="target/timelinejs/package/dist $rounds"
