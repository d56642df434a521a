"""The visitor's side: the report form's POST, its errors without JavaScript, and the thank-you page."""

from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Page

from core.ratelimits import limit
from feedback.forms import report_form_for
from feedback.models import REPORTABLE_PAGE_TYPES, Report
from feedback.notifications import notify


def reportable_page(page_id):
    """A live, public page in the visitor's language that shows the form (a guide, testimonial or seminar)."""
    page = get_object_or_404(Page.objects.live().public().select_related("locale"), pk=page_id).specific
    if page.locale.language_code != get_language() or page._meta.label not in REPORTABLE_PAGE_TYPES:
        raise Http404
    return page


# No CSRF token: the form sits at the end of public pages that front-end caches keep (a token there would be
# stale, and would set a cookie on every read), and the request acts for nobody (no login, no session).
# Robots are held off by the honeypot and the rate limit.
@csrf_exempt
@require_POST
def submit(request, page_id):
    page = reportable_page(page_id)
    form = report_form_for(page, request.POST)
    if not form.is_spam() and not form.is_valid():
        return TemplateResponse(request, "feedback/report_page.html", {"page": page, "form": form})
    limit(request, "report")
    if form.is_spam():
        # A robot filled the hidden field: it is thanked like anyone, and nothing is stored or sent.
        return HttpResponseRedirect(thanks_url(page))
    with transaction.atomic():
        report = Report.objects.create(
            page=page,
            page_title=page.title,
            locale=page.locale,
            is_translation=form.cleaned_data.get("is_translation", False),
            message=form.cleaned_data["message"],
            email=form.cleaned_data["email"],
        )
        notify(report)
    return HttpResponseRedirect(thanks_url(page))


def thanks_url(page):
    return reverse("report_thanks", kwargs={"page_id": page.pk})


@require_GET
def thanks(request, page_id):
    page = reportable_page(page_id)
    return TemplateResponse(request, "feedback/thanks.html", {"page": page})
