#!/usr/bin/env python3
"""Moves the Korean drafts of this folder into the content: content/ko/ (same path as the
English file, translated fields only) and content/glossary.yaml.

A one-off migration kept as the record of where content/ko/ came from (2 December 2026).
Once run, content/ko/ is the source: edit it there, not here.
Run from the repository root: python3 docs/research/korean/to_content.py  (needs python3-yaml)
"""
import glob
import os
import re
import textwrap

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
CONTENT = os.path.join(ROOT, 'content')
KO = os.path.join(CONTENT, 'ko')


def load(name):
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        return None
    with open(path, encoding='utf-8') as f:
        return yaml.safe_load(f)


def clean(text):
    if text is None:
        return None
    text = text.strip()
    return text or None


def scalar(value, indent):
    """A YAML value for a string: plain when short and safe, folded when long, literal with paragraphs."""
    pad = ' ' * indent
    if '\n\n' in value:
        body = '\n'.join((pad + line) if line else '' for line in value.split('\n'))
        return '|-\n' + body
    if len(value) + indent < 100 and not re.search(r'^[\-?:,\[\]{}#&*!|>\'"%@`]|: | #|^\s|\s$', value) \
            and value not in ('null', 'true', 'false', 'yes', 'no', '~'):
        return value
    if len(value) + indent < 100:
        return "'" + value.replace("'", "''") + "'"
    lines = textwrap.wrap(value, width=100 - indent, break_long_words=False, break_on_hyphens=False)
    return '>-\n' + '\n'.join(pad + line for line in lines)


def emit(obj, indent=0):
    """YAML text for dicts, lists and strings, folded for prose (yaml.dump cannot fold)."""
    pad = ' ' * indent
    out = []
    if isinstance(obj, dict):
        for key, value in obj.items():
            if value is None or value == [] or value == {}:
                continue
            k = str(key)
            if re.search(r'[:#\s]', k) or k[0] in '-?[{':
                k = "'" + k.replace("'", "''") + "'"
            if isinstance(value, (dict, list)):
                out.append(f'{pad}{k}:')
                out.append(emit(value, indent + 2))
            else:
                out.append(f'{pad}{k}: {scalar(str(value), indent + 2)}')
    elif isinstance(obj, list):
        for item in obj:
            if isinstance(item, dict):
                inner = emit(item, indent + 2)
                out.append(pad + '- ' + inner[indent + 2:])
            elif isinstance(item, list):
                out.append(pad + '- [' + ', '.join(yaml.safe_dump(x, allow_unicode=True).strip() for x in item) + ']')
            else:
                out.append(f'{pad}- {scalar(str(item), indent + 2)}')
    return '\n'.join(out)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text.rstrip('\n') + '\n')


HEAD = ('# Korean edition: {what}. Keyed by the ids of content/{english}; translated fields\n'
        '# only (schema: content/README.md, section "The Korean edition"). Names and terms as in\n'
        '# content/glossary.yaml. Drafted 2 December 2026; awaiting a Korean curator\'s review.\n\n')


def front_matter_file(fields, body):
    text = '---\n' + emit(fields) + '\n---\n'
    if body:
        text += body.strip() + '\n'
    return text


def main():
    extra = load('notes-extra.yaml') or {}
    extra_people = {e['id']: e for e in extra.get('people') or []}
    extra_places = {e['id']: e for e in extra.get('places') or []}
    extra_topics = {e['id']: e for e in extra.get('topics') or []}

    people = []
    for e in load('people.yaml'):
        x = extra_people.get(e['id'], {})
        people.append({'id': e['id'], 'name': e['name_ko'], 'hanja': e.get('hanja'),
                       'roles': [clean(r) for r in e.get('roles_ko') or []], 'bio': clean(e.get('bio_ko')),
                       'notes': [clean(n) for n in x.get('notes_ko') or []],
                       'codename_notes': {k: clean(v) for k, v in (x.get('codename_notes_ko') or {}).items()}})
    write(os.path.join(KO, 'people.yaml'), HEAD.format(what='people and signing bodies', english='people.yaml')
          + emit(people))

    places = []
    for e in load('places.yaml'):
        x = extra_places.get(e['id'], {})
        places.append({'id': e['id'], 'name': e['name_ko'], 'note': clean(e.get('note_ko')),
                       'notes': [clean(n) for n in x.get('notes_ko') or []]})
    write(os.path.join(KO, 'places.yaml'), HEAD.format(what='places', english='places.yaml') + emit(places))

    topics = []
    for e in load('topics.yaml'):
        x = extra_topics.get(e['id'], {})
        topics.append({'id': e['id'], 'name': e['name_ko'], 'description': clean(x.get('description_ko'))})
    write(os.path.join(KO, 'topics.yaml'), HEAD.format(what='topics', english='topics.yaml') + emit(topics))

    events = []
    for name in ('chronology-1.yaml', 'chronology-2.yaml'):
        for e in load(name):
            events.append({'id': e['id'], 'title': clean(e['title_ko']), 'text': clean(e.get('text_ko')),
                           'notes': [clean(n) for n in e.get('notes_ko') or []]})
    write(os.path.join(KO, 'chronology.yaml'), HEAD.format(what='the chronology', english='chronology.yaml')
          + emit(events))

    provenance = {e['en'].strip(): e['ko'] for e in load('provenance.yaml') or []}
    english_provenance = {}
    for path in glob.glob(os.path.join(CONTENT, 'cables', '*.md')):
        front = open(path, encoding='utf-8').read().split('\n---\n')[0][4:]
        fm = yaml.safe_load(front)
        english_provenance[fm['id']] = (fm.get('provenance') or '').strip()
    bodies = {}
    for name in ('bodies-full.yaml', 'bodies-quoted.yaml'):
        for e in load(name) or []:
            bodies[e['id']] = e
    for name in sorted(glob.glob(os.path.join(HERE, 'cables-*.yaml'))):
        for e in yaml.safe_load(open(name, encoding='utf-8')):
            b = bodies.get(e['id'], {})
            fields = {'title': clean(e['title_ko']), 'summary': clean(e.get('summary_ko')),
                      'date_note': clean(e.get('date_note_ko')),
                      'notes': [clean(n) for n in e.get('notes_ko') or []],
                      'provenance': provenance.get(english_provenance.get(e['id'], '')),
                      'coverage_note': clean(e.get('coverage_note_ko')), 'account': clean(e.get('account_ko')),
                      'passages': [{'en': p['en'], 'ko': p['ko']} for p in b.get('passages_ko') or []]}
            write(os.path.join(KO, 'cables', e['id'] + '.md'), front_matter_file(fields, b.get('body_ko')))

    for tour in load('tours.yaml'):
        folder = os.path.join(CONTENT, 'tours', tour['tour'])
        write(os.path.join(KO, 'tours', tour['tour'], 'tour.yaml'),
              emit({'title': clean(tour['title_ko']), 'summary': clean(tour['summary_ko'])}))
        files = {}
        for path in glob.glob(os.path.join(folder, '*.md')):
            m = re.search(r'^id:\s*(\S+)', open(path, encoding='utf-8').read(), re.M)
            files[m.group(1)] = os.path.basename(path)
        for stop in tour['stops']:
            fields = {'title': clean(stop['title_ko']), 'question': clean(stop.get('question_ko'))}
            write(os.path.join(KO, 'tours', tour['tour'], files[stop['id']]),
                  front_matter_file(fields, stop.get('narrative_ko')))

    for quiz in load('quizzes.yaml'):
        questions = []
        for q in quiz['questions']:
            questions.append({'id': q['id'], 'prompt': clean(q.get('prompt_ko')),
                              'statement': clean(q.get('statement_ko')),
                              'choices': q.get('choices_ko'), 'items': q.get('items_ko'),
                              'pairs': {k: {'left': v[0], 'right': v[1]} for k, v in (q.get('pairs_ko') or {}).items()},
                              'explanation': clean(q.get('explanation_ko'))})
        write(os.path.join(KO, 'quizzes', quiz['quiz'] + '.yaml'),
              emit({'title': clean(quiz['title_ko']), 'intro': clean(quiz['intro_ko']), 'questions': questions}))

    m = load('map.yaml')
    if m:
        states = [{'id': s['id'], 'label': clean(s['label_ko']), 'description': clean(s.get('description_ko')),
                   'accuracy': clean(s.get('accuracy_ko')), 'sources': s.get('sources_ko'),
                   'pockets': s.get('pockets_ko')} for s in m['states']]
        write(os.path.join(KO, 'map', 'front-lines.yaml'), emit({'states': states}))


if __name__ == '__main__':
    main()
