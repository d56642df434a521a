"""The demo's loader and what a demo run may change.

The demo content lives in the top-level ``demo/`` folder as data an editor can
change without Python: ``guides.jsonl`` in the guide import format (loaded by
the importer itself, ``cms/demo.py``), one YAML file per other content type,
media files in ``demo/media/``. ``demo_data(name)`` reads one file for the app
that builds that type (``<app>/demo.py``), ``demo_file(name)`` a media file,
``generated_image`` draws the demo's logos and posters. The demo leaves alone
what a person has worked on. The demo accounts are the project's (``cms/demo.py``).
"""

import io
from pathlib import Path

import yaml
from django.conf import settings
from django.core.files.base import ContentFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model
from wagtail.log_actions import registry as log_registry

DEMO_DIR = Path(settings.BASE_DIR) / "demo"
# Settings a demo text may quote, written {NAME} in the data files (e.g. the legal notice's retention period).
SETTINGS_IN_TEXTS = ("REGISTRATION_RETENTION_MONTHS",)


def changed_by_people(instance):
    """True when a person has acted on ``instance`` since it was created: the demo leaves it alone.

    The demo writes without a user; every change made in the admin (an edit, a translation saved
    in wagtail-localize's editor or imported from a file, a publication, an unpublication, a
    submission to review, a lock) is logged with its user or leaves a revision by its user, and a
    review in progress belongs to its reviewers. ``build_demo`` consults this before it updates or
    translates an existing page, snippet or translation, so a second run only fills in what the
    demo has not written yet or what nobody has touched.
    """
    if instance is None:
        return False
    if getattr(instance, "workflow_in_progress", False):
        return True
    latest = getattr(instance, "latest_revision", None)
    if latest is not None and latest.user_id is not None:
        return True
    return log_registry.get_logs_for_instance(instance).filter(user__isnull=False).exists()


def translations_changed_by_people(source):
    """True when a person has acted on ``source`` or on one of its translations."""
    return changed_by_people(source) or any(changed_by_people(other) for other in source.get_translations())


def translation_done(translation):
    """True when the demo must not write ``translation``: it is live (published, or a snippet
    without drafts) or a person has worked on it. A draft nobody touched is the demo's to fill in."""
    return translation is not None and (getattr(translation, "live", True) or changed_by_people(translation))


def translations_to_write(source, locales):
    """(language code, locale) of each translation of ``source`` the demo writes: every locale of
    ``locales`` but the source's own, unless the translation is done (:func:`translation_done`).

    Publishing the French page already made draft translations (``editorial.sync``): only a live
    translation, or one a person worked on, is left alone."""
    for code, locale in locales.items():
        if locale.pk != source.locale_id and not translation_done(source.get_translation_or_none(locale)):
            yield code, locale


def demo_data(name):
    """The content of the data file ``demo/<name>``: a YAML file's data, a JSON lines file's lines.

    In a YAML file, each ``{SETTING}`` of ``SETTINGS_IN_TEXTS`` is replaced by the setting's value.
    """
    text = (DEMO_DIR / name).read_text(encoding="utf-8")
    if name.endswith(".jsonl"):
        return [line for line in text.splitlines() if line.strip()]
    for setting in SETTINGS_IN_TEXTS:
        text = text.replace(f"{{{setting}}}", str(getattr(settings, setting)))
    return yaml.safe_load(text)


def demo_file(name):
    """The bytes of the media file ``demo/media/<name>``."""
    return (DEMO_DIR / "media" / name).read_bytes()


def generated_image(title, text, colour, size=(480, 160), font_size=44, subtitle=""):
    """A PNG of ``size`` with ``text`` (and a smaller ``subtitle``) centred on ``colour``, found again by title.

    The demo's logos and posters: drawn from the names and colours in its data files.
    """
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image:
        return image
    width, height = size
    picture = PILImage.new("RGB", size, colour)
    draw = ImageDraw.Draw(picture)
    draw.text((width // 2, height // 2), text, fill="white", font=ImageFont.load_default(size=font_size), anchor="mm")
    if subtitle:
        font = ImageFont.load_default(size=font_size // 2)
        draw.text((width // 2, height // 2 + font_size), subtitle, fill="white", font=font, anchor="mm")
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    slug = "".join(c if c.isalnum() else "-" for c in title.lower())
    image = Image(title=title, file=ContentFile(buffer.getvalue(), name=f"{slug}.png"))
    image._set_image_file_metadata()
    image.save()
    return image
