"""The Python module against the CLI it mirrors.

Run by CTest with the module's build directory on PYTHONPATH:
    PYTHONPATH=build/python WHEREAS_CLI=build/cli/whereas WHEREAS_SOURCE=. python3 tests/python/test_whereas.py
"""
import csv
import json
import os
import pathlib
import re
import subprocess
import tempfile
import threading
import unittest

import whereas

CLI = os.environ["WHEREAS_CLI"]
SOURCE = pathlib.Path(os.environ["WHEREAS_SOURCE"])
DOCUMENTS = sorted((SOURCE / "samples").glob("*.txt")) + sorted((SOURCE / "tests/detect").glob("*.txt"))


def cli(*args, stdin=None):
    return subprocess.run([CLI, *args], input=stdin, capture_output=True, check=False)


class ParseTest(unittest.TestCase):
    def test_same_tree_as_the_cli(self):
        # Every sample and test document: the dict equals `parse --format json`.
        for path in DOCUMENTS:
            with self.subTest(document=path.name):
                expected = json.loads(cli("parse", "--format", "json", str(path)).stdout)
                self.assertEqual(whereas.parse(path.read_bytes(), source=str(path)), expected)

    def test_str_and_bytes_agree(self):
        text = (SOURCE / "samples/direction-barnet-2018-01.txt").read_text(encoding="utf-8")
        self.assertEqual(whereas.parse(text), whereas.parse(text.encode("utf-8")))

    def test_kind_skips_detection(self):
        text = b"WHEREAS\n1. The Council has failed.\nNOW THEREFORE:\n2. The Council shall comply.\n"
        doc = whereas.parse(text, kind="direction", source="inline.txt")
        self.assertEqual(doc["kind"], "direction")
        self.assertEqual(doc["source"], "inline.txt")
        self.assertEqual(doc["schema"], whereas.SCHEMA_VERSION)

    def test_unknown_kind_is_a_value_error(self):
        with self.assertRaisesRegex(ValueError, "no-such-kind"):
            whereas.parse("text", kind="no-such-kind")

    def test_text_of_another_type_is_a_type_error(self):
        with self.assertRaises(TypeError):
            whereas.parse(42)

    def test_threads_give_the_same_trees(self):
        # The GIL is released while parsing; parallel calls must not interfere.
        texts = [p.read_bytes() for p in DOCUMENTS[:8]]
        expected = [whereas.parse(t) for t in texts]
        results = {}

        def work(i):
            results[i] = [whereas.parse(t) for t in texts]

        threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        for i in range(4):
            self.assertEqual(results[i], expected)


class DetectTest(unittest.TestCase):
    def test_same_kind_as_the_cli(self):
        for path in DOCUMENTS:
            with self.subTest(document=path.name):
                row = cli("detect", str(path)).stdout.decode().rstrip("\n").split("\t")
                found = whereas.detect(path.read_bytes())
                self.assertEqual(found["kind"], row[1])
                self.assertAlmostEqual(found["confidence"], float(row[2]), places=2)

    def test_prose_is_unknown(self):
        self.assertEqual(whereas.detect("A note about lunch.\n")["kind"], "unknown")


class CheckTest(unittest.TestCase):
    def test_same_findings_as_the_cli(self):
        for path in DOCUMENTS:
            with self.subTest(document=path.name):
                # check's JSON lines: one finding each.
                out = cli("check", "--format", "json", str(path)).stdout.decode()
                expected = [(d["rule"], d["line"], d["column"], d["message"]) for d in json.loads(out or "[]")]
                found = [(d["rule"], d["line"], d["column"], d["message"])
                         for d in whereas.check(path.read_bytes(), source=str(path))]
                self.assertEqual(found, expected)

    def test_a_gap_is_found(self):
        text = "WHEREAS\n1. One.\n2. Two.\nNOW THEREFORE:\n1. First.\n3. Third.\n"
        rules = [d["rule"] for d in whereas.check(text, kind="direction")]
        self.assertIn("numbering-gap", rules)


class ReadmeTest(unittest.TestCase):
    def test_folder_of_directions_to_tables(self):
        # The README's example, run on the sample directions: a row per clause
        # (at any depth) and a row per deadline, as the CLI counts them.
        readme = (SOURCE / "README.md").read_text(encoding="utf-8")
        code = re.search(r"```python\n(.*?)```", readme, re.S).group(1)
        directions = sorted((SOURCE / "samples").glob("direction-*.txt"))
        with tempfile.TemporaryDirectory() as work:
            folder = pathlib.Path(work, "directions")
            folder.mkdir()
            for path in directions:
                (folder / path.name).write_bytes(path.read_bytes())
            cwd = os.getcwd()
            os.chdir(work)
            try:
                exec(compile(code, "README.md", "exec"), {})
            finally:
                os.chdir(cwd)
            with open(pathlib.Path(work, "clauses.csv"), newline="") as f:
                clauses = list(csv.reader(f))
            with open(pathlib.Path(work, "deadlines.csv"), newline="") as f:
                deadlines = list(csv.reader(f))

        def count(items):
            return sum(1 + count(item["items"]) for item in items)

        docs = json.loads(cli("parse", "--format", "json", *map(str, directions)).stdout)
        self.assertEqual(len(clauses), sum(count(doc["clauses"]) for doc in docs))
        self.assertEqual(len(deadlines), sum(len(doc["deadlines"]) for doc in docs))
        self.assertIn(["direction-barnet-2018-01.txt", "2018-04-25", "P3M",
                       "within 3 months of the date of this Direction"], deadlines)


if __name__ == "__main__":
    unittest.main()
