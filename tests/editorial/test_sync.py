"""Translations follow the French source as drafts, stale until reviewed; nothing is published behind reviewers."""

from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import String, StringTranslation, Translation, TranslationContext

from editorial.models import TranslationStatus
from home.models import ContentPage
from tests.editorial.helpers import fresh


def publish_source(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return fresh(page)


def translate(page, language, **strings):
    """A translator types ``{source text: translation}`` in wagtail-localize's editor."""
    translation = translation_into(page, language)
    for source_text, text in strings.items():
        segment = translation.source.stringsegment_set.select_related("context").get(string__data=source_text)
        StringTranslation.objects.update_or_create(
            translation_of=String.objects.get(data=source_text, locale=page.locale),
            context=segment.context,
            locale=translation.target_locale,
            defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    return translation


def translation_into(page, language):
    return Translation.objects.get(source__object_id=page.translation_key, target_locale__language_code=language)


def target(page, language):
    return ContentPage.objects.get(translation_key=page.translation_key, locale__language_code=language)


def approve(client, reviewer, page):
    client.force_login(reviewer)
    task_state = fresh(page).current_workflow_state.current_task_state
    client.post(reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)), {})


def test_first_publication_creates_nl_and_de_drafts_never_published(guide, client):
    publish_source(guide)
    for language in ("nl", "de"):
        draft = target(guide, language)
        assert not draft.live
        assert draft.get_parent().locale.language_code == language
        assert translation_into(guide, language).enabled
    assert client.get("/nl/").status_code == 200
    assert ContentPage.objects.live().filter(translation_key=guide.translation_key).count() == 1


def test_machine_prefill_is_flagged_until_a_human_confirms(guide, settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
        "OPTIONS": {},
    }
    publish_source(guide)
    draft = target(guide, "nl").get_latest_revision_as_object()
    assert draft.intro == "passe. de mot le Changez"  # DummyTranslator reverses the words
    machine = StringTranslation.objects.filter(locale__language_code="nl", translation_type="machine")
    assert machine.filter(data="passe. de mot le Changez").exists()
    assert not target(guide, "nl").live


def test_a_republished_source_updates_drafts_and_leaves_live_translations_alone(
    guide, users, client, django_capture_on_commit_callbacks
):
    guide = publish_source(guide)
    translate(
        guide,
        "nl",
        **{"Sécuriser le Wi-Fi": "De wifi beveiligen", "Changez le mot de passe.": "Wijzig het wachtwoord."},
    )
    client.force_login(users["translator-nl"])
    client.post(reverse("editorial:submit_translation", args=(translation_into(guide, "nl").pk,)))
    approve(client, users["reviewer"], target(guide, "nl"))
    nl = target(guide, "nl")
    assert nl.live and nl.title == "De wifi beveiligen" and nl.intro == "Wijzig het wachtwoord."
    status = translation_into(guide, "nl").editorial_status
    assert not status.is_stale

    # The editor changes the introduction only; the reviewed title translation is kept.
    with django_capture_on_commit_callbacks(execute=True):
        guide = publish_source(guide, intro="Changez le mot de passe par défaut de la borne.")
    nl = target(guide, "nl")
    assert nl.intro == "Wijzig het wachtwoord."  # live page exactly as reviewed
    assert nl.has_unpublished_changes
    draft = nl.get_latest_revision_as_object()
    assert draft.title == "De wifi beveiligen"  # the translator's unchanged segment is kept
    assert draft.intro == "Changez le mot de passe par défaut de la borne."  # waits for the translator
    status = translation_into(guide, "nl").editorial_status
    assert status.is_stale and status.stale_since_revision == guide.live_revision

    translate(guide, "nl", **{"Changez le mot de passe par défaut de la borne.": "Wijzig het standaardwachtwoord."})
    client.force_login(users["translator-nl"])
    client.post(reverse("editorial:submit_translation", args=(translation_into(guide, "nl").pk,)))
    assert target(guide, "nl").intro == "Wijzig het wachtwoord."  # still waiting for the review
    approve(client, users["reviewer"], target(guide, "nl"))
    nl = target(guide, "nl")
    assert nl.intro == "Wijzig het standaardwachtwoord."
    assert not translation_into(guide, "nl").editorial_status.is_stale


def test_translators_cannot_publish_from_the_translation_editor(
    guide, users, client, django_capture_on_commit_callbacks
):
    guide = publish_source(guide)
    nl = target(guide, "nl")
    client.force_login(users["translator-nl"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wagtailadmin_pages:edit", args=(nl.pk,)), {"action": "publish"})
    assert response.status_code in (302, 403)
    assert not fresh(nl).live


def test_upstream_sync_still_writes_unreviewed_text_onto_live_pages(guide, users, client, about):
    """wagtail-localize's create_or_update_translation(publish=False) saves onto the live row.

    This is why editorial.sync.build_draft exists (wagtail/wagtail-localize#266, #634, #655):
    if this test fails, upstream no longer does it and build_draft can use it again.
    """
    page = publish_source(about["fr"], intro="Un programme wallon.")
    source = translation_into(page, "nl").source
    source.update_from_db()
    nl_before = fresh(about["nl"]).intro
    source.create_or_update_translation(about["nl"].locale, publish=False, fallback=True)
    nl_after = Page.objects.get(pk=about["nl"].pk).specific.intro
    assert nl_after != nl_before and nl_after == "Un programme wallon."


def test_statuses_exist_for_setup_translations(site):
    assert TranslationStatus.objects.exists()
    assert not TranslationStatus.objects.exclude(stale_since=None).exists()
    assert TranslationContext.objects.exists()
