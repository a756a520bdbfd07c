#!/usr/bin/env python3
"""Contract test (a): every answer the sandbox gives on every route it serves, against the spec.

Starts the real scalekit-sandbox on 127.0.0.1 (random port), asks it for its route table
(GET /_sandbox/routes, read from its router), walks every route with ids taken from earlier
answers (creating what it needs), and validates each 2xx body against the response schema of
the spec operation with the same method and path template (tests/data/scalekit.openapi.json),
strictly: a key the schema does not declare fails (see specschema.py). Routes the official spec
does not document are checked against a schema assembled from the spec's own components where
their answer is one of its messages (DERIVED), or listed in SKIPPED with the reason. Prints a
coverage table and fails if any served route was neither checked nor skipped with a reason.

Usage: sandbox_contract.py SANDBOX_BINARY SPEC_JSON
"""

import sys
import urllib.parse

from sandboxclient import Sandbox
from specschema import Spec, Table, route_key
from contractroutes import DERIVED, SKIPPED, PROTO_FIELDS, exercise, known_deviation


class Driver:
    def __init__(self, sandbox, spec):
        self.sandbox = sandbox
        self.spec = spec
        self.checked = {}   # route_key -> note
        self.failures = []  # strings
        self.known = set()  # deviations met, with their reasons
        self.error_bodies = 0

    def error_schema(self):
        """google.rpc.Status (reference.md 3.5): details are ErrorInfo with its Any type URL."""
        info = self.spec.raw["components"]["schemas"]["errdetailsErrorInfo"]
        detail = {"type": "object", "properties": dict(info["properties"], **{"@type": {"type": "string"}})}
        return {"type": "object", "properties": {"code": {"type": "integer"}, "message": {"type": "string"},
                                                 "details": {"type": "array", "items": detail}}}

    def call(self, method, pattern, params=None, body=None, query=None, expect=None):
        """Calls one route (pattern with {name} placeholders) and checks its answer."""
        path = pattern
        for name, value in (params or {}).items():
            path = path.replace("{" + name + "}", urllib.parse.quote(str(value), safe=""))
        answer = self.sandbox.api(method, path, body, query)
        key = route_key(method, pattern)
        label = "%s %s" % (method, pattern)
        if expect is not None:
            if answer.status != expect:
                self.failures.append("%s: expected %d, got %d: %s" % (label, expect, answer.status, answer.body))
            for error in self.spec.errors(self.error_schema(), answer.body):
                self.failures.append("%s, error body (google.rpc.Status): %s" % (label, error))
            self.error_bodies += 1
            return answer.body
        if not answer.ok:
            self.failures.append("%s answered %d: %s" % (label, answer.status, answer.body))
            return None
        schema, source = self.schema_for(method, pattern)
        if schema is None:
            return answer.body
        errors = self.spec.errors(schema, answer.body)
        real = []
        for error in errors:
            reason = known_deviation(key, error)
            if reason:
                self.known.add("%s: %s (%s)" % (label, error, reason))
            else:
                real.append(error)
                self.failures.append("%s (%s): %s" % (label, source, error))
        if key not in self.checked or not real:
            self.checked[key] = source
        return answer.body

    def schema_for(self, method, pattern):
        found = self.spec.operation(method, pattern)
        if found:
            schema = self.spec.response_schema(found[1])
            if schema is None:
                return None, None
            return schema, found[1]["operationId"]
        derived = DERIVED.get(route_key(method, pattern))
        if derived is not None:
            return derived, "derived"
        return None, None


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    binary, spec_path = sys.argv[1:]
    spec = Spec(spec_path, PROTO_FIELDS)
    sandbox = Sandbox(binary, ["--seed", "11", "--organizations", "6", "--users", "60",
                               "--connected-accounts", "30", "--mcp-instances", "4"])
    try:
        sandbox.authenticate()
        served = sandbox.control("/_sandbox/routes")
        driver = Driver(sandbox, spec)
        try:
            exercise(driver)
        except Exception as error:  # a failed call left no id for the next ones
            for failure in driver.failures:
                print("FAIL: " + failure)
            print("FAIL: the walk stopped early: %r" % error)
            raise
    finally:
        exit_problem = sandbox.stop_cleanly()

    table = Table()
    unchecked = []
    for route in served["api"]:
        key = route_key(route["method"], route["path"])
        label = "%s %s" % (route["method"], route["path"])
        in_spec = spec.operation(route["method"], route["path"]) is not None
        if key in driver.checked:
            table.add(label, "checked", driver.checked[key])
        elif key in SKIPPED and not in_spec:
            table.add(label, "skipped", SKIPPED[key])
        else:
            table.add(label, "UNCHECKED", "in the spec" if in_spec else "no schema and no skip reason")
            unchecked.append(label)
    for route in served["public"]:
        table.add("%s %s" % (route["method"], route["path"]), "skipped",
                  "public browser page outside /api (HTML), not part of the REST API")
    table.add("(error answers)", "checked" if driver.error_bodies else "UNCHECKED",
              "%d error bodies against google.rpc.Status with errdetailsErrorInfo" % driver.error_bodies)
    table.print("sandbox answers against %s" % spec_path)
    stale = [k for k in SKIPPED if k in driver.checked]
    for key in stale:
        driver.failures.append("%s %s is checked now: drop it from SKIPPED" % key)
    if exit_problem:
        driver.failures.append(exit_problem)
    if not driver.error_bodies:
        driver.failures.append("no error answer was checked")
    for label in unchecked:
        driver.failures.append("route never checked: " + label)
    for known in sorted(driver.known):
        print("known deviation: " + known)
    for failure in driver.failures:
        print("FAIL: " + failure)
    checked = sum(1 for r in table.rows if r[1] == "checked")
    print("%d passed, %d failed" % (checked, len(driver.failures)))
    return 1 if driver.failures else 0


if __name__ == "__main__":
    sys.exit(main())
