import io

from django.core.management import call_command
from wagtail.models import Page, Revision, Site
from wagtail_localize.models import StringTranslation

from home.models import HomePage


def snapshot():
    return (
        sorted(Page.objects.values_list("pk", "title", "locale__language_code", "live", "url_path")),
        Revision.objects.count(),
        StringTranslation.objects.count(),
        sorted(Site.objects.values_list("hostname", "port", "root_page_id")),
    )


def test_setup_site_builds_the_home_page_in_three_languages(site):
    homes = {page.locale.language_code: page for page in HomePage.objects.all()}
    assert sorted(homes) == ["de", "fr", "nl"]
    assert site.root_page.specific == homes["fr"]
    assert {page.translation_key for page in homes.values()} == {homes["fr"].translation_key}
    assert all(page.live for page in homes.values())
    assert homes["nl"].hero_title == "Digitale technologie ten dienste van uw onderneming"
    assert homes["de"].title == "Startseite"
    # Wagtail's own "Welcome" page is gone.
    assert not Page.objects.filter(depth=2).exclude(pk__in=[p.pk for p in homes.values()]).exists()


def test_translations_are_recorded_string_by_string_for_translators(site):
    """The NL text is wagtail-localize's translation, so its editor shows it and a sync keeps it."""
    nl_strings = StringTranslation.objects.filter(locale__language_code="nl")
    assert nl_strings.filter(data="Digitale technologie ten dienste van uw onderneming").exists()
    assert nl_strings.filter(translation_type="manual").count() == nl_strings.count() > 0


def test_running_setup_site_twice_changes_nothing(site):
    before = snapshot()
    call_command("setup_site", stdout=io.StringIO())
    assert snapshot() == before
