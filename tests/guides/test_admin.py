import io

from django.core.management import call_command
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from guides.models import GuideIndexPage, GuidePage
from home.models import HomePage
from taxonomy.models import Sector, Theme


def guide_form(themes=(), sectors=(), **overrides):
    data = {
        "title": "Choisir un gestionnaire de mots de passe",
        "slug": "gestionnaire-mots-de-passe",
        "summary": "Un seul mot de passe à retenir, des mots de passe uniques partout.",
        "body": streamfield(
            [
                ("heading", "Pourquoi"),
                ("paragraph", rich_text("<p>Réutiliser un mot de passe expose tous vos comptes.</p>")),
                ("checklist", {"title": "", "items": streamfield([("item", "Un coffre chiffré")])}),
            ]
        ),
        "level": "beginner",
        "last_reviewed": "2026-02-01",
        "related_guides": inline_formset([]),
        "sponsor": "",
    }
    data.update(overrides)
    # Multiple choices are posted as repeated keys, not as nested form data.
    return {**nested_form_data(data), "themes": list(themes), "sectors": list(sectors)}


class GuideAdminTests(WagtailPageTestCase):
    def setUp(self):
        call_command("setup_site", stdout=io.StringIO())
        self.user = self.login()
        self.index = GuideIndexPage.objects.get(locale__language_code="fr")

    def test_page_tree_rules(self):
        self.assertAllowedParentPageTypes(GuidePage, {GuideIndexPage})
        self.assertAllowedSubpageTypes(GuidePage, {})
        self.assertAllowedParentPageTypes(GuideIndexPage, {HomePage})
        self.assertCanNotCreateAt(Page, GuidePage)

    def test_an_editor_creates_a_guide_with_themes_and_sectors(self):
        security = Theme.objects.get(slug="security", locale=self.index.locale)
        retail = Sector.objects.get(slug="retail", locale=self.index.locale)
        self.assertCanCreate(self.index, GuidePage, guide_form(themes=[security.pk], sectors=[retail.pk]))
        guide = GuidePage.objects.get(slug="gestionnaire-mots-de-passe", locale=self.index.locale)
        assert [theme.slug for theme in guide.themes.all()] == ["security"]
        assert [block.block_type for block in guide.body] == ["heading", "paragraph", "checklist"]
        assert guide.reading_time == 1

    def test_a_summary_is_required_and_bounded(self):
        url = f"/admin/pages/add/guides/guidepage/{self.index.pk}/"
        # Publishing needs a summary (drafts may be saved incomplete).
        response = self.client.post(url, {**guide_form(summary=""), "action-publish": "action-publish"})
        assert response.status_code == 200
        assert not GuidePage.objects.exists()
        response = self.client.post(url, {**guide_form(summary="x" * 301), "action-publish": "action-publish"})
        assert response.status_code == 200
        assert not GuidePage.objects.exists()

    def test_the_editor_form_explains_each_field(self):
        response = self.client.get(f"/admin/pages/add/guides/guidepage/{self.index.pk}/")
        html = response.content.decode()
        assert "Laissez vide si la fiche est utile à tous les secteurs." in html
        assert "Affichée uniquement tant que le contrat du sponsor est actif." in html

    def test_guide_index_cannot_be_added_twice_to_a_home_page(self):
        home = self.index.get_parent()
        assert not GuideIndexPage.can_create_at(home)
        form = nested_form_data({"title": "Encore des fiches", "slug": "encore", "intro": ""})
        self.client.post(f"/admin/pages/add/guides/guideindexpage/{home.pk}/", form)
        assert GuideIndexPage.objects.count() == 3
        fresh_home = Page.get_first_root_node().add_child(instance=HomePage(title="Autre site", slug="autre"))
        self.assertCanCreate(
            fresh_home, GuideIndexPage, nested_form_data({"title": "Fiches", "slug": "fiches", "intro": ""})
        )

    def test_the_editor_of_a_translated_guide_opens_in_every_language(self):
        """The language menu lists the translations; guides' listing prefetches must not break it."""
        self.assertCanCreate(self.index, GuidePage, {**guide_form(), "action-publish": "action-publish"})
        guide = GuidePage.objects.get(slug="gestionnaire-mots-de-passe", locale=self.index.locale)
        translations = list(guide.get_translations())
        assert {page.locale.language_code for page in translations} == {"nl", "de"}
        for page in [guide, *translations]:
            response = self.client.get(f"/admin/pages/{page.pk}/edit/")
            assert response.status_code == 200
            assert f"/admin/pages/{guide.pk}/edit/" in response.content.decode()
