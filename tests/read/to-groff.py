"""A text as groff ms input: each line a paragraph of its own (filled,
justified, hyphenated), a blank line a vertical space; the words escaped so
that groff prints them as they are."""
import sys

print(".nr PO 1i\n.nr LL 6.27i\n.nr HM 0.8i\n.nr FM 0.8i\n.ds CH - \\\\n(PN -\n.hy 1")
for line in open(sys.argv[1], encoding="utf-8").read().split("\n"):
    line = line.rstrip().replace("\f", "")
    if not line.strip():
        print(".sp 0.5")
        continue
    # Straight quotes as printed: groff would curl them.
    words = line.strip().replace("\\", "\\e").replace("'", "\\(aq").replace('"', "\\(dq")
    indent = len(line) - len(line.lstrip())
    print(".br")
    print(f".in {min(indent, 12) * 0.5}n" if indent else ".in 0")
    # A control character at a line's start would be read as a request.
    print(("\\&" if words[0] == "." else "") + words)
