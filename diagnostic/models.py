"""The self-diagnostic's questionnaire page; its frozen versions and the stored results: ``diagnostic/records.py``."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.fields import intro_field
from core.models import FieldErrorsMixin
from core.translation import PAGE_TRANSLATABLE_FIELDS, translated
from diagnostic.blocks import (
    DIAGNOSTIC_BAND_BLOCKS,
    DIAGNOSTIC_QUESTIONNAIRE_BLOCKS,
    KIND_MULTIPLE,
    KIND_SINGLE,
)

DEFAULT_BANDS = [
    ("band", {"label": "Basique", "max_score": 25}),
    ("band", {"label": "Moyen", "max_score": 50}),
    ("band", {"label": "Modérément avancé", "max_score": 75}),
    ("band", {"label": "Avancé", "max_score": 100}),
]


class DiagnosticPage(FieldErrorsMixin, RoutablePageMixin, Page):
    """The questionnaire, its bands and advice; visitors answer it step by step (views.py)."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    intro = intro_field(
        _("Shown before the first question: what the diagnostic is for and how long it takes."), max_length=None
    )
    privacy_notice = models.TextField(
        _("privacy notice"),
        blank=True,
        help_text=_("Shown with the questionnaire: what is stored, for how long, and that it is anonymous."),
    )
    privacy_policy_version = models.CharField(
        _("privacy policy version"),
        max_length=40,
        default="2026-01",
        help_text=_("Recorded with every consent to be e-mailed or contacted. Change it when the policy changes."),
    )
    bands = StreamField(
        DIAGNOSTIC_BAND_BLOCKS,
        verbose_name=_("bands"),
        default=DEFAULT_BANDS,
        help_text=_("From the lowest to the highest; the last one goes up to 100."),
    )
    questionnaire = StreamField(
        DIAGNOSTIC_QUESTIONNAIRE_BLOCKS,
        verbose_name=_("questionnaire"),
        blank=True,
        help_text=_(
            "One block per dimension, each with its questions and advice. Every published change is a new "
            "version; results keep the version they were scored with."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("privacy_notice"), FieldPanel("privacy_policy_version")],
            heading=_("Privacy"),
        ),
        FieldPanel("bands"),
        FieldPanel("questionnaire"),
    ]

    search_fields = Page.search_fields + [index.SearchField("intro")]

    api_fields = [APIField("intro"), APIField("privacy_notice")]

    translatable_fields = (
        PAGE_TRANSLATABLE_FIELDS
        + translated("intro", "privacy_notice")
        # Texts inside these are translated; weights, points, flags, ranges
        # and themes are number/choice blocks, kept in sync with the source.
        + translated("bands", "questionnaire")
    )

    class Meta:
        verbose_name = _("self-diagnostic page")
        verbose_name_plural = _("self-diagnostic pages")

    def field_errors(self):
        maxima = [block.value["max_score"] for block in self.bands]
        if not maxima or maxima != sorted(set(maxima)) or maxima[-1] != 100:
            yield "bands", _("Bands must go up in order, each with a higher upper score, the last one up to 100.")
        for block in self.questionnaire:
            if len(block.value["band_texts"]) != len(maxima):
                message = _("Dimension “%(title)s” needs exactly one band text per band (%(n)d).")
                yield "questionnaire", message % {"title": block.value["title"], "n": len(maxima)}

    # The visitor's steps and result (diagnostic/views.py) ---------------------

    @path("")
    def index_route(self, request):
        from diagnostic import views

        return views.index(self, request)

    @path("step/<int:number>/", name="step")
    def step_route(self, request, number):
        from diagnostic import views

        return views.step(self, request, number)

    @path("result/<str:token>/", name="result")
    def result_route(self, request, token):
        from diagnostic import views

        return views.result(self, request, token)

    @path("result/<str:token>/retake/", name="retake")
    def retake_route(self, request, token):
        from diagnostic import views

        return views.retake(self, request, token)

    # The questionnaire as data -------------------------------------------------

    def snapshot(self):
        """The questionnaire as plain JSON: everything scoring, advice and display need, by block id."""
        return {
            "bands": [{"label": b.value["label"], "max_score": b.value["max_score"]} for b in self.bands],
            "dimensions": [_dimension_data(block) for block in self.questionnaire],
        }

    def current_version(self):
        """The stored version matching the questionnaire as it is now (created on first use)."""
        return QuestionnaireVersion.for_snapshot(self, self.snapshot())

    def sections(self):
        """The steps of the visitor's form: the profile, then one step per dimension."""
        return [None, *self.snapshot()["dimensions"]]


def _rules(rules):
    return [
        {
            "min_score": rule["min_score"],
            "max_score": rule["max_score"],
            "text": rule["text"],
            "priority": int(rule["priority"]),
            "themes": list(rule["themes"] or []),
        }
        for rule in rules
    ]


def _dimension_data(block):
    value = block.value
    questions = []
    for child in value["questions"]:
        question = {
            "id": child.id,
            "kind": child.block_type,
            "text": child.value["text"],
            "help_text": child.value["help_text"] or "",
            "required": bool(child.value["required"]),
            "advice": _rules(child.value["advice"]),
        }
        if child.block_type == KIND_SINGLE:
            question["options"] = [
                {"id": o.id, "label": o.value["label"], "points": o.value["points"]}
                for o in child.value["options"].bound_blocks
            ]
        elif child.block_type == KIND_MULTIPLE:
            question["options"] = [
                {"id": o.id, "label": o.value["label"], "negative": bool(o.value["negative"])}
                for o in child.value["options"].bound_blocks
            ]
        questions.append(question)
    return {
        "id": block.id,
        "title": value["title"],
        "description": value["description"] or "",
        "weight": value["weight"],
        "band_texts": list(value["band_texts"]),
        "advice": _rules(value["advice"]),
        "questions": questions,
    }


# The questionnaire versions and results live with their helpers (diagnostic/records.py); Django finds models here.
from diagnostic.records import DiagnosticResult, QuestionnaireVersion  # noqa: E402, F401
