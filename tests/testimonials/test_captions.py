"""Each language carries its own captions: an override a later sync of the French page keeps."""

import json

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail_localize.models import OverridableSegment, Translation

from editorial import roles
from testimonials.models import TestimonialPage
from tests.factories import vtt_document


def dutch(page):
    return TestimonialPage.objects.get(translation_key=page.translation_key, locale__language_code="nl")


def test_a_translator_picks_dutch_captions_and_republishing_the_french_keeps_them(
    client, make_testimonial, django_capture_on_commit_callbacks
):
    french_captions = vtt_document("Sous-titres FR", "Bonjour.")
    fr = make_testimonial(live=False, captions=french_captions)
    fr.save_revision().publish()  # editorial sync: NL and DE drafts carry the French captions
    draft = dutch(fr).get_latest_revision_as_object()
    assert draft.captions == french_captions

    translator = get_user_model().objects.create_user("noor", "noor@example.be", "pw")
    translator.groups.set(Group.objects.filter(name=roles.NL_TRANSLATORS))
    client.force_login(translator)
    translation = Translation.objects.get(source__object_id=fr.translation_key, target_locale__language_code="nl")
    segment = OverridableSegment.objects.get(source=translation.source, context__path="captions")
    dutch_captions = vtt_document("Ondertiteling NL", "Goeiedag.")
    url = reverse("wagtail_localize:edit_override", args=(translation.pk, segment.pk))
    # What the translation editor's document chooser sends.
    response = client.put(url, f"value={dutch_captions.pk}", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 201, response.content
    client.post(reverse("editorial:submit_translation", args=(translation.pk,)))
    dutch(fr).get_latest_revision().publish()
    nl = dutch(fr)
    assert nl.live and nl.captions == dutch_captions and nl.captions_language == "nl"

    # The French editor changes the quote and the French captions: the Dutch captions stay.
    with django_capture_on_commit_callbacks(execute=True):
        fr = TestimonialPage.objects.get(pk=fr.pk)
        fr.pull_quote = "Une nouvelle phrase."
        fr.captions = vtt_document("Sous-titres FR v2", "Bonjour à tous.")
        fr.save_revision().publish()
    draft = dutch(fr).get_latest_revision_as_object()
    assert draft.pull_quote == "Une nouvelle phrase."  # waits for the translator
    assert draft.captions == dutch_captions
    dutch(fr).get_latest_revision().publish()
    assert dutch(fr).captions == dutch_captions and dutch(fr).captions_language == "nl"

    # German has no captions of its own yet: it carries the French file, labelled French.
    de = TestimonialPage.objects.get(translation_key=fr.translation_key, locale__language_code="de")
    de.get_latest_revision().publish()
    de = TestimonialPage.objects.get(pk=de.pk)
    assert de.captions.title == "Sous-titres FR v2" and de.captions_language == "fr"
    assert json.loads(segment.source.overridablesegment_set.get(context__path="captions").data_json) == fr.captions_id
