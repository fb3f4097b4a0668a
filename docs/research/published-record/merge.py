#!/usr/bin/env python3
"""Moves the published-record research into content/cables (curator's tool, issue 17).

Reads records-*.yaml (existing documents), retry-*.yaml (second looks, replacing entries),
refs-*.yaml (archive references found later), new-*.yaml (documents to add) and writes:
- for an existing cable: published_record and account blocks (before `provenance:`), and
  archive_ref / document_number / collections.wilson_center where the cable had none;
- for a new document: a whole cable file.
Prints every entry it could not take and why. Run from the repository root:
    python3 docs/research/published-record/merge.py [--dry-run]
Needs Python 3 with PyYAML (Debian: python3-yaml).
"""
import glob, os, re, sys, textwrap
import yaml

R = 'docs/research/published-record/'
C = 'content/cables/'
DRY = '--dry-run' in sys.argv
SKIP = set()  # entry ids the curator rejected (see rejected.txt)
if os.path.exists(R + 'rejected.txt'):
    for line in open(R + 'rejected.txt'):
        line = line.split('#')[0].strip()
        if line:
            SKIP.add(line.split()[0])

people = {p['id']: p for p in yaml.safe_load(open('content/people.yaml'))}
places = yaml.safe_load(open('content/places.yaml'))
topics = {t['id'] for t in yaml.safe_load(open('content/topics.yaml'))}
place_ids = {}
for p in places:
    for n in [p['id'], p['name']] + list(p.get('variants') or []):
        place_ids[str(n).lower()] = p['id']
COVER = {'filippov': 'stalin', 'feng xi': 'stalin', 'fyn si': 'stalin', 'fyn-si': 'stalin', 'terebin': 'andrei-orlov'}

problems = []
OVERRIDES = (yaml.safe_load(open(R + 'overrides.yaml')) if os.path.exists(R + 'overrides.yaml') else None) or {}
def problem(eid, msg):
    problems.append(f'{eid}: {msg}')

def load(pattern):
    out = []
    for f in sorted(glob.glob(R + pattern)):
        try:
            data = yaml.safe_load(open(f)) or []
        except yaml.YAMLError as e:
            problem(f, f'not valid YAML: {e}')
            continue
        for e in data:
            if isinstance(e, dict) and e.get('id'):
                e['_file'] = os.path.basename(f)
                out.append(e)
    return out

def q(s):
    """A YAML scalar on one line."""
    if s is None:
        return 'null'
    if isinstance(s, int):
        return str(s)
    s = ' '.join(str(s).split())
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'

def folded(s, indent):
    pad = ' ' * indent
    paras = [' '.join(p.split()) for p in re.split(r'\n\s*\n', str(s).strip()) if p.strip()]
    lines = []
    for i, p in enumerate(paras):
        if i:
            lines.append('')
        lines += textwrap.wrap(p, 96 - indent, break_long_words=False, break_on_hyphens=False)
    return '>\n' + '\n'.join(pad + l if l else '' for l in lines)

def address(e):
    a = (e.get('publication') or {}).get('address')
    if a and not a.startswith('https://digitalarchive.wilsoncenter.org/') and 'wilsoncenter' in a:
        return None  # a mirror host: never cited
    return a

def words(s):
    return len(str(s).split())

def record_block(e):
    p = e.get('publication') or {}
    out = ['published_record:',
           f'  publisher: {q(p.get("archive") or "Wilson Center Digital Archive")}',
           f'  title: {q(p.get("title"))}',
           f'  record_id: {q(p.get("record_id"))}',
           f'  address: {q(address(e))}',
           f'  translator: {q(e.get("translator"))}',
           f'  sent_from: {q(e.get("sent_from"))}',
           f'  sent_to: {q(e.get("sent_to"))}',
           f'  sent: {q(e.get("sent"))}',
           f'  received: {q(e.get("received"))}',
           f'  distribution: {q(e.get("distribution"))}']
    if e.get('account'):
        out += ['account:',
                f'  coverage: {e.get("coverage") or "full"}',
                f'  coverage_note: {q(e.get("coverage_note"))}',
                '  text: ' + folded(e['account'], 4)]
    return '\n'.join(out) + '\n'

def check_account(e):
    a = e.get('account')
    if not a:
        return True
    ok = True
    if re.search('["\u201c\u201d\u00ab\u00bb]', a):
        problem(e['id'], 'account has a quotation mark'); ok = False
    n = words(a)
    if n < 60 or n > 340:
        problem(e['id'], f'account has {n} words'); ok = False
    if (e.get('coverage') == 'partial') and not e.get('coverage_note'):
        problem(e['id'], 'partial without coverage_note'); ok = False
    return ok

def split(path):
    text = open(path, encoding='utf-8').read()
    m = re.match(r'---\n(.*?\n)---\n?(.*)', text, re.S)
    return m.group(1), m.group(2)

def drop_key(front, key):
    return re.sub(r'(?ms)^' + key + r':.*?(?=^[a-z_]+:|\Z)', '', front)

def set_scalar(front, key, value):
    if re.search(r'(?m)^' + key + r':\s*(null)?\s*$', front):
        return re.sub(r'(?m)^' + key + r':\s*(null)?\s*$', f'{key}: {value}', front, count=1)
    return front

def apply_existing(e, refs):
    path = C + e['id'] + '.md'
    if not os.path.exists(path):
        problem(e['id'], 'no such cable'); return False
    front, body = split(path)
    r = refs.get(e['id'])
    if r:
        for k in ('archive_ref', 'translator'):
            if r.get(k) and not e.get(k):
                e[k] = r[k]
        p = e.setdefault('publication', {}) or {}
        if r.get('record_id') and not p.get('record_id'):
            p['record_id'] = r['record_id']
        if r.get('address') and not address(e):
            p['address'] = r['address']
    if not check_account(e):
        return False
    front = drop_key(drop_key(front, 'published_record'), 'account')
    if e.get('archive_ref'):
        front = set_scalar(front, 'archive_ref', q(e['archive_ref']))
    if e.get('telegram_number'):
        front = set_scalar(front, 'document_number', q(str(e['telegram_number'])))
    rid = (e.get('publication') or {}).get('record_id')
    if rid and (e.get('publication') or {}).get('archive', 'Wilson Center Digital Archive').startswith('Wilson'):
        front = re.sub(r'(?m)^  wilson_center:\s*null\s*$', f'  wilson_center: {rid}', front)
    block = record_block(e)
    front = re.sub(r'(?m)^provenance:', block.replace('\\', '\\\\') + 'provenance:', front, count=1)
    if not DRY:
        open(path, 'w', encoding='utf-8').write('---\n' + front + '---\n' + body)
    return True

def apply_ref_only(r):
    """An archive reference (and, for a document with no record yet, its publication) found later."""
    path = C + r['id'] + '.md'
    if not os.path.exists(path):
        problem(r['id'], 'ref_only for no such cable'); return
    front, body = split(path)
    if r.get('archive_ref'):
        front = set_scalar(front, 'archive_ref', q(r['archive_ref']))
    rid = (r.get('publication') or {}).get('record_id')
    if rid and str((r.get('publication') or {}).get('archive', '')).startswith('Wilson'):
        front = re.sub(r'(?m)^  wilson_center:\s*null\s*$', f'  wilson_center: {rid}', front)
    if not re.search(r'(?m)^published_record:', front) and r.get('publication'):
        block = record_block({'publication': r['publication'], 'translator': r.get('translator')})
        front = re.sub(r'(?m)^provenance:', block.replace('\\', '\\\\') + 'provenance:', front, count=1)
    if not DRY:
        open(path, 'w', encoding='utf-8').write('---\n' + front + '---\n' + body)

TYPES = {'telegram', 'letter', 'conversation-record', 'report', 'resolution', 'statement', 'agreement',
         'memorandum', 'directive', 'minutes', 'speech', 'list', 'article', 'ciphered-telegram'}

ALIAS = {'Sergei Shtemenko': 'shtemenko', 'Shtemenko': 'shtemenko', "V. Grigor'yan": 'grigoryan',
         'Terebin': 'andrei-orlov', 'Kuznetsov': 'fyodor-kuznetsov', 'Alan Kirk': 'alan-kirk',
         'Zhang Hanfu': 'zhang-hanfu', 'He Jinnian': 'he-jinnian', 'Zhang Wentian': 'zhang-wentian', 'Suzdalev': 'suzdalev',
         "Suzdalev (Soviet chargé d'affaires in the DPRK)": 'suzdalev',
         "Soviet chargé d'affaires in Beijing": 'soviet-embassy-beijing',
         'Soviet ambassador in Beijing': 'soviet-embassy-beijing'}
# descriptions that repeat a person already named, or name no one
DROP = {'US ambassador in Moscow', 'PRC deputy foreign minister', 'CCP and state bodies',
        "the People's Volunteer Army command", 'unknown (not shown; presumably Stalin or the Soviet leadership)'}
SOVIET = {'stalin', 'molotov', 'vyshinsky', 'gromyko', 'shtykov', 'kovalev', 'roshchin', 'zakharov', 'razuvaev',
          'krasovsky', 'andrei-orlov', 'fyodor-kuznetsov', 'mikoyan', 'malenkov', 'vasilevsky', 'shtemenko',
          'politburo-cpsu', 'cpsu-central-committee', 'soviet-foreign-ministry', 'soviet-council-of-ministers'}

def people_of(ids):
    return [ALIAS.get(i, i) for i in ids or [] if i not in DROP]

def person_ok(eid, ids, field):
    ok = True
    for i in ids or []:
        if i not in people:
            problem(eid, f'{field}: unknown person {i!r}'); ok = False
    return ok

META = re.compile(r'\b(excerpt|excerpts|available text|the translation|the page|was not read|could not be read|breaks off)\b', re.I)

def summary_of(account):
    # a sentence ends at a full stop after a lower-case word, not after initials such as V.V.
    sentences = re.split(r'(?<=[a-z0-9)\]][.])\s+(?=[A-Z])', ' '.join(account.split()))
    sentences = [s for s in sentences if not META.search(s)] or sentences
    out = ''
    for s in sentences:
        if words(out + ' ' + s) > 55 and out:
            break
        out = (out + ' ' + s).strip()
    return out

def existing_index():
    idx = {}
    for f in glob.glob(C + '*.md'):
        front, _ = split(f)
        d = yaml.safe_load(front)
        idx[d['id']] = d
    return idx

def find_answer(ref, idx):
    """'1950-10-01 | stalin -> mao-zedong' or an id: the existing cable it names."""
    if not ref:
        return None
    ref = str(ref).strip()
    if ref in idx:
        return ref
    m = re.match(r'(\d{4}-\d{2}-\d{2})\s*\|\s*([^-]+?)\s*->\s*([\w,-]+)', ref)
    if not m:
        return None
    date, frm, to = m.group(1), m.group(2).split(',')[0].strip(), m.group(3).split(',')[0].strip()
    for cid, d in idx.items():
        if str(d['date']) == date and frm in (d.get('from') or []) and to in (d.get('to') or []):
            return cid
    return None

def apply_new(e, idx, taken):
    nd = e.get('new_document') or {}
    eid = e['id']
    if not e.get('account'):
        problem(eid, 'new document without an account'); return False
    if not check_account(e):
        return False
    if not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', eid):
        problem(eid, 'id is not a slug'); return False
    if eid in idx or eid in taken:
        problem(eid, 'id already taken'); return False
    key = (e.get('publication') or {}).get('record_id') or (e.get('publication') or {}).get('title')
    if key in taken.values():
        problem(eid, f'same publication as another entry ({key})'); return False
    frm, to, via = people_of(nd.get('from')), people_of(nd.get('to')), people_of(nd.get('via'))
    if not (person_ok(eid, frm, 'from') and person_ok(eid, to, 'to') and person_ok(eid, via, 'via')):
        return False
    if not frm:
        problem(eid, 'no sender'); return False
    tps = [t for t in (nd.get('topics') or []) if t in topics]
    if not tps:
        problem(eid, f'no known topic in {nd.get("topics")}'); return False
    pls = []
    for p in nd.get('places') or []:
        pid = place_ids.get(str(p).lower())
        if pid and pid not in pls:
            pls.append(pid)
    title = (e.get('publication') or {}).get('title') or ''
    typ = nd.get('type') or 'telegram'
    if title.lower().startswith('ciphered telegram') or title.lower().startswith('ciphered cable'):
        typ = 'ciphered-telegram'
    if typ not in TYPES:
        problem(eid, f'unknown type {typ}'); return False
    lang = nd.get('original_language') or 'unknown'
    if lang not in ('russian', 'chinese', 'korean', 'english') and SOVIET & set(frm + to + via):
        lang = 'russian'
    if lang not in ('russian', 'chinese', 'korean', 'english'):
        lang = 'russian' if re.search(r'APRF|AP RF|AVPRF|RGASPI|TsAMO|RGANI', str(e.get('archive_ref') or '')) else None
        if not lang:
            problem(eid, f'original language unknown'); return False
    as_written = []
    for cover, pid in COVER.items():
        if re.search(r'\b' + cover + r'\b', title.lower()) and pid in frm + to + via:
            name = {'filippov': 'Filippov', 'feng xi': 'Feng Xi', 'fyn si': 'Fyn Si', 'fyn-si': 'Fyn-Si', 'terebin': 'Terebin'}[cover]
            if name not in [a['name'] for a in as_written]:
                as_written.append({'name': name, 'person': pid})
    date = str(nd.get('date') or (e.get('publication') or {}).get('page_date'))
    reply = find_answer(nd.get('answers'), idx)
    rid = (e.get('publication') or {}).get('record_id')
    publisher = (e.get('publication') or {}).get('archive') or 'Wilson Center Digital Archive'
    lines = ['---', f'id: {eid}', f'date: {date}', f'type: {typ}', f'title: {q(nd.get("title"))}',
             f'from: [{", ".join(frm)}]', f'to: [{", ".join(to)}]', f'via: [{", ".join(via)}]']
    if as_written:
        lines.append('as_written:')
        for a in as_written:
            lines += [f'  - name: {a["name"]}', f'    person: {a["person"]}']
    lines += [f'original_language: {lang}', f'archive_ref: {q(e.get("archive_ref"))}',
              f'document_number: {q(str(e["telegram_number"]) if e.get("telegram_number") else None)}',
              'collections:', f'  wilson_center: {rid if rid and publisher.startswith("Wilson") else "null"}',
              '  secret_documents: null',
              'summary: ' + folded(summary_of(e['account']), 2),
              f'places: [{", ".join(pls)}]', f'topics: [{", ".join(tps)}]',
              f'in_reply_to: {reply or "null"}', 'related: []', 'text: none', 'text_source: null']
    lines.append(record_block(e).rstrip('\n'))
    lines.append('provenance: ' + folded(
        f'Published in English translation by the {publisher}; added to the archive to complete the exchanges '
        'among Moscow, Beijing and Pyongyang that the tours and the chronology describe. The summary and the '
        'account are ours.', 2))
    notes = OVERRIDES.get(eid, {}).get('editorial_notes') or []
    if notes:
        lines.append('editorial_notes:')
        for n in notes:
            lines.append('  - ' + folded(n, 4))
    else:
        lines.append('editorial_notes: []')
    lines.append('---')
    text = '\n'.join(lines) + '\n'
    for field, value in OVERRIDES.get(eid, {}).items():
        if field in ('summary', 'title', 'date_note', 'date'):
            if re.search(r'(?m)^' + field + r':', text):
                text = re.sub(r'(?ms)^' + field + r':.*?(?=^[a-z_]+:)', field + ': ' + (folded(value, 2) if field == 'summary' else q(value)) + '\n', text, count=1)
            else:
                text = text.replace('\ntype:', '\n' + field + ': ' + q(value) + '\ntype:', 1)
    if not DRY:
        open(C + eid + '.md', 'w', encoding='utf-8').write(text)
    taken[eid] = key
    return True


def main():
    manifest = R + 'added.txt'
    if os.path.exists(manifest) and not DRY:
        for line in open(manifest):
            if line.strip() and os.path.exists(C + line.strip() + '.md'):
                os.remove(C + line.strip() + '.md')
    refs = {r['id']: r for r in load('refs-*.yaml') if isinstance(r, dict)}
    retry = {e['id']: e for e in load('retry-*.yaml')}
    bulletin_new = []
    for e in load('bulletin-*.yaml'):
        if e.get('new_document'):
            bulletin_new.append(e)
        elif e.get('ref_only'):
            refs[e['id']] = {'id': e['id'], 'archive_ref': e.get('archive_ref'), 'ref_only': True,
                             'publication': e.get('publication'), 'translator': e.get('translator')}
        elif e.get('found') and e.get('account'):
            retry[e['id']] = e
    known = set()
    done_existing = done_new = 0
    records = load('records-*.yaml')
    seen = {e['id'] for e in records}
    for e in records + [r for r in retry.values() if r['id'] not in seen]:
        e = retry.get(e['id'], e)
        known.add(e['id'])
        if e['id'] in SKIP or not e.get('found'):
            continue
        if apply_existing(e, refs):
            done_existing += 1
    for r in refs.values():
        if r.get('ref_only') and r['id'] not in SKIP:
            apply_ref_only(r)
    idx = existing_index()
    taken = {}
    for e in load('new-*.yaml') + bulletin_new:
        if e['id'] in SKIP or not e.get('found'):
            continue
        r = refs.get(e['id'])
        if r:
            if r.get('archive_ref') and not e.get('archive_ref'):
                e['archive_ref'] = r['archive_ref']
            if r.get('translator') and not e.get('translator'):
                e['translator'] = r['translator']
            p = e.setdefault('publication', {})
            if r.get('record_id') and not p.get('record_id'):
                p['record_id'] = r['record_id']
            if r.get('address') and not address(e):
                p['address'] = r['address']
        if apply_new(e, idx, taken):
            done_new += 1
    if not DRY:
        open(manifest, 'w').write(''.join(k + '\n' for k in sorted(taken)))
    print(f'existing documents given their record: {done_existing}; new documents: {done_new}')
    for p in problems:
        print('  ' + p)

main()
