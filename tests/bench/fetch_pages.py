#!/usr/bin/env python3
"""Saves raw list-page bodies of a Scalekit environment for tests/bench/bench_export_decode.

Pages RESOURCE (organizations, page size 100, or connected-accounts, page size 99) the way
export_reference.py does and writes the first COUNT bodies, byte for byte, as
OUTDIR/RESOURCE-NNNN.json. Reads SCALEKIT_ENV_URL, SCALEKIT_CLIENT_ID and SCALEKIT_CLIENT_SECRET.

Usage: fetch_pages.py organizations|connected-accounts COUNT OUTDIR
"""
import json
import os
import sys
import urllib.parse
import urllib.request

from export_reference import access_token  # the same token request as the baseline

PATHS = {"organizations": ("/api/v1/organizations", 100),
         "connected-accounts": ("/api/v1/connected_accounts", 99)}


def main():
    resource, count, outdir = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    path, page_size = PATHS[resource]
    base = os.environ["SCALEKIT_ENV_URL"].rstrip("/")
    headers = {"Authorization": "Bearer " + access_token(base)}
    page_token = ""
    for n in range(count):
        query = {"page_size": page_size}
        if page_token:
            query["page_token"] = page_token
        request = urllib.request.Request(base + path + "?" + urllib.parse.urlencode(query), headers=headers)
        with urllib.request.urlopen(request) as reply:
            body = reply.read()
        with open(os.path.join(outdir, "%s-%04d.json" % (resource, n)), "wb") as out:
            out.write(body)
        page_token = json.loads(body).get("next_page_token") or ""
        if not page_token:
            break


if __name__ == "__main__":
    main()
