"""This product as the load benchmark serves it: its production settings, unchanged, plus the floor view.

bench/load/run.py gives the environment production requires (secret, hosts, PostgreSQL,
Redis, file locations; HTTPS redirection off, the benchmark speaks plain HTTP on 127.0.0.1).
``BENCH_PAGE_CACHE=off`` serves the pages uncached: the full-page caches Django and Wagtail
offer are taken out (``PAGE_CACHES`` lists the ones found; empty: none is configured).
"""

import os

from cms.settings.production import *  # noqa: F403
from cms.settings.production import INSTALLED_APPS, MIDDLEWARE

ROOT_URLCONF = "bench.load.urls_product"


def is_page_cache(path):
    """Django's per-site cache middleware, wagtail-cache's, or a middleware named a page cache.

    Read from the dotted path: middleware cannot be imported while settings load.
    """
    return path.startswith(("django.middleware.cache.", "wagtailcache.")) or "PageCache" in path.rsplit(".", 1)[-1]


PAGE_CACHES = [path for path in MIDDLEWARE if is_page_cache(path)]
if "wagtailcache" in INSTALLED_APPS:
    PAGE_CACHES.append("wagtailcache")

if os.environ.get("BENCH_PAGE_CACHE") == "off":
    MIDDLEWARE = [path for path in MIDDLEWARE if path not in PAGE_CACHES]
    WAGTAIL_CACHE = False  # wagtail-cache's own switch
