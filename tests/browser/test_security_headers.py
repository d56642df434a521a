"""Every page type, on the site and in the admin, works in Chromium under the Content-Security-Policy.

The browser reports each blocked script, style, image, frame or form target
(``securitypolicyviolation`` events, read by an init script that runs before
the page's own code) and each CSP or Permissions-Policy error on its console.
The demo content gives every page type; one testimonial gets a video file and
its captions, one guide a video whose player loads when the visitor presses play.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from wagtail.documents import get_document_model
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from agenda.models import AgendaPage, SeminarPage
from core.blocks import VideoBlock
from diagnostic.models import DiagnosticPage
from guides.models import GuideIndexPage, GuidePage
from home.models import ContentPage, HomePage
from sponsors.models import SponsorPage, SponsorsIndexPage
from taxonomy.models import Theme
from testimonials.models import TestimonialIndexPage, TestimonialPage
from tests.browser.conftest import log_in
from tests.factories import vtt_document

PASSWORD = "csp-admin-pw-2026"
EMBEDDED_VIDEO = "https://www.youtube.com/watch?v=csp-check"

REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.reportViolation(
    `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`
  );
});
"""


@pytest.fixture
def demo_site(demo_on_live_server):
    get_user_model().objects.create_superuser("csp-admin", "csp-admin@example.be", PASSWORD)

    # A testimonial whose video is a file held in media storage, with its captions.
    testimonial = TestimonialPage.objects.live().filter(locale__language_code="fr").first()
    video = get_document_model()(title="Vidéo", file=ContentFile(b"\x00\x00\x00\x18ftypmp42", name="video.mp4"))
    video._set_document_file_metadata()
    video.save()
    testimonial.video_url = ""
    testimonial.video_file = video
    testimonial.captions = testimonial.captions or vtt_document()
    testimonial.save_revision().publish()

    # A guide with a video from a player. Rendering it fetches nothing; the page editor's form checks the
    # address with the oEmbed provider, whose answer is stored here (no internet on the test machine).
    Embed.objects.create(
        hash=get_embed_hash(EMBEDDED_VIDEO),
        url=EMBEDDED_VIDEO,
        max_width=None,
        type="video",
        html='<iframe src="https://www.youtube-nocookie.com/embed/csp-check" title="Vidéo"></iframe>',
        provider_name="YouTube",
    )
    guide = GuidePage.objects.live().filter(locale__language_code="fr").first()
    video_block = VideoBlock()
    guide.body.append(("video", video_block.to_python({"video": EMBEDDED_VIDEO, "title": "Vidéo", "transcript": ""})))
    guide.save_revision().publish()
    return {"testimonial": testimonial, "guide": guide}


@pytest.fixture
def watched(browser, live_server):
    """A browser context that records every CSP violation and CSP / Permissions-Policy console error."""
    problems = []
    context = browser.new_context(base_url=live_server.url, locale="fr-BE")
    context.expose_function("reportViolation", lambda violation: problems.append(violation))
    context.add_init_script(REPORT_VIOLATIONS)
    page = context.new_page()
    page.set_default_timeout(20_000)

    def on_console(message):
        if re.search("Content Security Policy|Content-Security-Policy|Permissions-Policy", message.text):
            problems.append(f"console {message.type}: {message.text}")

    page.on("console", on_console)
    # The requests still open, named when a page does not settle (a timeout alone says nothing of the cause).
    page.in_flight = set()
    page.on("request", lambda request: page.in_flight.add(request.url))
    page.on("requestfinished", lambda request: page.in_flight.discard(request.url))
    page.on("requestfailed", lambda request: page.in_flight.discard(request.url))
    yield page, problems
    context.close()


def visit(page, problems, path):
    """Open ``path``, let it settle, and assert nothing was blocked or refused on it."""
    response = page.goto(path)
    try:
        # Longer than the page's default: on CI's two busy cores the admin's pages have taken over 20 s to settle.
        page.wait_for_load_state("networkidle", timeout=60_000)
    except PlaywrightTimeoutError:
        pytest.fail(f"{path} did not settle; requests still open: {sorted(page.in_flight)}")
    assert not problems, f"{path}: {problems}"
    return response


def fr(model):
    return model.objects.live().filter(locale__language_code="fr").first()


def test_every_page_type_works_without_a_csp_violation(watched, demo_site):
    """One test for the site, the diagnostic and the admin: a transactional test's flush would remove the demo."""
    page, problems = watched
    public_pages(page, problems, demo_site)
    diagnostic(page, problems)
    admin(page, problems, demo_site)


def public_pages(page, problems, demo_site):

    for model in (HomePage, AgendaPage, SeminarPage, SponsorsIndexPage, SponsorPage, ContentPage):
        response = visit(page, problems, fr(model).url)
        assert response.status == 200
        assert "unsafe-inline" not in response.headers["content-security-policy"]
        assert "camera=()" in response.headers["permissions-policy"]

    index = fr(GuideIndexPage)
    visit(page, problems, index.url)
    theme = Theme.objects.filter(locale__language_code="fr").first()
    visit(page, problems, f"{index.url}?theme={theme.slug}")
    assert page.locator("h1").count() == 1

    guide = demo_site["guide"]
    visit(page, problems, guide.url)
    # The player's frame, inserted when the visitor presses play, is allowed (it cannot load here: no internet).
    page.locator(".block-video .video-embed-play").click()
    page.locator("iframe[src^='https://www.youtube-nocookie.com/']").wait_for(state="attached")
    assert not problems

    visit(page, problems, fr(TestimonialIndexPage).url)
    visit(page, problems, demo_site["testimonial"].url)
    assert page.locator("video source[src]").count() == 1
    assert page.locator("video track[kind=captions]").count() == 3  # the demo's captions in FR, NL and DE

    visit(page, problems, "/fr/search/?q=facture")
    assert page.locator("main").inner_text()

    response = visit(page, problems, "/fr/cette-page-n-existe-pas/")
    assert response.status == 404

    # The API's documentation: Swagger UI starts and lists the operations.
    visit(page, problems, "/api/v2/schema/docs/")
    page.locator(".opblock").first.wait_for()
    assert page.locator(".opblock").count() > 10
    assert not problems


def diagnostic(page, problems):
    visit(page, problems, fr(DiagnosticPage).url)
    page.get_by_role("link", name=re.compile("Commencer|Démarrer")).click()
    page.wait_for_url("**/step/0/")
    assert not problems

    # A step sent incomplete comes back with its error summary, which takes the focus.
    page.get_by_role("button", name="Suivant").click()
    page.get_by_role("alert").wait_for()
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    for fieldset in page.locator("fieldset.question").all():
        fieldset.locator("input").first.check()
    page.get_by_role("button", name="Suivant").click()
    while "/step/" in page.url:
        page.wait_for_load_state("networkidle")
        assert not problems, page.url
        for fieldset in page.locator("fieldset.question").all():
            fieldset.locator("input").first.check()
        page.get_by_role("button", name=re.compile("Suivant|Voir mon résultat")).click()
        page.wait_for_load_state()

    page.wait_for_url(re.compile(r".*/result/[\w-]{40,}/$"))
    page.wait_for_load_state("networkidle")
    assert not problems
    # The bars and the radar are drawn.
    assert page.locator("svg.bar").count() == 6
    assert page.locator("svg.bar .bar-track").first.bounding_box()["width"] > 0
    assert page.locator("figure.radar svg polygon.radar-scores").bounding_box()["width"] > 0


def admin(page, problems, demo_site):
    response = visit(page, problems, "/admin/login/")
    policy = response.headers["content-security-policy"]
    assert "frame-ancestors 'self'" in policy and "object-src 'none'" in policy
    log_in(page, "csp-admin", PASSWORD)
    page.wait_for_load_state("networkidle")
    assert not problems

    # On the site, a signed-in editor's Wagtail user bar runs under the site's strict policy.
    guide = demo_site["guide"]
    visit(page, problems, guide.url)
    page.locator("wagtail-userbar").wait_for(state="attached")

    # The page editor loads its scripts: the StreamField is drawn and the preview panel frames the page.
    visit(page, problems, f"/admin/pages/{guide.pk}/edit/")
    page.locator("[data-streamfield-stream-container]").first.wait_for()
    page.locator("[data-side-panel-toggle='preview']").click()
    preview_title = page.frame_locator("#w-preview-iframe").locator("h1")
    preview_title.wait_for(state="attached")
    assert preview_title.text_content() == guide.title
    assert not problems

    # A snippet editor.
    theme = Theme.objects.filter(locale__language_code="fr").first()
    visit(page, problems, f"/admin/snippets/taxonomy/theme/edit/{theme.pk}/")
    page.locator("input[name=name]").wait_for()

    # wagtail-localize's translation editor (a React application) on the Dutch guide.
    nl_guide = guide.get_translation(Locale.objects.get(language_code="nl"))
    translation = Translation.objects.get(
        source=TranslationSource.objects.get_for_instance(guide), target_locale=nl_guide.locale
    )
    visit(page, problems, f"/admin/pages/{nl_guide.pk}/edit/")
    page.locator(".js-translation-editor li").first.wait_for()
    assert translation.pk
    page.wait_for_load_state("networkidle")
    assert not problems
