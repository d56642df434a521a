from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("jesuisfantasTIC")

    def ready(self):
        from cms import fragments, pagecache

        pagecache.connect()
        fragments.connect()  # publishing sets a new content version: cached fragments are recomputed
        # Connects cms.endpoints.forget_sites: a site saved by any process (setup_site…) clears the API's
        # cached site lookup, whether or not that process ever loaded the API.
        from cms import endpoints  # noqa: F401
