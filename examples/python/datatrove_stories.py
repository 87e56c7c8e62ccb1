"""crosswire as datatrove pipeline steps: a reader that yields crosswire-processed documents and a
writer that groups them into stories.

    python examples/python/datatrove_stories.py OUT.json FILE...

``CrosswireReader`` reads files with crosswire's own reader and processes every record with the
wheel; each datatrove ``Document`` carries the clean text, the article id, and in its metadata the
article and metadata JSON, the MinHash signature and the band keys. ``CrosswireStories`` (the last
step) groups the documents it receives into stories, as ``crosswire analyze`` does.
"""

import json
import sys
import tempfile

import crosswire
from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.base import PipelineStep


class CrosswireReader(PipelineStep):
    name = "crosswire reader"
    type = "📖 - READER"

    def __init__(self, files):
        super().__init__()
        self.files = list(files)

    def run(self, data=None, rank: int = 0, world_size: int = 1):
        if data:
            yield from data
        mine = self.files[rank::world_size]
        if not mine:
            return
        records, errors = crosswire.read(mine)
        for e in errors:
            self.stat_update("read_errors")
        for r in crosswire.process(records):
            if r["error"] is not None:
                self.stat_update("process_errors")
                continue
            self.stat_update("documents")
            yield Document(
                text=r["article"]["text"],
                id=r["id"],
                metadata={
                    "article": json.dumps(r["article"]),
                    "meta": json.dumps(r["meta"]),
                    "minhash": r["minhash"],
                    "band_keys": r["band_keys"],
                },
            )


class CrosswireStories(PipelineStep):
    name = "crosswire stories"
    type = "💽 - WRITER"

    def __init__(self, out):
        super().__init__()
        self.out = out

    def run(self, data=None, rank: int = 0, world_size: int = 1):
        docs = list(data or [])
        analysis = crosswire.stories(
            [d.metadata["article"] for d in docs], [d.metadata["meta"] for d in docs]
        )
        with open(self.out, "w") as f:
            json.dump(
                {
                    "articles": [a["id"] for a in analysis["articles"]],
                    "stories": sorted(sorted(s["articles"]) for s in analysis["stories"]),
                },
                f,
            )
        yield from docs


def main() -> int:
    out, files = sys.argv[1], sys.argv[2:]
    if not files:
        print(__doc__, file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as logs:
        # A fresh logging folder: datatrove skips tasks it has already marked done there.
        LocalPipelineExecutor(
            pipeline=[CrosswireReader(files), CrosswireStories(out)],
            tasks=1,
            logging_dir=logs,
        ).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
