#!/usr/bin/env python3
"""Opens COUNT new Vaadin sessions of one page, as a browser's first visit does: the page (the
server renders the view into it), then the UIDL request that says the browser is connected.
Each session gets its own cookie jar; the sessions are left open (they expire on their own).
Used by run-load.sh to count the memory of a session of one page.
Usage: open-sessions.py BASE_URL PATH COUNT"""
import http.cookiejar
import json
import re
import sys
import urllib.request

base, path, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
failed = 0
for _ in range(count):
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    opener.addheaders = [("Accept-Language", "en-GB,en;q=0.8"), ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Cables-load-test")]
    try:
        page = opener.open(base + path, timeout=30).read().decode("utf-8")
        csrf = re.search(r'"Vaadin-Security-Key"\s*:\s*"([^"]+)"', page).group(1)
        ui = re.search(r'"v-uiId"\s*:\s*(\d+)', page).group(1)
        sync = re.search(r'"syncId"\s*:\s*(\d+)', page).group(1)
        rpc = {"type": "event", "node": 1, "event": "ui-navigate",
               "data": {"route": path.lstrip("/"), "query": "", "appShellTitle": "", "historyState": {"idx": 0}, "trigger": ""}}
        body = json.dumps({"csrfToken": csrf, "rpc": [rpc], "syncId": int(sync), "clientId": 0}).encode()
        request = urllib.request.Request(f"{base}/?v-r=uidl&v-uiId={ui}", data=body,
                                         headers={"Content-Type": "application/json; charset=UTF-8"})
        answer = opener.open(request, timeout=30).read().decode("utf-8")
        if "appError" in answer or "sessionExpired" in answer:
            failed += 1
    except Exception as e:  # counted, and reported below
        failed += 1
        print(f"{path}: {e}", file=sys.stderr)
print(failed)
sys.exit(1 if failed else 0)
