#!/usr/bin/env python3
"""Counts the archive's documents as content/README.md reports them. Run from the repository root."""
import glob, re, yaml
docs = []
for f in sorted(glob.glob('content/cables/*.md')):
    docs.append(yaml.safe_load(re.match(r'---\n(.*?\n)---', open(f, encoding='utf-8').read(), re.S).group(1)))
n = len(docs)
words = sum(1 for d in docs if d['text'] != 'none')
account = sum(1 for d in docs if d['text'] == 'none' and d.get('account'))
ref = sum(1 for d in docs if d.get('archive_ref'))
record = sum(1 for d in docs if d.get('published_record'))
added = len([l for l in open('docs/research/published-record/added.txt') if l.strip()])
pct = lambda k: f'{k} ({100 * k / n:.0f} %)'
print(f'documents: {n}')
print(f'with their own words (full text or excerpts): {words}')
print(f'with our account of the published translation (and no words): {account}')
print(f'with substance: {pct(words + account)}')
print(f'with a published record cited: {pct(record)}')
print(f'with an archive reference: {pct(ref)}')
print(f'added from the published record: {added}')
