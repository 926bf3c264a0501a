# Writes a document (a sample, a test document) as HTML that a word processor prints as
# the published PDF was set: labels with hanging indents, "- " bullets as
# "•", Key<TAB>value rows and pipe tables as tables, <p> lines and
# Markdown emphasis as plain paragraphs. Used by make.sh.
import sys, html, re
raw = open(sys.argv[1], encoding='utf-8').read().splitlines()
src = []
for l in raw:
    if '</p>' in l:
        for part in l.split('</p>'):
            t = re.sub(r'<[^>]+>', '', part).strip()
            if t: src.append(t)
    else:
        src.append(l.replace('**', ''))
# (LibreOffice's HTML import loses the first line of a first paragraph
# that starts with a word it takes for a heading: an empty one goes first.)
out = ['<html><head><meta charset="utf-8"><style>p{margin-top:0;margin-bottom:6pt;font-family:Arial;font-size:11pt} td{font-family:Arial;font-size:11pt;border:1px solid black;vertical-align:top}</style></head><body><p>&nbsp;</p>']
table = []
def flush():
    global table
    if table:
        out.append('<table border="1" cellpadding="4" style="border-collapse:collapse;width:100%">')
        for row in table:
            out.append('<tr>' + ''.join(f'<td>{html.escape(c)}</td>' for c in row) + '</tr>')
        out.append('</table>')
        table = []
for line in src:
    if '\t' in line.strip('\t') and not line.lstrip().startswith('|'):
        table.append(line.strip().split('\t')); continue
    pl = re.sub(r'^\s*(?:- )?', '', line)
    if pl.startswith('|'):
        cells = [c.strip() for c in pl.strip().strip('|').split('|')]
        if all(re.fullmatch(r'-*', c) for c in cells): continue
        if any(cells): table.append(cells)
        continue
    flush()
    if not line.strip():
        continue
    m = re.match(r'^(\s*)(- )?(.*)$', line)
    indent, dash, text = len(m.group(1)), m.group(2), m.group(3)
    lab = re.match(r'^((?:\d+\.|[a-zA-Z]\.|[ivx]+\.|\(?[a-z]\)|\d+(?:\.\d+)+))\s+(.*)$', text)
    if not lab and dash:
        out.append(f'<p style="margin-left:{0.6*indent+0.8}cm;text-indent:-0.8cm">•\t{html.escape(text)}</p>'); continue
    ml = 0.6 * (indent + (1 if lab else 0))
    if (text.isupper() or text.startswith('WHEREAS') or text.startswith('NOW THEREFORE')) and len(text) < 60:
        out.append(f"<p style=\"margin-left:{ml}cm\"><b>{html.escape(text)}</b></p>")
    elif lab:
        out.append(f'<p style="margin-left:{ml+0.8}cm;text-indent:-0.8cm">{html.escape(lab.group(1))}\t{html.escape(lab.group(2))}</p>')
    else:
        out.append(f'<p style="margin-left:{ml}cm">{html.escape(text)}</p>')
flush()
out.append('</body></html>')
print('\n'.join(out))
