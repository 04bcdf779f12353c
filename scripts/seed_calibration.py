#!/usr/bin/env python3
"""Calibration of the stance confidences on the seed articles: of the seed gold units the CLI finds with a side, how
often is the side right at each confidence? Prints the expected calibration error (bins of 0.1) and the bins.

usage (from the project root, after building the ingest jar): python3 scripts/seed_calibration.py
Uses ../shared/eval/score_seeds.py's matching rules.
"""
import json, os, subprocess, sys

EVAL = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'eval')
sys.path.insert(0, EVAL)
from score_seeds import matches  # noqa: E402

def main():
    gold = json.load(open(os.path.join(EVAL, 'seeds-gold.json')))
    files = [os.path.join('seeds/src/main/resources/seeds/articles', g['file']) for g in gold['articles']]
    java = os.path.join(os.environ.get('JAVA_HOME', '/usr/lib/jvm/temurin-25-jdk-amd64'), 'bin', 'java')
    run = subprocess.run([java, '-jar', 'ingest/target/casebook-ingest.jar', 'analyze', '--motion', gold['motion']] + files,
                         capture_output=True, text=True, check=True)
    bins = [[0, 0.0, 0] for _ in range(5)]  # answers, confidence sum, right
    for g, r in zip(gold['articles'], json.loads(run.stdout)['articles']):
        for unit in g['units']:
            found = [u for u in r['units'] if matches(unit['anchor'], u['text'])]
            if not unit['stance'] or not found or found[0]['stance'] == 'NEUTRAL':
                continue
            b = bins[min(4, max(0, int((found[0]['confidence'] - 0.5) * 10)))]
            b[0] += 1; b[1] += found[0]['confidence']; b[2] += found[0]['stance'] == unit['stance']
    n = sum(b[0] for b in bins)
    print(f'seed units with a side: {n}; expected calibration error {sum(abs(b[1] - b[2]) for b in bins) / n:.3f}')
    for i, b in enumerate(bins):
        if b[0]:
            print(f'  {0.5 + i / 10:.1f}-{0.6 + i / 10:.1f}: {b[0]} answers, mean confidence {b[1] / b[0]:.3f}, accuracy {b[2] / b[0]:.3f}')

if __name__ == '__main__':
    main()
