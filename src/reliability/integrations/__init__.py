"""Optional adapters to other tools; each module imports its own extra.

Import the module you need; nothing here is imported by the core library:

- ``reliability.integrations.spacy``: the ``"reliability"`` pipeline component
  (extra ``spacy``);
- ``reliability.integrations.pandas``: reports to tidy data frames (extra
  ``pandas``);
- ``reliability.integrations.dask``: score Dask bags and data frames, and the
  partition function Spark's ``mapInPandas`` runs (extra ``dask``);
- ``reliability.integrations.exports``: W3C Web Annotation JSON-LD, brat
  standoff and Label Studio predictions (no extra needed);
- ``reliability.server``: the HTTP service (extra ``server``).
"""

from __future__ import annotations

__all__: list[str] = []
