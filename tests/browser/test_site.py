import pytest

from tests.browser.conftest import serve_site_from


@pytest.fixture
def site_on_live_server(transactional_db, live_server):

    serve_site_from(live_server)


def test_visitor_lands_in_their_language_and_switches(browser, live_server, site_on_live_server):
    context = browser.new_context(base_url=live_server.url, locale="de-DE")
    page = context.new_page()
    page.goto("/")
    assert page.url.endswith("/de/")
    assert page.locator("html").get_attribute("lang") == "de"
    assert page.locator("h1").inner_text() == "Digitale Technik im Dienst Ihres Unternehmens"
    page.get_by_role("link", name="Nederlands").click()
    page.wait_for_url("**/nl/")
    assert page.locator("h1").inner_text() == "Digitale technologie ten dienste van uw onderneming"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Naar de inhoud"
    context.close()
