#!/usr/bin/env python3
"""Writes .resx files from a TSV of translations: key<TAB>vi<TAB>en (en optional; empty = key).

Usage: python3 tools/resx.py path/to/Name.tsv   -> Name.vi.resx and Name.en.resx beside it.
Keys are the English text; the TSV is the one place to edit, the .resx files are generated and committed.
"""
import sys, os
from xml.sax.saxutils import escape

def main(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < 2:
                sys.exit(f"{path}:{n}: expected key<TAB>vi[<TAB>en]")
            key, vi = parts[0], parts[1]
            en = parts[2] if len(parts) > 2 and parts[2] else key
            rows.append((key, vi, en))
    # Resource lookups ignore case, and the resx build drops the second of two keys that differ only by case.
    keys = [r[0].casefold() for r in rows]
    dupes = {r[0] for r in rows if keys.count(r[0].casefold()) > 1}
    if dupes:
        sys.exit(f"{path}: duplicate keys: {sorted(dupes)}")
    base = path[:-4]
    for lang, idx in (("vi", 1), ("en", 2)):
        with open(f"{base}.{lang}.resx", "w", encoding="utf-8") as out:
            out.write('<?xml version="1.0" encoding="utf-8"?>\n<root>\n')
            out.write('  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>\n')
            out.write('  <resheader name="version"><value>2.0</value></resheader>\n')
            out.write('  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>\n')
            out.write('  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>\n')
            for r in rows:
                out.write(f'  <data name="{escape(r[0], {chr(34): "&quot;"})}" xml:space="preserve"><value>{escape(r[idx])}</value></data>\n')
            out.write('</root>\n')

if __name__ == "__main__":
    for p in sys.argv[1:]:
        main(p)
