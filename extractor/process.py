"""Child processes that end with their parent: the PDF reader's forked child and the batch's
worker pool (a ``kill -9`` of the parent must not leave them running, blocked on a pipe)."""
from __future__ import annotations


def die_with_parent(parent: int) -> None:
    """Make this (child) process end when ``parent`` does: PR_SET_PDEATHSIG on Linux, else a
    thread that polls the parent's pid."""
    import os
    import signal
    import sys

    if sys.platform.startswith("linux"):
        try:
            import ctypes
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(1, signal.SIGKILL, 0, 0, 0) == 0:  # PR_SET_PDEATHSIG
                if os.getppid() != parent:  # the parent died before the call
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def quiet_worker(parent: int) -> None:
    """A batch worker's start: it ends with its parent (:func:`die_with_parent`) and leaves Ctrl-C to the
    parent, which stops the pool and keeps what was written (a terminal sends SIGINT to the whole
    process group: each worker printed a KeyboardInterrupt traceback)."""
    import signal

    die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
