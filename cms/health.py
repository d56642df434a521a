"""Liveness and readiness probes for load balancers and orchestrators.

``/healthz`` only says the process answers. ``/readyz`` checks each backing
service and what the site needs to render. The database, media storage and
the static files are required: when one fails the answer is 503 and the
instance should take no traffic. The cache and the search engine are not: a
dead Redis makes every cache operation a miss (core/cache.py) and a dead search
engine makes searches fall back to the database backend, so the site still
answers every request; the probe answers 200 with ``"status": "degraded"``
and marks the check ``error`` (taking every instance out of the load balancer
because the shared cache is down would turn a slower site into no site).

Anyone may read which check failed, never why: the error itself names hosts,
ports, buckets and objects. It goes to the log, and to a request that carries
``Authorization: Bearer <READYZ_TOKEN>``.
"""

import logging
import uuid

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.http import JsonResponse
from django.utils.crypto import constant_time_compare
from django.views.decorators.cache import never_cache
from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)

# Files every public page and every admin page links to.
STATIC_PROBES = ["css/site.css", "wagtailadmin/css/core.css"]


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache():
    if hasattr(cache, "ping"):  # core.cache.ResilientRedisCache hides its failures from other callers
        cache.ping()
    key = f"readyz:{uuid.uuid4().hex}"
    cache.set(key, "1", 10)
    if cache.get(key) != "1":
        raise RuntimeError("the cache did not return the value just written")
    cache.delete(key)


def check_storage():
    # Uploads must work: write a tiny object and remove it again.
    name = default_storage.save(f"readyz/{uuid.uuid4().hex}.txt", ContentFile(b"ok"))
    default_storage.delete(name)


def check_static():
    """The static files the pages link to can be served: collectstatic ran (and wrote its manifest)."""
    serves_from_finders = getattr(settings, "WHITENOISE_USE_FINDERS", settings.DEBUG)
    for name in STATIC_PROBES:
        # A manifest storage raises ValueError when collectstatic has not listed the file.
        stored = staticfiles_storage.stored_name(name) if hasattr(staticfiles_storage, "stored_name") else name
        if staticfiles_storage.exists(stored):
            continue
        if serves_from_finders and finders.find(name):
            continue
        raise RuntimeError(f"static file {name} is not in STATIC_ROOT (run collectstatic)")


def check_search():
    from search.engines import get_engine, last_fallback

    backend = get_search_backend()
    client = getattr(backend, "client", None) or getattr(backend, "es", None)
    if client is not None and not client.ping():
        raise RuntimeError("the search engine does not answer; searches are answered by the database backend")
    engine = get_engine()
    if engine.name != "database" and last_fallback():
        # The engine answers now, but searches fell back to the database in the last minutes.
        raise RuntimeError(f"searches fell back to the database backend recently ({last_fallback()['error']})")


CHECKS = [
    # (name, check, required)
    ("database", check_database, True),
    ("cache", check_cache, False),
    ("storage", check_storage, True),
    ("static", check_static, True),
    ("search", check_search, False),
]


def may_read_details(request):
    token = settings.READYZ_TOKEN
    header = request.headers.get("Authorization", "")
    return bool(token) and constant_time_compare(header, f"Bearer {token}")


@never_cache
def healthz(request):
    return JsonResponse({"status": "ok"})


@never_cache
def readyz(request):
    details = may_read_details(request)
    results = {}
    status = "ok"
    for name, check, required in CHECKS:
        try:
            check()
        except Exception as exc:  # a probe reports every failure, whatever its kind
            error = f"{exc.__class__.__name__}: {exc}"
            logger.warning("readyz: the %s check failed: %s", name, error)
            results[name] = f"error: {error}" if details else "error"
            if required:
                status = "unavailable"
            elif status == "ok":
                status = "degraded"
        else:
            results[name] = "ok"
    return JsonResponse({"status": status, "checks": results}, status=503 if status == "unavailable" else 200)
