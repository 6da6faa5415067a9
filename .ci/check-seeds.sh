#!/usr/bin/env bash
# Checks the fixtures against the provider documents (the seeds): every JSON example and every Base64 sample of a
# seed must be stored verbatim in tests/fixtures (whitespace aside for JSON). The seeds are not part of the
# repository; they lie in ../shared/seeds beside a checkout (THREEDS_SEEDS overrides the folder). Where they are
# absent this check is skipped and says so; the tests never read them, so a clean clone stays green.
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=${THREEDS_SEEDS:-../shared/seeds}
if [ ! -d "$seeds" ]; then
  echo "seed check SKIPPED: no provider documents in $seeds (the fixtures were not compared with them)"
  exit 0
fi
python3 - "$seeds" tests/fixtures <<'PY'
import os, re, sys

seeds, fixtures = sys.argv[1], sys.argv[2]
squash = lambda text: re.sub(r"\s+", "", text)

def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()

def json_objects(text):
    """Balanced {"..."} blocks of a document (its JSON examples, fenced or inline)."""
    start, index = re.compile(r'\{\s*"'), 0
    while True:
        match = start.search(text, index)
        if not match:
            return
        depth, in_string, escaped, end = 0, False, False, match.start()
        while end < len(text):
            c = text[end]
            if in_string:
                if escaped: escaped = False
                elif c == "\\": escaped = True
                elif c == '"': in_string = False
            elif c == '"': in_string = True
            elif c == "{": depth += 1
            elif c == "}":
                depth -= 1
                if depth == 0: break
            end += 1
        yield text[match.start():min(end + 1, len(text))]
        index = end + 1

corpus_parts = []
for root, _, files in os.walk(fixtures):
    for name in sorted(files):
        if name in ("manifest.json", "coverage.json"):
            continue
        text = read(os.path.join(root, name))
        corpus_parts += [squash(text), text]
corpus = "\u0001".join(corpus_parts)

documents = sorted(f for f in os.listdir(seeds) if f.endswith(".txt"))
problems = []
if len(documents) != 5:
    problems.append(f"expected 5 provider documents in {seeds}, found {len(documents)}")
examples = samples = 0
for name in documents:
    text = read(os.path.join(seeds, name))
    for example in json_objects(text):
        examples += 1
        if squash(example) not in corpus:
            problems.append(f"{name}: JSON example without a fixture: {example[:120]}{'…' if len(example) > 120 else ''}")
    for sample in re.findall(r"[A-Za-z0-9+/]{40,}={0,6}", text):
        if not (any(c.isdigit() for c in sample) and any(c.isupper() for c in sample) and any(c.islower() for c in sample)):
            continue
        samples += 1
        if sample not in corpus:
            problems.append(f"{name}: Base64 sample without a fixture: {sample[:60]}…")

for problem in problems:
    print(problem, file=sys.stderr)
if problems:
    print(f"seed check FAILED: {len(problems)} problem(s) in {len(documents)} documents", file=sys.stderr)
    sys.exit(1)
print(f"seed check ok: {len(documents)} documents, {examples} JSON examples and {samples} Base64 samples all stored as fixtures")
PY
