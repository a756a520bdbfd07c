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
from contractroutes import DERIVED_REQUESTS, PROTO_FIELDS

# Spec operations with a request body that no service calls, and why. Any other operation that no
# recorded test sent fails: a service call without a test that sends it is unchecked.
NOT_CALLED = {
    ("PATCH", "/api/v1/roles/default"): "alias of PATCH /api/v1/roles:set_defaults, which RolesService calls",
    ("PATCH", "/api/v1/webauthn/credentials/{}"): "end-user passkeys: not administered by the console",
    ("POST", "/api/v1/connected_accounts/user/verify"): "end-user verification step of the connect flow",
    ("POST", "/api/v1/mcp/configs/{}/tokens"): "MCP session tokens are minted by the agents' backends",
    ("POST", "/api/v1/passwordless/email/resend"): "end-user passwordless sign-in flow",
    ("POST", "/api/v1/passwordless/email/send"): "end-user passwordless sign-in flow",
    ("POST", "/api/v1/passwordless/email/verify"): "end-user passwordless sign-in flow",
}

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
    unspecified = {}  # route_key outside the spec -> bodies checked against DERIVED_REQUESTS
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
                body = entry["body"]
                if found is None:
                    if body in (None, {}):
                        continue
                    key = route_key(method, route)
                    schema = DERIVED_REQUESTS.get(key)
                    if schema is None:
                        failures.append("%s:%d %s %s: a body to a route with no request schema (add one to "
                                        "DERIVED_REQUESTS)" % (os.path.basename(path), number, method, route))
                        continue
                    unspecified[key] = unspecified.get(key, 0) + 1
                    for error in spec.errors(schema, body):
                        failures.append("%s:%d %s %s (derived): %s" % (os.path.basename(path), number, method,
                                                                        route, error))
                    continue
                schema = spec.request_schema(found[1])
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
        elif key in NOT_CALLED:
            table.add(label, "skipped", NOT_CALLED[key])
        else:
            table.add(label, "UNSENT", "no integration or UI test sent it")
            failures.append("%s: no recorded request; test the service call, or list it in NOT_CALLED" % label)
    for key, n in sorted(unspecified.items()):
        table.add("%s %s" % key, "checked", "%d bodies against a derived schema (not in the spec)" % n)
    table.print("request bodies recorded in %s (%d files, %d rejected requests ignored)"
                % (record_dir, len(files), ignored))
    if not counts:
        failures.append("no request body was recorded: did the integration tests run with SK_SANDBOX_RECORD_DIR?")
    for failure in failures:
        print("FAIL: " + failure)
    print("%d passed, %d failed" % (sum(counts.values()) + sum(unspecified.values()), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
