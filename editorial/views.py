from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail_localize.models import Translation

from editorial.permissions import user_can_translate
from editorial.review import submit_for_review


def _next_url(request, default):
    url = request.POST.get("next") or request.GET.get("next")
    if url and url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}):
        return url
    return default


@require_POST
def submit_translation(request, translation_id):
    """Write the translator's strings into a draft of the target and send it to the reviewers."""
    translation = get_object_or_404(Translation.objects.select_related("source", "target_locale"), pk=translation_id)
    if not user_can_translate(request.user, translation):
        raise PermissionDenied
    with transaction.atomic():
        target = submit_for_review(translation, request.user)
    messages.success(
        request,
        _("“%(title)s” in %(language)s was sent to the reviewers.")
        % {"title": target, "language": translation.target_locale.get_display_name()},
    )
    return redirect(_next_url(request, "wagtailadmin_home"))
