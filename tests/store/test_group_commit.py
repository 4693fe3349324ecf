"""Group commit on SQLite: writers that arrive together share one commit, each in its savepoint."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, text

from salon.store.database import Database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(f"sqlite:///{tmp_path / 'g.db'}")
    with database.write() as conn:
        conn.execute(text("CREATE TABLE t (writer INTEGER, n INTEGER)"))
    yield database
    database.dispose()


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


def test_submitted_works_run_on_the_writer_thread_and_share_commits(db: Database) -> None:
    from salon.store.database import note_changed

    commits: list[int] = []
    event.listen(db.engine, "commit", lambda _conn: commits.append(1))
    changed: list[set[int]] = []
    db.on_commit.append(lambda c: changed.append(set(c.threads)))
    start = threading.Barrier(12)
    answers: list[tuple[str, bool]] = []

    def insert(w: int, n: int) -> str:
        def work(conn):  # type: ignore[no-untyped-def]
            conn.execute(text("INSERT INTO t VALUES (:w, :n)"), {"w": w, "n": n})
            note_changed(conn, w)
            return threading.current_thread().name

        return db.submit(work)

    def submitter(w: int) -> None:
        start.wait()
        for n in range(20):
            ran_on = insert(w, n)
            with db.read() as conn:  # answered means committed
                found = conn.execute(
                    text("SELECT count(*) FROM t WHERE writer = :w AND n = :n"), {"w": w, "n": n}
                ).scalar()
            answers.append((ran_on, found == 1))

    def voter() -> None:  # writers of the lock's kind join the same groups meanwhile
        start.wait()
        for n in range(20):
            with db.write() as conn:
                conn.execute(text("INSERT INTO t VALUES (99, :n)"), {"n": n})

    threads = [threading.Thread(target=submitter, args=(w,)) for w in range(11)]
    threads.append(threading.Thread(target=voter))
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    expected = [(w, n) for w in range(11) for n in range(20)] + [(99, n) for n in range(20)]
    assert rows(db) == sorted(expected)
    assert len(answers) == 220
    assert all(found for _, found in answers)
    assert {name for name, _ in answers} == {"salon-writer"}
    assert len(commits) < 240  # submitted works shared commits
    assert sorted(w for c in changed for w in c) == sorted(
        [w for w in range(11) for _ in range(20)]
    )


def test_a_failing_work_undoes_only_its_own_rows_and_its_caller_hears_why(db: Database) -> None:
    start = threading.Barrier(8)
    outcomes: dict[int, str] = {}

    def submitter(w: int) -> None:
        def work(conn):  # type: ignore[no-untyped-def]
            conn.execute(text("INSERT INTO t VALUES (:w, 0)"), {"w": w})
            if w % 2:
                raise ValueError(f"work {w} changed its mind")
            return "stored"

        start.wait()
        try:
            outcomes[w] = db.submit(work)
        except ValueError as e:
            outcomes[w] = str(e)

    threads = [threading.Thread(target=submitter, args=(w,)) for w in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert rows(db) == [(w, 0) for w in range(0, 8, 2)]
    assert outcomes == {
        w: "stored" if w % 2 == 0 else f"work {w} changed its mind" for w in range(8)
    }


def test_dispose_writes_what_was_submitted_first(db: Database) -> None:
    def work(conn):  # type: ignore[no-untyped-def]
        conn.execute(text("INSERT INTO t VALUES (5, 5)"))

    db.submit(work)
    writer = db._group._thread if db._group is not None else None
    assert writer is not None and writer.is_alive()
    db.dispose()  # stops the writer thread once it has written what it was given
    assert rows(db) == [(5, 5)]
    assert not writer.is_alive()
    db.submit(work)  # a database used again after dispose() gets a new writer thread
    assert rows(db) == [(5, 5), (5, 5)]
    db.dispose()


def test_a_transaction_sqlite_rolled_back_by_itself_fails_every_member(db: Database) -> None:
    """SQLite rolls the whole transaction back by itself on some errors (a full disk, an
    I/O error); members already in the group must hear of it, not be answered as written."""
    group = db._group
    assert group is not None
    first_in = threading.Event()
    outcomes: dict[str, str] = {}

    def first() -> None:
        try:
            with db.write() as conn:
                conn.execute(text("INSERT INTO t VALUES (1, 1)"))
                first_in.set()
                for _ in range(1000):  # leave the group open for the second writer
                    if group._queued:
                        break
                    threading.Event().wait(0.01)
            outcomes["first"] = "written"
        except Exception as e:  # noqa: BLE001 - the outcome is the test
            outcomes["first"] = type(e).__name__

    def second() -> None:
        first_in.wait(10)
        try:
            with db.write() as conn:
                conn.connection.driver_connection.execute("ROLLBACK")  # as SQLITE_FULL does
                raise OSError("disk full")
        except Exception as e:  # noqa: BLE001 - the outcome is the test
            outcomes["second"] = type(e).__name__

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert rows(db) == []
    assert outcomes["first"] != "written", outcomes
    with db.write() as conn:  # the writer recovers: the next write opens a new group
        conn.execute(text("INSERT INTO t VALUES (2, 2)"))
    assert rows(db) == [(2, 2)]
