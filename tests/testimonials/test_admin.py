import io

from django.core.management import call_command
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from guides.models import GuideIndexPage
from home.models import HomePage
from taxonomy.models import Sector, Theme
from testimonials.models import TestimonialIndexPage, TestimonialPage
from tests.factories import GuidePageFactory, vtt_document


def filled_form(themes=(), related_guides=(), **overrides):
    data = {
        "title": "Une fleuriste de Namur vend en ligne",
        "slug": "fleuriste-namur",
        "person_name": "Julie Martin",
        "role": "fleuriste",
        "company": "Fleurs Martin",
        "town": "Namur",
        "sector": "",
        "video_url": "https://vimeo.com/913204571",
        "video_file": "",
        "poster": "",
        "captions": "",
        "pull_quote": "Les bouquets du vendredi sont réservés dès le mardi.",
        "transcript": "Je suis fleuriste à Namur depuis dix ans.",
        "related_guides": inline_formset([{"guide": pk} for pk in related_guides]),
    }
    data.update(overrides)
    # Multiple choices are posted as repeated keys, not as nested form data.
    return {**nested_form_data(data), "themes": list(themes)}


class TestimonialAdminTests(WagtailPageTestCase):
    def setUp(self):
        call_command("setup_site", stdout=io.StringIO())
        self.user = self.login()
        self.index = TestimonialIndexPage.objects.get(locale__language_code="fr")
        self.retail = Sector.objects.get(slug="retail", locale=self.index.locale)

    def test_page_tree_rules(self):
        self.assertAllowedParentPageTypes(TestimonialPage, {TestimonialIndexPage})
        self.assertAllowedSubpageTypes(TestimonialPage, {})
        self.assertAllowedParentPageTypes(TestimonialIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(TestimonialIndexPage, {TestimonialPage})
        self.assertCanNotCreateAt(Page, TestimonialPage)
        assert not TestimonialIndexPage.can_create_at(self.index.get_parent())

    def test_setup_site_creates_the_index_in_three_languages(self):
        titles = dict(TestimonialIndexPage.objects.values_list("locale__language_code", "title"))
        assert titles == {"fr": "Témoignages", "nl": "Getuigenissen", "de": "Erfahrungsberichte"}

    def test_an_editor_creates_a_testimonial_with_captions_themes_and_related_guides(self):
        guides = GuideIndexPage.objects.get(locale__language_code="fr")
        first = GuidePageFactory(parent=guides, title="Vendre en ligne")
        second = GuidePageFactory(parent=guides, title="Accepter le paiement électronique")
        marketing = Theme.objects.get(slug="marketing", locale=self.index.locale)
        captions = vtt_document("Sous-titres Fleurs Martin")
        form = filled_form(
            themes=[marketing.pk],
            related_guides=[second.pk, first.pk],
            sector=self.retail.pk,
            captions=captions.pk,
        )
        self.assertCanCreate(self.index, TestimonialPage, form)
        page = TestimonialPage.objects.get(slug="fleuriste-namur", locale=self.index.locale)
        assert page.sector == self.retail and [t.slug for t in page.themes.all()] == ["marketing"]
        assert [guide.title for guide in page.localized_related_guides] == [second.title, first.title]
        assert page.captions == captions and page.captions_language == "fr"

    def test_publishing_without_transcript_or_video_shows_what_is_missing(self):
        url = f"/admin/pages/add/testimonials/testimonialpage/{self.index.pk}/"
        form = filled_form(sector=self.retail.pk, transcript="", video_url="")
        response = self.client.post(url, {**form, "action-publish": "action-publish"})
        html = response.content.decode()
        assert response.status_code == 200 and not TestimonialPage.objects.exists()
        assert "La transcription est obligatoire" in html
        assert "Donnez la vidéo : une adresse (YouTube, Vimeo…) ou un fichier vidéo." in html

    def test_the_editor_form_explains_each_field(self):
        html = self.client.get(f"/admin/pages/add/testimonials/testimonialpage/{self.index.pk}/").content.decode()
        assert "Tout ce qui est dit dans la vidéo, pour les personnes qui ne peuvent pas l&#x27;entendre." in html
        assert "Une adresse YouTube, Vimeo ou d&#x27;un autre fournisseur oEmbed." in html
