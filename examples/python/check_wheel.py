"""Check that the Python wheel, PySpark and datatrove reach exactly what the crosswire binary does.

    python examples/python/check_wheel.py --crosswire target/debug/crosswire [FILE...]

Default inputs: the seed reports and, when ../shared/data/warc is present, the WARC/WET fixtures.
Checks, failing loudly on any difference:
  1. the wheel's articles (every field) and stories equal `crosswire analyze` on the same files;
  2. the wheel's MinHash signatures and band keys equal `crosswire export --format parquet`'s;
  3. the PySpark job (local[2], mapInArrow) reaches the same articles and stories;
  4. the datatrove pipeline reaches the same articles and stories.
"""

import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
import time

import crosswire
import pyarrow.parquet as pq

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def default_inputs():
    files = sorted(glob.glob(os.path.join(ROOT, "examples", "seeds", "*.txt")))
    warc = os.path.join(ROOT, "..", "shared", "data", "warc")
    if os.path.isdir(warc):
        files += sorted(glob.glob(os.path.join(warc, "*.warc.gz")) + glob.glob(os.path.join(warc, "*.wet.gz")))
    else:
        print("note: ../shared/data/warc absent: checking on the seed reports only", file=sys.stderr)
    return files


def fail(what):
    print(f"FAIL: {what}", file=sys.stderr)
    sys.exit(1)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--crosswire", required=True, help="the crosswire binary")
    ap.add_argument("--skip-spark", action="store_true")
    ap.add_argument("--skip-datatrove", action="store_true")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    files = args.files or default_inputs()
    files = [os.path.abspath(f) for f in files]

    # 1. The binary's analysis of the same files, in the same order.
    out = subprocess.run([args.crosswire, "analyze", "--format", "json", *files], capture_output=True)
    if out.returncode not in (0, 1):
        fail(f"crosswire analyze exited {out.returncode}: {out.stderr.decode()[:500]}")
    cli = json.loads(out.stdout)
    cli_stories = sorted(sorted(s["articles"]) for s in cli["stories"])
    cli_ids = [a["id"] for a in cli["articles"]]

    records, errors = crosswire.read(files)
    processed = crosswire.process(records)
    ok = [p for p in processed if p["error"] is None]
    wheel = crosswire.stories([json.dumps(p["article"]) for p in ok], [json.dumps(p["meta"]) for p in ok])
    if len(wheel["articles"]) != len(cli["articles"]):
        fail(f"wheel has {len(wheel['articles'])} articles, crosswire {len(cli['articles'])}")
    for w, c in zip(wheel["articles"], cli["articles"]):
        if w != c:
            diff = [k for k in set(w) | set(c) if w.get(k) != c.get(k)]
            fail(f"article {c['id']} differs in {diff}")
    if wheel["stories"] != cli["stories"]:
        fail("stories differ between the wheel and crosswire analyze")
    print(f"ok: wheel = analyze on {len(files)} files: {len(cli_ids)} articles, {len(cli_stories)} stories, identical")

    # 2. Signatures and band keys against the binary's Parquet export.
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "check.db")
        pq_path = os.path.join(tmp, "articles.parquet")
        subprocess.run([args.crosswire, "ingest", "--db", db, *files], capture_output=True)
        r = subprocess.run(
            [args.crosswire, "export", "--db", db, "--format", "parquet", "-o", pq_path], capture_output=True
        )
        if r.returncode != 0:
            fail(f"export failed: {r.stderr.decode()[:500]}")
        table = pq.read_table(pq_path).to_pydict()
    exported = {i: (m, k) for i, m, k in zip(table["id"], table["minhash"], table["band_keys"])}
    compared = 0
    for p in ok:
        if p["id"] in exported:
            if exported[p["id"]] != (p["minhash"], p["band_keys"]):
                fail(f"signature of {p['id']} differs from crosswire export")
            compared += 1
    if compared == 0 or compared < len(set(p["id"] for p in ok)):
        fail(f"only {compared} signatures compared")
    for p in ok:
        if crosswire.signature(p["article"]["text"]) != p["minhash"]:
            fail(f"signature() of {p['id']}'s text differs from process()")
        if crosswire.band_keys(p["minhash"]) != p["band_keys"]:
            fail(f"band_keys() of {p['id']} differs")
    print(f"ok: {compared} MinHash signatures and band keys bit-identical to crosswire export")

    expected = {"articles": cli_ids, "stories": cli_stories}
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable, SPARK_LOCAL_IP="127.0.0.1")

    # 3. PySpark.
    if not args.skip_spark:
        with tempfile.TemporaryDirectory() as tmp:
            result = os.path.join(tmp, "spark.json")
            t = time.time()
            r = subprocess.run([sys.executable, os.path.join(HERE, "spark_stories.py"), result, *files], env=env)
            if r.returncode != 0:
                fail("the PySpark job failed")
            got = json.load(open(result))
            for key in ("articles", "stories"):
                if got[key] != expected[key]:
                    fail(f"PySpark {key} differ from crosswire analyze")
            print(f"ok: PySpark (local[2], mapInArrow) = analyze ({time.time() - t:.1f} s with Spark start)")

    # 4. datatrove.
    if not args.skip_datatrove:
        with tempfile.TemporaryDirectory() as tmp:
            result = os.path.join(tmp, "datatrove.json")
            r = subprocess.run(
                [sys.executable, os.path.join(HERE, "datatrove_stories.py"), result, *files],
                env=env,
                capture_output=True,
            )
            if r.returncode != 0:
                fail(f"the datatrove pipeline failed: {r.stderr.decode()[-2000:]}")
            got = json.load(open(result))
            for key in ("articles", "stories"):
                if got[key] != expected[key]:
                    fail(f"datatrove {key} differ from crosswire analyze")
            print("ok: datatrove pipeline = analyze")
    return 0


if __name__ == "__main__":
    sys.exit(main())
