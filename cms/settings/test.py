"""Tests: SQLite by default, PostgreSQL (or any engine) when DATABASE_URL is set."""

from .base import *  # noqa: F403
from .base import BASE_DIR
from .safety import TEST_SECRET_KEY

DEBUG = False
SECRET_KEY = TEST_SECRET_KEY
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# E-mails go through the task queue as everywhere, then into Django's test outbox.
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Background tasks run at once, inside the request that queues them, so that a test sees their effect;
# the tests of the worker itself queue them in the database and run `db_worker` (tests/conftest.py
# `run_tasks`).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
READYZ_TOKEN = "test-readyz-token"
# Static files come from the apps' folders, as under runserver (no collectstatic in tests).
WHITENOISE_USE_FINDERS = True
BASE_URL = WAGTAILADMIN_BASE_URL = WAGTAILAPI_BASE_URL = "http://testserver"
MEDIA_ROOT = BASE_DIR / ".test-media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Rate limits far above what a test sends; the tests of the limits set the real ones back
# (the `rates` fixture of tests/conftest.py) and go through the same mechanism.
RATE_LIMITS = dict.fromkeys(RATE_LIMITS, "100000/m")  # noqa: F405
# Django's test client logs in without a request (Client.login, Wagtail's WagtailTestUtils.login),
# which django-axes refuses (AxesBackendRequestParameterRequired); the lockout tests switch it back on.
AXES_ENABLED = False
# No page cache: tests change content without publishing it; the page cache's tests switch it on.
PAGE_CACHE_SECONDS = 0
# No embeddings unless asked (SEARCH_EMBEDDINGS=local): embedding every page a test publishes would slow
# every test; the semantic search tests switch the bundled model on for the few pages they need.
SEARCH_EMBEDDINGS = env.get("SEARCH_EMBEDDINGS", "off")  # noqa: F405
