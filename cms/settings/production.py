"""Production: every secret and host comes from the environment, never invented, never weak."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env
from .safety import check_allowed_hosts, check_secret_key


def required(name):
    value = env.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"The environment variable {name} is required in production (see the README's table)."
        )
    return value


def flag(name, default):
    return env.get(name, default).strip().lower() in {"1", "true", "yes", "on"}


DEBUG = False

# Persistent database connections: each worker keeps its connection for a minute instead of opening one
# (TCP, authentication, PostgreSQL forking a backend) per request; Django checks it is alive before reusing
# it (CONN_HEALTH_CHECKS, base.py). Behind PgBouncer in transaction pooling mode, set
# DATABASE_CONN_MAX_AGE=0 and DATABASE_DISABLE_SERVER_SIDE_CURSORS=true (README, Production).
DATABASES["default"]["CONN_MAX_AGE"] = int(env.get("DATABASE_CONN_MAX_AGE", "60"))  # noqa: F405
SECRET_KEY = check_secret_key(required("SECRET_KEY"))
ALLOWED_HOSTS = check_allowed_hosts([host.strip() for host in required("ALLOWED_HOSTS").split(",") if host.strip()])
CSRF_TRUSTED_ORIGINS = [o for o in env.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o]

# HTTPS. The site runs behind a TLS-terminating proxy or load balancer that sets X-Forwarded-Proto.
# By default Django itself redirects HTTP to HTTPS and sends HSTS; where the proxy does either, its
# variable turns Django's off and silences the deploy check that would flag it (the README says so).
SILENCED_SYSTEM_CHECKS = []
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = flag("SECURE_SSL_REDIRECT", "true")
if not SECURE_SSL_REDIRECT:
    SILENCED_SYSTEM_CHECKS.append("security.W008")  # the proxy redirects HTTP to HTTPS
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(env.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
if not SECURE_HSTS_SECONDS:
    SILENCED_SYSTEM_CHECKS.append("security.W004")  # the proxy sends Strict-Transport-Security
SECURE_HSTS_INCLUDE_SUBDOMAINS = flag("SECURE_HSTS_INCLUDE_SUBDOMAINS", "true")
if SECURE_HSTS_SECONDS and not SECURE_HSTS_INCLUDE_SUBDOMAINS:
    SILENCED_SYSTEM_CHECKS.append("security.W005")  # a subdomain still serves plain HTTP
SECURE_HSTS_PRELOAD = flag("SECURE_HSTS_PRELOAD", "true")
if SECURE_HSTS_SECONDS and not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS.append("security.W021")  # the domain is not to be in browsers' preload list
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail marks its preview views SAMEORIGIN itself
# Several processes share the page cache only through Redis: without it, each would keep pages another
# one purged, so the page cache is off unless PAGE_CACHE_SECONDS says otherwise.
if "REDIS_URL" not in env:
    PAGE_CACHE_SECONDS = int(env.get("PAGE_CACHE_SECONDS", "0"))

STORAGES["staticfiles"]["BACKEND"] = "whitenoise.storage.CompressedManifestStaticFilesStorage"  # noqa: F405
