"""The diagnostic's API: GET a questionnaire, POST answers and get the full result.

``/api/v2/diagnostic/<key>/`` where ``key`` is a language code (``fr``, ``nl``,
``de``: the live questionnaire of that language) or a page id. Registered in
cms/api.py. Error messages follow ``?locale=`` or else ``Accept-Language``.
The serializers below describe the answers for the OpenAPI document; the
data itself comes from ``results.present`` (the same as the result page).
"""

from django.conf import settings
from django.db import transaction
from django.urls import path
from django.utils import translation
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.exceptions import ParseError, UnsupportedMediaType
from rest_framework.response import Response

from core.endpoints import AnonymousJSONAPIView, client_language
from core.numbers import whole_number
from diagnostic import results
from diagnostic.blocks import KIND_MULTIPLE, KIND_SCALE, KIND_SINGLE, KIND_YES_PARTLY_NO
from diagnostic.models import DiagnosticPage
from diagnostic.records import DiagnosticResult
from diagnostic.validation import AnswerError, validate_answers, validate_profile
from diagnostic.views import (
    profile_fields,
    result_url,
    scale_labels,
    sector_choices,
    yes_partly_no_labels,
)

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def _list(child, **kwargs):
    return serializers.ListField(child=child, **kwargs)


def _object(name, fields, **kwargs):
    return inline_serializer(name=name, fields=fields, **kwargs)


class ChoiceSerializer(serializers.Serializer):
    value = serializers.CharField()
    label = serializers.CharField()


class VersionSerializer(serializers.Serializer):
    number = serializers.IntegerField()
    digest = serializers.CharField(help_text="SHA-256 of the questionnaire version the result was scored with.")


class BandSerializer(serializers.Serializer):
    label = serializers.CharField()
    max_score = serializers.IntegerField()


class QuestionSerializer(serializers.Serializer):
    id = serializers.CharField(help_text="Stable id, the same in every language: the key of its answer.")
    kind = serializers.ChoiceField(choices=[KIND_SINGLE, KIND_MULTIPLE, KIND_SCALE, KIND_YES_PARTLY_NO])
    text = serializers.CharField()
    help_text = serializers.CharField(allow_blank=True)
    required = serializers.BooleanField()
    multiple = serializers.BooleanField(help_text="Answer with a list of choice values (multiple choice).")
    choices = ChoiceSerializer(many=True, help_text="The values to answer with.")


class DimensionSerializer(serializers.Serializer):
    id = serializers.CharField()
    title = serializers.CharField()
    description = serializers.CharField(allow_blank=True)
    weight = serializers.IntegerField()
    band_texts = _list(serializers.CharField())
    questions = QuestionSerializer(many=True)


class ProfileQuestionSerializer(serializers.Serializer):
    id = serializers.ChoiceField(choices=["sector", "size_band", "province"])
    text = serializers.CharField()
    required = serializers.BooleanField()
    choices = ChoiceSerializer(many=True)


class QuestionnaireSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    locale = serializers.CharField()
    title = serializers.CharField()
    intro = serializers.CharField(allow_blank=True)
    privacy_notice = serializers.CharField(allow_blank=True)
    privacy_policy_version = serializers.CharField()
    version = VersionSerializer()
    bands = BandSerializer(many=True)
    profile = ProfileQuestionSerializer(many=True)
    dimensions = DimensionSerializer(many=True)


class AnswersSerializer(serializers.Serializer):
    profile = _object(
        "DiagnosticProfile",
        {
            "sector": serializers.CharField(help_text="A sector slug (/api/v2/sectors/)."),
            "size_band": serializers.ChoiceField(choices=["solo", "micro", "small", "medium"]),
            "province": serializers.CharField(required=False, allow_blank=True),
        },
    )
    answers = serializers.DictField(
        child=serializers.JSONField(),
        help_text="Question id → a choice value (a list of them for multiple choice; 0–5 for a scale).",
    )
    previous = serializers.CharField(
        required=False, help_text="Token of an earlier result of this visitor: the progress is shown against it."
    )


NULLABLE_INT = {"allow_null": True, "required": True}


class ResultDimensionSerializer(serializers.Serializer):
    id = serializers.CharField()
    title = serializers.CharField()
    weight = serializers.IntegerField()
    score = serializers.IntegerField(**NULLABLE_INT)
    band = serializers.CharField(allow_null=True)
    band_text = serializers.CharField(allow_blank=True)
    peer_mean = serializers.IntegerField(**NULLABLE_INT)
    previous = serializers.IntegerField(**NULLABLE_INT)
    questions = serializers.DictField(child=serializers.FloatField(allow_null=True))


class ResultSerializer(serializers.Serializer):
    token = serializers.CharField(help_text="Secret of the private link: keep it private.")
    url = serializers.URLField(help_text="The private link to the result page.")
    created_at = serializers.DateTimeField()
    language = serializers.CharField()
    version = VersionSerializer()
    profile = _object(
        "DiagnosticResultProfile",
        {
            "sector": serializers.CharField(allow_blank=True),
            "size_band": serializers.CharField(allow_blank=True),
            "size_band_label": serializers.CharField(allow_blank=True),
            "province": serializers.CharField(allow_blank=True),
            "province_label": serializers.CharField(allow_blank=True),
        },
    )
    overall = _object(
        "DiagnosticOverall",
        {
            "score": serializers.IntegerField(**NULLABLE_INT),
            "band": serializers.CharField(allow_null=True),
            "band_index": serializers.IntegerField(**NULLABLE_INT),
        },
    )
    bands = BandSerializer(many=True)
    dimensions = ResultDimensionSerializer(many=True)
    priorities = _object(
        "DiagnosticPriority",
        {
            "text": serializers.CharField(),
            "priority": serializers.IntegerField(help_text="1 high, 2 medium, 3 low."),
            "dimension": serializers.CharField(),
            "question": serializers.CharField(allow_null=True),
            "themes": _list(serializers.CharField()),
        },
        many=True,
    )
    recommendations = _object(
        "DiagnosticRecommendations",
        {
            "themes": _list(serializers.CharField()),
            "guides": _object(
                "DiagnosticGuide",
                {"id": serializers.IntegerField(), "title": serializers.CharField(), "url": serializers.CharField()},
                many=True,
            ),
            "seminars": _object(
                "DiagnosticSeminar",
                {
                    "id": serializers.IntegerField(),
                    "title": serializers.CharField(),
                    "url": serializers.CharField(),
                    "start": serializers.DateTimeField(),
                    "city": serializers.CharField(allow_blank=True),
                },
                many=True,
            ),
        },
    )
    comparison = _object(
        "DiagnosticComparison",
        {
            "scope": serializers.ChoiceField(choices=["segment", "all"]),
            "n": serializers.IntegerField(help_text="How many other results the means are computed on."),
            "sector": serializers.CharField(allow_null=True),
            "size_band": serializers.CharField(allow_null=True),
            "overall_mean": serializers.IntegerField(**NULLABLE_INT),
            "dimensions": serializers.DictField(child=serializers.IntegerField()),
        },
    )
    previous = _object(
        "DiagnosticPrevious",
        {
            "created_at": serializers.DateTimeField(),
            "overall": serializers.IntegerField(**NULLABLE_INT),
            "token": serializers.CharField(),
        },
        allow_null=True,
    )


ERROR = _object(
    "DiagnosticError",
    {
        "message": serializers.CharField(),
        "errors": _object(
            "DiagnosticAnswerError",
            {
                "field": serializers.CharField(help_text="profile.<name> or answers.<question id>"),
                "code": serializers.ChoiceField(
                    choices=["required", "unknown_question", "unknown_option", "out_of_range", "invalid"]
                ),
                "message": serializers.CharField(),
            },
            many=True,
            required=False,
        ),
    },
)

PARAMETERS = [
    OpenApiParameter(
        "key",
        # The questionnaire of a language, or a self-diagnostic page by its id (a 404 when it is not one).
        {
            "anyOf": [{"type": "string", "enum": LANGUAGE_CODES}, {"type": "string", "pattern": "^[1-9][0-9]{0,8}$"}],
            "example": "fr",
        },
        OpenApiParameter.PATH,
        description="A language code (its live questionnaire) or the id of a self-diagnostic page.",
    ),
    OpenApiParameter("locale", OpenApiTypes.STR, enum=LANGUAGE_CODES, description="Language of the error messages."),
]


def find_page(key):
    pages = DiagnosticPage.objects.live().public().select_related("locale")
    if key in LANGUAGE_CODES:
        return pages.filter(locale__language_code=key).first()
    pk = whole_number(key)
    return None if pk is None else pages.filter(pk=pk).first()


def questionnaire(page):
    """The questionnaire as the API gives it, texts in the page's language."""
    snapshot = page.snapshot()
    with translation.override(page.locale.language_code):
        version = page.current_version()
        choice_labels = {KIND_SCALE: scale_labels(), KIND_YES_PARTLY_NO: yes_partly_no_labels()}
        dimensions = []
        for dimension in snapshot["dimensions"]:
            questions = []
            for question in dimension["questions"]:
                if question["kind"] in (KIND_SINGLE, KIND_MULTIPLE):
                    choices = [{"value": o["id"], "label": o["label"]} for o in question["options"]]
                else:
                    choices = [{"value": str(v), "label": str(label)} for v, label in choice_labels[question["kind"]]]
                questions.append(
                    {
                        "id": question["id"],
                        "kind": question["kind"],
                        "text": question["text"],
                        "help_text": question["help_text"],
                        "required": question["required"],
                        "multiple": question["kind"] == KIND_MULTIPLE,
                        "choices": choices,
                    }
                )
            fields = ("id", "title", "description", "weight", "band_texts")
            dimensions.append({**{name: dimension[name] for name in fields}, "questions": questions})
        profile = [
            {
                "id": field["id"],
                "text": str(field["text"]),
                "required": field["required"],
                "choices": [{"value": c["value"], "label": str(c["label"])} for c in field["choices"]],
            }
            for field in profile_fields(page, {}, {})
        ]
    return {
        "id": page.pk,
        "locale": page.locale.language_code,
        "title": page.title,
        "intro": page.intro,
        "privacy_notice": page.privacy_notice,
        "privacy_policy_version": page.privacy_policy_version,
        "version": {"number": version.number, "digest": version.digest},
        "bands": snapshot["bands"],
        "profile": profile,
        "dimensions": dimensions,
    }


def _error(message, errors=None, status=400):
    body = {"message": str(message)}
    if errors is not None:
        body["errors"] = [error.as_dict() for error in errors]
    return Response(body, status=status)


class DiagnosticAPIView(AnonymousJSONAPIView):
    """The self-diagnostic: its questionnaire in one language, and scoring answers."""

    model = DiagnosticResult  # what WagtailAPIRouter looks up; no other endpoint serves results

    @classmethod
    def get_urlpatterns(cls):
        return [path("<str:key>/", cls.as_view(), name="detail")]

    @extend_schema(
        operation_id="diagnostic_questionnaire",
        summary="The questionnaire of a language",
        parameters=PARAMETERS,
        responses={200: QuestionnaireSerializer, 400: ERROR, 404: ERROR, 429: ERROR},
        tags=["diagnostic"],
    )
    def get(self, request, key):
        return self._on_page(request, key, lambda page: Response(questionnaire(page)))

    @extend_schema(
        operation_id="diagnostic_score",
        summary="Score answers: the full result",
        description="Stores the answers anonymously (no name, e-mail or IP address) and returns the result "
        "with its private link. A 400 lists each invalid answer with the reason, in the requested language.",
        parameters=PARAMETERS,
        request=AnswersSerializer,
        responses={201: ResultSerializer, 400: ERROR, 404: ERROR, 413: ERROR, 429: ERROR},
        tags=["diagnostic"],
    )
    def post(self, request, key):
        return self._on_page(request, key, self._score)

    def _on_page(self, request, key, answer):
        """``answer(page)`` in the client's language for the self-diagnostic ``key`` names; else a 404."""
        with translation.override(client_language(request)):
            page = find_page(key)
            if page is None:
                return _error(_("There is no self-diagnostic here."), status=404)
            return answer(page)

    def _score(self, page):
        """The body's answers scored and stored: the result (201), or a 400 with what is not valid."""
        try:
            body = self.request.data
        except (ParseError, UnsupportedMediaType):
            return _error(_("Send the answers as a JSON object."))
        if not isinstance(body, dict):
            return _error(_("Send the answers as a JSON object."))
        snapshot = page.snapshot()
        if not snapshot["dimensions"]:
            return _error(_("This questionnaire has no questions yet."))
        unknown = sorted(set(body) - {"profile", "answers", "previous"})
        errors = [AnswerError(name, "unknown_question", _("Unknown field.")) for name in unknown]
        errors += validate_profile(body.get("profile", {}), [slug for slug, _n in sector_choices(page)])
        errors += validate_answers(snapshot, body.get("answers", {}))
        if errors:
            return _error(_("Some answers are not valid."), errors)
        previous = None
        if isinstance(body.get("previous"), str) and body["previous"]:
            previous = DiagnosticResult.objects.filter(
                token=body["previous"], translation_key=page.translation_key
            ).first()
        with transaction.atomic():
            result = results.record(page, body["profile"], body["answers"], previous=previous)
        data = results.present(result, page.locale.language_code)
        data["url"] = result_url(page, result.token, full=True)
        response = Response(data, status=201)
        response["Cache-Control"] = "private, no-store"
        return response
