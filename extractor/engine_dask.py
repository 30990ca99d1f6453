"""The distributed engine: the same extraction on a Dask cluster.

``run_dask`` submits chunks of work items to a ``dask.distributed`` cluster (a
``LocalCluster`` of ``workers`` processes when no scheduler address is given) and yields
their records in input order. Each worker process loads the spaCy pipeline once, on its
first chunk (:func:`extractor.batch.worker_extractor`, cached per process), so results are
identical to the local engine. At most ``3 × workers`` chunks are in flight, so neither the
client nor the cluster holds the whole corpus.

File inputs are read by the workers: on a real cluster every worker must see the same paths
(a shared file system), or feed JSON Lines (the text travels with the task).
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from .work import chunks, lost_records, worker_chunk

#: Documents per task: large enough that scheduling and moving records cost little next to
#: the extraction itself (~1 s of work per task).
DASK_CHUNK = 64


def _result(chunk: list[dict], future) -> list[dict]:
    """A task's records; a task the cluster gave up on (its workers died: ``KilledWorker``)
    gives ``worker_lost`` records for its documents, and the run goes on."""
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - KilledWorker and kin: one record per document still
        if type(exc).__name__ in ("CancelledError",) or isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        return lost_records(chunk, f"the Dask task for this document failed: {type(exc).__name__}: {exc}")


def run_dask(items: Iterable[dict], *, model: str, scheduler: str | None = None, published=None,
             read_options: dict | None = None, workers: int = 2, client=None) -> Iterator[list[dict]]:
    """Chunks of records in input order. ``client``: an existing ``dask.distributed.Client``
    to use (and leave open); else one is made for ``scheduler`` or a new LocalCluster."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise RuntimeError("the dask engine needs dask.distributed: pip install 'extractor[dask]'") from None
    cluster = None
    own = client is None
    if own and scheduler:
        client = Client(scheduler)
    elif own:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        client = Client(cluster)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        pending: deque = deque()
        for chunk in chunks(items, DASK_CHUNK):
            pending.append((chunk, client.submit(worker_chunk, model, chunk, published, read_options or {},
                                                 pure=False)))
            if len(pending) >= 3 * n_workers:
                yield _result(*pending.popleft())
        while pending:
            yield _result(*pending.popleft())
    finally:
        if own:
            client.close()
        if cluster is not None:
            cluster.close()
