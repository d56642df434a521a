"""In Chromium: the favicon, the touch icon and the web app manifest load from the site itself, and nothing
is asked of another host."""

from urllib.parse import urlsplit

import pytest

from tests.browser.conftest import record_outside_requests, serve_site_from

LOAD_IMAGE = """src => new Promise((resolve, reject) => {
  const image = new Image();
  image.onload = () => resolve([image.naturalWidth, image.naturalHeight]);
  image.onerror = () => reject(new Error("cannot load " + src));
  image.src = src;
})"""
FETCH_MANIFEST = """async () => {
  const response = await fetch(document.querySelector("link[rel=manifest]").href);
  return {status: response.status, type: response.headers.get("content-type"), body: await response.json()};
}"""


@pytest.fixture
def site_on_live_server(transactional_db, live_server):
    serve_site_from(live_server)


@pytest.mark.parametrize("language", ["fr", "nl", "de"])
def test_the_icons_and_the_manifest_load_from_the_site_itself(browser, live_server, site_on_live_server, language):
    context = browser.new_context(base_url=live_server.url, locale=f"{language}-BE")
    page = context.new_page()
    page.set_default_timeout(15_000)
    outside = record_outside_requests(page, live_server.url, [])
    page.goto(f"/{language}/")

    manifest = page.evaluate(FETCH_MANIFEST)
    assert manifest["status"] == 200 and manifest["type"] == "application/manifest+json"
    assert manifest["body"]["name"] == "jesuisfantasTIC"
    icons = page.eval_on_selector_all("link[rel=icon], link[rel=apple-touch-icon]", "links => links.map(l => l.href)")
    icons += [live_server.url + icon["src"] for icon in manifest["body"]["icons"]]
    assert {urlsplit(icon).path for icon in icons} >= {"/favicon.ico", "/apple-touch-icon.png", "/icon-512.png"}
    for icon in icons:
        width, height = page.evaluate(LOAD_IMAGE, icon)
        assert width >= 16 and width == height, icon
    assert outside == []
    context.close()
