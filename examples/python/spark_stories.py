"""Run crosswire's per-document core inside PySpark and build the stories.

Each input file is one task: the executor reads it with crosswire's own reader (WARC/WET with
per-record gzip, HTML, JSONL, feeds, text), processes every record with the wheel through
``mapInArrow`` (clean, metadata, MinHash signature and band keys), and the driver groups the
processed articles into stories with ``crosswire.stories`` — the same stories ``crosswire analyze``
finds on the same files.

    spark-submit examples/python/spark_stories.py OUT.json FILE...      (or: python spark_stories.py …)

For CC-NEWS at scale, give it the WARC paths of a crawl (local, HDFS-mounted or fetched by the
task); the per-document step scales with the cluster, the story step runs on the driver.
"""

import json
import os
import sys
import time

import crosswire
from pyspark.sql import SparkSession

# Spark has no unsigned 64-bit type: signatures and band keys travel as signed 64-bit integers
# with the same bits (crosswire.map_in_arrow_signed does the reinterpretation).
SCHEMA = (
    "id string, article string, meta string, minhash array<bigint>, "
    "band_keys array<bigint>, error string"
)


def main() -> int:
    out, files = sys.argv[1], sys.argv[2:]
    if not files:
        print(__doc__, file=sys.stderr)
        return 2
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    spark = (
        SparkSession.builder.master(os.environ.get("SPARK_MASTER", "local[2]"))
        .appName("crosswire-stories")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "1024")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    started = time.time()
    # One partition per file, in the order given: collect() keeps it, so the driver sees the
    # articles in the same order as `crosswire analyze FILE...` reads them.
    paths = spark.sparkContext.parallelize([(f,) for f in files], numSlices=len(files)).toDF(["path"])
    rows = paths.mapInArrow(crosswire.map_in_arrow_signed, SCHEMA).collect()
    spark.stop()
    ok = [r for r in rows if r["error"] is None]
    analysis = crosswire.stories([r["article"] for r in ok], [r["meta"] for r in ok])
    result = {
        "articles": [a["id"] for a in analysis["articles"]],
        "stories": sorted(sorted(s["articles"]) for s in analysis["stories"]),
        "errors": [r["error"] for r in rows if r["error"] is not None],
        "seconds": round(time.time() - started, 2),
    }
    with open(out, "w") as f:
        json.dump(result, f)
    print(f"spark: {len(ok)} articles in {len(analysis['stories'])} stories in {result['seconds']} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
