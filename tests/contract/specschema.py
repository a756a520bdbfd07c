"""The official OpenAPI spec as strict JSON Schema validators, shared by the contract tests.

OpenAPI 3.1 schemas are JSON Schema 2020-12. The spec leaves objects open (no
additionalProperties), so a key renamed on both sides of a shared codec would still pass; here
every object schema that declares properties gets additionalProperties: false, so a key the spec
does not declare is a failure. Enum values stay as the spec lists them (the sandbox must send
known values; the client separately tolerates unknown ones, see tests/unit/tst_specexamples.cpp).
"""

import copy
import json
import re

from jsonschema import Draft202012Validator

HTTP_METHODS = ("get", "put", "post", "patch", "delete")


def _strict(schema):
    """Returns a copy of schema where each object schema with properties is closed."""
    if isinstance(schema, list):
        return [_strict(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {}
    for key, value in schema.items():
        if key in ("examples", "example", "description", "title"):
            out[key] = value
        elif key in ("properties", "patternProperties", "$defs"):
            out[key] = {name: _strict(sub) for name, sub in value.items()}
        elif key in ("items", "additionalProperties", "not", "contains", "unevaluatedProperties",
                     "allOf", "anyOf", "oneOf", "prefixItems"):
            out[key] = _strict(value)
        else:
            out[key] = value
    if "properties" in out and "additionalProperties" not in out:
        out["additionalProperties"] = False
    return out


def route_key(method, path):
    """A method and a path template with its parameter names erased: ('GET', '/a/{}/b')."""
    return method.upper(), re.sub(r"\{[^}]*\}", "{}", path)


class Spec:
    def __init__(self, path, proto_fields=None):
        """proto_fields: {schema name: {property: schema}} the spec leaves out but the API sends."""
        with open(path, encoding="utf-8") as f:
            self.raw = json.load(f)
        schemas = copy.deepcopy(self.raw["components"]["schemas"])
        for name, extra in (proto_fields or {}).items():
            schemas[name].setdefault("properties", {}).update(extra)
        self.components = {"schemas": {name: _strict(s) for name, s in schemas.items()}}
        self.operations = {}  # route_key -> (path template, operation)
        for template, item in self.raw["paths"].items():
            for method, operation in item.items():
                if method in HTTP_METHODS:
                    self.operations[route_key(method, template)] = (template, operation)
        self._validators = {}

    def operation(self, method, path):
        """The (template, operation) the spec documents for a route, or None."""
        return self.operations.get(route_key(method, path))

    def _validator(self, schema):
        key = json.dumps(schema, sort_keys=True)
        if key not in self._validators:
            # "$ref": "#/components/..." resolves against this root document.
            root = dict(_strict(copy.deepcopy(schema)))
            root["components"] = self.components
            Draft202012Validator.check_schema(root)
            self._validators[key] = Draft202012Validator(root)
        return self._validators[key]

    def response_schema(self, operation):
        for status, response in sorted(operation.get("responses", {}).items()):
            if status.startswith("2"):
                content = response.get("content", {}).get("application/json")
                if content and "schema" in content:
                    return content["schema"]
        return None

    def request_schema(self, operation):
        body = operation.get("requestBody")
        if not body:
            return None
        content = body.get("content", {}).get("application/json")
        schema = content.get("schema") if content else None
        if schema and "$ref" in schema and "required" in schema:
            # With google.api.http body: "membership" the body IS the membership message, but the
            # generator copied the field's required flag beside the $ref ("required": ["membership"]),
            # naming a key the referenced message does not have. Drop such names, keep real ones.
            target = self.raw["components"]["schemas"][schema["$ref"].split("/")[-1]]
            names = [n for n in schema["required"] if n in target.get("properties", {})]
            schema = {k: v for k, v in schema.items() if k != "required"}
            if names:
                schema["required"] = names
        return schema

    def errors(self, schema, instance):
        """Every violation of schema by instance, as 'at /json/pointer: message' strings."""
        out = []
        for error in sorted(self._validator(schema).iter_errors(instance), key=lambda e: list(e.absolute_path)):
            where = "/" + "/".join("*" if isinstance(p, int) else str(p) for p in error.absolute_path)
            text = "at %s: %s" % (where, error.message)
            if text not in out:
                out.append(text)
        return out

    def schema_by_name(self, name):
        return {"$ref": "#/components/schemas/" + name}


class Table:
    """The coverage table printed by each contract test."""

    def __init__(self):
        self.rows = []  # (route, verdict, note)

    def add(self, route, verdict, note=""):
        self.rows.append((route, verdict, note))

    def print(self, title):
        print("== " + title)
        width = max((len(r[0]) for r in self.rows), default=10)
        for route, verdict, note in self.rows:
            print("%-*s  %-8s %s" % (width, route, verdict, note))
        counts = {}
        for _, verdict, _ in self.rows:
            counts[verdict] = counts.get(verdict, 0) + 1
        print("== " + ", ".join("%d %s" % (n, v) for v, n in sorted(counts.items())))
