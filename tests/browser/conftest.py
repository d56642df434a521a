"""Real Chromium (Debian's package) driven by Playwright against a live server.

Every browser test is marked ``browser`` and belongs to one of two xdist groups of about the same length
(``--dist loadgroup`` keeps a group on one worker): with two workers, each can run one group, one Chromium per
worker at most, instead of one worker running every browser test while the other runs out of work.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.cache import cache
from playwright.sync_api import sync_playwright
from wagtail.models import Site

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


# Modules by group, from their measured lengths (the rest of the modules, each a few seconds, go to the second).
FIRST_GROUP = {"test_accessibility", "test_diagnostic", "test_concurrent_editing", "test_navigation", "test_site"}


# First: xdist reads the groups in its own hook of the same name (it appends them to the test ids).
@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.path):
            item.add_marker(pytest.mark.browser)
            group = "browser-1" if item.path.stem in FIRST_GROUP else "browser-2"
            item.add_marker(pytest.mark.xdist_group(group))


@pytest.fixture(scope="session")
def browser():
    # Playwright's sync API runs an event loop in this thread; Django's ORM
    # calls made by the test itself (fixtures, assertions) stay synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="fr-BE")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def demo_on_live_server(transactional_db, live_server, demo_snapshot):
    """The demo content (built once per run, tests/demo_snapshot.py), served by the live server: the site's
    address is the live server's, as `build_demo` sets it up under that BASE_URL."""
    demo_snapshot.restore()
    serve_site_from(live_server)


def serve_site_from(live_server):
    """What `setup_site` does under the live server's BASE_URL to a site it has already set up (every test starts
    with one, tests/conftest.py): the default site answers at the live server's address. A second or two less
    than running the command again."""
    url = urlsplit(live_server.url)
    Site.objects.filter(is_default_site=True).update(hostname=url.hostname, port=url.port)
    cache.clear()


def log_in(page, username, password):
    page.goto("/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")


AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_violations(page):
    """What axe-core (WCAG 2.1 A and AA rules) finds wrong on the page as it is now: [(rule, [targets])]."""
    # Evaluated through the browser's debugging protocol: the site's Content-Security-Policy (no inline scripts)
    # rightly refuses a <script> tag.
    page.evaluate(AXE.read_text())
    results = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_AA)
    return [(v["id"], [node["target"] for node in v["nodes"]]) for v in results["violations"]]


def record_outside_requests(page, site_url, requests):
    """Append to ``requests`` every request the page makes to another host than the site's."""
    own = urlsplit(site_url).netloc
    page.on("request", lambda request: urlsplit(request.url).netloc != own and requests.append(request.url))
    return requests


@pytest.fixture
def outside_requests(page, live_server):
    """Every request the page makes to another host than the site's (a list that fills as the page loads)."""
    return record_outside_requests(page, live_server.url, [])
