from csp.decorators import csp_update
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularSwaggerSplitView
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.views import account
from wagtail.documents import urls as wagtaildocs_urls

from agenda import feeds as agenda_feeds
from agenda import views as agenda_views
from cms import discovery, health, openapi, routing, sitemaps
from cms.api import api_router
from core.ratelimits import limit_posts
from guides.feeds import GuidesFeed
from search.views import search_page

# Django's own 400 page is in English: the site's, in the visitor's language (JSON under /api/).
handler400 = "cms.errors.bad_request"

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("robots.txt", discovery.robots_txt, name="robots-txt"),
    path("sitemap.xml", sitemaps.index, name="sitemap"),
    path("sitemap-<str:code>.xml", sitemaps.language, name="sitemap-language"),
    path("site.webmanifest", discovery.webmanifest, name="webmanifest"),
    re_path(r"^(?P<name>favicon\.ico|apple-touch-icon\.png|icon-(?:192|512)\.png)$", discovery.icon, name="icon"),
    # Wagtail's password reset e-mails whoever owns the address given: limited like the site's forms.
    path("admin/password_reset/", limit_posts("password_reset", account.PasswordResetView.as_view())),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/schema/", openapi.schema_view, name="api-schema"),
    # Swagger UI with its start-up script served at ?script (no inline script: Content-Security-Policy);
    # its style sheet draws its icons as data: images, which this page alone allows.
    path(
        "api/v2/schema/docs/",
        csp_update({"img-src": ["data:"]})(
            SpectacularSwaggerSplitView.as_view(url_name="api-schema", template_name="api/swagger_ui.html")
        ),
        name="api-docs",
    ),
    path("api/v2/agenda.ics", agenda_feeds.feed, name="agenda-ics"),
    path("api/v2/agenda/<int:pk>.ics", agenda_feeds.seminar, name="agenda-seminar-ics"),
    path("api/v2/", api_router.urls),
    # Any other address under /api/ is a JSON 404, not the site's HTML page.
    re_path(r"^api/", openapi.not_found),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Visitor pages live under /fr/, /nl/ and /de/; "/" is redirected to the best
# language from Accept-Language by django.middleware.locale.LocaleMiddleware.
urlpatterns += i18n_patterns(
    path("search/", search_page, name="search"),
    path("", include("feedback.urls")),
    path("guides.atom", GuidesFeed(), name="guides-feed"),
    path(
        "registrations/cancel/<str:token>/",
        agenda_views.cancel_registration,
        name="agenda-registration-cancel",
    ),
    # The password of a password-protected page (Wagtail's form): guessing it is limited.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        limit_posts("page_password", wagtail_views.authenticate_with_password),
    ),
    # Wagtail's page URLs, its page view through cms.routing (the address → page lookup cached until a publish).
    *(pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"),
    re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"),
    prefix_default_language=True,
)
