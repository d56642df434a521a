"""The full-page cache of the visitor site: anonymous GETs served from the cache, purged on publish.

``PageCacheMiddleware`` keeps the HTML an anonymous visitor receives in the ``pagecache`` cache (Redis in
production, local memory under ``make run``) for ``PAGE_CACHE_SECONDS`` (0: off) and answers the next
visitor of the same address from it. Every response it sees says ``X-Cache: hit`` (from the cache),
``miss`` (rendered, now kept) or ``skip`` (never kept: see below).

Never kept, never served from the cache:

- any request with a session (a signed-in editor, a visitor who unlocked a password-protected page) or
  pending messages, a preview (Wagtail renders it through the middleware with a dummy request), the
  admin, the API and the documents (``PAGE_CACHE_SKIPPED_PATHS``), ``/`` (it negotiates the language);
- anything but a GET answered 200 (POST, 404, redirects, errors), a streamed response;
- a response that sets a cookie or used the CSRF token (the seminar registration form, the diagnostic's
  forms, a page's password form), or that forbids shared caching (``Cache-Control: private``,
  ``no-store``…: the diagnostic result behind its private link), or that varies on a request header
  other than ``Cookie`` and ``Accept-Encoding``;
- a page with view restrictions, and the views in ``PAGE_CACHE_SKIPPED_VIEWS`` (search, the report
  form's page: the settings say why).

Purge. An entry's key holds two *generations*, one of the first path segment (``/fr/``: a language) and
one of the path, each a random token kept in the cache; a purge deletes the token, so every entry of
that path (whatever its query string) or of that language stops matching at once, without listing
them. A response rendered while a purge happened is stored under the token it read before, which
nobody asks for any more: a publication is never undone by a slow request. Purges run after the
transaction commits.

There is one purge path: the local cache is a ``wagtail.contrib.frontend_cache`` backend
(``PageCacheBackend``, in ``WAGTAILFRONTENDCACHE``), so the URLs Wagtail purges on publish and
unpublish, and the ones this module adds, reach a CDN and the local cache in the same event. This
module adds, after publishing, unpublishing, moving or deleting a page: its translations (their
language switcher), its ancestors (listings, the home page), the pages that link to it (Wagtail's
reference index) and the lists of ``PAGE_CACHE_LISTS`` (the feed); and after publishing a snippet of
``PAGE_CACHE_SNIPPETS``: the pages that reference it and their parents, or, for a snippet shown on
every page (the footer's partners and sponsors), every page of its language. A page every page
shows (``PAGE_CACHE_SITEWIDE_PAGES``: the home page and its menu, the footer's content pages), a page
with children (their breadcrumbs), a page in the menu and a change of view restrictions purge every page
of the language. A language-wide purge is local: a CDN receives the precise URLs only.

The cache key is the path and query string, without the host: the product serves one Wagtail site.
"""

import hashlib
import logging
import uuid
from urllib.parse import unquote, urlsplit

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.http import HttpResponse
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.cache import cc_delim_re
from wagtail import hooks
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import DraftStateMixin, Page, PageViewRestriction, ReferenceIndex
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move, published, unpublished

from core import fragments

logger = logging.getLogger(__name__)

CACHE_ALIAS = "pagecache"
HEADER = "X-Cache"
# Request headers a kept response may vary on: the visitors it is served to have no cookie that matters.
HARMLESS_VARY = {"cookie", "accept-encoding"}
# Cache-Control directives that forbid a shared cache to keep the response.
PRIVATE_DIRECTIVES = {"private", "no-store", "no-cache", "max-age=0"}
# Headers not stored with a page (the cache's own, and the cookies a kept page never sets).
UNSTORED_HEADERS = {HEADER.lower(), "set-cookie"}


def _digest(text):
    return hashlib.sha256(text.encode()).hexdigest()[:40]


def _language_key(path):
    return "pagecache:section:" + _digest(path.split("/")[1] if path.count("/") > 1 else "")


def _path_key(path):
    return "pagecache:path:" + _digest(path)


def _generation(cache, path, seconds):
    """The generation tokens of ``path`` (its language's and its own), or None while the cache is down.

    A token lives as long as a page (``seconds``): any address a visitor or a robot asks for gets one, and
    tokens that never expired would fill the cache. A token that expires is replaced by a new one, which
    only costs the pages kept under the old one a render.
    """
    keys = [_language_key(path), _path_key(path)]
    tokens = cache.get_many(keys)
    missing = [key for key in keys if key not in tokens]
    if missing:
        for key in missing:
            cache.add(key, uuid.uuid4().hex, seconds)
        tokens.update(cache.get_many(missing))
        if any(key not in tokens for key in keys):
            return None
    return ".".join(tokens[key] for key in keys)


def page_cache():
    """The ``pagecache`` cache, or None where the settings define none (a test's own ``CACHES``)."""
    return caches[CACHE_ALIAS] if CACHE_ALIAS in settings.CACHES else None


def purging():
    """Whether publications purge anything: the page cache is on, or a cache in front is configured."""
    return bool(settings.PAGE_CACHE_SECONDS) or any(
        name != CACHE_ALIAS for name in getattr(settings, "WAGTAILFRONTENDCACHE", {})
    )


def request_is_cacheable(request):
    """Whether this request may be answered from the cache (and its answer kept)."""
    path = request.path_info
    return (
        request.method in ("GET", "HEAD")
        and path != "/"
        and not path.startswith(tuple(settings.PAGE_CACHE_SKIPPED_PATHS))
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and not getattr(request, "is_dummy", False)
        and not getattr(request, "is_preview", False)
    )


def response_is_cacheable(request, response):
    """Whether this response to a cacheable request may be kept for the next anonymous visitor."""
    if (
        request.method != "GET"
        or response.status_code != 200
        or response.streaming
        # A page that used the CSRF token sets (or renews) the CSRF cookie: Django 5 keeps no other trace.
        or response.cookies
        or getattr(request, "page_cache_private", False)
        or getattr(request, "is_preview", False)
    ):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    match = getattr(request, "resolver_match", None)
    if match is not None and match.view_name in settings.PAGE_CACHE_SKIPPED_VIEWS:
        return False
    directives = {d.strip().lower().replace(" ", "") for d in cc_delim_re.split(response.get("Cache-Control", ""))}
    if directives & PRIVATE_DIRECTIVES:
        return False
    vary = {h.strip().lower() for h in cc_delim_re.split(response.get("Vary", "")) if h.strip()}
    return vary <= HARMLESS_VARY


class PageCacheMiddleware:
    """Anonymous GETs of the visitor site answered from the ``pagecache`` cache (see the module).

    It sits before the session, CSRF and message middleware, so that it sees the cookies they set; the
    security headers (Content-Security-Policy…) are added around it, on a hit as on a miss.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        cache = page_cache()
        if not seconds or cache is None:
            return self.get_response(request)
        if not request_is_cacheable(request):
            return self.skipped(self.get_response(request))
        generation = _generation(cache, request.path, seconds)
        if generation is None:  # the cache does not answer: serve without it
            return self.skipped(self.get_response(request))
        key = f"pagecache:page:{generation}:{_digest(request.get_full_path())}"
        entry = cache.get(key)
        if entry is not None:
            content, headers = entry
            response = HttpResponse(content, headers=headers)
            response[HEADER] = "hit"
            return response
        response = self.get_response(request)
        if not response_is_cacheable(request, response):
            return self.skipped(response)
        headers = {name: value for name, value in response.items() if name.lower() not in UNSTORED_HEADERS}
        cache.set(key, (response.content, headers), seconds)
        response[HEADER] = "miss"
        return response

    @staticmethod
    def skipped(response):
        response[HEADER] = "skip"
        return response


@hooks.register("before_serve_page")
def mark_private_pages(page, request, serve_args, serve_kwargs):
    """A page behind a view restriction is never kept, even when the visitor may see it.

    (Its password form or login redirect would not be kept anyway: this holds whatever the restriction
    answers.) Looked up on a page the cache may keep only, and kept until the next publish or change of view
    restrictions (``core.fragments``).
    """
    if settings.PAGE_CACHE_SECONDS and request_is_cacheable(request):
        request.page_cache_private = fragments.get_or_compute(
            "private", (page.pk, page.path), lambda: bool(page.get_view_restrictions()), request=request
        )


class PageCacheBackend(BaseBackend):
    """The page cache as a ``wagtail.contrib.frontend_cache`` backend: purging a URL purges its path
    (every query string of it)."""

    def purge(self, url):
        cache = page_cache()
        if cache is not None:
            cache.delete(_path_key(unquote(urlsplit(url).path)))


def purge_language(language_code):
    """Every page of one language (its first path segment) leaves the page cache."""
    cache = page_cache()
    if cache is not None:
        cache.delete(_language_key(f"/{language_code}/"))


def purge(urls=(), languages=()):
    """After the transaction commits: the URLs through every front-end cache backend (this one
    included), then every page of ``languages`` from the local cache."""
    urls, languages = set(urls), set(languages)

    def run():
        if urls:
            PurgeBatch(urls).purge()
        for code in languages:
            purge_language(code)

    if urls or languages:
        transaction.on_commit(run)


# What a publication changes on other pages: the rules of the module's docstring.


def _page_urls(pages):
    urls = set()
    batch = PurgeBatch()
    for page in pages:
        batch.add_page(page)
    urls.update(batch.urls)
    return urls


def _list_urls(language_code):
    urls = set()
    with translation.override(language_code):
        for name in settings.PAGE_CACHE_LISTS:
            try:
                urls.add(settings.BASE_URL + reverse(name))
            except NoReverseMatch:
                continue
    return urls


def _referencing_pages(obj):
    """The pages whose content references ``obj`` (Wagtail's reference index), and whether a link every
    page shows (the header's menu, ``PAGE_CACHE_SITEWIDE_RELATIONS``) does."""
    page_type = ContentType.objects.get_for_model(Page)
    relations = tuple(f"{name}." for name in settings.PAGE_CACHE_SITEWIDE_RELATIONS)
    page_ids = set()
    sitewide = False
    for reference in ReferenceIndex.get_references_to(obj).filter(base_content_type=page_type):
        page_ids.add(int(reference.object_id))
        sitewide = sitewide or reference.model_path.startswith(relations)
    # The index leaves many-to-many fields out (a guide's themes): the pages' own relations to ``obj``.
    for relation in obj._meta.related_objects:
        if issubclass(relation.related_model, Page):
            page_ids.update(
                relation.related_model.objects.filter(**{relation.field.name: obj}).values_list("pk", flat=True)
            )
    return list(Page.objects.filter(pk__in=page_ids).specific(defer=True)), sitewide


def page_changes(page, *, sitewide=False):
    """The URLs and languages a publication (or unpublication, move, deletion) of ``page`` makes stale."""
    page = page.specific_deferred
    code = page.locale.language_code
    labels = {label.lower() for label in settings.PAGE_CACHE_SITEWIDE_PAGES}
    # A menu or a page of another language may link to a translation and show this one (the menu shows
    # the linked page in its own language): the references to every translation count.
    referencing, in_menu = [], False
    for version in [page, *page.get_translations()]:
        found, in_a_menu = _referencing_pages(version)
        referencing += found
        in_menu = in_menu or in_a_menu
    sitewide = sitewide or in_menu or page._meta.label_lower in labels or page.get_children().exists()
    pages = [page, *page.get_translations(), *page.get_ancestors().filter(depth__gt=1), *referencing]
    urls = _page_urls(pages) | _list_urls(code)
    return urls, ({code} if sitewide else set())


def snippet_changes(obj):
    """The URLs and languages a publication (or save, or deletion) of a snippet shown on pages makes stale."""
    code = obj.locale.language_code if hasattr(obj, "locale") else None
    if obj._meta.label_lower in {label.lower() for label in settings.PAGE_CACHE_SITEWIDE_SNIPPETS}:
        return set(), {code} if code else {lang for lang, _name in settings.LANGUAGES}
    # A page of one language may show the translation of a snippet it links to in another (synchronised
    # fields): the pages that reference any of its translations.
    pages, sitewide = [], False
    for version in obj.get_translations(inclusive=True) if hasattr(obj, "get_translations") else [obj]:
        found, in_menu = _referencing_pages(version)
        pages += found
        sitewide = sitewide or in_menu
    parents = [page.get_parent() for page in pages if page.depth > 2]
    return _page_urls([*pages, *parents]), ({code} if sitewide and code else set())


def _snippet_models():
    models = []
    for label in [*settings.PAGE_CACHE_SNIPPETS, *settings.PAGE_CACHE_SITEWIDE_SNIPPETS]:
        try:
            models.append(apps.get_model(label))
        except LookupError:
            continue
    return tuple(models)


def on_page_changed(sender, instance, **kwargs):
    # Also sent for a live page about to be deleted (Wagtail's pre_delete handler): its URL is still known.
    if purging():
        purge(*page_changes(instance))


# What a page's move makes stale at its old address, from pre_page_move to post_page_move (page id → changes).
_before_move = {}


def on_page_moving(sender, instance, **kwargs):
    if purging():
        _before_move[instance.pk] = page_changes(instance)


def on_page_moved(sender, instance, **kwargs):
    urls, languages = _before_move.pop(instance.pk, (set(), set()))
    if not purging():
        return
    new_urls, new_languages = page_changes(instance)
    # Its descendants moved with it (their old addresses are gone) and its breadcrumbs changed: every
    # page of its language is purged.
    purge(urls | new_urls, languages | new_languages | {instance.locale.language_code})


def on_restriction_changed(sender, instance, **kwargs):
    # A restriction covers the page and every page below it.
    if not purging():
        return
    try:
        page = instance.page
    except Page.DoesNotExist:
        return
    purge(_page_urls([page]), {page.locale.language_code})


def on_snippet_published(sender, instance, **kwargs):
    if not purging():
        return
    if isinstance(instance, _snippet_models()):
        purge(*snippet_changes(instance))


def on_snippet_saved(sender, instance, **kwargs):
    if not purging():
        return
    # Snippets without drafts are live as soon as they are saved.
    if isinstance(instance, _snippet_models()) and not isinstance(instance, DraftStateMixin):
        purge(*snippet_changes(instance))


def on_snippet_deleted(sender, instance, **kwargs):
    if not purging():
        return
    if isinstance(instance, _snippet_models()) and not isinstance(instance, Page):
        purge(*snippet_changes(instance))


def connect():
    """Connect the purges (``cms.apps.CmsConfig.ready``)."""
    page_published.connect(on_page_changed, dispatch_uid="pagecache-page-published")
    page_unpublished.connect(on_page_changed, dispatch_uid="pagecache-page-unpublished")
    pre_page_move.connect(on_page_moving, dispatch_uid="pagecache-page-moving")
    post_page_move.connect(on_page_moved, dispatch_uid="pagecache-page-moved")
    for signal, uid in ((post_save, "saved"), (post_delete, "deleted")):
        signal.connect(on_restriction_changed, sender=PageViewRestriction, dispatch_uid=f"pagecache-restr-{uid}")
    published.connect(on_snippet_published, dispatch_uid="pagecache-snippet-published")
    unpublished.connect(on_snippet_published, dispatch_uid="pagecache-snippet-unpublished")
    post_save.connect(on_snippet_saved, dispatch_uid="pagecache-snippet-saved")
    pre_delete.connect(on_snippet_deleted, dispatch_uid="pagecache-snippet-deleted")
