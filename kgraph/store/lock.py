"""An advisory file lock that keeps writers apart and readers away from a write in progress."""
from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path

from ..errors import StoreBusy


class StoreLock:
    """``flock`` on ``<store>/kgraph.lock``: exclusive for writers, shared for readers.

    A second writer waits up to ``wait`` seconds, then fails with :class:`StoreBusy`.
    """

    def __init__(self, store_dir: Path, *, exclusive: bool, wait: float = 10.0) -> None:
        self.path = store_dir / "kgraph.lock"
        self.exclusive = exclusive
        self.wait = wait
        self._fd: int | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        mode = (fcntl.LOCK_EX if self.exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
        deadline = time.monotonic() + self.wait
        while True:
            try:
                fcntl.flock(fd, mode)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise StoreBusy(
                        f"the store {self.path.parent} is in use by another kgraph process that is writing to it "
                        f"(waited {self.wait:g} s); wait for it to finish, or use another store with --store PATH"
                    ) from None
                time.sleep(0.05)
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
