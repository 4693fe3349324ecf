"""Group commit on SQLite: writers that arrive together share one commit, each in its savepoint."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import event, text

from salon.store.database import Database


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database(f"sqlite:///{tmp_path / 'g.db'}")
    with database.write() as conn:
        conn.execute(text("CREATE TABLE t (writer INTEGER, n INTEGER)"))
    return database


def rows(db: Database) -> list[tuple[int, int]]:
    with db.read() as conn:
        return [tuple(r) for r in conn.execute(text("SELECT writer, n FROM t ORDER BY 1, 2"))]


def test_concurrent_writers_share_commits_and_every_write_is_there(db: Database) -> None:
    commits: list[int] = []
    event.listen(db.engine, "commit", lambda _conn: commits.append(1))
    start = threading.Barrier(16)
    seen_after_return: list[bool] = []

    def writer(w: int) -> None:
        start.wait()
        for n in range(25):
            with db.write() as conn:
                conn.execute(text("INSERT INTO t VALUES (:w, :n)"), {"w": w, "n": n})
            # Acknowledged means committed: another connection sees it at once.
            with db.read() as conn:
                found = conn.execute(
                    text("SELECT count(*) FROM t WHERE writer = :w AND n = :n"), {"w": w, "n": n}
                ).scalar()
            seen_after_return.append(found == 1)

    threads = [threading.Thread(target=writer, args=(w,)) for w in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert rows(db) == [(w, n) for w in range(16) for n in range(25)]
    assert all(seen_after_return) and len(seen_after_return) == 400
    assert len(commits) < 400  # several writers shared a commit (one fsync)


def test_a_failing_writer_undoes_only_its_own_work(db: Database) -> None:
    start = threading.Barrier(8)
    errors: list[str] = []

    def writer(w: int) -> None:
        start.wait()
        try:
            with db.write() as conn:
                conn.execute(text("INSERT INTO t VALUES (:w, 0)"), {"w": w})
                if w % 2:
                    raise ValueError(f"writer {w} changed its mind")
        except ValueError as e:
            errors.append(str(e))

    threads = [threading.Thread(target=writer, args=(w,)) for w in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert rows(db) == [(w, 0) for w in range(0, 8, 2)]
    assert len(errors) == 4


def test_nested_savepoints_inside_a_write_still_work(db: Database) -> None:
    with db.write() as conn:
        conn.execute(text("INSERT INTO t VALUES (1, 1)"))
        with pytest.raises(ValueError), conn.begin_nested():
            conn.execute(text("INSERT INTO t VALUES (1, 2)"))
            raise ValueError("undo the inner part only")
    assert rows(db) == [(1, 1)]


WRITER = """
import sys, threading
from sqlalchemy import text
from salon.store.database import Database

db = Database(sys.argv[1])
w0 = int(sys.argv[2])

def writer(w):
    for n in range(40):
        with db.write() as conn:
            conn.execute(text("INSERT INTO t VALUES (:w, :n)"), {"w": w, "n": n})

threads = [threading.Thread(target=writer, args=(w0 + k,)) for k in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
"""


def test_writers_of_two_processes_take_turns_and_all_writes_are_there(
    db: Database, tmp_path: Path
) -> None:
    # Two processes of 8 writers each: without the shared file lock they met in SQLite's
    # busy handler (polling sleeps, a 10 s timeout); with it every write gets through.
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    procs = [
        subprocess.Popen([sys.executable, str(script), db.url, str(w0)], stderr=subprocess.PIPE)
        for w0 in (0, 100)
    ]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err.decode()
    expected = [(w0 + k, n) for w0 in (0, 100) for k in range(8) for n in range(40)]
    assert rows(db) == sorted(expected)


def test_a_write_waits_while_another_process_holds_the_writer_lock(
    db: Database, tmp_path: Path
) -> None:
    lock = Path(str(tmp_path / "g.db") + "-writer")
    assert lock.exists()  # taken by the fixture's first write
    fd = os.open(lock, os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX)  # as another process's group would
    done = threading.Event()

    def write() -> None:
        with db.write() as conn:
            conn.execute(text("INSERT INTO t VALUES (7, 7)"))
        done.set()

    thread = threading.Thread(target=write)
    thread.start()
    try:
        assert not done.wait(0.5)  # queued behind the other process, not failed
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
    thread.join(10)
    assert done.is_set() and rows(db) == [(7, 7)]
