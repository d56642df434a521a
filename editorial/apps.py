from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Editorial workflow and translations")

    def ready(self):
        from editorial import (
            redirects,  # noqa: F401  (redirects from the old address of live pages only)
            signals,  # noqa: F401  (connects the translation sync)
            upstream,
            webhooks,
        )

        webhooks.connect()
        upstream.localize_comment_dates()
