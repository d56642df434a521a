"""What an editor is told when a testimonial is incomplete or its media are wrong."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import translation
from wagtail.documents import get_document_model

from tests.factories import vtt_document


def video_document(name="temoignage.mp4"):
    document = get_document_model()(title=name, file=ContentFile(b"\x00\x00\x00\x18ftypmp42", name=name))
    document._set_document_file_metadata()
    document.save()
    return document


def errors_of(page):
    """The messages an editor working in French reads."""
    with translation.override("fr"):
        with pytest.raises(ValidationError) as caught:
            page.full_clean()
        return {field: [str(message) for message in messages] for field, messages in caught.value.message_dict.items()}


def test_a_testimonial_needs_a_video_address_or_a_file_but_not_both(make_testimonial):
    page = make_testimonial()
    page.video_url = ""
    assert errors_of(page)["video_url"] == ["Donnez la vidéo : une adresse (YouTube, Vimeo…) ou un fichier vidéo."]
    page.video_url = "https://vimeo.com/123456789"
    page.video_file = video_document()
    assert errors_of(page)["video_url"] == ["Donnez une adresse vidéo ou un fichier vidéo, pas les deux."]
    page.video_url = ""
    page.full_clean()  # a file alone is fine


def test_a_video_address_must_be_one_an_oembed_provider_knows(make_testimonial):
    page = make_testimonial()
    page.video_url = "https://www.example.be/ma-video.mp4"
    assert "ne peut pas être intégrée" in errors_of(page)["video_url"][0]
    for url in ("https://www.youtube.com/watch?v=Jsf4kessl3r", "https://vimeo.com/913204571"):
        page.video_url = url
        page.full_clean()


def test_a_video_file_must_be_mp4_or_webm(make_testimonial):
    page = make_testimonial(video_url="", video_file=video_document("temoignage.webm"))
    page.video_file = video_document("temoignage.pdf")
    assert errors_of(page)["video_file"] == ["Le fichier vidéo doit être un fichier MP4 ou WebM."]


def test_the_transcript_is_required_with_a_clear_message(make_testimonial):
    page = make_testimonial()
    page.transcript = ""
    assert errors_of(page)["transcript"] == [
        "La transcription est obligatoire : les visiteurs qui ne peuvent pas entendre la vidéo la lisent."
    ]


@pytest.mark.parametrize(
    ("content", "name", "valid"),
    [
        (b"WEBVTT\n\n00:00.000 --> 00:04.000\nBonjour\n", "fr.vtt", True),
        (b"\xef\xbb\xbfWEBVTT - sous-titres\n\n", "fr.vtt", True),
        (b"WEBVTT", "fr.vtt", True),
        (b"1\n00:00:00,000 --> 00:00:04,000\nBonjour\n", "fr.vtt", False),  # SubRip content
        (b"WEBVTTX\n", "fr.vtt", False),
        (b"WEBVTT\n\n", "fr.txt", False),
    ],
)
def test_captions_must_be_a_webvtt_file(make_testimonial, content, name, valid):
    page = make_testimonial()
    page.captions = vtt_document(content=content, name=name)
    if valid:
        page.full_clean()
    else:
        assert errors_of(page)["captions"] == [
            "Les sous-titres doivent être un fichier WebVTT : un fichier .vtt qui commence par « WEBVTT »."
        ]
