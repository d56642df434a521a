"""Checking answers against a questionnaire snapshot, with messages in the visitor's language.

One checker for the visitor's form and the API, so both refuse the same answers
for the same reasons. Each error is ``(field, code, message)``; ``field`` is
``profile.<name>`` or ``answers.<question id>``.
"""

from django.utils.translation import gettext as _

from diagnostic.blocks import KIND_MULTIPLE, KIND_SCALE, KIND_SINGLE, KIND_YES_PARTLY_NO
from diagnostic.profile import PROVINCES, SIZE_BANDS
from diagnostic.scoring import SCALE_LEVELS, YES_PARTLY_NO_POINTS


class AnswerError:
    def __init__(self, field, code, message):
        self.field, self.code, self.message = field, code, message

    def as_dict(self):
        return {"field": self.field, "code": self.code, "message": str(self.message)}

    def __repr__(self):
        return f"AnswerError({self.field!r}, {self.code!r})"


def questions_by_id(snapshot):
    return {q["id"]: q for dimension in snapshot["dimensions"] for q in dimension["questions"]}


def validate_profile(profile, sector_slugs):
    """Sector and size band are required; province is optional."""
    errors = []
    if not isinstance(profile, dict):
        return [AnswerError("profile", "invalid", _("The profile must be an object."))]
    known = {"sector", "size_band", "province"}
    for name in sorted(set(profile) - known):
        errors.append(AnswerError(f"profile.{name}", "unknown_question", _("There is no such profile question.")))
    for name, choices, required in (
        ("sector", sector_slugs, True),
        ("size_band", [code for code, _label in SIZE_BANDS], True),
        ("province", [code for code, _label, _where in PROVINCES], False),
    ):
        value = profile.get(name)
        if value in (None, ""):
            if required:
                errors.append(AnswerError(f"profile.{name}", "required", _("Please answer this question.")))
        elif value not in choices:
            message = _("This answer is not one of the choices.")
            errors.append(AnswerError(f"profile.{name}", "unknown_option", message))
    return errors


def validate_answers(snapshot, answers, dimension_ids=None):
    """Errors in ``answers`` ({question id: answer}); only the given dimensions when ``dimension_ids``.

    Unknown question ids are reported only when checking the whole questionnaire.
    """
    if not isinstance(answers, dict):
        return [AnswerError("answers", "invalid", _("The answers must be an object keyed by question id."))]
    errors = []
    if dimension_ids is None:
        known = questions_by_id(snapshot)
        for question_id in answers:
            if question_id not in known:
                errors.append(
                    AnswerError(f"answers.{question_id}", "unknown_question", _("There is no such question."))
                )
    for dimension in snapshot["dimensions"]:
        if dimension_ids is not None and dimension["id"] not in dimension_ids:
            continue
        for question in dimension["questions"]:
            error = check_answer(question, answers.get(question["id"]))
            if error:
                errors.append(AnswerError(f"answers.{question['id']}", *error))
    return errors


def check_answer(question, value):
    """``(code, message)`` when ``value`` is not a valid answer to ``question``, else None."""
    if value in (None, "", []):
        return ("required", _("Please answer this question.")) if question["required"] else None
    kind = question["kind"]
    if kind == KIND_SINGLE:
        if not isinstance(value, str) or value not in {option["id"] for option in question["options"]}:
            return "unknown_option", _("This answer is not one of the choices.")
    elif kind == KIND_MULTIPLE:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            return "invalid", _("Give a list of the chosen answers.")
        if len(set(value)) != len(value):
            return "invalid", _("An answer is ticked twice.")
        if set(value) - {option["id"] for option in question["options"]}:
            return "unknown_option", _("This answer is not one of the choices.")
    elif kind == KIND_SCALE and not _is_level(value):
        return "out_of_range", _("Choose a level from 0 to 5.")
    elif kind == KIND_YES_PARTLY_NO and value not in YES_PARTLY_NO_POINTS:
        return "unknown_option", _("Answer no, partly or yes.")
    return None


def _is_level(value):
    """0 to 5, as a number or as the text the form posts ("3")."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        return False
    return str(value).strip() in {str(level) for level in SCALE_LEVELS}


def normalise(snapshot, answers):
    """Valid answers in their canonical form (scale levels as integers, unanswered ones dropped)."""
    known = questions_by_id(snapshot)
    clean = {}
    for question_id, value in answers.items():
        if value in (None, "", []) or question_id not in known:
            continue
        clean[question_id] = int(value) if known[question_id]["kind"] == KIND_SCALE else value
    return clean
