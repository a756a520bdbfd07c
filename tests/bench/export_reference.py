#!/usr/bin/env python3
"""The plain Python stdlib baseline for tests/bench/bench_export.sh (issue 15).

Pages one list endpoint of a Scalekit environment the way `scalekit-console export RESOURCE
--format csv` does (client-credentials token, page_size, page_token) and writes the same CSV
columns. Nothing but urllib, json and csv: what a user would write in ten minutes.

Usage: export_reference.py organizations|connected-accounts OUTPUT.csv
Reads SCALEKIT_ENV_URL, SCALEKIT_CLIENT_ID and SCALEKIT_CLIENT_SECRET from the environment.
Prints the number of rows written.
"""
import csv
import json
import os
import sys
import urllib.parse
import urllib.request

RESOURCES = {
    # name: (path, list key, page size, columns)
    "organizations": ("/api/v1/organizations", "organizations", 100,
                      ["id", "display_name", "external_id", "slug", "region_code", "create_time",
                       "update_time", "metadata"]),
    "connected-accounts": ("/api/v1/connected_accounts", "connected_accounts", 99,
                           ["id", "connector", "identifier", "provider", "status", "authorization_type",
                            "connection_id", "token_expires_at", "updated_at", "last_used_at"]),
}


def cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return ";".join(cell(v) for v in value)
    return json.dumps(value, separators=(",", ":"), sort_keys=True, ensure_ascii=False)


def access_token(base):
    """A client-credentials token for the environment at base (SCALEKIT_CLIENT_ID/SECRET)."""
    form = urllib.parse.urlencode({"grant_type": "client_credentials",
                                   "client_id": os.environ["SCALEKIT_CLIENT_ID"],
                                   "client_secret": os.environ["SCALEKIT_CLIENT_SECRET"]}).encode()
    with urllib.request.urlopen(base + "/oauth/token", data=form) as reply:
        return json.load(reply)["access_token"]


def main():
    resource, output = sys.argv[1], sys.argv[2]
    path, key, page_size, columns = RESOURCES[resource]
    base = os.environ["SCALEKIT_ENV_URL"].rstrip("/")
    headers = {"Authorization": "Bearer " + access_token(base)}
    rows = 0
    page_token = ""
    with open(output, "w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(columns)
        while True:
            query = {"page_size": page_size}
            if page_token:
                query["page_token"] = page_token
            request = urllib.request.Request(base + path + "?" + urllib.parse.urlencode(query), headers=headers)
            with urllib.request.urlopen(request) as reply:
                page = json.load(reply)
            for item in page.get(key) or []:
                writer.writerow([cell(item.get(c)) for c in columns])
                rows += 1
            page_token = page.get("next_page_token") or ""
            if not page_token:
                break
    print(rows)


if __name__ == "__main__":
    main()
