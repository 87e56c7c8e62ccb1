"""crosswire's per-document core for Python jobs (PySpark, datatrove).

The functions here call the same Rust code as the ``crosswire`` binary: a record read and
processed here gives the same article, metadata, MinHash signature and band keys as
``crosswire analyze`` / ``crosswire export`` give for it, and :func:`stories` groups processed
articles into the same stories as ``crosswire analyze``.

Plain-Python API: :func:`read`, :func:`process`, :func:`stories`, :func:`signature`,
:func:`band_keys`. Arrow API (needs ``pyarrow``): :func:`read_arrow`, :func:`process_arrow` and
:func:`map_in_arrow`, the function to give Spark's ``DataFrame.mapInArrow``.
"""

from __future__ import annotations

import json
from typing import Iterable, Iterator, List, Optional, Sequence, Tuple

from . import _core

__all__ = [
    "read",
    "process",
    "process_text",
    "stories",
    "signature",
    "band_keys",
    "read_arrow",
    "process_arrow",
    "map_in_arrow",
    "map_in_arrow_signed",
    "to_signed",
    "RAW_COLUMNS",
    "PROCESSED_COLUMNS",
    "PERMUTATIONS",
    "BANDS",
    "ROWS",
    "SHINGLE",
    "SEED",
    "__version__",
]

__version__ = _core.version()
PERMUTATIONS = _core.PERMUTATIONS
BANDS = _core.BANDS
ROWS = _core.ROWS
SHINGLE = _core.SHINGLE
SEED = _core.SEED

#: Columns of a raw record batch (what :func:`read_arrow` returns, :func:`process_arrow` takes).
RAW_COLUMNS = ("path", "line", "format", "body", "body_is_html", "fields")
#: Columns of a processed batch.
PROCESSED_COLUMNS = ("id", "article", "meta", "minhash", "band_keys", "error")

RawRecord = Tuple[str, Optional[int], str, str, bool, str]


def read(paths: Sequence[str], max_record_bytes: int = 16 << 20) -> Tuple[List[RawRecord], List[str]]:
    """Read files or directories as ``crosswire`` does: (records, errors)."""
    if isinstance(paths, str):
        paths = [paths]
    return _core.read_paths([str(p) for p in paths], max_record_bytes)


def process(records: Sequence[RawRecord]) -> List[dict]:
    """Process raw records; one dict per record with ``id``, ``article``, ``meta`` (parsed JSON),
    ``minhash``, ``band_keys`` and ``error`` (None when it went well)."""
    out = []
    for rid, article, meta, sig, keys, error in _core.process_records(list(records)):
        out.append(
            {
                "id": rid,
                "article": json.loads(article) if article else None,
                "meta": json.loads(meta) if meta else None,
                "minhash": sig,
                "band_keys": keys,
                "error": error,
            }
        )
    return out


def process_text(
    body: str,
    *,
    html: bool = False,
    path: str = "-",
    url: Optional[str] = None,
    title: Optional[str] = None,
    source: Optional[str] = None,
    published: Optional[str] = None,
    input_id: Optional[str] = None,
) -> dict:
    """Process one report given as a string (plain text or, with ``html=True``, HTML)."""
    fields = {"input_id": input_id, "title": title, "url": url, "source": source, "published": published}
    fmt = "html" if html else "text"
    return process([(path, None, fmt, body, html, json.dumps(fields))])[0]


def stories(articles: Iterable[str], metas: Iterable[str]) -> dict:
    """Group processed articles (their ``article`` and ``meta`` JSON strings, in input order) into
    stories exactly as ``crosswire analyze`` does; returns the analysis (articles, stories)."""
    return json.loads(_core.assemble(list(articles), list(metas)))


def signature(text: str) -> List[int]:
    """MinHash signature of a clean text (the seeded permutations of ``crosswire``)."""
    return _core.signature(text)


def band_keys(sig: Sequence[int]) -> List[int]:
    """LSH band keys of a signature."""
    return _core.band_keys(list(sig))


# --- Arrow -----------------------------------------------------------------------------------


def _pa():
    try:
        import pyarrow as pa  # noqa: PLC0415
    except ImportError as e:  # pragma: no cover
        raise ImportError("the Arrow functions need pyarrow: pip install pyarrow") from e
    return pa


def raw_schema():
    pa = _pa()
    return pa.schema(
        [
            ("path", pa.string()),
            ("line", pa.uint64()),
            ("format", pa.string()),
            ("body", pa.large_string()),
            ("body_is_html", pa.bool_()),
            ("fields", pa.string()),
        ]
    )


def processed_schema():
    pa = _pa()
    return pa.schema(
        [
            ("id", pa.string()),
            ("article", pa.large_string()),
            ("meta", pa.string()),
            ("minhash", pa.list_(pa.uint64())),
            ("band_keys", pa.list_(pa.uint64())),
            ("error", pa.string()),
        ]
    )


def read_arrow(paths: Sequence[str], max_record_bytes: int = 16 << 20):
    """Read files as :func:`read` does; returns (a raw record batch, errors)."""
    pa = _pa()
    records, errors = read(paths, max_record_bytes)
    columns = list(zip(*records)) if records else [[] for _ in RAW_COLUMNS]
    batch = pa.RecordBatch.from_arrays(
        [pa.array(list(c), type=f.type) for c, f in zip(columns, raw_schema())],
        schema=raw_schema(),
    )
    return batch, errors


def process_arrow(batch):
    """Process a raw record batch (columns :data:`RAW_COLUMNS`) into a processed batch (columns
    :data:`PROCESSED_COLUMNS`)."""
    pa = _pa()
    cols = [batch.column(name).to_pylist() for name in RAW_COLUMNS]
    results = _core.process_records(list(zip(*cols))) if batch.num_rows else []
    out = list(zip(*results)) if results else [[] for _ in PROCESSED_COLUMNS]
    return pa.RecordBatch.from_arrays(
        [pa.array(list(c), type=f.type) for c, f in zip(out, processed_schema())],
        schema=processed_schema(),
    )


def map_in_arrow(batches: Iterator) -> Iterator:
    """For ``DataFrame.mapInArrow``: raw record batches in, processed batches out. A batch may
    instead hold only a ``path`` column (file paths): each file is then read here, where it lies."""
    for batch in batches:
        if batch.num_columns == 1 and batch.schema.names == ["path"]:
            paths = [p for p in batch.column(0).to_pylist() if p]
            if not paths:
                continue
            raw, _errors = read_arrow(paths)
            yield process_arrow(raw)
        else:
            yield process_arrow(batch)


def to_signed(batch):
    """The same batch with ``minhash`` and ``band_keys`` as signed 64-bit integers with the same
    bits, for engines without unsigned 64-bit integers (Spark). ``v & (2**64 - 1)`` undoes it."""
    pa = _pa()
    import pyarrow.compute as pc  # noqa: PLC0415

    columns = []
    fields = []
    for field, col in zip(batch.schema, batch.columns):
        if field.name in ("minhash", "band_keys"):
            values = pc.cast(col.values, pa.int64(), safe=False)
            col = pa.ListArray.from_arrays(col.offsets, values)
            field = pa.field(field.name, pa.list_(pa.int64()))
        columns.append(col)
        fields.append(field)
    return pa.RecordBatch.from_arrays(columns, schema=pa.schema(fields))


def map_in_arrow_signed(batches: Iterator) -> Iterator:
    """:func:`map_in_arrow` with signatures and band keys as signed 64-bit integers (for Spark)."""
    for batch in map_in_arrow(batches):
        yield to_signed(batch)
