from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("jesuisfantasTIC")

    def ready(self):
        from cms import pagecache

        pagecache.connect()
        # Registers every endpoint on core.endpoints.api_router, which apps consult (editorial.webhooks) in
        # any process, whether or not it serves the API.
        from cms import api  # noqa: F401
