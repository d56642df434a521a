"""What search covers, on the run's database (SQLite or PostgreSQL) and on OpenSearch: real guides and their
facets, the slides of past seminars, sponsor areas while their contract runs, content pages."""

import datetime
import json

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Locale, PageViewRestriction

from agenda.demo import tiny_pdf
from agenda.models import SeminarPage
from guides.importer import GuideImporter
from sponsors.models import SponsorPage, SponsorsIndexPage
from tests.factories import SponsorFactory, make_seminar, translate
from tests.search.conftest import publish_page

pytestmark = pytest.mark.django_db


def search(client, q, locale, **params):
    response = client.get("/api/v2/search/", {"q": q, "locale": locale, **params})
    assert response.status_code == 200, response.content
    return response.json()


def facets(response):
    return {name: {row["value"]: row["count"] for row in rows} for name, rows in response["facets"].items()}


# -- guides imported through the guides app, with the programme's themes and sectors -------------------------
GUIDES = [
    {
        "slug": "facturation-electronique",
        "themes": ["e-invoicing-payments", "e-commerce"],
        "sectors": ["retail"],
        "translations": {
            "fr": ("Passer à la facturation électronique", "Envoyer ses factures par Peppol.", "Les factures."),
            "nl": ("Overstappen op elektronische facturatie", "Uw facturen via Peppol versturen.", "Facturen."),
            "de": ("Auf elektronische Rechnungen umsteigen", "Rechnungen über Peppol senden.", "Rechnungen."),
        },
    },
    {
        "slug": "caisse-enregistreuse",
        "themes": ["e-invoicing-payments"],
        "sectors": ["horeca-tourism", "retail"],
        "translations": {
            "fr": ("Choisir une caisse enregistreuse", "Une caisse qui imprime les factures.", "Le ticket."),
            "nl": ("Een kassasysteem kiezen", "Een kassa die de facturen afdrukt.", "Het kasticket."),
            "de": ("Eine Registrierkasse wählen", "Eine Kasse, die Rechnungen druckt.", "Der Kassenbon."),
        },
    },
    {
        "slug": "comptabilite-en-ligne",
        "themes": ["e-invoicing-payments", "collaboration"],
        "sectors": [],
        "translations": {
            "fr": ("Tenir sa comptabilité en ligne", "Partager ses factures avec le comptable.", "Le bilan."),
            "nl": ("Boekhouding online bijhouden", "Uw facturen met de boekhouder delen.", "De balans."),
            "de": ("Buchhaltung online führen", "Rechnungen mit dem Buchhalter teilen.", "Die Bilanz."),
        },
    },
    {
        "slug": "site-vitrine",
        "themes": ["website"],
        "sectors": ["construction"],
        "translations": {
            "fr": ("Créer un site vitrine", "Présenter ses services en ligne.", "Le nom de domaine."),
            "nl": ("Een showcasewebsite maken", "Uw diensten online voorstellen.", "De domeinnaam."),
            "de": ("Eine Firmenwebsite erstellen", "Ihre Dienste online vorstellen.", "Der Domainname."),
        },
    },
]


@pytest.fixture
def guides(backend):
    lines = [
        json.dumps(
            {
                **guide,
                "translations": {
                    language: {"title": title, "summary": summary, "body": body}
                    for language, (title, summary, body) in guide["translations"].items()
                },
            }
        )
        for guide in GUIDES
    ]
    report = GuideImporter(publish=True).run(lines)
    assert not report.failed, report.failed
    return backend


@pytest.mark.parametrize(("locale", "query"), [("fr", "factures"), ("nl", "facturen"), ("de", "Rechnungen")])
def test_facets_count_the_matches_by_type_theme_and_sector_in_each_language(client, guides, locale, query):
    publish_page(locale, {"fr": "Nos factures", "nl": "Onze facturen", "de": "Unsere Rechnungen"}[locale])
    response = search(client, query, locale)
    assert response["meta"]["total_count"] == 4
    assert facets(response) == {
        "type": {"guide": 3, "page": 1},
        "theme": {"e-invoicing-payments": 3, "e-commerce": 1, "collaboration": 1},
        "sector": {"retail": 2, "horeca-tourism": 1},
    }
    # Facets list the most frequent value first.
    assert [row["value"] for row in response["facets"]["type"]] == ["guide", "page"]

    guides_only = search(client, query, locale, type="guide")
    assert guides_only["meta"]["total_count"] == 3
    assert facets(guides_only)["type"] == {"guide": 3}
    assert {item["language"] for item in guides_only["items"]} == {locale}

    retail = search(client, query, locale, sector="retail")
    assert len(retail["items"]) == 2
    assert all("retail" in item["sectors"] for item in retail["items"])
    assert facets(retail)["sector"] == {"retail": 2, "horeca-tourism": 1}

    [collaboration] = search(client, query, locale, theme="collaboration")["items"]
    assert collaboration["title"] == dict(GUIDES[2]["translations"])[locale][0]
    assert collaboration["themes"] == ["collaboration", "e-invoicing-payments"]


# -- the slides of past seminars -----------------------------------------------------------------------------
def slides_document(title, *lines):
    """A real PDF whose text says ``lines``, as editors upload slides."""
    document = get_document_model()(title=title, file=ContentFile(tiny_pdf(title, list(lines)), name="slides.pdf"))
    document._set_document_file_metadata()
    document.save()
    return document


def past_seminar(title, slides, publish=True, **fields):
    seminar = make_seminar(
        title=title,
        start=timezone.now().replace(microsecond=0) - datetime.timedelta(days=20),
        presentations=[slides],
        publish=False,
        **fields,
    )
    if publish:
        seminar.save_revision().publish()
    return SeminarPage.objects.get(pk=seminar.pk)


def test_the_slides_of_past_seminars_are_found_by_the_words_inside_them(client, backend):
    deck = slides_document("Peppol pas à pas", "Horodatage des factures", "Archivage légal pendant sept ans")
    seminar = past_seminar("Séminaire facturation électronique", deck)

    [slides] = search(client, "horodatage", "fr")["items"]
    assert slides["type"] == "slides"
    assert slides["title"] == "Peppol pas à pas"
    assert slides["id"] == seminar.pk
    assert slides["url"] == deck.url
    assert "<mark>Horodatage</mark>" in slides["snippet"]

    # The session's own words find its slides too, beside the seminar; type=slides keeps the slides.
    both = search(client, "facturation électronique", "fr")
    assert {item["type"] for item in both["items"]} == {"seminar", "slides"}
    assert facets(both)["type"] == {"seminar": 1, "slides": 1}
    assert [item["type"] for item in search(client, "archivage", "fr", type="slides")["items"]] == ["slides"]


def test_slides_follow_their_seminar_language_publication_and_privacy(client, backend):
    deck = slides_document("Cybersécurité au comptoir", "Sauvegardes chiffrées", "Rançongiciel")
    seminar = past_seminar("Sécurité informatique du commerce", deck)
    translate(seminar, Locale.objects.get(language_code="nl"), title="Informatiebeveiliging in de winkel")

    dutch = search(client, "informatiebeveiliging", "nl")["items"]
    assert {(item["type"], item["language"]) for item in dutch} == {("seminar", "nl"), ("slides", "nl")}
    assert {item["type"] for item in search(client, "rançongiciel", "fr")["items"]} == {"slides"}
    assert search(client, "informatiebeveiliging", "fr")["meta"]["total_count"] == 0

    draft_deck = slides_document("Brouillon", "Pare-feu applicatif")
    past_seminar("Séminaire en préparation", draft_deck, publish=False)
    assert search(client, "pare-feu", "fr")["meta"]["total_count"] == 0

    private_deck = slides_document("Réservé aux conseillers", "Télémaintenance")
    private = past_seminar("Réunion interne des conseillers", private_deck)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    private.save_revision().publish()
    assert search(client, "télémaintenance", "fr")["meta"]["total_count"] == 0

    # Slides removed from a seminar, or a seminar unpublished, leave the search.
    seminar.presentations = []
    seminar.save_revision().publish()
    assert search(client, "rançongiciel", "fr")["meta"]["total_count"] == 0
    assert search(client, "sécurité informatique", "fr")["items"][0]["type"] == "seminar"
    seminar.unpublish()
    assert search(client, "sécurité informatique", "fr")["meta"]["total_count"] == 0


# -- sponsor areas, while the contract runs, and content pages -----------------------------------------------
def sponsor_area(name, text, **contract):
    sponsor = SponsorFactory(name=name, description="Opérateur de télécommunications", **contract)
    parent = SponsorsIndexPage.objects.get(locale__language_code="fr")
    area = parent.add_child(
        instance=SponsorPage(title=f"{name}, partenaire connectivité", sponsor=sponsor, live=False)
    )
    area.presentation = [("paragraph", f"<p>{text}</p>")]
    area.save_revision().publish()
    return SponsorPage.objects.get(pk=area.pk)


def test_sponsor_areas_are_found_while_their_contract_runs(client, backend):
    today = timezone.localdate()
    area = sponsor_area("Fibrelia", "La fibre optique pour les zonings.")
    sponsor_area(
        "Radiolis",
        "La fibre optique pour les villages.",
        contract_start=today + datetime.timedelta(days=10),
        contract_end=today + datetime.timedelta(days=300),
    )
    found = search(client, "fibre optique", "fr")["items"]
    assert [(item["type"], item["title"]) for item in found] == [("sponsor", "Fibrelia, partenaire connectivité")]
    assert found[0]["url"] == area.url

    # The contract ends: the area is offline (404), and out of the search.
    sponsor = area.sponsor
    sponsor.contract_start = datetime.date(2020, 1, 1)
    sponsor.contract_end = today - datetime.timedelta(days=1)
    sponsor.save()
    assert client.get(area.url).status_code == 404
    assert search(client, "fibre optique", "fr")["meta"]["total_count"] == 0


def test_content_pages_are_found_in_their_language_only(client, backend):
    french = publish_page("fr", "Déclaration d'accessibilité", "Le site respecte le RGAA.", "Contactez-nous.")
    publish_page("de", "Erklärung zur Barrierefreiheit", "Die Website ist barrierefrei.", "Kontakt.")
    [item] = search(client, "accessibilité", "fr")["items"]
    assert (item["type"], item["id"], item["url"]) == ("page", french.pk, french.url)
    [german] = search(client, "Barrierefreiheit", "de")["items"]
    assert german["language"] == "de"
    assert search(client, "Barrierefreiheit", "fr")["meta"]["total_count"] == 0


def zipped(files):
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def test_the_text_of_powerpoint_and_opendocument_slides_is_read(db):
    from search.extract import document_text

    def slide(root, *paragraphs):
        drawing = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="urn:p"'
        return f"<p:{root} {drawing}>" + "".join(f"<a:p>{p}</a:p>" for p in paragraphs) + f"</p:{root}>"

    pptx = zipped(
        {
            "ppt/slides/slide2.xml": slide("sld", "<a:r><a:t>Deuxième</a:t></a:r>"),
            "ppt/slides/slide10.xml": slide("sld", "<a:t>Dixième</a:t>"),
            "ppt/slides/slide1.xml": slide("sld", "<a:t>Chiffrement</a:t><a:t> des sauvegardes</a:t>"),
            "ppt/notesSlides/notesSlide1.xml": slide("notes", "<a:t>Notes</a:t>"),
        }
    )
    odp = zipped(
        {
            "content.xml": '<office:document-content xmlns:office="urn:o" xmlns:text="urn:oasis:names:tc:'
            'opendocument:xmlns:text:1.0"><text:h>Facturation</text:h><text:p>Peppol en trois étapes</text:p>'
            "</office:document-content>"
        }
    )
    Document = get_document_model()
    documents = {
        name: Document.objects.create(title=name, file=ContentFile(content, name=name))
        for name, content in (("deck.pptx", pptx), ("deck.odp", odp), ("broken.pdf", b"not a pdf"))
    }
    assert document_text(documents["deck.pptx"]) == "Chiffrement des sauvegardes Deuxième Dixième"
    assert document_text(documents["deck.odp"]) == "Facturation Peppol en trois étapes"
    # A file that cannot be read gives no text, and publishing goes on.
    assert document_text(documents["broken.pdf"]) == ""


# -- testimonials --------------------------------------------------------------------------------------------
def test_testimonials_are_found_by_their_words_in_their_language_once_published(client, backend):
    from taxonomy.models import Sector, Theme
    from testimonials.models import TestimonialIndexPage
    from tests.factories import TestimonialPageFactory

    index = TestimonialIndexPage.objects.get(locale__language_code="fr")
    retail = Sector.objects.get(locale__language_code="fr", slug="retail")
    commerce = Theme.objects.get(locale__language_code="fr", slug="e-commerce")
    bakery = TestimonialPageFactory(
        parent=index,
        live=False,
        sector=retail,
        themes=[commerce],
        title="Une boulangerie de Ciney vend ses pains en ligne",
        company="Boulangerie Lemaire",
        pull_quote="Les commandes en ligne ont rempli nos matinées creuses.",
        transcript="Nous avons ouvert une boutique en ligne pour les gâteaux d'anniversaire.",
    )
    bakery.save_revision().publish()
    translate(
        bakery,
        Locale.objects.get(language_code="nl"),
        title="Een bakkerij uit Ciney verkoopt haar brood online",
        pull_quote="De onlinebestellingen vulden onze rustige ochtenden.",
        transcript="We openden een webwinkel voor verjaardagstaarten.",
    )
    draft = TestimonialPageFactory(
        parent=index, live=False, sector=retail, title="Brouillon : une boulangerie de Dinant", transcript="Pains."
    )
    draft.save_revision()

    french = search(client, "boulangerie", "fr")
    assert [(item["type"], item["id"], item["language"]) for item in french["items"]] == [
        ("testimonial", bakery.pk, "fr")
    ]
    assert french["items"][0]["sectors"] == ["retail"] and french["items"][0]["themes"] == ["e-commerce"]
    assert facets(french)["sector"] == {"retail": 1}
    # The transcript is searched, with its inflections; type=testimonial keeps the testimonials.
    assert search(client, "anniversaire gâteau", "fr", type="testimonial")["items"][0]["id"] == bakery.pk
    dutch = search(client, "verjaardagstaart", "nl")["items"]
    assert [(item["type"], item["language"]) for item in dutch] == [("testimonial", "nl")]
    assert search(client, "bakkerij", "fr")["meta"]["total_count"] == 0

    PageViewRestriction.objects.create(page=bakery, restriction_type=PageViewRestriction.PASSWORD, password="x")
    bakery.save_revision().publish()
    assert search(client, "boulangerie", "fr")["meta"]["total_count"] == 0
