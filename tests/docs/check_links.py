#!/usr/bin/env python3
"""The documentation holds together: every relative link in README.md and
docs/*.md names a file that exists and, after '#', a heading in it; the
README stays a front door of at most 200 lines.

usage: check_links.py SOURCE_DIR
"""
import os
import re
import sys

README_MAX_LINES = 200


def anchors(path):
    """GitHub's anchors for the headings of a Markdown file."""
    found = set()
    in_code = False
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("```"):
                in_code = not in_code
            m = None if in_code else re.match(r"#+ (.*)", line)
            if m:
                slug = re.sub(r"[^\w\- ]", "", m.group(1).strip().lower()).replace(" ", "-")
                found.add(slug)
    return found


def main():
    root = sys.argv[1]
    files = [os.path.join(root, "README.md")] + sorted(
        os.path.join(root, "docs", f) for f in os.listdir(os.path.join(root, "docs"))
        if f.endswith(".md"))
    problems = []
    for path in files:
        text = open(path, encoding="utf-8").read()
        text = re.sub(r"```.*?```", "", text, flags=re.S)
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if re.match(r"[a-z]+:", target):
                continue
            file_part, _, anchor = target.partition("#")
            dest = path if not file_part else os.path.normpath(
                os.path.join(os.path.dirname(path), file_part))
            name = os.path.relpath(path, root)
            if not os.path.exists(dest):
                problems.append(f"{name}: link to missing {target}")
            elif anchor and dest.endswith(".md") and anchor not in anchors(dest):
                problems.append(f"{name}: link to missing heading {target}")
    lines = sum(1 for _ in open(files[0], encoding="utf-8"))
    if lines > README_MAX_LINES:
        problems.append(f"README.md: {lines} lines, more than {README_MAX_LINES}")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
