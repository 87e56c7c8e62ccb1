"""How far a learned cue finder could take crosswire's attribution recall on PolNeAR: an
experiment, not part of the engine (PolNeAR may not be shipped, so nothing trained here is).

    crosswire eval quotes --predictions /tmp/pred.jsonl
    pip install scikit-learn
    python scripts/attribution_ceiling.py --predictions /tmp/pred.jsonl [--data ../shared/data/quotes/polnear]

For every word outside crosswire's predicted contents, a logistic regression over its context
(the word, its suffixes, two words either side, capitals, a pronoun before it, whether the
sentence quotes) guesses whether it is the cue of an attribution crosswire missed. Articles are
split five ways; each fifth is scored by a model trained on the other four, so every figure is
held out. A guessed cue gets a content the simple way (the rest of its sentence after the cue,
past "that"; or, when fewer than three words follow, the sentence before it).

Prints, per probability threshold: cues guessed, how many are real missed cues, contents added,
how many are right, attributions newly found, and crosswire's precision with them added. A last
line gives the same with the real missed cues (an oracle), to separate the cue's error from the
content's.
"""

import argparse
import bisect
import collections
import json
import os
import re
import sys

WORD = re.compile(r"[^\W_]+")
TOKEN = re.compile(
    r"[A-Za-z][A-Za-z'\u2019.-]*[A-Za-z]|[A-Za-z]|[0-9][0-9,.%]*|[,;:!?\"()\u201c\u201d\u2014\u2013]"
)
SENTENCE_END = re.compile(r"[.!?][\"\u201d']*\s+|\n+")
PRONOUNS = {"he", "she", "they", "we", "i", "it"}


def words(text, span):
    s, e = span
    return [(s + m.start(), s + m.end()) for m in WORD.finditer(text[s:e])]


def covered(ws, by):
    return sum(1 for w in ws if any(b0 <= w[0] and w[1] <= b1 for b0, b1 in by))


def half_covered(ws, by):
    return bool(ws) and covered(ws, by) * 2 >= len(ws)


def load(data, predictions):
    """Articles: text (str, character offsets), gold relations, predicted content spans."""
    root = os.path.join(data, "data", "train")
    texts, anns = os.path.join(root, "text"), os.path.join(root, "attributions")
    ann_files = sorted(os.listdir(anns))
    articles = {}
    for name in sorted(os.listdir(texts)):
        stem = name[:-4]
        ann = next((a for a in ann_files if a.rsplit("_", 1)[0] == stem), None)
        if ann is None:
            continue
        text = open(os.path.join(texts, name), encoding="utf-8").read()
        spans, relations = {}, []
        for line in open(os.path.join(anns, ann), encoding="utf-8"):
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 2:
                continue
            if cols[0].startswith("T"):
                label, _, ranges = cols[1].partition(" ")
                spans[cols[0]] = [
                    tuple(int(x) for x in r.split()) for r in ranges.split(";") if len(r.split()) == 2
                ]
            elif cols[0].startswith("E"):
                rel = {}
                for arg in cols[1].split():
                    role, _, ident = arg.partition(":")
                    rel[role] = spans.get(ident, [])
                relations.append(rel)
        # Byte offset -> character offset, for crosswire's predictions.
        char_at = {}
        b = 0
        for i, ch in enumerate(text):
            char_at[b] = i
            b += len(ch.encode("utf-8"))
        char_at[b] = len(text)
        articles[stem] = {"text": text, "relations": relations, "predicted": [], "char_at": char_at}
    for line in open(predictions, encoding="utf-8"):
        p = json.loads(line)
        a = articles.get(p["article"])
        if a:
            a["predicted"].append((a["char_at"].get(p["start"], 0), a["char_at"].get(p["end"], 0)))
    return articles


def sentence_bounds(text):
    return [0] + [m.end() for m in SENTENCE_END.finditer(text)] + [len(text)]


def content_for(text, bounds, cue_start, cue_end):
    i = bisect.bisect_right(bounds, cue_start) - 1
    s, e = bounds[i], bounds[min(i + 1, len(bounds) - 1)]
    start = cue_end + re.match(r"\s*(that\s+)?", text[cue_end:e]).end()
    end = e
    while end > start and text[end - 1] in ' \n."':
        end -= 1
    if len(words(text, (start, end))) >= 3:
        return (start, end)
    end = cue_start
    while end > s and text[end - 1] in " ,":
        end -= 1
    return (s, end)


def features(text, toks, i, bounds):
    def low(j):
        return toks[j][2].lower() if 0 <= j < len(toks) else "<s>"

    w = low(i)
    sb = bisect.bisect_right(bounds, toks[i][0]) - 1
    sentence = text[bounds[sb] : bounds[min(sb + 1, len(bounds) - 1)]]
    return {
        "w=" + w: 1,
        "suf2=" + w[-2:]: 1,
        "suf3=" + w[-3:]: 1,
        "p1=" + low(i - 1): 1,
        "p2=" + low(i - 2): 1,
        "n1=" + low(i + 1): 1,
        "n2=" + low(i + 2): 1,
        "p1w=" + low(i - 1) + "_" + w: 1,
        "wn1=" + w + "_" + low(i + 1): 1,
        "cap": int(toks[i][2][0].isupper()),
        "pcap": int(i > 0 and toks[i - 1][2][0].isupper()),
        "ppron": int(low(i - 1) in PRONOUNS),
        "quoted": int(any(c in sentence for c in '"\u201c')),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--predictions", required=True)
    ap.add_argument("--data", default="../shared/data/quotes/polnear")
    args = ap.parse_args()
    if not os.path.isdir(os.path.join(args.data, "data", "train")):
        print(f"skipped: {args.data} not found (benchmark data is not in this checkout)")
        return 0
    import numpy as np
    from sklearn.feature_extraction import FeatureHasher
    from sklearn.linear_model import LogisticRegression

    articles = load(args.data, args.predictions)
    keys = sorted(articles)
    rows = []  # (article index, cue start, cue end, features, label)
    base_predicted = base_right = 0
    for ai, key in enumerate(keys):
        a = articles[key]
        text, pred = a["text"], a["predicted"]
        gold = [r for rel in a["relations"] for r in rel.get("Content", [])]
        for p in pred:
            base_predicted += 1
            base_right += half_covered(words(text, p), gold)
        missed_cues = set()
        for rel in a["relations"]:
            ws = [w for r in rel.get("Content", []) for w in words(text, r)]
            if ws and not half_covered(ws, pred):
                missed_cues.update(r[0] for r in rel.get("Cue", [])[:1])
        a["missed_cues"] = missed_cues
        bounds = sentence_bounds(text)
        a["bounds"] = bounds
        toks = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]
        for i, (s, e, w) in enumerate(toks):
            if not w[0].isalpha() or any(x <= s < y for x, y in pred):
                continue
            label = any(s <= c < e for c in missed_cues)
            rows.append((ai, s, e, features(text, toks, i, bounds), label))
    X = FeatureHasher(n_features=2**20).transform(r[3] for r in rows)
    y = np.array([r[4] for r in rows])
    fold = np.array([ai % 5 for ai, *_ in rows])
    prob = np.zeros(len(rows))
    for f in range(5):
        model = LogisticRegression(C=1.0, max_iter=300, solver="liblinear")
        model.fit(X[fold != f], y[fold != f])
        prob[fold == f] = model.predict_proba(X[fold == f])[:, 1]
    print(
        f"{len(keys)} articles, {len(rows)} candidate words, {int(y.sum())} missed cues; "
        f"crosswire now: {base_right} of {base_predicted} contents right"
    )

    def score(selected):
        by_article = collections.defaultdict(list)
        for i in selected:
            by_article[rows[i][0]].append(rows[i])
        added = right = found = 0
        for ai, cues in by_article.items():
            a = articles[keys[ai]]
            text, pred = a["text"], a["predicted"]
            gold = [r for rel in a["relations"] for r in rel.get("Content", [])]
            new = {content_for(text, a["bounds"], c[1], c[2]) for c in cues}
            new = [n for n in new if n[1] > n[0]]
            added += len(new)
            right += sum(half_covered(words(text, n), gold) for n in new)
            for rel in a["relations"]:
                ws = [w for r in rel.get("Content", []) for w in words(text, r)]
                if ws and not half_covered(ws, pred) and half_covered(ws, pred + new):
                    found += 1
        return added, right, found

    print("threshold  cues  real  contents  right  newly found  precision with them")
    for th in (0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3):
        selected = [i for i in range(len(rows)) if prob[i] >= th]
        real = int(sum(y[i] for i in selected))
        added, right, found = score(selected)
        precision = (base_right + right) / max(base_predicted + added, 1)
        print(f"{th:9.1f} {len(selected):5d} {real:5d} {added:9d} {right:6d} {found:12d} {precision:20.3f}")
    oracle = [i for i in range(len(rows)) if y[i]]
    added, right, found = score(oracle)
    precision = (base_right + right) / max(base_predicted + added, 1)
    print(f"   oracle {len(oracle):5d} {len(oracle):5d} {added:9d} {right:6d} {found:12d} {precision:20.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
