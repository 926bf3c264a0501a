"""parse --format csv read back by Python's csv module holds, row for row,
the items of parse --format json: every field, every word of a table."""
import csv
import io
import json
import subprocess
import sys

whereas, files = sys.argv[1], sys.argv[2:]
table = subprocess.run([whereas, "parse", "--format", "csv", *files], capture_output=True).stdout  # 1: a document of no kind
tree = subprocess.run([whereas, "parse", "--format", "json", *files], capture_output=True).stdout  # 1: a document of no kind
assert b"\r\n" in table and table.endswith(b"\r\n"), "records end with CRLF"
rows = list(csv.reader(io.StringIO(table.decode("utf-8"), newline="")))
header, rows = rows[0], rows[1:]


def expected_rows(doc):
    zones = [("recitals", doc["recitals"]), ("clauses", doc["clauses"]),
             ("recommendations", doc["recommendations"])]
    zones += [("annexes", annex["items"]) for annex in doc["annexes"]]
    for zone, items in zones:
        stack = list(reversed(items))
        while stack:
            item = stack.pop()
            text = "\n".join(([item["text"]] if item["text"] else []) +
                             ["\t".join(cells) for cells in item["rows"]])
            yield [doc["source"], doc["kind"], zone, item["path"], item["label"] or "", item["style"],
                   item["heading"] or "", text, str(item["line"]), item["tail"] or "",
                   str(item.get("page", ""))]
            stack.extend(reversed(item["items"]))


expected = [row for doc in json.loads(tree) for row in expected_rows(doc)]
print(",".join(header))
print("rows:", len(rows), "equal:", rows == expected, "with tails:", sum(1 for r in rows if r[9]),
      "tables:", sum(1 for r in rows if r[5] == "table"), "quoted fields:",
      sum(1 for r in rows for f in r if any(c in f for c in ',"\n')))
