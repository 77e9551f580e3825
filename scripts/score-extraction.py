#!/usr/bin/env python3
"""Token F1 of `./mediamon extract` output against reference texts.

usage: scripts/score-extraction.py EXTRACT_JSON EXPECTED_DIR
EXPECTED_DIR holds NAME.html (reference main content as HTML, e.g. mozilla/readability's expected.html) or
NAME.txt (reference plain text). Tokens are lower-cased runs of word characters; precision, recall and F1 count
tokens as a multiset, per page, then are averaged over pages (macro). The last line is JSON.
"""
import html.parser
import json
import os
import re
import sys
from collections import Counter

TOKEN = re.compile(r"\w+", re.UNICODE)


class TextOnly(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript") and self.skip:
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def reference_text(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        raw = f.read()
    if path.endswith(".txt"):
        return raw
    parser = TextOnly()
    parser.feed(raw)
    return "".join(parser.parts)


def tokens(text):
    return Counter(TOKEN.findall((text or "").lower()))


def score(extracted, expected):
    got, want = tokens(extracted), tokens(expected)
    overlap = sum((got & want).values())
    n_got, n_want = sum(got.values()), sum(want.values())
    precision = overlap / n_got if n_got else (1.0 if not n_want else 0.0)
    recall = overlap / n_want if n_want else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        extracted = json.load(f)
    rows = []
    for name in sorted(extracted):
        ref = None
        for ext in (".html", ".txt"):
            candidate = os.path.join(sys.argv[2], name + ext)
            if os.path.exists(candidate):
                ref = candidate
                break
        if ref is None:
            continue
        p, r, f1 = score(extracted[name].get("articleBody"), reference_text(ref))
        rows.append((name, p, r, f1))
    if not rows:
        sys.exit("no page has a reference text")
    worst = sorted(rows, key=lambda row: row[3])[:5]
    for name, p, r, f1 in worst:
        print(f"worst {name}: precision {p:.3f} recall {r:.3f} f1 {f1:.3f}")
    n = len(rows)
    summary = {
        "pages": n,
        "precision": round(sum(r[1] for r in rows) / n, 4),
        "recall": round(sum(r[2] for r in rows) / n, 4),
        "f1": round(sum(r[3] for r in rows) / n, 4),
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
