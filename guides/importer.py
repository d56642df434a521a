"""Import guides from JSON lines: the French source page and its Dutch and German translations.

One guide per line::

    {"slug": "kebab-slug", "themes": ["marketing"], "sectors": ["retail"],
     "level": "beginner", "last_reviewed": "2026-03-02", "sponsor": "Sponsor name",
     "related": ["other-guide-slug"],
     "translations": {"fr": {"title": "…", "summary": "…", "body": "Markdown"},
                      "nl": {…}, "de": {…}}}

``level``, ``last_reviewed``, ``sponsor`` and ``related`` are optional: a key
left out leaves that detail as it is. They are synchronised fields, the same in
every language. Related guides are named by slug, in the file or already
imported; a guide whose related guides come later in the file gets its links
once every guide of the file is imported.

Each guide is imported in its own transaction: a guide that fails leaves
nothing behind, and the others are imported. A guide is found again by its
slug under the French guide index; it gets a new revision only when something
changed. The Dutch and German pages carry the same slug under their own index,
unless the file gives a language its own (``translations.nl.slug``). Slugs are
transliterated to ASCII (``core.slugs``): ``protéger`` becomes ``proteger``.
Dutch and German are recorded as wagtail-localize translations of the
French page (``core.translation.save_translation``), so translators see them and
a later sync keeps them; their body is built block by block on the French one
and keeps its block ids, which requires the same block structure.
"""

import datetime
import json
import re
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core.slugs import ascii_slug
from core.translation import StructureMismatch, save_translation, translated_copy, translated_strings
from guides.markdown import markdown_to_blocks
from guides.models import GuideIndexPage, GuidePage, RelatedGuide
from sponsors.models import Sponsor
from taxonomy.models import Sector, Theme

SOURCE_LANGUAGE = "fr"
LANGUAGES = ("fr", "nl", "de")
SUMMARY_MAX_LENGTH = GuidePage._meta.get_field("summary").max_length
TITLE_MAX_LENGTH = GuidePage._meta.get_field("title").max_length


class GuideError(Exception):
    """A guide that cannot be imported; the message is for the person running the import."""

    def __init__(self, message, slug=""):
        super().__init__(message)
        self.slug = slug


class _DryRun(Exception):
    """Raised to roll back a guide's transaction once it has been checked."""


@dataclass
class GuideRecord:
    line: int
    slug: str
    themes: list
    sectors: list
    translations: dict
    details: dict = field(default_factory=dict)  # level, last_reviewed, sponsor, related: only those in the line


@dataclass
class ImportReport:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    failed: list = field(default_factory=list)  # (line, slug or "", message)

    def summary(self):
        return _("created: %(created)d, updated: %(updated)d, unchanged: %(unchanged)d, failed: %(failed)d") % {
            "created": len(self.created),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
            "failed": len(self.failed),
        }


def parse_line(line_number, text):
    """A ``GuideRecord`` from one line of the file, or ``GuideError`` saying what is wrong."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise GuideError(_("malformed JSON (%(error)s)") % {"error": error}) from error
    if not isinstance(data, dict):
        raise GuideError(_("each line must be a JSON object"))
    slug = _file_slug(data.get("slug"))
    if not slug:
        raise GuideError(_("missing or invalid slug (lowercase letters, digits and hyphens)"))
    try:
        return _parse_guide(line_number, slug, data)
    except GuideError as error:
        error.slug = slug
        raise


def _parse_guide(line_number, slug, data):
    terms = {}
    for key in ("themes", "sectors"):
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise GuideError(_("%(key)s must be a list of slugs") % {"key": key})
        terms[key] = value
    translations = data.get("translations")
    if not isinstance(translations, dict) or SOURCE_LANGUAGE not in translations:
        raise GuideError(_("missing French translation (translations.fr)"))
    for language, texts in translations.items():
        if language not in LANGUAGES:
            raise GuideError(_("unknown language %(language)r (fr, nl or de)") % {"language": language})
        if not isinstance(texts, dict):
            raise GuideError(_("translations.%(language)s must be an object") % {"language": language})
        for name in ("title", "summary", "body"):
            value = texts.get(name)
            if not isinstance(value, str) or not value.strip():
                raise GuideError(_("missing %(field)s in %(language)s") % {"field": name, "language": language})
        if "slug" in texts:
            if language == SOURCE_LANGUAGE:
                raise GuideError(_("the French page's slug is the guide's slug, given as slug"))
            texts["slug"] = _file_slug(texts["slug"])
            if not texts["slug"]:
                raise GuideError(
                    _("slug in %(language)s must be text made of letters, digits and hyphens") % {"language": language}
                )
        if len(texts["title"]) > TITLE_MAX_LENGTH:
            raise GuideError(
                _("title in %(language)s is longer than %(max)d characters")
                % {"language": language, "max": TITLE_MAX_LENGTH}
            )
        if len(texts["summary"]) > SUMMARY_MAX_LENGTH:
            raise GuideError(
                _("summary in %(language)s is longer than %(max)d characters")
                % {"language": language, "max": SUMMARY_MAX_LENGTH}
            )
    return GuideRecord(line_number, slug, terms["themes"], terms["sectors"], translations, _parse_details(data))


def _parse_details(data):
    """The optional details of a guide present in ``data``, checked: level, last_reviewed, sponsor, related."""
    details = {}
    if "level" in data:
        if data["level"] not in GuidePage.Level.values:
            raise GuideError(_("level must be one of %(levels)s") % {"levels": ", ".join(GuidePage.Level.values)})
        details["level"] = data["level"]
    if "last_reviewed" in data:
        value = data["last_reviewed"]
        try:
            details["last_reviewed"] = None if value is None else datetime.date.fromisoformat(value)
        except (TypeError, ValueError) as error:
            raise GuideError(_("last_reviewed must be a date written YYYY-MM-DD")) from error
    if "sponsor" in data:
        if data["sponsor"] is not None and not isinstance(data["sponsor"], str):
            raise GuideError(_("sponsor must be the name of a sponsor"))
        details["sponsor"] = data["sponsor"] or None
    if "related" in data:
        value = data["related"]
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise GuideError(_("related must be a list of guide slugs"))
        details["related"] = [_file_slug(item) for item in value]
    return details


def without_ids(data):
    """Raw StreamField data with the block ids left out, to compare content."""
    if isinstance(data, list):
        return [without_ids(item) for item in data]
    if isinstance(data, dict):
        return {key: without_ids(value) for key, value in data.items() if key != "id"}
    return data


def texts_of(page):
    """A translated guide's strings but its slug, as saving the translation stores them."""
    return [segment for segment in translated_strings(page) if segment.path != "slug"]


def pks(objects):
    """The set of primary keys of ``objects``: the order of themes and sectors does not matter."""
    return {obj.pk for obj in objects}


def copy_block_ids(source, target, path="body"):
    """Give ``target``'s blocks the ids of ``source``'s blocks at the same place.

    Raises ``GuideError`` when the two do not have the same block structure.
    """
    if isinstance(source, list) and isinstance(target, list):
        if len(source) != len(target) and any(isinstance(item, dict) and "type" in item for item in source + target):
            raise GuideError(
                _("%(path)s has %(found)d block(s) where the French has %(expected)d")
                % {"path": path, "found": len(target), "expected": len(source)}
            )
        for position, (original, translated) in enumerate(zip(source, target, strict=False)):
            copy_block_ids(original, translated, f"{path}[{position + 1}]")
    elif isinstance(source, dict) and isinstance(target, dict):
        if "type" in source and source.get("type") != target.get("type"):
            raise GuideError(
                _("%(path)s is a %(found)s block where the French has a %(expected)s block")
                % {"path": path, "found": target.get("type"), "expected": source.get("type")}
            )
        if "id" in source:
            target["id"] = source["id"]
        for key, value in target.items():
            if key in source and key not in ("id", "type"):
                copy_block_ids(source[key], value, path if key == "value" else f"{path}.{key}")


def reuse_block_ids(previous, new):
    """Keep the ids of unchanged places when a guide is updated (best effort, never fails)."""
    try:
        copy_block_ids(previous, new)
    except GuideError:
        return


def _file_slug(value):
    """A slug of the file as the page's slug: transliterated to ASCII (``protéger`` → ``proteger``); "" if none."""
    return ascii_slug(value) if isinstance(value, str) else ""


def _slug_of(text):
    """The slug of a line, or None: which guides a file holds, before it is imported."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return None
    return _file_slug(data.get("slug")) or None if isinstance(data, dict) else None


def details_of(page, details):
    """``page``'s current value of each detail in ``details``, to compare with them."""
    current = {
        "level": lambda: page.level,
        "last_reviewed": lambda: page.last_reviewed,
        "sponsor": lambda: page.sponsor,
        "related": lambda: [link.guide for link in page.related_guides.all()],
    }
    return {name: current[name]() for name in details}


def set_details(page, details):
    """Give ``page`` the details of its line (the related guides as links in the file's order)."""
    for name, value in details.items():
        if name == "related":
            page.related_guides = [RelatedGuide(guide=guide, sort_order=n) for n, guide in enumerate(value)]
        else:
            setattr(page, name, value)


class GuideImporter:
    def __init__(self, *, publish=False, dry_run=False, user=None):
        self.publish, self.dry_run, self.user = publish, dry_run, user
        self.locales = {locale.language_code: locale for locale in Locale.objects.filter(language_code__in=LANGUAGES)}
        source_locale = self.locales.get(SOURCE_LANGUAGE)
        self.index = source_locale and GuideIndexPage.objects.filter(locale=source_locale).first()
        if self.index is None:
            raise GuideError(_("there is no French guide index page: run `manage.py setup_site` first"))
        self.themes = {theme.slug: theme for theme in Theme.objects.filter(locale=source_locale)}
        self.sectors = {sector.slug: sector for sector in Sector.objects.filter(locale=source_locale)}
        self.sponsors = {sponsor.name: sponsor for sponsor in Sponsor.objects.filter(locale=source_locale)}
        self.file_slugs, self.deferred = set(), []
        self.stream_block = GuidePage._meta.get_field("body").stream_block
        self.report = ImportReport()

    def run(self, lines, on_result=None):
        """Import each line; ``on_result(line, slug, status, message)`` is told about each guide.

        A guide whose related guides come later in the file is imported, then imported again
        with its links once every line has been (and reported then).
        """
        lines = [(number, text) for number, text in enumerate(lines, start=1) if text.strip()]
        self.file_slugs = {slug for _number, text in lines if (slug := _slug_of(text))}
        self.deferred = []
        pending = []
        for line_number, text in lines:
            slug, record = "", None
            try:
                record = parse_line(line_number, text)
                slug = record.slug
                status = self.import_guide(record)
            except GuideError as error:
                self._report(on_result, line_number, slug or error.slug, "failed", str(error))
                continue
            if record in self.deferred and not self.dry_run:
                pending.append((record, status))
            else:
                self._report(on_result, line_number, slug, status)
        self.file_slugs = set()
        for record, first in pending:
            try:
                second = self.import_guide(record)
            except GuideError as error:
                self._report(on_result, record.line, record.slug, "failed", str(error))
                continue
            status = first if first == "created" else ("updated" if "updated" in (first, second) else second)
            self._report(on_result, record.line, record.slug, status)
        return self.report

    def _report(self, on_result, line_number, slug, status, message=""):
        if status == "failed":
            self.report.failed.append((line_number, slug, message))
        else:
            getattr(self.report, status).append(slug)
        if on_result:
            on_result(line_number, slug, status, message)

    def import_guide(self, record):
        """Import one guide in its own transaction; returns created, updated or unchanged."""
        try:
            with transaction.atomic():
                status = self._import_guide(record)
                if self.dry_run:
                    raise _DryRun(status)
        except _DryRun as dry_run:
            return dry_run.args[0]
        return status

    def terms(self, record):
        unknown_themes = [slug for slug in record.themes if slug not in self.themes]
        if unknown_themes:
            raise GuideError(_("unknown theme(s): %(slugs)s") % {"slugs": ", ".join(unknown_themes)})
        unknown_sectors = [slug for slug in record.sectors if slug not in self.sectors]
        if unknown_sectors:
            raise GuideError(_("unknown sector(s): %(slugs)s") % {"slugs": ", ".join(unknown_sectors)})
        return [self.themes[slug] for slug in record.themes], [self.sectors[slug] for slug in record.sectors]

    def details(self, record):
        """The level, review date, sponsor and related guides the line gives, as field values.

        Related guides still to come in the file are left out for now (the record is deferred).
        """
        details = dict(record.details)
        name = details.get("sponsor")
        if name is not None:
            details["sponsor"] = self.sponsors.get(name)
            if details["sponsor"] is None:
                raise GuideError(_("unknown sponsor: %(name)s") % {"name": name})
        if "related" in details:
            slugs = details["related"]
            found = {
                page.slug: page
                for page in GuidePage.objects.child_of(self.index).filter(slug__in=slugs).exclude(slug=record.slug)
            }
            later = self.file_slugs - {record.slug}
            unknown = [slug for slug in slugs if slug not in found and slug not in later]
            if unknown:
                raise GuideError(_("unknown related guide(s): %(slugs)s") % {"slugs": ", ".join(unknown)})
            if any(slug not in found for slug in slugs):
                self.deferred.append(record)
                del details["related"]
            else:
                details["related"] = [found[slug] for slug in slugs]
        return details

    def canonical(self, raw):
        """Raw body data as Wagtail stores it, so that it compares with a saved page."""
        return self.stream_block.get_prep_value(self.stream_block.to_python(raw))

    def _import_guide(self, record):
        themes, sectors = self.terms(record)
        details = self.details(record)
        texts = record.translations[SOURCE_LANGUAGE]
        body = self.canonical(markdown_to_blocks(texts["body"]))
        page = GuidePage.objects.child_of(self.index).filter(slug=record.slug).first()
        changed = False
        if page is None:
            page = GuidePage(title=texts["title"], slug=record.slug, summary=texts["summary"], body=body, live=False)
            page.themes, page.sectors = themes, sectors
            set_details(page, details)
            self.index.add_child(instance=page)
            source = page
            revision = page.save_revision(user=self.user, log_action=True)
            status = "created"
        else:
            source = page.get_latest_revision_as_object()
            wanted = (texts["title"], texts["summary"], without_ids(body), pks(themes), pks(sectors), details)
            current = (
                source.title,
                source.summary,
                without_ids(source.body.get_prep_value()),
                pks(source.themes.all()),
                pks(source.sectors.all()),
                details_of(source, details),
            )
            revision = None
            if wanted != current:
                reuse_block_ids(source.body.get_prep_value(), body)
                source.title, source.summary, source.body = texts["title"], texts["summary"], body
                source.themes, source.sectors = themes, sectors
                set_details(source, details)
                revision = source.save_revision(user=self.user, log_action=True)
                changed = True
            status = "updated" if changed else "unchanged"
        if self.publish and (revision or not page.live or page.has_unpublished_changes):
            (revision or page.get_latest_revision()).publish(user=self.user)
            source = GuidePage.objects.get(pk=page.pk)
            changed = changed or status == "unchanged"
        source_body = source.body.get_prep_value()
        for language in LANGUAGES[1:]:
            if language in record.translations:
                changed |= self.translate(source, source_body, language, record.translations[language], status)
        if status == "unchanged" and changed:
            status = "updated"
        return status

    def translate(self, source, source_body, language, texts, status):
        """Record ``texts`` as the ``language`` translation of ``source``; True when something changed."""
        locale = self.locales[language]
        body = self.canonical(markdown_to_blocks(texts["body"]))
        try:
            copy_block_ids(source_body, body)
        except GuideError as error:
            raise GuideError(
                _("%(language)s does not have the French block structure: %(error)s")
                % {"language": language, "error": error}
            ) from error
        # The file's slug names the guide in every language (API clients and partner sites find the Dutch and
        # German pages by the same identifier as the French one), unless the file gives this language its own.
        slug = texts.get("slug") or source.slug
        copy = translated_copy(source, title=texts["title"], slug=slug, summary=texts["summary"], body=body)
        copy.seo_title, copy.search_description = source.seo_title, source.search_description
        target = source.get_translation_or_none(locale)
        if target is not None and status == "unchanged":
            # Compared as saving stores them: a translation's text goes through wagtail-localize's
            # segments, which spell `"` where the Markdown renderer wrote `&quot;`.
            # The slug may have been given a suffix to be unique under its parent.
            latest = target.get_latest_revision_as_object()
            same = texts_of(latest) == texts_of(copy) and re.match(rf"^{re.escape(slug)}(-\d+)?$", latest.slug)
            if same:
                if self.publish and (not target.live or target.has_unpublished_changes):
                    target.get_latest_revision().publish(user=self.user)
                    return True
                return False
        try:
            save_translation(source, locale, copy, publish=self.publish, user=self.user)
        except StructureMismatch as error:
            raise GuideError(
                _("%(language)s does not have the French block structure: %(error)s")
                % {"language": language, "error": error}
            ) from error
        return True
