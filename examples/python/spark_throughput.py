"""Throughput of the wheel inside Spark (mapInArrow, one core) against the crosswire binary on one
core, on the same documents (a synthetic corpus from `crosswire bench gen`).

    python examples/python/spark_throughput.py --crosswire target/release/crosswire [--articles N]

Both sides read the JSONL file and run the per-document core (clean, metadata, MinHash); Spark's
side also moves every record through Arrow and the Python worker. Spark's start-up is excluded (a
warm-up job runs first), as a long job would amortise it.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import crosswire
from pyspark.sql import SparkSession

SCHEMA = "id string, article string, meta string, minhash array<bigint>, band_keys array<bigint>, error string"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--crosswire", required=True)
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "corpus.jsonl")
        warm = os.path.join(tmp, "warm.jsonl")
        for path, n in ((corpus, args.articles), (warm, 200)):
            subprocess.run(
                [args.crosswire, "bench", "gen", "--articles", str(n), "--out", path],
                check=True,
                capture_output=True,
            )
        cli = json.loads(
            subprocess.run(
                [args.crosswire, "bench", "--as-is", "--json", corpus], check=True, capture_output=True
            ).stdout
        )
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        spark = (
            SparkSession.builder.master("local[1]")
            .appName("crosswire-throughput")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.execution.arrow.maxRecordsPerBatch", "1024")
            .getOrCreate()
        )
        spark.sparkContext.setLogLevel("ERROR")

        def run(path):
            df = spark.createDataFrame([(path,)], "path string")
            return df.mapInArrow(crosswire.map_in_arrow_signed, SCHEMA).select("id").count()

        run(warm)
        t = time.time()
        n = run(corpus)
        spark_s = time.time() - t
        spark.stop()
    spark_rate = n / spark_s
    cli_rate = cli["one_core"]["articles_per_s"]
    figures = {
        "articles": n,
        "spark_one_core_articles_per_s": round(spark_rate),
        "cli_one_core_articles_per_s": round(cli_rate),
        "ratio": round(spark_rate / cli_rate, 3),
    }
    if args.json:
        print(json.dumps(figures))
    else:
        print(
            f"{n} articles: Spark mapInArrow (1 core) {spark_rate:.0f}/s, crosswire (1 core) {cli_rate:.0f}/s: "
            f"{100 * spark_rate / cli_rate:.0f}% of the binary"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
