"""SELECT answers as pandas DataFrames (the optional extra ``kgraph[pandas]``), typed by the literals' datatypes."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import MissingExtra, UsageError
from .values import table

if TYPE_CHECKING:
    from .result import QueryResult

#: pandas dtype per column kind (see :data:`kgraph.query.values.KINDS`).
DTYPES = {"int": "Int64", "float": "Float64", "bool": "boolean", "str": "string"}


def to_dataframe(result: QueryResult, *, lang: str | None = None, labels: bool = True) -> Any:
    """The answer as a ``pandas.DataFrame``: one column per variable (plus ``<var>_label`` beside IRIs)."""
    try:
        import pandas as pd
    except ImportError as exc:
        raise MissingExtra("DataFrames need pandas; install it with: pip install 'kgraph[pandas]'") from exc
    if result.kind != "SELECT":
        raise UsageError(f"a {result.kind} answer has no rows; to_dataframe() needs a SELECT query")
    columns, kinds, rows = table(result, lang=lang, labels=labels)
    data: dict[str, Any] = {}
    for i, (name, kind) in enumerate(zip(columns, kinds)):
        values = [r[i] for r in rows]
        if kind in ("date", "datetime"):
            data[name] = pd.to_datetime(pd.Series(values, dtype="object"), utc=kind == "datetime" and any(
                getattr(v, "tzinfo", None) is not None for v in values))
        else:
            data[name] = pd.Series(values, dtype=DTYPES[kind])
    return pd.DataFrame(data, columns=columns)
