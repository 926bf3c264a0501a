#!/usr/bin/env python3
"""Writes a corpus of documents made from samples/*.txt, the test documents
(tests/detect/*.txt) and the PDF texts (tests/pdf/*.txt), about SIZE_MB
megabytes, for the benchmark and bench/same-output.sh: each document is one
of them with its place names, people and years varied, so no two are
identical, and every shape the tests hold (header tables, contents lists,
page furniture, text as PDF converters print it) is in the corpus.

usage: make_corpus.py SIZE_MB OUT_DIR [--seed N]

Variations are found by shape, not by name: a capitalised word before
"Council" (or "Borough/County Council") is a place; a line of two to four
capitalised words (a signatory) and "Councillor First Last" are people; any
year from 1990 to 2039 is shifted, consistently within a document.
"""
import argparse
import os
import random
import re

PLACES = ["Ambridge", "Borchester", "Casterbridge", "Midsomer", "Wessex", "Loamshire",
          "Barsetshire", "Borsetshire", "Christminster", "Melchester", "Sandbourne",
          "Budmouth", "Anglebury", "Emminster", "Shaston", "Kingsbere", "Exonbury",
          "Stickleford", "Weatherbury", "Mellstock", "Trantridge", "Chaseborough",
          "Sherton", "Ivell", "Dundagel", "Lulstead", "Oldbrickham", "Aldbrickham"]
FIRST = ["Jane", "John", "Mary", "Peter", "Alice", "Robert", "Susan", "David", "Helen",
         "Mark", "Claire", "James", "Anne", "Paul", "Ruth", "Simon", "Grace", "Tom"]
LAST = ["Doe", "Roe", "Smith", "Jones", "Brown", "Taylor", "Wilson", "Evans", "Thomas",
        "Walker", "White", "Hughes", "Green", "Hall", "Wood", "Harris", "Clarke", "King"]

PLACE = re.compile(r"\b([A-Z][a-z]{3,})(?=(?:'s)? (?:Borough |County |City )?Council\b)")
SIGNATORY = re.compile(r"^([A-Z]{2,}(?: [A-Z]{2,}){1,3})\s*$", re.M)
COUNCILLOR = re.compile(r"\bCouncillor ([A-Z][a-z]+ [A-Z][a-z]+)")
YEAR = re.compile(r"\b(199\d|20[0-3]\d)\b")


def vary(text, rng):
    places = sorted(set(PLACE.findall(text)) - {"Borough", "County", "City"})
    for place in places:
        text = re.sub(r"\b%s\b" % re.escape(place), rng.choice(PLACES), text)
    text = SIGNATORY.sub(lambda m: (rng.choice(FIRST) + " " + rng.choice(LAST)).upper(), text)
    text = COUNCILLOR.sub(lambda m: "Councillor %s %s" % (rng.choice(FIRST), rng.choice(LAST)), text)
    shift = rng.randint(-3, 3)
    text = YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    return text


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("size_mb", type=float)
    parser.add_argument("out_dir")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    samples = []
    for sub in ("samples", "tests/detect", "tests/pdf"):
        samples_dir = os.path.join(here, "..", sub)
        for name in sorted(os.listdir(samples_dir)):
            if name.endswith(".txt"):
                with open(os.path.join(samples_dir, name), encoding="utf-8") as f:
                    samples.append((name[:-4], f.read()))
    rng = random.Random(args.seed)
    target = int(args.size_mb * 1e6)
    written = 0
    n = 0
    while written < target:
        stem, text = samples[n % len(samples)]
        doc = vary(text, rng)
        sub = os.path.join(args.out_dir, "%03d" % (n // 500))
        os.makedirs(sub, exist_ok=True)
        data = doc.encode("utf-8")
        with open(os.path.join(sub, "%06d-%s.txt" % (n, stem)), "wb") as f:
            f.write(data)
        written += len(data)
        n += 1
    print("%d documents, %.1f MB in %s" % (n, written / 1e6, args.out_dir))


if __name__ == "__main__":
    main()
