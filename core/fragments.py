"""Fragments of the visitor's pages kept in the default cache, and the one way they are invalidated.

Every page repeats parts that change only when an editor publishes something: the main menu, the
breadcrumbs, the footer's links, the language switcher, the home page's sections and logos.
Rendering them from the database costs most of a page's queries, so they are kept in the
default cache (local memory, or Redis in production) under keys that name what the fragment shows
(the language, the site, the page…) and the **content version**.

The content version is one number in the default cache. Publishing, unpublishing, moving or deleting a
page, saving or deleting a snippet (theme, sector, sponsor, partner, venue…), a main-menu item, an
image, a view restriction, a site or a locale sets a new one (``connect()`` wires the signals), so every
fragment key changes at once and the next request computes the fragments again; the old ones expire.
Fragments that also depend on the date or the time (sponsors whose contract runs today, the next
seminars) put the day in their key or expire when what they show would change.

A request reads the version once (``version(request)``). When the cache does not answer, every read is
a miss: the pages are computed from the database, as without this module.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

VERSION_KEY = "content-version"
# How long a fragment lives at most (seconds): a fragment of an older version is never read again.
TIMEOUT = 24 * 60 * 60
REQUEST_ATTRIBUTE = "_content_version"


def media_timeout():
    """How long a fragment with media addresses may live: within the life of S3's signed addresses."""
    options = settings.STORAGES["default"].get("OPTIONS", {})
    if options.get("querystring_auth"):
        return max(1, min(TIMEOUT, int(options.get("querystring_expire", 3600)) // 2))
    return TIMEOUT


# Besides snippets: models whose rows a visitor's page shows, saved on their own (not with a page).
SAVED_MODELS = {"home.homemenuitem", "wagtailimages.image"}
# Rows of these models are written by visitors or by the system while pages are read, not by editors:
# they show on no cached fragment, and bumping on them would empty the caches at each visit.
IGNORED_MODELS = {"rendition", "registration", "diagnosticresult", "uploadedimage"}


def version(request=None):
    """The current content version, read once per request (and set on first use)."""
    if request is not None and hasattr(request, REQUEST_ATTRIBUTE):
        return getattr(request, REQUEST_ATTRIBUTE)
    current = cache.get(VERSION_KEY)
    if current is None:
        current = time.time_ns()
        cache.add(VERSION_KEY, current, None)
    if request is not None:
        setattr(request, REQUEST_ATTRIBUTE, current)
    return current


def bump(**kwargs):
    """Set a new content version: every fragment cached so far is stale."""
    cache.set(VERSION_KEY, time.time_ns(), None)


def key(name, *parts, request=None):
    """The cache key of fragment ``name`` showing ``parts`` (language, site, page…) in the current version."""
    digest = hashlib.md5(repr(parts).encode(), usedforsecurity=False).hexdigest()
    return f"fragment:{name}:{version(request)}:{digest}"


def get_or_compute(name, parts, compute, request=None, timeout=TIMEOUT):
    """The cached value of fragment ``name`` for ``parts``, else ``compute()``, stored for ``timeout`` seconds.

    ``compute`` may return ``(value, timeout)`` through ``Expiring`` to expire sooner.
    """
    fragment_key = key(name, *parts, request=request)
    value = cache.get(fragment_key)
    if value is not None:
        return value
    value = compute()
    if isinstance(value, Expiring):
        value, timeout = value.value, max(1, min(timeout, value.timeout))
    cache.set(fragment_key, value, timeout)
    return value


class Expiring:
    """A computed fragment that must expire within ``timeout`` seconds (what it shows depends on the time)."""

    def __init__(self, value, timeout):
        self.value, self.timeout = value, timeout


def _content_saved(sender, **kwargs):
    """A snippet, image, menu item, view restriction, site or locale saved: a new version. Pages (and the
    rows saved with them) count when they are published, unpublished, moved or deleted."""
    from wagtail.snippets.models import get_snippet_models

    meta = sender._meta
    if issubclass(sender, Page) or meta.model_name in IGNORED_MODELS:
        return
    if (
        sender in get_snippet_models()
        or f"{meta.app_label}.{meta.model_name}" in SAVED_MODELS
        or issubclass(sender, (PageViewRestriction, Site, Locale))
    ):
        bump()


def _content_deleted(sender, **kwargs):
    if issubclass(sender, Page):
        bump()
    else:
        _content_saved(sender, **kwargs)


def connect():
    """Set a new content version whenever published content changes (called once, from ``CmsConfig.ready``)."""
    for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
        signal.connect(bump, dispatch_uid=f"core.fragments.bump.{id(signal)}")
    post_save.connect(_content_saved, dispatch_uid="core.fragments.saved")
    post_delete.connect(_content_deleted, dispatch_uid="core.fragments.deleted")
