#!/usr/bin/env python3
"""The output contract as a schema: docs/output.schema.json (draft 2020-12)
is a valid schema; every golden file, and the output of every sample, test
document, PDF text and parse fuzz seed, validates against it; and a
document with a key missing, a key added, or a value of the wrong type does
not (so the test can fail).

usage: validate.py WHEREAS SOURCE_DIR
"""
import copy
import glob
import json
import os
import subprocess
import sys

import jsonschema
import yaml


class NoDatesLoader(yaml.SafeLoader):
    """YAML as jq and yq read it: a date stays the string it is in JSON."""


NoDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def main():
    whereas, root = sys.argv[1], sys.argv[2]
    schema = json.load(open(os.path.join(root, "docs/output.schema.json"), encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failures = 0

    def check(name, doc):
        nonlocal failures
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
        for e in errors[:5]:
            print(f"{name}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
        failures += bool(errors)

    goldens = sorted(glob.glob(os.path.join(root, "tests/golden/**/*.yaml"), recursive=True))
    for path in goldens:
        with open(path, encoding="utf-8") as f:
            for doc in yaml.load_all(f, Loader=NoDatesLoader):
                check(os.path.relpath(path, root), doc)

    inputs = []
    for pattern in ("samples/*.txt", "tests/detect/*.txt", "tests/pdf/*.txt",
                    "tests/fuzz/seeds/parse/*"):
        inputs += sorted(glob.glob(os.path.join(root, pattern)))
    docs = []
    for path in inputs:
        # One file at a time: a seed of no known kind exits 1, and is checked too.
        out = subprocess.run([whereas, "parse", "--format", "json", path],
                             capture_output=True, check=False)
        if out.returncode == 2 and b"binary file" in out.stderr:
            continue  # refused by name, no document: the CLI tests cover it
        if out.returncode not in (0, 1):
            print(f"{path}: whereas exited {out.returncode}: {out.stderr.decode(errors='replace')}")
            failures += 1
            continue
        doc = json.loads(out.stdout)
        docs.append(doc)
        check(os.path.relpath(path, root), doc)

    # The schema rejects what breaks the contract.
    sample = next(d for d in docs if d["kind"] == "direction" and d["clauses"])
    broken = []
    missing = copy.deepcopy(sample); del missing["deadlines"]; broken.append(("a key missing", missing))
    added = copy.deepcopy(sample); added["clauses"][0]["colour"] = "red"; broken.append(("a key added", added))
    wrong = copy.deepcopy(sample); wrong["clauses"][0]["line"] = "5"; broken.append(("a line as text", wrong))
    style = copy.deepcopy(sample); style["clauses"][0]["style"] = "greek"; broken.append(("an unknown style", style))
    meta = copy.deepcopy(sample); meta["metadata"]["legal_basis"] = "s. 497A"; broken.append(("a map as text", meta))
    for what, doc in broken:
        if validator.is_valid(doc):
            print(f"the schema accepts {what}")
            failures += 1

    print(f"{len(goldens)} golden files and {len(docs)} outputs checked; {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
