"""Links from pages to translatable snippets and to chosen pages, shown in the page's language.

wagtail-localize synchronises a page's links (``SynchronizedField``): the Dutch
and German versions of a guide keep the French page's links to its themes,
sectors and related guides, a seminar's to its venue, a testimonial's to its
sector. Nothing rewrites them on save. Each page shows, at display time, the
version of each linked object in its own language:

- a theme, sector or venue: its translation a reviewer published; without
  one, the linked (French) object — an unreviewed Dutch name is never shown;
- a chosen page: its live translation any visitor can open; without one, the
  link is left out.

Why synchronised rather than ``TranslatableField`` (which ``SponsorPage`` and
``sponsors.models.SponsoredPage`` use for sponsors): themes, sectors and venues
have drafts, and wagtail-localize would point a Dutch page at the Dutch term
when the page is synced, whether a reviewer published that term or not — the
unreviewed name would show; it has no ``TranslatableField`` for many-to-many
fields or chosen pages either. Sponsors have no drafts, so they are translated.

This module is the one way to do it. A page class declares
``localized_<relation> = Localized("<relation>")``; templates, the API's
serialisers (``taxonomy.serializers``), the search index and feeds read those
attributes; listings fill them for a whole page of items at once with
``localize_links(pages)`` (one query per linked model and language, one for
the privacy of chosen pages), and ``LocalizedLinksMixin`` does so for the
API's listings.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from wagtail.models import DraftStateMixin, Page


def localized_map(objects, locale):
    """The version of each translatable object to show in ``locale``, keyed by ``(model, pk)``: one query per model.

    The published translation in ``locale``; without one, the object itself
    (the French term a page links to). A link to an unpublished object of
    ``locale`` (a link saved before links stayed on the source) shows its
    published source-language version. Pages are mapped the same way, without
    the prefetches of their model's manager.
    """
    by_model = defaultdict(list)
    for obj in objects:
        if obj is not None:
            by_model[type(obj)].append(obj)
    result = {}
    for model, items in by_model.items():
        draftable = issubclass(model, DraftStateMixin)

        def as_is(obj, draftable=draftable):
            return obj.locale_id == locale.pk and (obj.live or not draftable)

        keys = {obj.translation_key for obj in items if not as_is(obj)}
        in_locale, in_source = {}, {}
        if keys:
            versions = model.objects.filter(translation_key__in=keys).filter(
                Q(locale=locale) | Q(locale__language_code=settings.LANGUAGE_CODE)
            )
            if issubclass(model, Page):
                versions = versions.prefetch_related(None)
            if draftable:
                versions = versions.filter(live=True)  # a translation not yet reviewed is not shown
            for version in versions:
                (in_locale if version.locale_id == locale.pk else in_source)[version.translation_key] = version
        for obj in items:
            if as_is(obj):
                shown = obj
            elif obj.translation_key in in_locale:
                shown = in_locale[obj.translation_key]
            elif obj.locale_id != locale.pk:
                shown = obj
            else:
                shown = in_source.get(obj.translation_key, obj)
            result[(model, obj.pk)] = shown
    return result


def _visible_pages(pages, locale, private=None):
    """``{(model, pk): page}``: the live translation in ``locale`` of each page any visitor can open.

    ``private`` maps page ids whose privacy is already known (prefetched) to it;
    the others are looked up in one query.
    """
    private = private or {}
    mapping = localized_map(pages, locale)
    shown = {
        key: page for key, page in mapping.items() if page is not None and page.locale_id == locale.pk and page.live
    }
    unknown = {page.pk for page in shown.values() if page.pk not in private}
    if unknown:
        public = set(Page.objects.filter(pk__in=unknown).public().values_list("pk", flat=True))
        private = {**private, **{pk: pk not in public for pk in unknown}}
    return {key: page for key, page in shown.items() if not private[page.pk]}


def localized_pages(pages, locale):
    """The live translation in ``locale`` of each chosen page any visitor can open, in order; others left out."""
    visible = _visible_pages(pages, locale)
    return [visible[(type(page), page.pk)] for page in pages if (type(page), page.pk) in visible]


class Localized:
    """A page attribute: the objects of one of its links, in the page's language.

    ``Localized("themes")`` (many-to-many) gives a list, ``Localized("sector")``
    (foreign key) an object or None, both mapped by ``localized_map``;
    ``Localized("related_guides", page="guide")`` (orderables whose ``guide``
    is a page) the list of the chosen pages a visitor can open, in order. Links
    prefetched with a ``<page>_is_private`` annotation cost no privacy query.
    The first read fills every ``Localized`` attribute of the page.
    """

    def __init__(self, relation, page=None):
        self.relation, self.page = relation, page

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        localize_links(instance.__dict__.get("_localized_with", [instance]))
        return instance.__dict__[self.name]

    def linked(self, instance):
        value = getattr(instance, self.relation)
        if self.page:
            return [link for link in value.all() if getattr(link, f"{self.page}_id")]
        return list(value.all()) if hasattr(value, "all") else value


def localized_attributes(model):
    """The ``Localized`` attributes of a page class, by name."""
    found = {}
    for klass in reversed(model.__mro__):
        for name, value in vars(klass).items():
            if isinstance(value, Localized):
                found[name] = value
    return found


def localized(instance, relation):
    """The objects of ``relation`` shown on ``instance``, as a list (its ``Localized`` attribute); None without."""
    for name, attribute in localized_attributes(type(instance)).items():
        if attribute.relation == relation:
            value = getattr(instance, name)
            return value if isinstance(value, list) else [value] if value is not None else []
    return None


def localize_links(pages):
    """Fill the ``Localized`` attributes of ``pages`` (any types and languages) in bulk; returns them as a list.

    One query per linked model and language, plus one for the privacy of chosen
    pages not prefetched with it, whatever the number of pages.
    """
    pages = list(pages)
    by_locale = defaultdict(list)
    for page in pages:
        todo = [attr for name, attr in localized_attributes(type(page)).items() if name not in page.__dict__]
        if todo:
            by_locale[page.locale_id].append((page, todo))
    for group in by_locale.values():
        locale = group[0][0].locale
        linked = {}
        objects, chosen, private = [], [], {}
        for page, todo in group:
            for attr in todo:
                linked[(id(page), attr.name)] = value = attr.linked(page)
                if attr.page:
                    for link in value:
                        target = getattr(link, attr.page)
                        chosen.append(target)
                        if hasattr(link, f"{attr.page}_is_private"):
                            private[target.pk] = getattr(link, f"{attr.page}_is_private")
                elif isinstance(value, list):
                    objects.extend(value)
                else:
                    objects.append(value)
        mapping = localized_map(objects, locale)
        visible = _visible_pages(chosen, locale, private) if chosen else {}
        for page, todo in group:
            for attr in todo:
                value = linked[(id(page), attr.name)]
                if attr.page:
                    targets = [getattr(link, attr.page) for link in value]
                    shown = [visible[(type(t), t.pk)] for t in targets if (type(t), t.pk) in visible]
                elif isinstance(value, list):
                    shown = [mapping[(type(obj), obj.pk)] for obj in value]
                else:
                    shown = mapping.get((type(value), value.pk)) if value is not None else None
                page.__dict__[attr.name] = shown
    return pages


class LocalizedLinksMixin:
    """A page type whose ``Localized`` links the API's listings fill in bulk (``core.endpoints``).

    Only when a field reads them: the first read fills them for the whole page of results
    (a listing of titles only, whose links are not prefetched, asks nothing).
    """

    @classmethod
    def prepare_api_listing(cls, pages):
        pages = list(pages)
        for page in pages:
            page.__dict__["_localized_with"] = pages
        return pages


def links_back_to_source(apps, label, many_to_many=(), foreign_keys=(), page_links=()):
    """For data migrations: point the links of every ``label`` object at the source-language version of each object.

    Dutch and German pages used to be saved with links to the Dutch and German
    terms and pages; they now keep the French ones, as wagtail-localize
    synchronises them, and show the translations at display time.
    ``many_to_many`` and ``foreign_keys`` name fields to translatable snippets;
    ``page_links`` are ``(orderable label, field)`` pairs whose ``field`` is a
    page. A link whose object has no source-language version is left alone.
    Uses the historical models of ``apps``.
    """
    locale = apps.get_model("wagtailcore", "Locale").objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if locale is None:
        return
    model = apps.get_model(label)

    def source_ids(target, keys):
        return dict(
            target.objects.filter(locale=locale, translation_key__in=keys).values_list("translation_key", "pk")
        )

    for name in many_to_many:
        field = model._meta.get_field(name)
        through, own, other = field.remote_field.through, field.m2m_field_name(), field.m2m_reverse_field_name()
        rows = list(
            through.objects.exclude(**{f"{other}__locale": locale}).values_list(
                "pk", f"{own}_id", f"{other}_id", f"{other}__translation_key"
            )
        )
        found = source_ids(field.related_model, {row[3] for row in rows})
        existing = set(
            through.objects.filter(**{f"{own}_id__in": {row[1] for row in rows}}).values_list(
                f"{own}_id", f"{other}_id"
            )
        )
        for pk, owner, _linked, key in rows:
            if key not in found:
                continue
            if (owner, found[key]) in existing:
                through.objects.filter(pk=pk).delete()  # the page links the source version already
            else:
                through.objects.filter(pk=pk).update(**{f"{other}_id": found[key]})
                existing.add((owner, found[key]))
    for name in foreign_keys:
        field = model._meta.get_field(name)
        rows = list(
            model.objects.exclude(**{f"{name}__locale": locale})
            .exclude(**{f"{name}__isnull": True})
            .values_list("pk", f"{name}__translation_key")
        )
        found = source_ids(field.related_model, {key for _pk, key in rows})
        for pk, key in rows:
            if key in found:
                model.objects.filter(pk=pk).update(**{f"{name}_id": found[key]})
    for link_label, name in page_links:
        link_model = apps.get_model(link_label)
        field = link_model._meta.get_field(name)
        rows = list(
            link_model.objects.exclude(**{f"{name}__locale": locale}).values_list("pk", f"{name}__translation_key")
        )
        found = source_ids(field.related_model, {key for _pk, key in rows})
        for pk, key in rows:
            if key in found:
                link_model.objects.filter(pk=pk).update(**{f"{name}_id": found[key]})
