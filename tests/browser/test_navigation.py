"""The header in Chromium on the demo: search from the header in Dutch, switch to French on the same guide;
the menu on a 320 px wide screen by keyboard, its focus outline, and axe-core with the menu open."""

from wagtail.models import Locale

from guides.models import GuidePage
from tests.browser.conftest import axe_violations, record_outside_requests

DARK_OUTLINE = "rgb(27, 31, 36)"


def focus_style(page):
    return page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, s.outlineColor, s.outlineWidth, s.boxShadow]; }"
    )


def test_header_search_language_switch_and_the_narrow_menu_by_keyboard(browser, live_server, demo_on_live_server):
    outside = []
    # A visitor searches a guide in Dutch from the header, opens it and switches to French.
    context = browser.new_context(base_url=live_server.url, locale="nl-BE")
    page = context.new_page()
    page.set_default_timeout(15_000)
    record_outside_requests(page, live_server.url, outside)
    page.goto("/nl/")
    page.get_by_role("searchbox", name="Zoeken op de site").fill("smartphone")
    page.keyboard.press("Enter")
    page.wait_for_url("**/nl/search/?q=smartphone")
    page.get_by_role("link", name="Een professionele smartphone kiezen").click()
    dutch = GuidePage.objects.get(title="Een professionele smartphone kiezen")
    page.wait_for_url(f"**{dutch.url}")
    assert page.title() == "Een professionele smartphone kiezen — jesuisfantasTIC"
    breadcrumbs = page.get_by_role("navigation", name="Kruimelpad")
    assert breadcrumbs.get_by_role("link").all_inner_texts() == ["Home", "Praktische fiches", dutch.title]
    page.get_by_role("navigation", name="Taal").get_by_role("link", name="Français").click()
    french = dutch.get_translation(Locale.objects.get(language_code="fr"))
    page.wait_for_url(f"**{french.url}")
    assert page.locator("h1").inner_text() == "Choisir un smartphone professionnel"
    assert page.locator("html").get_attribute("lang") == "fr"
    context.close()

    # On a 320 px wide screen the menu hides behind its button; everything works by keyboard.
    context = browser.new_context(base_url=live_server.url, locale="fr-BE", viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.set_default_timeout(15_000)
    record_outside_requests(page, live_server.url, outside)
    page.goto("/fr/")
    menu = page.get_by_role("navigation", name="Menu principal")
    button = page.get_by_role("button", name="Menu")
    assert button.is_visible() and button.get_attribute("aria-expanded") == "false"
    assert not menu.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert focus_style(page)[:2] == ["solid", DARK_OUTLINE]
    page.keyboard.press("Tab")  # the brand
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('aria-controls')") == "site-menu"
    style = focus_style(page)
    assert style[:3] == ["solid", DARK_OUTLINE, "3px"] and "rgb(255, 255, 255)" in style[3]
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true" and menu.is_visible()
    assert menu.get_by_role("link").all_inner_texts() == [
        "Fiches pratiques",
        "Témoignages",
        "Agenda",
        "Autodiagnostic",
        "Nos sponsors",
    ]
    assert axe_violations(page) == []
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Fiches pratiques"
    assert focus_style(page)[:2] == ["solid", DARK_OUTLINE]
    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false" and not menu.is_visible()
    assert page.evaluate("document.activeElement.getAttribute('aria-controls')") == "site-menu"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**/fr/fiches-pratiques/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    context.close()

    # Without JavaScript the menu is simply shown.
    context = browser.new_context(
        base_url=live_server.url, locale="fr-BE", viewport={"width": 320, "height": 640}, java_script_enabled=False
    )
    page = context.new_page()
    page.goto("/fr/")
    assert page.get_by_role("navigation", name="Menu principal").is_visible()
    assert not page.locator(".menu-toggle").is_visible()
    context.close()
    assert outside == []
