"""Validates JSON documents against a JSON Schema.

Usage: validate_json.py SCHEMA DOCUMENT...; prints "<document>: error: <what>"
and exits 1 at the first document that does not validate.
"""
import json
import sys

import jsonschema


def main():
    schema_path, documents = sys.argv[1], sys.argv[2:]
    with open(schema_path) as f:
        schema = json.load(f)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    for path in documents:
        with open(path) as f:
            try:
                document = json.load(f)
            except json.JSONDecodeError as e:
                sys.stderr.write(f"{path}:{e.lineno}:{e.colno}: error: invalid JSON: {e.msg}\n")
                return 1
        error = jsonschema.exceptions.best_match(validator.iter_errors(document))
        if error is not None:
            where = "/".join(str(p) for p in error.absolute_path)
            sys.stderr.write(f"{path}: error: at '/{where}': {error.message}\n")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
