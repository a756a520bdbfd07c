#!/usr/bin/env python3
"""Contract test (b): every request body the services build, against the spec's request schema.

The integration tests that drive the real services (tests/integration/tst_services_*, the model
tests, the CLI export) run with SK_SANDBOX_RECORD_DIR set by CTest, so each sandbox they start
records every API request's method, path, matched route and body (never headers) to a JSONL file
there (scalekit-sandbox --record-requests). This test reads those files and validates each body
the sandbox accepted (2xx) against the request schema of the spec operation with the same method
and path template, strictly: a key the schema does not declare fails. Bodies the sandbox
rejected are not checked: several tests send invalid input on purpose to test error handling.

Prints a coverage table (spec operation with a request body -> bodies checked) and fails on any
violation, or when nothing was recorded at all.

Usage: request_contract.py RECORD_DIR SPEC_JSON
"""

import glob
import json
import os
import sys

from specschema import Spec, Table, route_key
from contractroutes import PROTO_FIELDS

# Request bodies the services build on purpose differently from the spec, with the reason.
KNOWN_REQUEST_DEVIATIONS = {}


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    record_dir, spec_path = sys.argv[1:]
    spec = Spec(spec_path, PROTO_FIELDS)
    files = sorted(glob.glob(os.path.join(record_dir, "*.jsonl")))
    counts = {}      # route_key -> bodies checked
    ignored = 0      # rejected by the sandbox
    unspecified = {}  # served routes outside the spec that got bodies
    failures = []
    for path in files:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                entry = json.loads(line)
                method, route = entry["method"], entry["route"]
                if not 200 <= entry["status"] < 300:
                    ignored += 1
                    continue
                found = spec.operation(method, route)
                if found is None:
                    if entry["body"] in (None, {}):
                        continue
                    key = "%s %s" % (method, route)
                    unspecified[key] = unspecified.get(key, 0) + 1
                    continue
                schema = spec.request_schema(found[1])
                body = entry["body"]
                key = route_key(method, found[0])
                if schema is None:
                    if body not in (None, {}):
                        failures.append("%s:%d %s %s sends a body the spec does not take: %s"
                                        % (os.path.basename(path), number, method, route, body))
                    continue
                counts[key] = counts.get(key, 0) + 1
                for error in spec.errors(schema, body if body is not None else {}):
                    if (key, error) in KNOWN_REQUEST_DEVIATIONS:
                        continue
                    failures.append("%s:%d %s %s (%s): %s" % (os.path.basename(path), number, method, route,
                                                              found[1]["operationId"], error))
    table = Table()
    for key, (template, operation) in sorted(spec.operations.items()):
        if spec.request_schema(operation) is None:
            continue
        label = "%s %s" % (key[0], template)
        if key in counts:
            table.add(label, "checked", "%d bodies" % counts[key])
        else:
            table.add(label, "unsent", "no service sends it in the integration and UI tests")
    for label, n in sorted(unspecified.items()):
        table.add(label, "no-spec", "%d bodies; route not in the official spec" % n)
    table.print("request bodies recorded in %s (%d files, %d rejected requests ignored)"
                % (record_dir, len(files), ignored))
    if not counts:
        failures.append("no request body was recorded: did the integration tests run with SK_SANDBOX_RECORD_DIR?")
    for failure in failures:
        print("FAIL: " + failure)
    print("%d passed, %d failed" % (sum(counts.values()), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
