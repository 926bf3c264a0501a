"""The confusion matrix of detection over the test documents: each file's
kind by its name (direction-*, committee-*, commissioner-*, memorandum-*;
not-* must stay unknown) against the kind `whereas detect` gives. Prints the markdown
table docs/detection.md holds; with --check DOC, fails when DOC's table
differs, or when a near miss is taken for a kind or a family member is
detected below 0.5.
    python3 confusion.py WHEREAS DIR [--check docs/detection.md]"""
import pathlib
import subprocess
import sys

KINDS = ["direction", "committee-report", "commissioner-report", "explanatory-memorandum", "unknown"]
PREFIX = {"direction": "direction", "committee": "committee-report",
          "commissioner": "commissioner-report", "memorandum": "explanatory-memorandum", "not": "unknown"}


def main():
    whereas, folder = sys.argv[1], pathlib.Path(sys.argv[2])
    files = sorted(folder.glob("*.txt"))
    out = subprocess.run([whereas, "detect", "--no-progress", *map(str, files)],
                         capture_output=True, text=True).stdout
    matrix = {(e, d): 0 for e in KINDS for d in KINDS}
    faults, least = [], {}
    for row in out.splitlines():
        path, kind, confidence = row.split("\t")
        expected = PREFIX[pathlib.Path(path).name.split("-")[0]]
        matrix[(expected, kind)] += 1
        if kind != expected:
            faults.append(f"{pathlib.Path(path).name}: {kind}, expected {expected}")
        if expected != "unknown":
            least[expected] = min(least.get(expected, 1.0), float(confidence))
    lines = ["| expected, detected as | " + " | ".join(KINDS) + " | least confidence |",
             "|---" * (len(KINDS) + 2) + "|"]
    for e in KINDS:
        cells = [str(matrix[(e, d)]) for d in KINDS]
        lines.append(f"| {e} | " + " | ".join(cells) + f" | {least.get(e, '-')} |")
    table = "\n".join(lines) + "\n"
    if "--check" not in sys.argv:
        sys.stdout.write(table)
        return 0
    doc = pathlib.Path(sys.argv[sys.argv.index("--check") + 1]).read_text(encoding="utf-8")
    if table not in doc:
        print("docs/detection.md's table is not the matrix of today:\n" + table)
        return 1
    for f in faults:
        print("misdetected:", f)
    low = [k for k, c in least.items() if c < 0.5]
    for k in low:
        print(f"a {k} detected below 0.5")
    print(f"{len(files)} documents, {len(faults)} misdetected")
    return 1 if faults or low else 0


if __name__ == "__main__":
    sys.exit(main())
