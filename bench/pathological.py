#!/usr/bin/env python3
"""Pathological inputs, in the style of cmark's test/pathological_tests.py:
each shape that could make a pass per line walk far, or a loop run over pairs,
is generated at a size where a super-linear cost shows, and timed against
ordinary text of the same size and kind. Every ratio must be at most 3.

usage: pathological.py WHEREAS [--runs N] [--scale X] [--only NAME]

WHEREAS is the binary. --scale multiplies every size (1 is the table in
docs/performance.md). Prints a table: case, bytes, seconds, baseline seconds,
ratio; exits 1 when a ratio is over the limit.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

LIMIT = 3.0

CLAUSE = ("The Council shall co-operate with the Commissioner and provide such "
          "information as the Commissioner may reasonably require within 28 days. ")


def direction(body):
    return ("DIRECTION ISSUED TO WESSEX BOROUGH COUNCIL UNDER SECTION 497A(4B) OF THE "
            "EDUCATION ACT 1996\n\nWHEREAS:\n\n1. The Secretary of State is satisfied.\n\n"
            "NOW THEREFORE:\n\n" + body)


def wrap(text, width=70):
    """`text` broken into lines of at most `width` characters, as a PDF
    converter prints a paragraph."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = line + " " + word if line else word
    lines.append(line)
    return "\n".join(lines)


def ordinary_clauses(size):
    """Numbered clauses of ordinary length, each a wrapped paragraph."""
    out, n = [], 2
    total = 0
    while total < size:
        para = wrap("%d. " % n + CLAUSE * 4) + "\n\n"
        out.append(para)
        total += len(para)
        n += 1
    return direction("".join(out))


def one_wrapped_clause(size):
    """One clause wrapped over tens of thousands of lines."""
    return direction(wrap("2. " + CLAUSE * (size // len(CLAUSE))) + "\n")


def header(rows):
    return "Report to:  Cabinet\nDate:  12 March 2025\n" + rows + "\nRecommendations\n\n1. That Cabinet notes the report.\n"


def ordinary_header(size):
    row = "Title:  Children's services improvement plan progress report to the committee\n"
    return header(row * (size // len(row)))


def header_gaps(size):
    """A header row whose value holds thousands of double-space gaps."""
    return header("Title:  " + "word  " * (size // 6) + "\n")


def siblings(size):
    """Sibling bullets under one lead-in, one a line, no blank line between."""
    out, n, total = [], 0, 0
    while total < size:
        line = "- the Council shall report on item %d;\n" % n
        out.append(line)
        total += len(line)
        n += 1
    return direction("2. The Council shall:\n" + "".join(out))


def numbered_lines(size):
    """Numbered lines with no blank line between, past the grammar's label
    width (1000. and on are no labels: those lines are one long paragraph)."""
    out, n, total = [], 2, 0
    while total < size:
        line = "%d. The Council shall report.\n" % n
        out.append(line)
        total += len(line)
        n += 1
    return direction("".join(out))


def levels(size):
    """Nesting as deep as labels go: 1. a. i. A. (1) a) ... over and over."""
    labels = ["%d.", "(%s)", "%s)"]
    out, k, total = [], 0, 0
    styles = [lambda n: "1.", lambda n: "a.", lambda n: "i.", lambda n: "A.", lambda n: "(1)", lambda n: "a)"]
    while total < size:
        line = styles[k % 6](k) + " level %d includes:\n" % k
        out.append(line)
        total += len(line)
        k += 1
    return "WHEREAS:\n" + "".join(out)


def long_line(size):
    """One line of ordinary words, with no break at all."""
    return direction("2. " + CLAUSE * (size // len(CLAUSE)) + "\n")


def footnotes(size):
    """Pages (form feeds), each with footnote marks and its own notes at its
    foot (the same notes on every page would be running footers)."""
    def name(n):  # a word no other page's notes print
        word = ""
        while True:
            word += "abcdefghijklmnopqrstuvwxyz"[n % 26]
            n //= 26
            if n == 0:
                return word.capitalize()
    out, page, total = [], 0, 0
    while total < size:
        w = name(page)
        text = ("- The %s Council1 shall co-operate with the Commissioner2 and provide such "
                "information3 as the Commissioner may require.\n\n1 Direction issued to %s "
                "Council.\n2 Appointed for %s.\n3 Within 28 days of the %s report.\n\f" % (w, w, w, w))
        out.append(text)
        total += len(text)
        page += 1
    return direction("2. The Council shall:\n" + "".join(out))


def labels_line(size):
    """A line of nothing but labels: 1. a. i. (1) 2. b. ii. ..."""
    unit = "1. a. i. (1) (a) 2. b. ii. (2) (b) "
    return direction("2. " + unit * (size // len(unit)) + "\n")


def nbsp_diagnostics(size):
    """Thousands of characters that shift columns, and a diagnostic on every
    line: each diagnostic's column is mapped back through the shifts."""
    line = "a.\u00a0The\u00a0Council\u00a0shall\u00a0report.\n"
    out, total = [], 0
    while total < size:
        out.append(line)
        total += len(line.encode())
    return direction("2. The Council shall:\n" + "".join(out))


def ordinary_nbsp(size):
    line = "a. The Council shall report and publish its plan.\n"
    out, total = [], 0
    n = 0
    while total < size:
        out.append(chr(ord("a") + n % 26) + line[1:])
        total += len(line)
        n += 1
    return direction("2. The Council shall:\n" + "".join(out))


def commissioner(body):
    return "Children's Services Commissioner's report\n\n6. Conclusions\n\n" + body


def glued_items(size):
    """Items glued on one line ('...;6.2 ...;6.3 ...'), a split rule's repair."""
    out, k, total = ["6.1 the Council should act;"], 2, 0
    while total < size:
        piece = "6.%d the Council should act;" % k
        out.append(piece)
        total += len(piece)
        k += 1
    return commissioner("".join(out) + "end.\n")


def ordinary_report(size):
    out, k, total = [], 1, 0
    while total < size:
        para = wrap("6.%d The Council should act on the findings of this report and publish its plan. " % k * 3) + "\n\n"
        out.append(para)
        total += len(para)
        k += 1
    return commissioner("".join(out))


def dates_without_year(size):
    """Dates printed without a year, each taking one from the words around."""
    return direction("2. The Council shall meet on " + "1 March, " * (size // 9) + "and 2 April 2024.\n")


def defined_terms(size):
    """Terms defined in brackets, thousands in one clause with no clause mark."""
    out, k, total = [], 0, 0
    while total < size:
        term = 'the Board of Example %d ("the Board %d") ' % (k, k)
        out.append(term)
        total += len(term)
        k += 1
    return direction("2. " + "".join(out) + "\n")


def long_label(size):
    """A multilevel label of thousands of parts: 1.1.1.1... ."""
    return "Report to:  Cabinet\n\n1. Background\n\n" + "1." * (size // 2) + "1 The text.\n"


def ordinary_committee(size):
    out, k, total = ["Report to:  Cabinet\n\n1. Background\n\n"], 1, 0
    while total < size:
        para = "1.%d The Council has made progress on its improvement plan.\n\n" % k
        out.append(para)
        total += len(para)
        k += 1
    return "".join(out)


def labels_alone(size):
    """Labels each alone on a line, apart from their words, as plain pdftotext
    prints them: nothing is placed, and the low-structure warning reads every
    unplaced line for its cause."""
    out, k, total = [], 1, 0
    while total < size:
        para = "%d.\n\nThe Council should act on the findings of this report.\n\n" % k
        out.append(para)
        total += len(para)
        k += 1
    return "Children's Services Commissioner's report\n\n" + "".join(out)


def page(body):
    return ("<!DOCTYPE html><html><head><title>Direction</title></head><body><nav>Home</nav>"
            "<main><h1>DIRECTION ISSUED TO WESSEX BOROUGH COUNCIL UNDER SECTION 497A(4B) OF THE "
            "EDUCATION ACT 1996</h1><p>WHEREAS:</p><p>1. The Secretary of State is satisfied.</p>"
            "<p>NOW THEREFORE:</p>" + body + "</main></body></html>")


def ordinary_page(size):
    out, k, total = [], 1, 0
    while total < size:
        para = "<p>%d. %s</p>\n" % (k, CLAUSE)
        out.append(para)
        total += len(para)
        k += 1
    return page("".join(out))


def html_deep(size):
    """900 elements deep (the refusal is at 1,000), paragraphs inside: every
    tag's scope check walks the open elements."""
    inner = ordinary_page(size - 20_000)
    return inner.replace("<main>", "<main>" + "<div>" * 900).replace("</main>", "</div>" * 900 + "</main>")


def repeated(piece, size):
    """`piece` as many times as fill `size` bytes."""
    return piece * max(1, -(-size // len(piece)))


def html_list(size):
    """One <ol> of many items, each numbered from the list."""
    return page("<ol>" + repeated("<li>%s</li>\n" % CLAUSE, size) + "</ol>")


def html_row(size):
    """A table of one row with a cell for every clause: one line."""
    return page("<table><tr>" + repeated("<td>%s</td>" % CLAUSE, size) + "</tr></table>")


# name, kind, generator, baseline generator, size in bytes
CASES = [
    ("wrapped paragraph over 32k lines", "direction", one_wrapped_clause, ordinary_clauses, 2_300_000),
    ("header line with 2,000 gaps", "committee-report", header_gaps, ordinary_header, 14_000),
    ("header line with 200,000 gaps", "committee-report", header_gaps, ordinary_header, 1_400_000),
    ("100,000 siblings", "direction", siblings, ordinary_clauses, 3_800_000),
    ("100,000 numbered lines, no blank line", "direction", numbered_lines, ordinary_clauses, 3_000_000),
    ("2,000 levels", "direction", levels, ordinary_clauses, 50_000),
    ("a 20 MB line", "direction", long_line, ordinary_clauses, 20_000_000),
    ("footnote marks and page breaks", "direction", footnotes, ordinary_clauses, 3_000_000),
    ("a line of nothing but labels", "direction", labels_line, ordinary_clauses, 1_000_000),
    ("column shifts with a diagnostic a line", "direction", nbsp_diagnostics, ordinary_nbsp, 2_000_000),
    ("20,000 items glued on one line", "commissioner-report", glued_items, ordinary_report, 600_000),
    ("50,000 dates without a year", "direction", dates_without_year, ordinary_clauses, 450_000),
    ("20,000 terms defined in one clause", "direction", defined_terms, ordinary_clauses, 900_000),
    ("a label of 5,000 parts", "committee-report", long_label, ordinary_committee, 10_000),
    ("50,000 labels alone on their lines", "commissioner-report", labels_alone, ordinary_report, 3_000_000),
    ("HTML 900 elements deep", "direction", html_deep, ordinary_page, 3_000_000),
    ("HTML list of 20,000 items", "direction", html_list, ordinary_page, 3_000_000),
    ("HTML row of 20,000 cells", "direction", html_row, ordinary_page, 3_000_000),
]


def best_time(whereas, kind, path, runs):
    best = None
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([whereas, "parse", "--kind", kind, path], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=False)
        took = time.perf_counter() - start
        best = took if best is None else min(best, took)
    return best


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("whereas")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--only")
    args = parser.parse_args()
    failed = False
    print("| input | bytes | seconds | ordinary text, seconds | ratio |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, kind, make, baseline, size in CASES:
            if args.only and args.only not in name:
                continue
            size = int(size * args.scale)
            case_path = os.path.join(tmp, "case.txt")
            base_path = os.path.join(tmp, "base.txt")
            case = make(size).encode()
            base = baseline(len(case)).encode()
            open(case_path, "wb").write(case)
            open(base_path, "wb").write(base)
            t = best_time(args.whereas, kind, case_path, args.runs)
            b = best_time(args.whereas, kind, base_path, args.runs)
            ratio = t / b if b > 0 else float("inf")
            failed |= ratio > LIMIT
            print("| %s | %d | %.3f | %.3f | %.2f%s |" % (name, len(case), t, b, ratio,
                                                        "" if ratio <= LIMIT else " (over %g)" % LIMIT))
            sys.stdout.flush()
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
