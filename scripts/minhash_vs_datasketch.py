"""crosswire's near-duplicate detection beside datasketch's MinHashLSH, same corpus, same
parameters (128 permutations, 16 bands x 8 rows, 5-word shingles of lower-cased words, pairs at an
estimated Jaccard >= 0.8), one run.

    python scripts/minhash_vs_datasketch.py --crosswire target/release/crosswire [--articles N]

Prints both speeds (documents per second: shingling + MinHash + LSH + pairs), the pairs each finds,
and every pair datasketch finds that crosswire does not, with its exact Jaccard: a miss is a pair
whose exact Jaccard is >= 0.8 (datasketch also reports pairs below it: its estimate is noisy, as
is crosswire's; those are not misses).
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

from datasketch import MinHash, MinHashLSH

WORD = re.compile(r"[^\W_]+")
SHINGLE = 5
THRESHOLD = 0.8


def shingles(text):
    words = [w.lower() for w in WORD.findall(text)]
    if len(words) < SHINGLE:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--crosswire", required=True)
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "corpus.jsonl")
        ours_tsv = os.path.join(tmp, "ours.tsv")
        subprocess.run(
            [args.crosswire, "bench", "gen", "--articles", str(args.articles), "--out", corpus, "--seed", "3"],
            check=True,
            capture_output=True,
        )
        ours = json.loads(
            subprocess.run(
                [args.crosswire, "bench", "dedup", corpus, "--pairs", ours_tsv, "--json"],
                check=True,
                capture_output=True,
            ).stdout
        )
        our_pairs = set()
        for line in open(ours_tsv):
            a, b, _ = line.rstrip("\n").split("\t")
            our_pairs.add((min(a, b), max(a, b)))
        docs = [json.loads(line) for line in open(corpus)]

    # datasketch: shingle, MinHash, insert into LSH, query, confirm by estimated Jaccard.
    t = time.time()
    sh = {}
    mh = {}
    lsh = MinHashLSH(num_perm=128, params=(16, 8))
    for d in docs:
        s = shingles(d["text"])
        m = MinHash(num_perm=128)
        for g in s:
            m.update(g.encode("utf-8"))
        sh[d["id"]] = s
        mh[d["id"]] = m
        lsh.insert(d["id"], m)
    ds_pairs = set()
    for key, m in mh.items():
        for other in lsh.query(m):
            if other != key and m.jaccard(mh[other]) >= THRESHOLD:
                ds_pairs.add((min(key, other), max(key, other)))
    ds_s = time.time() - t
    ds_rate = len(docs) / ds_s

    def exact(p):
        a, b = sh[p[0]], sh[p[1]]
        return len(a & b) / max(1, len(a | b))

    not_ours = sorted(ds_pairs - our_pairs)
    missed = [(p, exact(p)) for p in not_ours if exact(p) >= THRESHOLD]
    figures = {
        "documents": len(docs),
        "datasketch_docs_per_s": round(ds_rate),
        "crosswire_one_core_docs_per_s": round(ours["one_core"]["docs_per_s"]),
        "crosswire_all_cores_docs_per_s": round(ours["all_cores"]["docs_per_s"]),
        "speedup_one_core": round(ours["one_core"]["docs_per_s"] / ds_rate, 1),
        "datasketch_pairs": len(ds_pairs),
        "crosswire_pairs": len(our_pairs),
        "datasketch_pairs_not_found_by_crosswire": len(not_ours),
        "of_which_exact_jaccard_at_least_0.8": len(missed),
    }
    if args.json:
        print(json.dumps(figures))
    else:
        for k, v in figures.items():
            print(f"{k:>45}: {v}")
        for p, j in missed[:20]:
            print(f"missed: {p} exact Jaccard {j:.3f}")
    return 0 if not missed else 1


if __name__ == "__main__":
    sys.exit(main())
