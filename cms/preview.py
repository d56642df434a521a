"""Headless preview: editors see a draft in the external front-end, which reads it with a short-lived token.

In the page editor, *Preview in the front-end* saves the draft and sends the
editor to ``HEADLESS_PREVIEW_URL?token=…&id=…&type=…&locale=…``. The front-end
calls ``GET /api/v2/preview/?token=…`` and gets that revision in the shape of
the pages endpoint's detail. The token names one revision, is signed with the
site's key and expires after ``HEADLESS_PREVIEW_SECONDS``; without it nothing
of a draft is visible anywhere in the API.

wagtail-headless-preview was considered: it needs a mixin on every page model,
replaces the preview of the reference site that editors use, and its tokens do
not expire (it only removes stored previews after a day).
"""

import time
import zlib
from urllib.parse import urlencode

from django.conf import settings
from django.core import signing
from django.urls import path
from django.utils.translation import gettext as _
from rest_framework.response import Response
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Revision

from core.endpoints import PublicPagesAPIViewSet
from core.numbers import whole_number

SALT = "cms.preview"
# Seconds a token may seem to come from the future: the clocks of several app servers differ a little.
CLOCK_SKEW = 60


class PreviewError(Exception):
    status = 403


class PreviewSigner(signing.TimestampSigner):
    """Django's timestamped signer (``signing.dumps``/``loads``), refusing a token dated in the future.

    Django only checks that a token is not older than ``max_age``: one signed with a later date
    would work for longer than ``HEADLESS_PREVIEW_SECONDS``.
    """

    def unsign(self, value, max_age=None):
        signed_at = signing.b62_decode(signing.Signer.unsign(self, value).rpartition(self.sep)[2])
        if signed_at > time.time() + CLOCK_SKEW:
            raise signing.BadSignature("Token dated in the future")
        return super().unsign(value, max_age=max_age)


def make_token(revision):
    return PreviewSigner(salt=SALT).sign_object({"revision": revision.pk}, compress=True)


def revision_for(token):
    """The revision a token names; ``PreviewError`` when it is not valid, has expired or is gone.

    A token signed with the site's key but whose content is not what ``make_token`` writes (not
    JSON, not an object, no revision id) is not valid either.
    """
    invalid = PreviewError(_("This preview link is not valid."))
    try:
        data = PreviewSigner(salt=SALT).unsign_object(token, max_age=settings.HEADLESS_PREVIEW_SECONDS)
    except signing.SignatureExpired as error:
        raise PreviewError(_("This preview link has expired: preview the page again from the editor.")) from error
    except (signing.BadSignature, ValueError, zlib.error) as error:
        raise invalid from error
    revision_id = data.get("revision") if isinstance(data, dict) else None
    if not isinstance(revision_id, int) or whole_number(revision_id) is None:
        raise invalid
    revision = Revision.page_revisions.filter(pk=revision_id).first()
    if revision is None:
        error = PreviewError(_("This draft no longer exists."))
        error.status = 404
        raise error
    return revision


def front_end_url(revision):
    """Where the editor is sent: the front-end's preview address with the token."""
    page = revision.content_object.specific
    query = {
        "token": make_token(revision),
        "id": page.pk,
        "type": page._meta.label,
        "locale": page.locale.language_code,
    }
    return f"{settings.HEADLESS_PREVIEW_URL}?{urlencode(query)}"


class PreviewAPIViewSet(PublicPagesAPIViewSet):
    """``/api/v2/preview/?token=``: the draft a preview token names, like a page's detail, never cached."""

    name = "preview"
    known_query_parameters = frozenset(["token", "fields", "rich_text_format"])

    @classmethod
    def get_urlpatterns(cls):
        return [path("", cls.as_view({"get": "preview_view"}), name="preview")]

    def get_object(self):
        if not hasattr(self, "_cached_object"):
            token = self.request.GET.get("token")
            if not token:
                raise BadRequestError(_("The preview token is missing."))
            self._cached_object = revision_for(token).as_object()
        return self._cached_object

    def preview_view(self, request):
        try:
            page = self.get_object()
        except PreviewError as error:
            return self.private(Response({"message": str(error)}, status=error.status))
        self.check_query_parameters(type(page).objects.none())
        data = self.get_serializer(page).data
        data.setdefault("meta", {})["preview"] = True  # also with ?fields=_,…
        return self.private(Response(data))

    def handle_exception(self, exc):
        return self.private(super().handle_exception(exc))

    @staticmethod
    def private(response):
        response["Cache-Control"] = "private, no-store"
        return response
