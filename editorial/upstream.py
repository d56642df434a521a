"""What wagtail-localize 1.14's translation editor says in English whatever the user's language, put right.

- Catalogue entries: ``editorial/upstream_locale`` (in ``LOCALE_PATHS``) corrects entries of its French and
  Dutch JavaScript catalogues that lost their trailing space ("Publier dansNederlands").
- Words its React code writes without ``gettext`` ("More actions", "Français to Nederlands translation"),
  and its footer's primary action: the template ``wagtail_localize/admin/edit_translation.html`` extends
  upstream's (``{{ block.super }}``, nothing copied) and adds ``editorial/js/translation-editor.js``, given
  its texts in the user's language by ``translation_editor_config`` below.
- The glossary's flags (``editorial.glossary_views``), which its editor has no place for: the same script
  asks them when the editor opens and after each segment is saved (it wraps ``window.fetch``, which
  upstream's code calls with each segment's ``editUrl``), and writes them under their segments.
- The date in each string's comment ("Traduit manuellement le 5 December 2026"):
  ``StringTranslation.get_comment`` formats it with ``strftime``, whose month names are always English
  (https://github.com/wagtail/wagtail-localize/blob/v1.14/wagtail_localize/models.py, ``get_comment``;
  the editor's dates, wagtail/wagtail-localize#155). ``localize_comment_dates`` replaces that method with
  one using Django's ``date_format`` (its sentences are upstream's, translated in editorial's catalogue);
  tests/editorial/test_translation_editor.py fails when upstream formats the date itself.
"""

from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail_localize.models import StringTranslation

from editorial.permissions import user_can_translate
from editorial.roles import may_restructure_pages

upstream_get_comment = StringTranslation.get_comment


def localized_comment(self):
    """How and when the string was translated, the date in the user's language ("5 décembre 2026")."""
    date = formats.date_format(timezone.localtime(self.updated_at))  # the language's DATE_FORMAT
    if self.tool_name:
        return _("Translated with {tool_name} on {date}").format(tool_name=self.tool_name, date=date)
    if self.translation_type == self.TRANSLATION_TYPE_MANUAL:
        return _("Translated manually on {date}").format(date=date)
    if self.translation_type == self.TRANSLATION_TYPE_MACHINE:
        return _("Machine translated on {date}").format(date=date)
    return None


def localize_comment_dates():
    StringTranslation.get_comment = localized_comment


def may_publish(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    return ModelPermissionPolicy(type(instance)).user_has_permission(user, "publish")


def translation_editor_config(request, translation, instance):
    """What ``editorial/js/translation-editor.js`` needs: the footer's actions and texts in the user's language.

    A translator who may not publish gets *Submit for review* (``editorial:submit_translation``) as the
    footer's primary action; *Delete*, which the server refuses anyone but administrators, is not offered.
    """
    user = request.user
    submit = user_can_translate(user, translation) and not may_publish(user, instance)
    return {
        "submitUrl": reverse("editorial:submit_translation", args=(translation.pk,)) if submit else "",
        "canDelete": may_restructure_pages(user),
        "glossaryUrl": reverse("editorial:glossary_flags", args=(translation.pk,)),
        "source": translation.source.locale.get_display_name(),
        "target": translation.target_locale.get_display_name(),
        "texts": {
            "submit": _("Submit for review"),
            "moreActions": _("More actions"),
            "section": _("Translation from %(source)s into %(target)s")
            % {
                "source": translation.source.locale.get_display_name(),
                "target": translation.target_locale.get_display_name(),
            },
        },
    }
