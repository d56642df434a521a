"""Real Chromium (Debian's package) driven by Playwright against a live server.

Every browser test is marked ``browser``; xdist sends the whole group to one
worker (``--dist loadgroup``), so a run starts one browser.
"""

import os
from io import StringIO
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.test import override_settings
from playwright.sync_api import sync_playwright

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


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.path):
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.xdist_group("browser"))


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
    with override_settings(BASE_URL=live_server.url):
        call_command("setup_site", stdout=StringIO())


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
