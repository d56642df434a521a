"""Liveness and readiness probes for load balancers and orchestrators.

``/healthz`` only says the process answers. ``/readyz`` checks each backing
service; the database, the cache and media storage are required (HTTP 503 when
one fails), the search engine is not: when it is down the site answers
searches from the database backend, and the probe reports it as degraded.
"""

import uuid

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from wagtail.search.backends import get_search_backend


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache():
    key = f"readyz:{uuid.uuid4().hex}"
    cache.set(key, "1", 10)
    if cache.get(key) != "1":
        raise RuntimeError("the cache did not return the value just written")
    cache.delete(key)


def check_storage():
    # Uploads must work: write a tiny object and remove it again.
    name = default_storage.save(f"readyz/{uuid.uuid4().hex}.txt", ContentFile(b"ok"))
    default_storage.delete(name)


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
    ("cache", check_cache, True),
    ("storage", check_storage, True),
    ("search", check_search, False),
]


@never_cache
def healthz(request):
    return JsonResponse({"status": "ok"})


@never_cache
def readyz(request):
    results = {}
    ready = True
    for name, check, required in CHECKS:
        try:
            check()
        except Exception as exc:  # a probe reports every failure, whatever its kind
            results[name] = f"error: {exc.__class__.__name__}: {exc}"
            ready = ready and not required
        else:
            results[name] = "ok"
    return JsonResponse(
        {"status": "ok" if ready else "unavailable", "checks": results},
        status=200 if ready else 503,
    )
