"""The questionnaire's blocks: dimensions holding questions of four kinds, and their advice rules.

Every text (titles, help texts, option labels, band texts, advice) is a
CharBlock or TextBlock, which wagtail-localize offers to translators; weights,
points, flags, priorities, score ranges and theme slugs are number, boolean
and choice blocks, which wagtail-localize keeps synchronised with the French
source. Block ids identify dimensions, questions and options: they are the
same in every translation and in every stored version of the questionnaire.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

KIND_SINGLE = "single_choice"
KIND_MULTIPLE = "multiple_choice"
KIND_SCALE = "adoption_scale"
KIND_YES_PARTLY_NO = "yes_partly_no"

PRIORITY_CHOICES = [
    ("1", _("High")),
    ("2", _("Medium")),
    ("3", _("Low")),
]


def theme_choices():
    """The themes of the shared vocabulary (their stable slugs), named in French."""
    from taxonomy.models import Theme

    return list(Theme.objects.filter(locale__language_code="fr").values_list("slug", "name"))


def score_block(label, **options):
    """A whole number from 0 to 100, the range of the scores and of an answer's points."""
    return blocks.IntegerBlock(label=label, min_value=0, max_value=100, **options)


class AdviceRuleBlock(blocks.StructBlock):
    """Advice shown when a score falls in a range (dimension: 0–100, question: 0–10)."""

    min_score = score_block(_("From score"), default=0)
    max_score = score_block(
        _("Up to score"),
        default=25,
        help_text=_("Inclusive. For a dimension the score runs from 0 to 100, for a question from 0 to 10."),
    )
    text = blocks.TextBlock(label=_("Advice"), help_text=_("One or two concrete sentences: what to do first."))
    priority = blocks.ChoiceBlock(label=_("Priority"), choices=PRIORITY_CHOICES, default="2")
    themes = blocks.MultipleChoiceBlock(
        label=_("Themes"),
        choices=theme_choices,
        required=False,
        help_text=_("Guides and seminars on these themes are recommended with this advice."),
    )

    class Meta:
        icon = "help"
        label = _("Advice rule")
        preview_value = {
            "min_score": 0,
            "max_score": 25,
            "text": "Faites sauvegarder vos données chaque semaine sur un support déconnecté.",
            "priority": "1",
            "themes": ["security"],
        }


class QuestionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Question"), max_length=300)
    help_text = blocks.TextBlock(label=_("Help text"), required=False)
    required = blocks.BooleanBlock(label=_("Answer required"), required=False, default=True)

    class Meta:
        icon = "help"
        label = _("Question")


class OptionBlock(blocks.StructBlock):
    """An answer a question offers; each kind of question adds what the answer is worth."""

    label = blocks.CharBlock(label=_("Answer"), max_length=200)

    class Meta:
        label = _("Answer")


class PointsOptionBlock(OptionBlock):
    points = score_block(
        _("Points"),
        default=0,
        help_text=_("The best answer's points give 10/10; the others are scored in proportion."),
    )

    class Meta:
        icon = "radio-full"
        preview_value = {"label": "Oui, chaque semaine", "points": 3}


class TickOptionBlock(OptionBlock):
    negative = blocks.BooleanBlock(
        label=_("Negative answer"),
        required=False,
        help_text=_('Such as "we keep no customer data digitally": each one ticked cancels one good answer.'),
    )

    class Meta:
        icon = "tick-inverse"
        preview_value = {"label": "Un logiciel de facturation", "negative": False}


def question_advice_block():
    return blocks.ListBlock(
        AdviceRuleBlock(),
        label=_("Advice for this answer"),
        required=False,
        default=[],
        help_text=_("Advice shown when this question's score (0 to 10) falls in the range."),
    )


class SingleChoiceQuestionBlock(QuestionBlock):
    options = blocks.ListBlock(PointsOptionBlock(), label=_("Answers"), min_num=2)
    advice = question_advice_block()

    class Meta:
        icon = "radio-full"
        label = _("Single choice")
        preview_value = {
            "text": "Comment sauvegardez-vous vos données ?",
            "required": True,
            "options": [{"label": "Jamais", "points": 0}, {"label": "Chaque semaine", "points": 3}],
        }


class MultipleChoiceQuestionBlock(QuestionBlock):
    options = blocks.ListBlock(TickOptionBlock(), label=_("Answers"), min_num=2)
    advice = question_advice_block()

    class Meta:
        icon = "tick-inverse"
        label = _("Multiple choice")
        preview_value = {
            "text": "Quels outils utilisez-vous ?",
            "required": True,
            "options": [{"label": "Un site web", "negative": False}, {"label": "Aucun", "negative": True}],
        }


class AdoptionScaleQuestionBlock(QuestionBlock):
    advice = question_advice_block()

    class Meta:
        icon = "order"
        label = _("Adoption scale (0 to 5)")
        preview_value = {"text": "Utilisez-vous la facturation électronique ?", "required": True}


class YesPartlyNoQuestionBlock(QuestionBlock):
    advice = question_advice_block()

    class Meta:
        icon = "tick"
        label = _("No / partly / yes")
        preview_value = {"text": "Avez-vous une stratégie numérique écrite ?", "required": True}


class QuestionStreamBlock(blocks.StreamBlock):
    single_choice = SingleChoiceQuestionBlock()
    multiple_choice = MultipleChoiceQuestionBlock()
    adoption_scale = AdoptionScaleQuestionBlock()
    yes_partly_no = YesPartlyNoQuestionBlock()

    class Meta:
        icon = "list-ul"
        label = _("Questions")


class DimensionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Dimension"), max_length=120)
    description = blocks.TextBlock(label=_("Description"), required=False)
    weight = blocks.IntegerBlock(
        label=_("Weight"),
        min_value=0,
        max_value=10,
        default=1,
        help_text=_("Weight of this dimension in the overall score (the overall score is the weighted mean)."),
    )
    band_texts = blocks.ListBlock(
        blocks.TextBlock(label=_("Text")),
        label=_("Band texts"),
        help_text=_("What the result means for this dimension: one text per band, in the order of the bands."),
    )
    questions = QuestionStreamBlock()
    advice = blocks.ListBlock(
        AdviceRuleBlock(),
        label=_("Advice for this dimension"),
        required=False,
        default=[],
        help_text=_("Advice shown when the dimension's score (0 to 100) falls in the range."),
    )

    class Meta:
        icon = "folder-open-inverse"
        label = _("Dimension")
        preview_value = {"title": "Stratégie numérique", "weight": 1}


class BandBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Band"), max_length=60)
    max_score = score_block(
        _("Up to score"),
        help_text=_("Highest score (0 to 100, inclusive) of this band. The last band must go up to 100."),
    )

    class Meta:
        icon = "pick"
        label = _("Band")
        preview_value = {"label": "Basique", "max_score": 25}


DIAGNOSTIC_QUESTIONNAIRE_BLOCKS = [
    ("dimension", DimensionBlock()),
]

DIAGNOSTIC_BAND_BLOCKS = [
    ("band", BandBlock()),
]
