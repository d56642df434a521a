"""The demo content (`build_demo`, close to a minute), built once per test run and copied into each test that needs it.

`build_demo` runs once, in a transaction on a database as `setup_site` leaves it (what a test's ``site``
fixture gives), as the tests used to run it themselves. Every table is then read into memory (PostgreSQL's
COPY, SQLite's rows), the transaction rolled back, and the files the build wrote under MEDIA_ROOT copied
aside. ``restore()`` puts every table back as the build left it, in the caller's transaction (a test's
rollback takes it away again) — a fraction of a second instead of a build.

With xdist, the first worker that needs the demo builds it and leaves it in the run's temporary directory
(a pickle beside a lock); the other worker loads it, provided its database has the same content types (the
ids the rows refer to), and otherwise builds its own.
"""

import fcntl
import io
import os
import pickle
import shutil
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation

# Their content is the migrations' (the same in every test database); the search index's full-text table on
# SQLite is kept by triggers on its entries, so it comes back with them.
SKIPPED = {"django_migrations"}


def _media_files():
    root = Path(settings.MEDIA_ROOT)
    return {path.relative_to(root) for path in root.rglob("*") if path.is_file()} if root.exists() else set()


def _tables(cursor):
    names = [name for name in connection.introspection.table_names(cursor) if name not in SKIPPED]
    if connection.vendor == "sqlite":
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")
        virtual = [row[0] for row in cursor.fetchall()]
        names = [name for name in names if not any(name == v or name.startswith(f"{v}_") for v in virtual)]
        cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'")
        if cursor.fetchone():
            names.append("sqlite_sequence")
    return sorted(names)


def _columns(cursor, table):
    if table == "sqlite_sequence":
        return ["name", "seq"]
    return [column.name for column in connection.introspection.get_table_description(cursor, table)]


def _content_types():
    return sorted(ContentType.objects.values_list("pk", "app_label", "model"))


class DemoSnapshot:
    def __init__(self, tables, media, media_copy, content_types, output=""):
        self.output = output  # what `build_demo` printed
        self.tables = tables  # {table: (columns, data)}: COPY text on PostgreSQL, rows on SQLite
        self.media = media  # paths under MEDIA_ROOT the build wrote
        self.media_copy = media_copy  # where they are kept
        self.content_types = content_types

    @classmethod
    def take(cls):
        """The database as it is now (without media files): what `setup_site` left, for instance."""
        tables = {}
        with transaction.atomic(), connection.cursor() as cursor:
            for table in _tables(cursor):
                columns = _columns(cursor, table)
                tables[table] = (columns, _read(cursor, table, columns))
        return cls(tables, [], None, _content_types())

    @classmethod
    def build(cls, media_copy):
        before = _media_files()
        out = io.StringIO()
        with transaction.atomic():
            call_command("build_demo", "--force", stdout=out)
            snapshot = cls.take()
            transaction.set_rollback(True)
        media = sorted(_media_files() - before)
        for path in media:
            target = media_copy / path
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(Path(settings.MEDIA_ROOT) / path, target)
        return cls(snapshot.tables, media, media_copy, snapshot.content_types, out.getvalue())

    def restore(self):
        """Every table as it was taken, in the current transaction (or one of its own)."""
        with transaction.atomic(), connection.cursor() as cursor:
            tables = _tables(cursor)
            if connection.vendor == "postgresql":
                cursor.execute("TRUNCATE {}".format(", ".join(connection.ops.quote_name(t) for t in tables)))
            else:
                for table in tables:
                    cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")
            for table, (columns, data) in self.tables.items():
                if data:
                    _write(cursor, table, columns, data)
            if connection.vendor == "postgresql":
                models = apps.get_models(include_auto_created=True)
                statements = connection.ops.sequence_reset_sql(no_style(), models)
                if statements:
                    cursor.execute("\n".join(statements))
        root = Path(settings.MEDIA_ROOT)
        for path in self.media:
            if not (root / path).exists():
                (root / path).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(self.media_copy / path, root / path)
        ContentType.objects.clear_cache()
        cache.clear()


def _read(cursor, table, columns):
    names = ", ".join(connection.ops.quote_name(c) for c in columns)
    if connection.vendor == "postgresql":
        with cursor.cursor.copy(f"COPY {connection.ops.quote_name(table)} ({names}) TO STDOUT") as copy:
            return b"".join(bytes(chunk) for chunk in copy)
    cursor.execute(f"SELECT {names} FROM {connection.ops.quote_name(table)}")
    return cursor.fetchall()


def _write(cursor, table, columns, data):
    names = ", ".join(connection.ops.quote_name(c) for c in columns)
    if connection.vendor == "postgresql":
        with cursor.cursor.copy(f"COPY {connection.ops.quote_name(table)} ({names}) FROM STDIN") as copy:
            copy.write(data)
    else:
        marks = ", ".join("?" * len(columns))
        connection.connection.executemany(
            f"INSERT INTO {connection.ops.quote_name(table)} ({names}) VALUES ({marks})", data
        )


def pages_state():
    """Every page's title, state and latest revision, and how many revisions and translated strings there are:
    what building a part of the demo again must leave as it found."""
    return (
        sorted(Page.objects.values_list("pk", "title", "live", "latest_revision_id")),
        Revision.objects.count(),
        StringTranslation.objects.count(),
    )


def load_or_build(shared_dir):
    """The run's demo snapshot: built here, or by the other worker of this run if its database matches."""
    shared_dir.mkdir(parents=True, exist_ok=True)
    key = f"{connection.vendor}-{os.environ.get('PYTEST_XDIST_TESTRUNUID', 'local')}"
    with open(shared_dir / f"{key}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        stored = shared_dir / f"{key}.pickle"
        if stored.exists():
            snapshot = pickle.loads(stored.read_bytes())
            if snapshot.content_types == _content_types():
                return snapshot
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        snapshot = DemoSnapshot.build(shared_dir / f"{key}-{worker}-media")
        if not stored.exists():
            stored.write_bytes(pickle.dumps(snapshot))
        return snapshot
