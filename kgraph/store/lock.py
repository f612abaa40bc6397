"""Advisory file locks that keep writers apart and let readers read without waiting on a writer.

Writers queue on ``kgraph.queue`` (exclusive, no time limit by default), then hold ``kgraph.lock``
exclusively for one batch only. Readers never create or open a file for writing: they open
``kgraph.lock`` read-only (``flock`` works on such a descriptor) and skip it when it is absent or
unreadable, as on a read-only copy of a store.
"""
from __future__ import annotations

import errno
import fcntl
import os
import time
from collections.abc import Callable
from pathlib import Path

from ..errors import StoreBusy, StoreError
from .files import LOCK_FILE, QUEUE_FILE


def lock_wait_default() -> float | None:
    """Seconds a writer waits for the store: ``$KGRAPH_LOCK_WAIT``, else no limit (None)."""
    env = os.environ.get("KGRAPH_LOCK_WAIT", "").strip()
    try:
        value = float(env) if env else None
    except ValueError:
        return None
    return value if value is not None and value > 0 else None


class FileLock:
    """One ``flock`` on one file; ``wait=None`` waits as long as it takes."""

    def __init__(self, path: Path, *, exclusive: bool, write: bool, wait: float | None = None,
                 on_wait: Callable[[], None] | None = None) -> None:
        self.path = path
        self.exclusive = exclusive
        self.write = write
        self.wait = wait
        self.on_wait = on_wait
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def _open(self) -> int | None:
        if self.write:
            try:
                return os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
            except OSError as exc:
                raise StoreError(f"cannot write to the store folder {self.path.parent}: {exc.strerror}; check its "
                                 "permissions, or read it with a read-only command") from exc
        try:
            return os.open(self.path, os.O_RDONLY | os.O_CLOEXEC)
        except OSError as exc:
            if exc.errno in (errno.ENOENT, errno.EACCES, errno.EPERM):
                return None  # no writer ever wrote here, or we may not look: nothing to coordinate with
            raise StoreError(f"cannot open {self.path}: {exc.strerror}") from exc

    def try_acquire(self) -> bool:
        """Take the lock if it is free now; True when held (or when there is no lock file to take)."""
        fd = self._open()
        if fd is None:
            return True
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if self.exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def acquire(self) -> None:
        """Take the lock, waiting for it (at most ``wait`` seconds when set)."""
        if self.try_acquire():
            return
        if self.on_wait is not None:
            self.on_wait()
        fd = self._open()
        if fd is None:
            return
        mode = fcntl.LOCK_EX if self.exclusive else fcntl.LOCK_SH
        if self.wait is None:
            fcntl.flock(fd, mode)
            self._fd = fd
            return
        deadline = time.monotonic() + self.wait
        while True:
            try:
                fcntl.flock(fd, mode | fcntl.LOCK_NB)
                self._fd = fd
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise StoreBusy(
                        f"the store {self.path.parent} is in use by another kgraph process that is writing to it "
                        f"(waited {self.wait:g} s); wait for it to finish, raise KGRAPH_LOCK_WAIT (unset = no "
                        "limit), or use another store with --store PATH") from None
                time.sleep(0.05)

    def release(self) -> None:
        if self._fd is not None:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
            finally:
                os.close(self._fd)
                self._fd = None


def writer_locks(store_dir: Path, *, wait: float | None, on_wait: Callable[[], None] | None = None
                 ) -> tuple[FileLock, FileLock]:
    """The queue lock and the store lock a writer takes, in that order, for one batch."""
    return (FileLock(store_dir / QUEUE_FILE, exclusive=True, write=True, wait=wait, on_wait=on_wait),
            FileLock(store_dir / LOCK_FILE, exclusive=True, write=True, wait=wait, on_wait=on_wait))


def writer_active(store_dir: Path) -> bool:
    """True when a writer holds or waits at the front of the queue (checked without writing anything)."""
    probe = FileLock(store_dir / QUEUE_FILE, exclusive=False, write=False)
    if probe.try_acquire():
        probe.release()
        return False
    return True
