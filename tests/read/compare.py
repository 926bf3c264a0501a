"""A document read from PDF or HTML gives the records its text gives.

    compare.py WHEREAS TEXT DOC [DOC...]

Each DOC (a PDF or an HTML page made from TEXT) is parsed and compared with
TEXT's records: the items of every zone with their paths, labels, headings
and words; the deadlines; the numbering diagnostics; title, date and
metadata. Line and page numbers, columns, the source name and the detection's
confidence are left out (they count in different texts); white space is
squeezed. Prints one line per DOC, then each difference; exits 1 on any.
"""
import json
import re
import subprocess
import sys

IGNORED = {"line", "page", "column", "source", "confidence"}


def squeeze(value):
    if isinstance(value, dict):
        return {k: squeeze(v) for k, v in value.items() if k not in IGNORED}
    if isinstance(value, list):
        return [squeeze(v) for v in value]
    if isinstance(value, str):
        return re.sub(r"\s+", " ", value).strip()
    return value


def records(whereas, path):
    out = subprocess.run([whereas, "parse", "--no-progress", "--format", "json", path],
                         capture_output=True, text=True)
    if not out.stdout.strip():
        sys.exit(f"{path}: no output: {out.stderr.strip()}")
    doc = json.loads(out.stdout)
    doc["diagnostics"] = [d for d in doc["diagnostics"] if d["rule"].startswith("numbering")
                          or d["rule"] in ("lost-label", "unknown-kind", "low-structure")]
    keep = ["kind", "title", "date", "metadata", "recitals", "clauses", "recommendations",
            "annexes", "deadlines", "definitions", "diagnostics"]
    return squeeze({k: doc[k] for k in keep})


def items(zone, tree, prefix=""):
    """Each item as (zone, path) -> its fields, children apart."""
    out = {}
    for item in tree:
        fields = {k: v for k, v in item.items() if k != "items"}
        out[(zone, item["path"])] = fields
        out.update(items(zone, item["items"]))
    return out


def differences(a, b):
    diffs = []
    for key in ("kind", "title", "date", "metadata", "deadlines", "definitions", "diagnostics"):
        if a[key] != b[key]:
            diffs.append(f"{key}: text {json.dumps(a[key])[:300]}\n    read {json.dumps(b[key])[:300]}")
    ia, ib = {}, {}
    for zone in ("recitals", "clauses", "recommendations"):
        ia.update(items(zone, a[zone]))
        ib.update(items(zone, b[zone]))
    for n, annex in enumerate(a["annexes"]):
        ia.update(items(f"annex {n}", annex["items"]))
    for n, annex in enumerate(b["annexes"]):
        ib.update(items(f"annex {n}", annex["items"]))
    for key in sorted(set(ia) | set(ib)):
        if ia.get(key) != ib.get(key):
            diffs.append(f"item {key}: text {json.dumps(ia.get(key))[:300]}\n    read {json.dumps(ib.get(key))[:300]}")
    return diffs


def main():
    whereas, text, docs = sys.argv[1], sys.argv[2], sys.argv[3:]
    expected = records(whereas, text)
    failed = False
    for doc in docs:
        diffs = differences(expected, records(whereas, doc))
        print(f"{doc}: {'same records' if not diffs else str(len(diffs)) + ' differences'}")
        for d in diffs:
            print("  " + d)
        failed = failed or bool(diffs)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
