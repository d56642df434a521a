"""Rate limits: who a request comes from, how much of each kind it may send, and the 429 answers.

One counter for everything: django-ratelimit's fixed windows in the default cache (Redis when
``REDIS_URL`` is set, so every process and server shares them; each process's memory otherwise).
The limits are ``settings.RATE_LIMITS`` (one environment variable each, see the README):

- the API plugs them in as its DRF throttle (``REST_FRAMEWORK["DEFAULT_THROTTLE_CLASSES"]``):
  reads, searches and writes each have their own rate, per client address;
- the site's forms call :func:`limit` (the diagnostic's submission, the result page's e-mail and
  contact form, the search page); the forms of Wagtail's that anyone may post (a password-protected
  page's password, the admin's password reset) are wrapped in :func:`limit_posts` (cms/urls.py);
- the admin login is guarded by django-axes (failed attempts are kept in the database, so a lockout
  holds across processes and survives a cache outage); it identifies clients with the same
  :func:`client_ip` and answers with the same page.

A client is its address: ``REMOTE_ADDR``, or, behind proxies listed in ``TRUSTED_PROXIES``, the
address they forwarded. ``X-Forwarded-For`` is never trusted otherwise (anyone can send it).
When the cache fails the limits are not applied (``RATELIMIT_FAIL_OPEN``): a cache outage
degrades the site, it never refuses every visitor.
"""

import functools
import ipaddress
import logging
import math
import time

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import ngettext, ngettext_lazy
from django_ratelimit import core as ratelimit_core
from django_ratelimit.core import get_usage
from django_ratelimit.exceptions import Ratelimited
from redis.exceptions import RedisError
from rest_framework.exceptions import APIException, Throttled
from rest_framework.permissions import SAFE_METHODS
from rest_framework.throttling import BaseThrottle

from core.cache import ResilientRedisCache, _fails_as

logger = logging.getLogger(__name__)

UNKNOWN_CLIENT = "0.0.0.0"


@functools.cache
def _networks(proxies):
    return tuple(ipaddress.ip_network(proxy.strip(), strict=False) for proxy in proxies if proxy.strip())


def _address(value):
    try:
        return ipaddress.ip_address(value.strip())
    except ValueError:
        return None


def client_ip(request):
    """The client's address: ``REMOTE_ADDR``, unless that is a trusted proxy.

    Behind trusted proxies (``TRUSTED_PROXIES``: addresses or networks), ``X-Forwarded-For`` is
    read from the right — each proxy appends the address it received the request from — and the
    first address that is not a trusted proxy is the client. What a client writes itself into the
    header stays on the left and is never reached.
    """
    remote = _address(request.META.get("REMOTE_ADDR", ""))
    if remote is None:
        return UNKNOWN_CLIENT
    networks = _networks(tuple(settings.TRUSTED_PROXIES))
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    hops = [_address(hop) for hop in reversed(forwarded.split(","))] if forwarded else []
    client = remote
    for hop in hops:
        if not any(client in network for network in networks):
            break
        if hop is None:  # not an address: whatever sent it was not one of our proxies
            break
        client = hop
    return str(client)


def _wait(seconds):
    return max(1, math.ceil(seconds))


class RateLimited(Ratelimited):
    """A site request over its limit; ``wait`` is the number of seconds until the window ends."""

    def __init__(self, wait):
        super().__init__()
        self.wait = _wait(wait)


def usage(request, scope, key="ip", increment=True):
    """Count this request in ``scope``'s window for ``key`` (the client's address by default).

    ``None`` when the cache cannot count: django-ratelimit then lets the request through
    (``RATELIMIT_FAIL_OPEN``), but Django's Redis backend raises instead of failing the count.
    """
    try:
        cache = caches[getattr(settings, "RATELIMIT_USE_CACHE", "default")]
        if increment and key == "ip" and isinstance(cache, RedisCache):
            return _redis_usage(cache, request, scope)
        return get_usage(request, group=scope, key=key, rate=settings.RATE_LIMITS[scope], increment=increment)
    except (RedisError, OSError):
        logger.warning("Rate limit %s not applied: the cache cannot count", scope, exc_info=True)
        return None


def _count(cache, key, timeout):
    """The window's counter created if absent and incremented, in one round trip to Redis.

    django-ratelimit's ``get_usage`` takes two or three (``add``, then ``incr``, which Django's
    backend does as ``EXISTS`` + ``INCRBY``) for every request the API answers. The counter is the
    same key and the same integer, so both ways count together.
    """
    key = cache.make_and_validate_key(key)
    with cache._cache.get_client(key, write=True).pipeline(transaction=False) as pipeline:
        pipeline.set(key, 0, ex=timeout, nx=True)
        pipeline.incr(key)
        return pipeline.execute()[1]


def _no_count(*args, **kwargs):
    return None


# On the project's Redis cache, a Redis that failed moments ago is not asked again (core/cache.py).
_resilient_count = _fails_as(_no_count)(_count)


def _redis_usage(cache, request, scope):
    """What ``get_usage(request, group=scope, key="ip", increment=True)`` answers, counted by :func:`_count`."""
    if not getattr(settings, "RATELIMIT_ENABLE", True):
        return None
    rate = settings.RATE_LIMITS[scope]
    limit_, period = ratelimit_core._split_rate(rate)
    value = ratelimit_core._get_ip(request)  # client_ip (RATELIMIT_IP_META_KEY), IPv6 by its /64
    window = ratelimit_core._get_window(value, period)
    key = ratelimit_core._make_cache_key(scope, window, rate, value, ratelimit_core.ALL)
    timeout = period + ratelimit_core.EXPIRATION_FUDGE
    count = (_resilient_count if isinstance(cache, ResilientRedisCache) else _count)(cache, key, timeout)
    if count is None:
        return None  # RATELIMIT_FAIL_OPEN: the cache is down
    return {"count": count, "limit": limit_, "should_limit": count > limit_, "time_left": window - int(time.time())}


def limit(request, scope, key="ip"):
    """Count a site request in ``scope``; over the limit, raise :class:`RateLimited` (a 429 page)."""
    counted = usage(request, scope, key)
    if counted and counted["should_limit"]:
        raise RateLimited(counted["time_left"])


def limit_posts(scope, view):
    """``view`` (a view of Django's or Wagtail's, which the project does not write) with its POSTs counted."""

    @functools.wraps(view)
    def limited(request, *args, **kwargs):
        if request.method == "POST":
            limit(request, scope)
        return view(request, *args, **kwargs)

    return limited


# The number of minutes is the "minutes" of the mapping the message is formatted with.
TOO_MANY_REQUESTS = ngettext_lazy(
    "You have sent too many requests in a short time. Please try again in %(minutes)d minute.",
    "You have sent too many requests in a short time. Please try again in %(minutes)d minutes.",
    "minutes",
)
LOGIN_LOCKED_OUT = ngettext_lazy(
    "Too many failed login attempts from your connection. Please try again in %(minutes)d minute.",
    "Too many failed login attempts from your connection. Please try again in %(minutes)d minutes.",
    "minutes",
)


def _page(request, wait, message):
    context = {"message": message % {"minutes": math.ceil(wait / 60)}}
    response = TemplateResponse(request, "429.html", context, status=429)
    response["Retry-After"] = str(wait)
    response["Cache-Control"] = "private, no-store"
    return response.render()


def too_many_requests(request, exception):
    """The site's 429 (``RATELIMIT_VIEW``): a page in the visitor's language saying when to try again."""
    return _page(request, getattr(exception, "wait", 60), TOO_MANY_REQUESTS)


def login_locked_out(request, original_response=None, credentials=None):
    """django-axes' answer to a locked-out login (``AXES_LOCKOUT_CALLABLE``): the same 429 page."""
    return _page(request, _wait(settings.AXES_COOLOFF_TIME.total_seconds()), LOGIN_LOCKED_OUT)


class APITooManyRequests(Throttled):
    """The API's 429: ``{"message": …}`` in the client's language, with ``Retry-After``."""

    def __init__(self, wait, language):
        wait = _wait(wait)
        with translation.override(language):
            message = ngettext(
                "Too many requests. Please try again in %(seconds)d second.",
                "Too many requests. Please try again in %(seconds)d seconds.",
                wait,
            ) % {"seconds": wait}
        APIException.__init__(self, {"message": message})
        self.wait = wait


def api_scope(request, view):
    """Which limit an API request counts against: writes, searches (``?search=`` too), or reads."""
    if request.method not in SAFE_METHODS:
        return "api_write"
    if getattr(view, "throttle_scope", None) == "api_search" or "search" in request.GET:
        return "api_search"
    return "api_read"


class APIRateThrottle(BaseThrottle):
    """The API's DRF throttle, on the same counters as the site (see the module's docstring).

    It answers the 429 itself (raising :class:`APITooManyRequests`) so that the body is the API's
    usual ``{"message": …}`` in the language of ``?locale=`` or ``Accept-Language``.
    """

    def allow_request(self, request, view):
        if not request.path_info.startswith("/api/"):
            return True  # DRF views of Wagtail's admin (its page explorer and choosers): editors, logged in
        counted = usage(request, api_scope(request, view))
        if counted and counted["should_limit"]:
            requested = request.GET.get("locale")
            languages = {code for code, _name in settings.LANGUAGES}
            language = requested if requested in languages else translation.get_language()
            raise APITooManyRequests(counted["time_left"], language)
        return True
