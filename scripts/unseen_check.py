#!/usr/bin/env python3
"""Stance on articles the development data does not hold: each article in scripts/unseen/ with a gold file of unit
openings and sides, read by the ingest CLI against the gold file's motion. Prints the units read right per article.

usage (from the project root, after building the ingest jar): python3 scripts/unseen_check.py [gold-file glob]
(the glob reads other reports written the same way, e.g. new held-out ones before they join scripts/unseen/)
"""
import glob, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
JAVA = os.path.join(os.environ.get('JAVA_HOME', '/usr/lib/jvm/temurin-25-jdk-amd64'), 'bin', 'java')


def gold_of(path):
    motion, sides = None, []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('# motion\t'):
            motion = line.split('\t', 1)[1]
        elif line and not line.startswith('#'):
            opening, side = line.split('\t')
            sides.append((opening, side))
    return motion, sides


def plain(text):
    """The text with curly quotes and apostrophes made straight, so that either spelling of a gold opening matches."""
    return text.replace('\u201c', '"').replace('\u201d', '"').replace('\u2018', "'").replace('\u2019', "'")


def main():
    total = right = inside_total = inside_right = 0
    pattern = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'unseen', '*.gold.tsv')
    for gold_file in sorted(glob.glob(pattern)):
        article = gold_file.replace('.gold.tsv', '.txt')
        motion, sides = gold_of(gold_file)
        out = subprocess.run([JAVA, '-jar', 'ingest/target/casebook-ingest.jar', 'analyze', '--motion', motion,
                              article], capture_output=True, text=True, check=True)
        units = json.loads(out.stdout)['articles'][0]['units']
        hits = 0
        for opening, side in sides:
            found = [u for u in units if plain(u['text']).startswith(plain(opening))]
            stance = found[0]['stance'] if found else 'missing'
            hits += stance == side
            inside = [u for u in units if plain(opening) in plain(u['text'])] if not found else []
            if inside:
                # a later sentence of a quotation kept whole, or a sentence after a lead-in the unit starts with
                stance = 'inside ' + inside[0]['stance']
                inside_total += 1
                inside_right += inside[0]['stance'] == side
            print(f'  {"ok " if stance == side else "XX "} {side:4} read {stance:7} {opening}')
        print(f'{os.path.basename(article)}: {hits}/{len(sides)} units read right')
        total += len(sides)
        right += hits
    print(f'all: {right}/{total}')
    print(f'inside a longer unit: {inside_total} more, {inside_right} of them on the gold side '
          f'(all counted so: {right + inside_right}/{total})')
    return 0 if total else 1


if __name__ == '__main__':
    sys.exit(main())
