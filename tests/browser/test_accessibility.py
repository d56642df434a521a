"""Every public page type, in French, Dutch and German, as Chromium renders it from the demo content:
axe-core finds no WCAG 2.1 A/AA violation, and the page asks nothing of another host. The visitor's forms
are checked in the states a visitor meets: with errors, and once sent (the waitlist's confirmation, the
report's thank-you page)."""

from wagtail.models import Locale

from agenda.models import AgendaPage, SeminarPage
from core.demo import demo_data
from diagnostic.models import DiagnosticPage
from guides.models import GuideIndexPage, GuidePage
from home.models import ContentPage, HomePage
from sponsors.models import SponsorPage, SponsorsIndexPage
from taxonomy.models import Theme
from testimonials.models import TestimonialIndexPage, TestimonialPage
from tests.browser.conftest import axe_violations, record_outside_requests

LANGUAGES = ["fr", "nl", "de"]


def first(model, locale, **filters):
    page = model.objects.live().public().filter(locale=locale, **filters).order_by("path").first()
    assert page is not None, f"the demo has no live {model.__name__} in {locale.language_code}"
    return page.url


def public_pages(language):
    """(what, address) of each kind of page a visitor can reach, in one language."""
    locale = Locale.objects.get(language_code=language)
    guides = first(GuideIndexPage, locale)
    theme = Theme.objects.filter(locale=locale).order_by("pk").first()
    testimonials = TestimonialPage.objects.live().public().filter(locale=locale)
    agenda = first(AgendaPage, locale)
    diagnostic = first(DiagnosticPage, locale)
    pages = [
        ("home", first(HomePage, locale)),
        ("content page", first(ContentPage, locale)),
        ("guide index", guides),
        ("guide index, filtered and paged", f"{guides}?theme={theme.slug}&page=1"),
        ("guide", first(GuidePage, locale)),
        ("testimonial index", first(TestimonialIndexPage, locale)),
        ("agenda", agenda),
        ("agenda archive", f"{agenda}?archive=1"),
        ("seminar", first(SeminarPage, locale)),
        ("diagnostic", diagnostic),
        ("diagnostic step", f"{diagnostic}step/0/"),
        ("sponsors", first(SponsorsIndexPage, locale)),
        ("sponsor area", first(SponsorPage, locale)),
        ("search", f"/{language}/search/?q=facture"),
        ("search without results", f"/{language}/search/?q=zzzyx"),
        ("page not found", f"/{language}/no-such-page/"),
    ]
    file_video = testimonials.filter(video_file__isnull=False).order_by("path").first()
    external_video = testimonials.filter(video_file__isnull=True).order_by("path").first()
    pages += [
        ("testimonial with " + kind, t.url)
        for kind, t in [("video file", file_video), ("external video", external_video)]
        if t
    ]
    return pages


def visitor_forms(page, language):
    """Fill the visitor's forms in one language; yield (what, address) at each state to check.

    The demo's individual advice slot is full: a valid registration lands on the waitlist's confirmation.
    """
    locale = Locale.objects.get(language_code=language)
    full = demo_data("agenda.yaml")["full_seminar"]
    key = SeminarPage.objects.get(locale__language_code="fr", slug=full).translation_key
    seminar = SeminarPage.objects.get(locale=locale, translation_key=key)
    registration = page.locator("form.registration-form")
    page.goto(seminar.url)
    registration.locator("button[type=submit]").click()
    page.wait_for_load_state("load")
    assert page.locator(".error-summary").count() == 1
    yield "registration form with errors", seminar.url
    registration.locator("[name=name]").fill("Ada Lovelace")
    registration.locator("[name=company]").fill("Analytical Engines")
    registration.locator("[name=email]").fill(f"ada-{language}@example.be")
    registration.locator("[name=sector]").select_option(index=1)
    registration.locator("[name=company_size]").select_option(index=1)
    registration.locator("[name=consent]").check()
    registration.locator("button[type=submit]").click()
    page.wait_for_url("**/registered/**")
    yield "waitlist confirmation", page.url

    guide = first(GuidePage, locale)
    report = page.locator("section.report form")
    page.goto(guide)
    report.locator("button[type=submit]").click()
    page.wait_for_load_state("load")
    assert page.locator("[aria-invalid=true]").count() >= 1
    yield "report form with errors", page.url
    report.locator("[name=message]").fill("Le lien vers le guide de la TVA ne fonctionne plus.")
    report.locator("button[type=submit]").click()
    page.wait_for_url("**/report/*/thanks/")
    yield "report thank-you page", page.url


def test_every_public_page_type_passes_axe_and_stays_on_this_site(browser, live_server, demo_on_live_server):
    """One test for the three languages: the demo is built once (a transactional test empties the tables)."""
    problems, outside = {}, []
    for language in LANGUAGES:
        context = browser.new_context(base_url=live_server.url, locale=f"{language}-BE")
        page = context.new_page()
        page.set_default_timeout(15_000)
        record_outside_requests(page, live_server.url, outside)
        for what, address in public_pages(language):
            page.goto(address)
            page.wait_for_load_state("load")
            if violations := axe_violations(page):
                problems[f"{what} ({address})"] = violations
        for what, address in visitor_forms(page, language):
            if violations := axe_violations(page):
                problems[f"{what} ({address})"] = violations
        context.close()
    assert problems == {}
    assert outside == []


def test_axe_reports_what_it_finds(page):
    """The check above can fail: an image without a text alternative is reported."""
    page.set_content('<html lang="fr"><title>Test</title><main><img src="data:,"></main></html>')
    assert "image-alt" in [rule for rule, targets in axe_violations(page)]
