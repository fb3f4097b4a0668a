#!/usr/bin/env bash
# Runs before the browser tests (Maven phase pre-integration-test).
# The browser tests drive Chromium through Playwright. Playwright's own browser download is
# not reachable on every machine (it is not on this project's build machines), so prefer a
# system Chromium: use CHROMIUM_PATH or a known location; as root with apt-get, install
# Debian's chromium when it is missing. Otherwise leave it to Playwright's download.
set -u

for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome-stable /usr/bin/google-chrome; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    echo "[cables] browser tests will use $candidate"
    exit 0
  fi
done

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "[cables] installing Debian's chromium for the browser tests (once)"
  if ! apt-get install -y -q chromium >/tmp/cables-apt.log 2>&1; then
    apt-get update -q >>/tmp/cables-apt.log 2>&1
    apt-get install -y -q chromium >>/tmp/cables-apt.log 2>&1 || {
      echo "[cables] apt-get could not install chromium; see /tmp/cables-apt.log" >&2
      exit 1
    }
  fi
  exit 0
fi

echo "[cables] no system Chromium found; Playwright will download its own browser"
echo "[cables] (or install chromium and set CHROMIUM_PATH)"
exit 0
