"""The glossary inside wagtail-localize's translation editor: which segments miss a term's rendering.

``editorial/js/translation-editor.js`` asks ``flags`` when the editor opens and after each segment the
translator saves, and shows each flag under its segment, in the user's language.
"""

from django.http import JsonResponse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail_localize.models import StringSegment

from editorial import glossary
from editorial.permissions import translation_for


def segment_flags(translation):
    """[(segment, [Term])] for the segments of ``translation`` whose translation misses a glossary term."""
    terms = glossary.terms(translation.target_locale.language_code)
    if not terms:
        return []
    segments = (
        StringSegment.objects.filter(source=translation.source)
        .order_by("order")
        .select_related("string")
        .annotate_translation(translation.target_locale, include_errors=True)
    )
    flagged = ((segment, glossary.flags(segment.string.data, segment.translation, terms)) for segment in segments)
    return [(segment, flags) for segment, flags in flagged if flags]


@require_GET
def flags(request, translation_id):
    """{"segments": [{"id", "flags": [{"term", "rendering", "origin", "note", "message"}]}]}: 404 for an unknown
    translation, 403 for a user who may not translate it (``translation_for``)."""
    translation = translation_for(request.user, translation_id)
    return JsonResponse(
        {
            "segments": [
                {
                    "id": segment.pk,
                    "flags": [
                        {
                            "term": term.french,
                            "rendering": term.rendering,
                            "origin": term.origin,
                            "note": term.note,
                            "message": _("%(origin)s: “%(term)s” → “%(rendering)s”")
                            % {"origin": capfirst(term.origin), "term": term.french, "rendering": term.rendering},
                        }
                        for term in terms
                    ],
                }
                for segment, terms in segment_flags(translation)
            ]
        },
        headers={"Cache-Control": "no-store"},
    )
