#!/usr/bin/env python3
"""Score `crosswire analyze` output on the Scrapinghub article-extraction benchmark.

Reproduces the benchmark's own metric (its evaluate.py, as described in the data README): \\w+ tokens,
multisets of 4-token shingles, per-page tp/fp/fn normalised to sum 1, macro-averaged precision and
recall, F1 of the two means. Re-scoring the published system outputs gives trafilatura 0.958 and
rs_trafilatura 0.970, as published; both are printed beside crosswire's score as a check.

    cargo run --release -- analyze DATA/html > /tmp/sh.json
    python3 scripts/score_scrapinghub.py /tmp/sh.json DATA
"""
import collections
import gzip
import json
import os
import re
import sys


def shingles(text):
    toks = re.findall(r"\w+", text or "")
    if len(toks) < 4:
        return collections.Counter([tuple(toks)]) if toks else collections.Counter()
    return collections.Counter(tuple(toks[i:i + 4]) for i in range(len(toks) - 3))


def score(gold, pred):
    precisions, recalls = [], []
    for key, g in gold.items():
        gs, ps = shingles(g["articleBody"]), shingles(pred.get(key, ""))
        tp = sum((gs & ps).values())
        fp = sum((ps - gs).values())
        fn = sum((gs - ps).values())
        total = tp + fp + fn
        if total == 0:
            precisions.append(1.0)
            recalls.append(1.0)
            continue
        tp, fp, fn = tp / total, fp / total, fn / total
        if tp + fp > 0:
            precisions.append(tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(tp / (tp + fn))
    p = sum(precisions) / len(precisions)
    r = sum(recalls) / len(recalls)
    return p, r, 2 * p * r / (p + r)


def main():
    analysis_path, data = sys.argv[1], sys.argv[2]
    gold = json.load(open(os.path.join(data, "ground-truth.json")))
    analysis = json.load(open(analysis_path))
    pred = {os.path.basename(a["path"]).split(".")[0]: a["text"] for a in analysis["articles"]}
    print("crosswire       P %.3f R %.3f F1 %.3f" % score(gold, pred))
    for system in ["rs_trafilatura", "trafilatura"]:
        out = json.load(gzip.open(os.path.join(data, "system-outputs", system + ".json.gz")))
        out = out.get("output", out)
        body = {k: v.get("articleBody", "") for k, v in out.items()}
        print("%-15s P %.3f R %.3f F1 %.3f (published output)" % ((system,) + score(gold, body)))


if __name__ == "__main__":
    main()
