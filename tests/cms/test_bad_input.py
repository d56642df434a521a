"""Bad input on every public address: never a server error, always a clear answer in the client's language.

Each case sends one request a crawler, a fuzzer or an attacker sends (NUL bytes, numbers no database
holds, negative and non-numeric ids, JSON nested too deep, an oversize body, methods and content types
nobody answers) and checks, besides the expected status:

- no 5xx, on SQLite and on PostgreSQL (which refuses NUL bytes and numbers beyond ``bigint`` where
  SQLite accepts them, or the reverse);
- under ``/api/``, an error is JSON with a ``message``;
- on the site, an error is an HTML page in the language of the address.

The content is built once for the module (each test runs in a savepoint on top of it).
"""

import json
from dataclasses import dataclass, field

import pytest
from django.conf import settings
from django.db import transaction
from django.test import Client
from django.utils import translation
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale

from agenda.models import SeminarPage, Venue
from diagnostic.models import DiagnosticPage
from guides.models import GuideIndexPage, GuidePage
from sponsors.models import Partner, Sponsor
from taxonomy.models import Sector, Theme
from tests.diagnostic.example import QUESTIONNAIRE
from tests.factories import (
    DocumentFactory,
    GuidePageFactory,
    ImageFactory,
    PartnerFactory,
    SponsorFactory,
    make_seminar,
)

HUGE = "99999999999999999999999"  # beyond PostgreSQL's bigint and SQLite's 64-bit integers
NUL = "%00"
SUPERSCRIPT_TWO = "%C2%B2"  # "²": a digit to str.isdigit(), not to int()
ENDPOINTS = ["pages", "guides", "agenda", "images", "documents", "themes", "sectors", "venues", "sponsors", "partners"]
UNKNOWN_METHODS = ["PUT", "PATCH", "DELETE", "QUERY", "BREW"]


@dataclass
class Case:
    """One request and what it must get; ``{guide}``, ``{seminar}``, ``{diagnostic}``… are filled from the content."""

    method: str
    url: str
    status: int | None = None  # None: any status below 500
    body: bytes | str = b""
    content_type: str = "application/json"
    headers: dict = field(default_factory=dict)

    def __str__(self):
        url = self.url if len(self.url) < 100 else f"{self.url[:80]}…({len(self.url)} characters)"
        return f"{self.method} {url}" + (f" [{self.content_type}, {len(self.body)} bytes]" if self.body else "")


def get(url, status=None, **kwargs):
    return Case("GET", url, status, **kwargs)


def post(url, body, status=None, content_type="application/json", **kwargs):
    return Case("POST", url, status, body=body, content_type=content_type, **kwargs)


def deep_json(depth=50_000):
    return "[" * depth + "]" * depth


FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data; boundary=BoUnDaRy"


def multipart(value):
    return b'--BoUnDaRy\r\nContent-Disposition: form-data; name="sector"\r\n\r\n' + value + b"\r\n--BoUnDaRy--\r\n"


OVERSIZE = b"{" + b" " * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1) + b"}"

API_CASES = [
    # Every endpoint of the API: ids and numbers no database holds, NUL bytes, other methods.
    *(
        case
        for endpoint in ENDPOINTS
        for case in (
            # Good input still works: the refusals are not too broad.
            get(f"/api/v2/{endpoint}/?locale=nl&limit=1&offset=0", 200),
            get(f"/api/v2/{endpoint}/{{{endpoint}}}/", 200),
            get(f"/api/v2/{endpoint}/find/?id={{{endpoint}}}", 302),
            get(f"/api/v2/{endpoint}/find/?id=x", 400),
            get(f"/api/v2/{endpoint}/find/?id=-1", 400),
            get(f"/api/v2/{endpoint}/find/?id={HUGE}", 400),
            get(f"/api/v2/{endpoint}/{HUGE}/", 404),
            get(f"/api/v2/{endpoint}/-1/", 404),
            get(f"/api/v2/{endpoint}/x/", 404),
            get(f"/api/v2/{endpoint}/{SUPERSCRIPT_TWO}/", 404),
            get(f"/api/v2/{endpoint}/find/?id={SUPERSCRIPT_TWO}", 400),
            get(f"/api/v2/{endpoint}/?limit={SUPERSCRIPT_TWO}", 400),
            get(f"/api/v2/{endpoint}/?id={HUGE}", 400),
            get(f"/api/v2/{endpoint}/?id=x", 400),
            get(f"/api/v2/{endpoint}/?offset={HUGE}", 400),
            get(f"/api/v2/{endpoint}/?offset=-1", 400),
            get(f"/api/v2/{endpoint}/?limit={HUGE}", 400),
            get(f"/api/v2/{endpoint}/?limit=-1", 400),
            get(f"/api/v2/{endpoint}/?locale={NUL}", 400),
            get(f"/api/v2/{endpoint}/?fields={NUL}", 400),
            get(f"/api/v2/{endpoint}/?order=title{NUL}", 400),
            get(f"/api/v2/{endpoint}/{{{endpoint}}}/?fields=a{NUL}", 400),
            *(Case(method, f"/api/v2/{endpoint}/", 405) for method in UNKNOWN_METHODS),
        )
    ),
    # Pages and their tree filters.
    get(f"/api/v2/pages/?type={NUL}", 400),
    get(f"/api/v2/pages/?child_of={HUGE}", 400),
    get(f"/api/v2/pages/?descendant_of={HUGE}", 400),
    get(f"/api/v2/pages/?ancestor_of=-{HUGE}", 400),
    get(f"/api/v2/pages/?translation_of={HUGE}", 400),
    get(f"/api/v2/pages/?type=guides.GuidePage&sponsor={HUGE}", 400),
    get(f"/api/v2/pages/?search={NUL}&locale=fr", 400),
    get(f"/api/v2/pages/find/?html_path=%27{NUL}", 400),
    get(f"/api/v2/pages/find/?html_path=/{'a/' * 2000}"),
    # An endpoint of one page type: another type is refused, its own accepted.
    get("/api/v2/agenda/?type=guides.GuidePage", 400),
    get("/api/v2/agenda/?type=wagtailcore.Page", 400),
    get("/api/v2/agenda/?type=guides.GuideIndexPage", 400),
    get("/api/v2/agenda/?type=agenda.SeminarPage,guides.GuidePage", 400),
    get("/api/v2/agenda/?type=agenda.SeminarPage", 200),
    get("/api/v2/guides/?type=agenda.SeminarPage", 400),
    get("/api/v2/guides/?type=guides.GuidePage", 200),
    # Filters of the guides and the agenda.
    get(f"/api/v2/guides/?sector={NUL}", 400),
    get(f"/api/v2/guides/?theme={NUL}", 400),
    get(f"/api/v2/guides/?level={NUL}", 400),
    get(f"/api/v2/guides/?sponsor={HUGE}", 400),
    get(f"/api/v2/guides/?reading_time={HUGE}", 200),
    get(f"/api/v2/guides/?search=a{NUL}b&locale=fr", 400),
    get(f"/api/v2/agenda/?venue={HUGE}", 400),
    get(f"/api/v2/agenda/?city={NUL}", 400),
    get(f"/api/v2/agenda/?month={NUL}", 400),
    get("/api/v2/agenda/?month=99999-99", 400),
    get(f"/api/v2/agenda/?from={HUGE}", 400),
    get(f"/api/v2/sponsors/?logo={HUGE}", 400),
    # Search and autocomplete.
    get(f"/api/v2/search/?q={NUL}&locale=fr", 400),
    get(f"/api/v2/search/?q=facture&locale={NUL}", 400),
    get(f"/api/v2/search/?q=facture&locale=fr&type={NUL}", 400),
    get(f"/api/v2/search/?q=facture&locale=fr&theme={NUL}", 400),
    get(f"/api/v2/search/?q=facture&locale=fr&page={HUGE}", 400),
    get("/api/v2/search/?q=facture&locale=fr&page=2147483648", 400),
    get("/api/v2/search/?q=facture&locale=fr&page=2147483647", 200),
    get("/api/v2/search/?q=facture&locale=fr&page=-1", 400),
    get("/api/v2/search/?q=facture&locale=fr&page=x", 400),
    get(f"/api/v2/search/?q={'facture+' * 200}&locale=fr", 200),
    get(f"/api/v2/search/autocomplete/?q=fa{NUL}&locale=fr", 400),
    get(f"/api/v2/search/autocomplete/?q=fa&locale={NUL}", 400),
    *(Case(method, "/api/v2/search/", 405) for method in UNKNOWN_METHODS),
    # The self-diagnostic: its key, and bodies of every wrong kind.
    get(f"/api/v2/diagnostic/{HUGE}/", 404),
    get("/api/v2/diagnostic/-1/", 404),
    get(f"/api/v2/diagnostic/{SUPERSCRIPT_TWO}/", 404),
    get("/api/v2/diagnostic/%D9%A3/", 404),  # an Arabic-Indic three: int() reads it, no id is written so
    post(f"/api/v2/diagnostic/{SUPERSCRIPT_TWO}/", "{}", 404),
    get(f"/api/v2/diagnostic/fr{NUL}/", 400),
    get(f"/api/v2/diagnostic/fr/?locale={NUL}", 400),
    post("/api/v2/diagnostic/fr/", deep_json(), 400),
    post("/api/v2/diagnostic/fr/", '{"answers": ' + deep_json() + "}", 400),
    post("/api/v2/diagnostic/fr/", OVERSIZE, 413),
    post("/api/v2/diagnostic/fr/", '{"profile": {"sector": "a\\u0000b"}, "answers": {}}', 400),
    post("/api/v2/diagnostic/fr/", '{"profile": {}, "answers": {"q": 1e999}}', 400),
    post("/api/v2/diagnostic/fr/", f'{{"profile": {{}}, "answers": {{"q": {HUGE}}}}}', 400),
    post("/api/v2/diagnostic/fr/", '{"profile": [], "answers": []}', 400),
    post("/api/v2/diagnostic/fr/", "[]", 400),
    post("/api/v2/diagnostic/fr/", "{", 400),
    post("/api/v2/diagnostic/fr/", "", 400),
    post("/api/v2/diagnostic/fr/", "answers=1", 400, content_type=FORM),
    post("/api/v2/diagnostic/fr/", "<answers/>", 400, content_type="application/xml"),
    post("/api/v2/diagnostic/fr/", "{}", 400, content_type="text/plain"),
    post("/api/v2/diagnostic/fr/", b"\xff\xfe{}", 400),
    post("/api/v2/diagnostic/fr/", "{}", 400, headers={"CONTENT_LENGTH": "-1"}),
    post("/api/v2/diagnostic/fr/", multipart(b"a\x00b"), 400, content_type=MULTIPART),
    post("/api/v2/diagnostic/fr/", b"--BoUnDaRy\r\nnot a part", 400, content_type=MULTIPART),
    post(f"/api/v2/diagnostic/{HUGE}/", "{}", 404),
    *(Case(method, "/api/v2/diagnostic/fr/", 405) for method in UNKNOWN_METHODS),
    # The agenda as iCalendar.
    get(f"/api/v2/agenda.ics?locale={NUL}", 400),
    get(f"/api/v2/agenda.ics?city={NUL}", 400),
    get(f"/api/v2/agenda/{HUGE}.ics", 404),
    get("/api/v2/agenda/-1.ics", 404),
    get("/api/v2/agenda/x.ics", 404),
    *(Case(method, "/api/v2/agenda.ics", 405) for method in UNKNOWN_METHODS),
    # The headless preview.
    get(f"/api/v2/preview/?token={NUL}", 400),
    get("/api/v2/preview/?token=x", 403),
    get(f"/api/v2/preview/?token={'x' * 5000}", 403),
    *(Case(method, "/api/v2/preview/?token=x", 405) for method in UNKNOWN_METHODS),
    # The document and anything else under /api/.
    get(f"/api/v2/schema/?x={NUL}", 400),
    Case("PUT", "/api/v2/schema/", 405),
    get(f"/api/v2/{NUL}/", 400),
    get("/api/v3/", 404),
    get("/api/v2/pages/?" + "a=1&" * (settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1), 400),
]

SITE_CASES = [
    # Visitor pages in each language: NUL bytes anywhere, other methods.
    *(
        case
        for language in ("fr", "nl", "de")
        for case in (
            get(f"/{language}/?q={NUL}", 400),
            get(f"/{language}/{NUL}/", 400),
            get(f"/{language}/?{NUL}=1", 400),
            get(f"/{language}/", 400, headers={"HTTP_COOKIE": "sessionid=abcdefgh\x00ijklmnop"}),
            get(f"/{language}/search/?q=a{NUL}b", 400),
            get(f"/{language}/search/?q=facture&page={HUGE}", 200),
            get(f"/{language}/search/?q=facture&page=-1", 200),
            get(f"/{language}/search/?q=facture&page=x", 200),
            get(f"/{language}/search/?q=facture&page={SUPERSCRIPT_TWO}", 200),
            get(f"/{language}/search/?q=facture&type={NUL}", 400),
            get(f"/{language}/no-such-page/", 404),
            *(Case(method, f"/{language}/", 405) for method in UNKNOWN_METHODS),
            *(Case(method, f"/{language}/search/", 405) for method in UNKNOWN_METHODS),
        )
    ),
    # A guide, the guides' index and its filters.
    get(f"{{guide}}?x={NUL}", 400),
    Case("DELETE", "{guide}", 405),
    get(f"{{guide_index}}?theme={NUL}", 400),
    get(f"{{guide_index}}?page={HUGE}", 200),
    get("{guide_index}?page=-1", 200),
    get(f"{{guide_index}}?page={SUPERSCRIPT_TWO}", 200),
    get("{guide_index}?theme=unknown&sector=unknown", 200),
    # The agenda's filters and a seminar.
    get(f"{{agenda_index}}?month={NUL}", 400),
    get(f"{{agenda_index}}?city={NUL}", 400),
    get("{agenda_index}?month=99999-99", 200),
    get(f"{{agenda_index}}?page={HUGE}", 200),
    get("{agenda_index}?archive=1&page=-5", 200),
    get(f"{{agenda_index}}?page={SUPERSCRIPT_TWO}", 200),
    get(f"{{seminar}}?x={NUL}", 400),
    Case("PATCH", "{seminar}", 405),
    # The self-diagnostic's steps and result.
    get("{diagnostic}", 200),
    get(f"{{diagnostic}}step/{HUGE}/", 404),
    get("{diagnostic}step/-1/", 404),
    get(f"{{diagnostic}}step/{SUPERSCRIPT_TWO}/", 404),
    get(f"{{diagnostic}}step/0/?x={NUL}", 400),
    post("{diagnostic}step/0/", f"sector=a{NUL}b&size_band=1-9", 400, content_type=FORM),
    post("{diagnostic}step/0/", "sector=" + "a" * 5000, 200, content_type=FORM),
    post("{diagnostic}step/0/", '{"sector": "retail"}', 200),
    post("{diagnostic}step/0/", "<sector/>", 200, content_type="application/xml"),
    post("{diagnostic}step/1/", OVERSIZE, 413, content_type=FORM),
    post("{diagnostic}step/0/", multipart(b"a\x00b"), 400, content_type=MULTIPART),
    post("{diagnostic}step/0/", multipart(b"retail"), 200, content_type=MULTIPART),
    post("{diagnostic}step/0/", b"--BoUnDaRy\r\nnot a part", content_type=MULTIPART),
    post("{diagnostic}step/0/", "sector=retail", 400, content_type=FORM, headers={"CONTENT_LENGTH": "x"}),
    post("{diagnostic}step/1/", "strategy-q1=" + HUGE, 200, content_type=FORM),
    post(f"{{diagnostic}}step/{HUGE}/", "a=1", 404, content_type=FORM),
    get("{diagnostic}result/x/", 404),
    get(f"{{diagnostic}}result/x{NUL}/", 400),
    post("{diagnostic}result/x/", f"email=a{NUL}@example.be", 400, content_type=FORM),
    Case("PUT", "{diagnostic}step/0/", 405),
    # A form posted without its CSRF token, a query with more fields than Django reads.
    post("{diagnostic}step/0/", "sector=retail", 403, content_type=FORM, headers={"HTTP_X_CSRFTOKEN": ""}),
    get("/nl/search/?" + "a=1&" * (settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1), 400),
]


@pytest.fixture(scope="module")
def content(django_db_setup, django_db_blocker):
    """One of each kind of page and snippet, so that ``{placeholders}`` name real objects."""
    with django_db_blocker.unblock(), transaction.atomic():
        fr = Locale.objects.get(language_code="fr")
        guide_index = GuideIndexPage.objects.get(locale=fr)
        guide = GuidePageFactory(parent=guide_index, locale=fr, title="Facturer en ligne", sponsor=SponsorFactory())
        guide.themes = [Theme.objects.filter(locale=fr).first()]
        guide.save_revision().publish()
        seminar = make_seminar(title="Facture électronique")
        seminar.save_revision().publish()
        diagnostic = DiagnosticPage.objects.get(locale=fr)
        diagnostic.questionnaire = QUESTIONNAIRE
        diagnostic.save_revision().publish()
        ImageFactory()
        DocumentFactory()
        PartnerFactory()
        ids = {
            "pages": guide.pk,
            "guides": guide.pk,
            "agenda": seminar.pk,
            "images": get_image_model().objects.first().pk,
            "documents": get_document_model().objects.first().pk,
            "themes": Theme.objects.first().pk,
            "sectors": Sector.objects.first().pk,
            "venues": Venue.objects.first().pk,
            "sponsors": Sponsor.objects.first().pk,
            "partners": Partner.objects.first().pk,
        }
        urls = {
            "guide": GuidePage.objects.get(pk=guide.pk).url,
            "guide_index": guide_index.url,
            "agenda_index": SeminarPage.objects.get(pk=seminar.pk).get_parent().url,
            "seminar": SeminarPage.objects.get(pk=seminar.pk).url,
            "diagnostic": diagnostic.url,
        }
        yield {**ids, **urls}
        transaction.set_rollback(True)


# A CSRF secret and the same token in the header: the site's forms are posted as a browser would.
CSRF_TOKEN = "a" * 32


def send(case, url):
    """``case`` sent as a browser would, CSRF checks on (Django's test client leaves them off by default)."""
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    client.cookies[settings.CSRF_COOKIE_NAME] = CSRF_TOKEN
    headers = {"HTTP_X_CSRFTOKEN": CSRF_TOKEN, **case.headers}
    return client.generic(case.method, url, data=case.body, content_type=case.content_type, **headers)


def check(case, url, response):
    assert response.status_code < 500, f"{case}: server error {response.status_code}"
    if case.status is not None:
        assert response.status_code == case.status, f"{case}: {response.status_code}, {response.content[:300]!r}"
    if response.status_code < 400:
        return
    if url.startswith("/api/"):
        assert response["Content-Type"].startswith("application/json"), f"{case}: {response['Content-Type']}"
        assert json.loads(response.content)["message"], case
    else:
        language = url.split("/")[1]
        assert response["Content-Type"].startswith("text/html"), f"{case}: {response['Content-Type']}"
        assert f'<html lang="{language}">' in response.content.decode(), case


@pytest.mark.parametrize("case", API_CASES, ids=str)
def test_the_api_answers_bad_input_with_a_json_error(db, content, case):
    url = case.url.format(**content)
    check(case, url, send(case, url))


@pytest.mark.parametrize("case", SITE_CASES, ids=str)
def test_the_site_answers_bad_input_with_a_page_in_the_visitors_language(db, content, case):
    url = case.url.format(**content)
    check(case, url, send(case, url))


@pytest.mark.parametrize("language", ["fr", "nl", "de"])
def test_refusals_speak_the_clients_language(db, content, language):
    nul_message = "The address or the form contains a character that is not allowed (a null byte)."
    with translation.override(language):
        nul = translation.gettext(nul_message)
        not_allowed = translation.gettext("Method not allowed")
    assert nul != nul_message  # translated
    client = Client(raise_request_exception=False)
    assert client.get(f"/api/v2/search/?q={NUL}", HTTP_ACCEPT_LANGUAGE=language).json() == {"message": nul}
    assert escape(nul) in client.get(f"/{language}/search/?q={NUL}").content.decode()
    method = client.generic("QUERY", f"/{language}/")
    assert not_allowed in method.content.decode()
    assert method["Allow"] == "GET, HEAD, OPTIONS, POST"
