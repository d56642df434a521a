import io
import os

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.utils import translation
from pytest_django.plugin import blocking_manager_key
from wagtail.models import Locale, Site

from tests.demo_snapshot import DemoSnapshot, load_or_build
from tests.services import S3Server


@pytest.fixture(autouse=True)
def empty_cache():
    """Wagtail caches the site's root paths; a test must not see another test's pages."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="session", autouse=True)
def emails_through_the_task_queue(django_test_environment):
    """Django's test environment replaces ``EMAIL_BACKEND`` by its outbox: e-mails go through the task queue
    as in production, and ``EMAIL_DELIVERY_BACKEND`` (the outbox, cms/settings/test.py) receives them."""
    settings.EMAIL_BACKEND = "core.tasks.TaskEmailBackend"


@pytest.fixture
def rates(settings):
    """Set some of the rate limits (``rates(search="2/m")``): the test settings raise them all."""

    def set_rates(**rates):
        settings.RATE_LIMITS = {**settings.RATE_LIMITS, **rates}

    return set_rates


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the site's default language, whatever a previous request activated."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(scope="session")
def s3_server():
    server = S3Server()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Each test database starts as `setup_site` leaves it; every test's transaction is rolled back onto it.

    Running the command once per worker instead of once per test halves the suite's time.
    """
    with django_db_blocker.unblock():
        call_command("setup_site", stdout=io.StringIO())
        SITE_SNAPSHOT.append(DemoSnapshot.take())


# The test database as `setup_site` leaves it, taken once per worker by django_db_setup.
SITE_SNAPSHOT = []


@pytest.fixture(scope="session")
def demo_snapshot(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo content, built once per run (tests/demo_snapshot.py): ``demo_snapshot.restore()`` copies it in."""
    # Under xdist, the parent of a worker's temporary directory is the run's, which both workers share.
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent
    with django_db_blocker.unblock():
        return load_or_build(shared / "demo")


@pytest.fixture
def demo_content(site, demo_snapshot):
    """The database as `build_demo` leaves it (FR/NL/DE guides, testimonials, agenda, diagnostic, sponsors, home
    pages, demo accounts), rolled back after the test like any other change."""
    demo_snapshot.restore()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A transactional test (the browser's live server) empties every table when it ends: put back the site as
    `setup_site` left it (a copy of its tables, a second or so, where running the command again took ten)."""
    result = yield
    # After the last test the test database itself is gone (nextitem is None): nothing to set up.
    if nextitem is not None and _empties_the_tables(item):
        with item.config.stash[blocking_manager_key].unblock():
            SITE_SNAPSHOT[0].restore()
    return result


def _empties_the_tables(item):
    """A test with the live server or ``transactional_db``, or marked ``django_db(transaction=True)``."""
    if {"transactional_db", "live_server"} & set(item.fixturenames):
        return True
    marker = item.get_closest_marker("django_db")
    return bool(marker and marker.kwargs.get("transaction", marker.args[0] if marker.args else False))


@pytest.fixture
def site(db):
    """The site as `setup_site` leaves it: locales, FR home with NL/DE translations, sections."""
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def locales(site):
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def check_twelve_a_page(client):
    """``check_twelve_a_page(url, item)``: the index at ``url``, which lists fourteen items of the "website"
    theme, shows twelve (``item`` counts them in the HTML) with a next link that keeps the filter, then two;
    a page number that is not one still answers."""

    def check(url, item):
        first = client.get(url, {"theme": "website"}).content.decode()
        assert first.count(item) == 12
        assert "theme=website&amp;page=2" in first
        second = client.get(url, {"theme": "website", "page": 2}).content.decode()
        assert second.count(item) == 2
        assert client.get(url, {"page": "abc"}).status_code == 200

    return check


@pytest.fixture
def run_tasks(monkeypatch, settings):
    """Queue background tasks in the database, and run the worker (`manage.py db_worker`) over what is
    queued and due, as production's worker does.

    The rest of the suite runs background tasks at once (cms/settings/test.py); a test that asks for
    this fixture sees them wait for the worker. The worker calls ``close_old_connections`` between tasks,
    which closes a connection inside the test's transaction (its autocommit is off) and ends that
    transaction on PostgreSQL: as Django's test client does for requests, it is left out here. It also
    installs its own signal handlers (put back after each run) and may end with ``SystemExit(0)``.
    """
    import signal

    from django_tasks_db.management.commands import db_worker

    settings.TASKS = {**settings.TASKS, "background": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    handled = [signal.SIGINT, signal.SIGTERM, signal.SIGQUIT]

    def run():
        handlers = {number: signal.getsignal(number) for number in handled}
        try:
            call_command(
                "db_worker", "--backend=background", "--batch", "--no-startup-delay", "--no-reload", verbosity=0
            )
        except SystemExit as exit:
            assert not exit.code, f"the worker stopped with {exit.code}"
        finally:
            for number, handler in handlers.items():
                signal.signal(number, handler)

    return run


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Tests that must not run beside each other share an xdist group (one Redis database emptied by its
    tests, one gunicorn on two cores, one browser per worker): under ``--dist loadgroup`` xdist appends the
    group to their ids. A pytest whose ids xdist cannot extend (9.2 with xdist 3.8) would run them side by
    side and fail now and then: the run stops here instead."""
    if not getattr(config.option, "loadgroup", False):
        return
    ungrouped = [item.nodeid for item in items if item.get_closest_marker("xdist_group") and "@" not in item.nodeid]
    if ungrouped:
        raise pytest.UsageError(f"pytest-xdist could not group {len(ungrouped)} tests, e.g. {ungrouped[0]}")
