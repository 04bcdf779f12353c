#!/usr/bin/env python3
"""Seed stance accuracy under the same motion written in other words, and under motions for the other side.

For a motion that favours the aid (keep, increase, do not cut), every gold side is flipped before scoring.
usage (from the project root, after building the ingest jar): python3 scripts/motion_variants.py
Uses ../shared/eval/score_seeds.py and seeds-gold.json, through a temporary copy of the gold file.
"""
import json, os, shutil, subprocess, sys, tempfile

EVAL = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'eval')
VARIANTS = [
    ('The United States should cut its foreign aid to El Salvador, Guatemala and Honduras.', False),
    ('This house would cut US aid to Central America.', False),
    ('Should the United States cut foreign aid to the Northern Triangle?', False),
    ('The US should end its aid to Guatemala, Honduras and El Salvador.', False),
    ('This house would stop funding Central American governments.', False),
    ('The United States should not cut its aid to Central America.', True),
    ('This house would increase US aid to Central America.', True),
    ('The United States should maintain its aid to Central America.', True),
    ('This house believes that US aid to Central America does more harm than good.', False),
    ('This house regrets US aid to Central America.', False),
    ('This house opposes US aid to El Salvador, Guatemala and Honduras.', False),
    ('This house supports US aid to Central America.', True),
]

def main():
    gold = json.load(open(os.path.join(EVAL, 'seeds-gold.json')))
    with tempfile.TemporaryDirectory() as work:
        shutil.copy(os.path.join(EVAL, 'score_seeds.py'), work)
        for motion, other_side in VARIANTS:
            variant = json.loads(json.dumps(gold))
            variant['motion'] = motion
            for article in variant['articles']:
                for unit in article['units']:
                    if other_side and unit['stance']:
                        unit['stance'] = {'PRO': 'CON', 'CON': 'PRO'}[unit['stance']]
            json.dump(variant, open(os.path.join(work, 'seeds-gold.json'), 'w'))
            run = subprocess.run([sys.executable, os.path.join(work, 'score_seeds.py')], capture_output=True, text=True,
                                 check=True)
            stance = [line for line in run.stdout.splitlines() if line.startswith('stance accuracy')][0].split(';')[0]
            print(f'{stance.replace("stance accuracy ", ""):>16}  {motion}')

if __name__ == '__main__':
    main()
