"""The visitor's diagnostic: server-side steps that work without JavaScript, the result page, consents.

Answers are kept in the visitor's session (keyed by the questionnaire's
translation key, so switching language keeps them) until the last step,
when they are scored and stored anonymously. The result is reached through
a private link holding an unguessable token.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import transaction
from django.forms import ValidationError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.ratelimits import limit
from diagnostic import results
from diagnostic.blocks import KIND_MULTIPLE, KIND_SCALE, KIND_SINGLE
from diagnostic.profile import PROVINCES, SIZE_BANDS
from diagnostic.radar import radar
from diagnostic.records import DiagnosticResult
from diagnostic.validation import validate_answers, validate_profile


def scale_labels():
    return [
        (0, _("0 — not used")),
        (1, _("1 — being considered")),
        (2, _("2 — planned")),
        (3, _("3 — being tried out")),
        (4, _("4 — partly in use")),
        (5, _("5 — fully operational")),
    ]


def yes_partly_no_labels():
    return [("no", _("No")), ("partly", _("Partly")), ("yes", _("Yes"))]


def sector_choices(page):
    from taxonomy.models import Sector

    return list(Sector.objects.in_locale(page.locale).order_by("name").values_list("slug", "name"))


def _state_key(page):
    return f"diagnostic-{page.translation_key}"


def get_state(request, page):
    return request.session.get(_state_key(page)) or {"profile": {}, "answers": {}, "previous": None}


def set_state(request, page, state):
    request.session[_state_key(page)] = state


def _read_step(request, section):
    """The answers a step's form posted, in the same shape the API takes."""
    answers = {}
    for question in section["questions"]:
        if question["kind"] == KIND_MULTIPLE:
            answers[question["id"]] = request.POST.getlist(question["id"])
        else:
            answers[question["id"]] = request.POST.get(question["id"], "")
    return answers


def _question_fields(section, answers, errors):
    """What the template needs to draw each question as a fieldset of radios or checkboxes."""
    fields = []
    for question in section["questions"]:
        qid = question["id"]
        value = answers.get(qid)
        if question["kind"] in (KIND_SINGLE, KIND_MULTIPLE):
            choices = [(option["id"], option["label"]) for option in question["options"]]
        elif question["kind"] == KIND_SCALE:
            choices = scale_labels()
        else:
            choices = yes_partly_no_labels()
        chosen = {str(v) for v in value} if isinstance(value, list) else ({str(value)} if value != "" else set())
        if value is None:
            chosen = set()
        fields.append(
            {
                "id": qid,
                "text": question["text"],
                "help_text": question["help_text"],
                "required": question["required"],
                "multiple": question["kind"] == KIND_MULTIPLE,
                "scale": question["kind"] == KIND_SCALE,
                "choices": [
                    {"value": str(v), "label": label, "checked": str(v) in chosen, "input_id": f"{qid}-{i}"}
                    for i, (v, label) in enumerate(choices)
                ],
                "error": errors.get(f"answers.{qid}"),
            }
        )
    return fields


def profile_fields(page, profile, errors):
    fields = []
    for name, text, choices, required in (
        ("sector", _("In which sector is your business?"), sector_choices(page), True),
        ("size_band", _("How many people work in your business?"), SIZE_BANDS, True),
        ("province", _("In which province is your business?"), [(c, label) for c, label, _w in PROVINCES], False),
    ):
        fields.append(
            {
                "id": name,
                "text": text,
                "help_text": _("Optional: used to suggest the nearest seminars.") if name == "province" else "",
                "required": required,
                "multiple": False,
                "choices": [
                    {"value": v, "label": label, "checked": profile.get(name) == v, "input_id": f"{name}-{i}"}
                    for i, (v, label) in enumerate(choices)
                ],
                "error": errors.get(f"profile.{name}"),
            }
        )
    return fields


def index(page, request):
    state = get_state(request, page)
    return TemplateResponse(
        request,
        "diagnostic/diagnostic_page.html",
        {
            "page": page,
            "started": bool(state["answers"] or state["profile"]),
            "step_count": len(page.sections()),
            "question_count": sum(len(d["questions"]) for d in page.snapshot()["dimensions"]),
        },
    )


def step(page, request, number):
    snapshot = page.snapshot()
    sections = [None, *snapshot["dimensions"]]
    if not snapshot["dimensions"] or not 0 <= number < len(sections):
        raise Http404
    section = sections[number]
    state = get_state(request, page)
    errors = {}
    if request.method == "POST":
        if section is None:
            state["profile"] = {name: request.POST.get(name, "") for name in ("sector", "size_band", "province")}
        else:
            state["answers"].update(_read_step(request, section))
        set_state(request, page, state)
        if request.POST.get("action") == "back":
            return HttpResponseRedirect(_step_url(page, max(number - 1, 0)))
        if section is None:
            problems = validate_profile(state["profile"], [slug for slug, _n in sector_choices(page)])
        else:
            problems = validate_answers(snapshot, state["answers"], {section["id"]})
        errors = {problem.field: problem.message for problem in problems}
        if not errors:
            if number + 1 < len(sections):
                return HttpResponseRedirect(_step_url(page, number + 1))
            return _finish(page, request, snapshot, state)
    if section is None:
        fields = profile_fields(page, state["profile"], errors)
    else:
        fields = _question_fields(section, state["answers"], errors)
    return TemplateResponse(
        request,
        "diagnostic/step.html",
        {
            "page": page,
            "section": section,
            "number": number,
            "human_number": number + 1,
            "step_count": len(sections),
            "steps": [
                {"title": s["title"] if s else _("About your business"), "current": i == number}
                for i, s in enumerate(sections)
            ],
            "fields": fields,
            "errors": [field for field in fields if field["error"]],
            "is_last": number + 1 == len(sections),
            "previous_url": _step_url(page, number - 1) if number else None,
        },
    )


def _step_url(page, number):
    return page.url + page.reverse_subpage("step", args=[number])


def result_url(page, token, full=False):
    base = page.full_url if full else page.url
    return base + page.reverse_subpage("result", args=[token])


def _finish(page, request, snapshot, state):
    """Check every step again (a visitor may have skipped one by URL), then score and store."""
    sectors = [slug for slug, _n in sector_choices(page)]
    if validate_profile(state["profile"], sectors):
        return HttpResponseRedirect(_step_url(page, 0))
    for index, dimension in enumerate(snapshot["dimensions"], start=1):
        if validate_answers(snapshot, state["answers"], {dimension["id"]}):
            return HttpResponseRedirect(_step_url(page, index))
    limit(request, "diagnostic")
    previous = None
    if state.get("previous"):
        previous = DiagnosticResult.objects.filter(token=state["previous"]).first()
    result = results.record(page, state["profile"], state["answers"], previous=previous)
    request.session.pop(_state_key(page), None)
    return HttpResponseRedirect(result_url(page, result.token))


def _email_body(page, presented, link):
    return render_to_string("diagnostic/result_email.txt", {"page": page, "result": presented, "link": link})


def result(page, request, token):
    result = get_object_or_404(DiagnosticResult.objects.select_related("version", "previous"), token=token)
    if result.translation_key != page.translation_key:
        raise Http404
    presented = results.present(result, get_language())
    link = result_url(page, token, full=True)
    delta = None
    before, now = (presented["previous"] or {}).get("overall"), presented["overall"]["score"]
    if before is not None and now is not None:
        delta = now - before
    notices, form_errors = [], {}
    if request.method == "POST":
        limit(request, "result_form")
        form_errors, notice = _consent(page, request, result, presented, link)
        if notice:
            notices.append(notice)
    response = TemplateResponse(
        request,
        "diagnostic/result.html",
        {
            "page": page,
            "result": presented,
            "radar": radar(presented["dimensions"]),
            "link": link,
            "retake_url": page.url + page.reverse_subpage("retake", args=[token]),
            "previous_url": result_url(page, presented["previous"]["token"]) if presented["previous"] else None,
            "previous_delta": delta,
            "previous_delta_abs": abs(delta) if delta is not None else None,
            "notices": notices,
            "form_errors": form_errors,
            "email_consented": bool(result.email_consent_at),
            "contact_consented": bool(result.contact_consent_at),
            "policy_version": page.privacy_policy_version,
            "form_values": request.POST if form_errors else {},
        },
    )
    # A private page: never cached by a proxy, never indexed, and its address (the token) never sent as a
    # referrer: "strict-origin" sends the site's origin only. Not "no-referrer": browsers then post the page's
    # own forms with "Origin: null", which Django's CSRF check refuses.
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "strict-origin"
    response["X-Robots-Tag"] = "noindex"
    return response


def _checked_email(value):
    try:
        validate_email(value)
    except ValidationError:
        return False
    return True


@transaction.atomic
def _consent(page, request, result, presented, link):
    """Send by e-mail or ask for an adviser: only with the box ticked, recorded with the policy version."""
    action = request.POST.get("action")
    email = request.POST.get("email", "").strip()
    errors = {}
    if action not in ("email", "contact"):
        return {"action": _("Choose what you want to do.")}, None
    if not _checked_email(email):
        errors[f"{action}_email"] = _("Enter a valid e-mail address, like name@example.be.")
    if request.POST.get("consent") != "yes":
        errors[f"{action}_consent"] = _("Tick the box to give your consent, or we cannot do this.")
    name = request.POST.get("name", "").strip()[:120]
    if errors:
        return errors, None
    now = timezone.now()
    # Each is done once per result (the form then disappears): a conditional update, so that two
    # requests at once cannot both pass. With the per-address limit on the form ("result_form"),
    # nobody can make the site send its e-mails to addresses of their choosing.
    consent = "email_consent_at" if action == "email" else "contact_consent_at"
    first = DiagnosticResult.objects.filter(pk=result.pk, **{f"{consent}__isnull": True}).update(
        **{consent: now, "consent_policy_version": page.privacy_policy_version}
    )
    if not first:
        if action == "email":
            return {}, _("This result has already been sent by e-mail: it is sent only once. Keep its private link.")
        return {}, _("An adviser has already been asked to contact you about this result.")
    result.refresh_from_db(fields=[consent, "consent_policy_version"])
    if action == "email":
        # The address is used for this one message and not stored.
        send_mail(
            _("Your digital maturity diagnostic"),
            _email_body(page, presented, link),
            None,
            [email],
        )
        return {}, _("The result has been sent to %(email)s. We did not keep the address.") % {"email": email}
    result.contact_email = email
    result.contact_name = name
    result.save(update_fields=["contact_email", "contact_name"])
    advisers = getattr(settings, "DIAGNOSTIC_ADVISERS_EMAIL", "")
    if advisers:
        send_mail(
            _("A business asks to be contacted after its diagnostic"),
            _("%(name)s <%(email)s> asks an adviser to contact them about this result:")
            % {"name": name or "-", "email": email}
            + "\n\n"
            + _email_body(page, presented, link),
            None,
            [advisers],
        )
    return {}, _("Thank you: an adviser of the programme will contact you at %(email)s.") % {"email": email}


def retake(page, request, token):
    """Start again from a stored result: its answers are filled in, the new result is linked to it."""
    previous = get_object_or_404(DiagnosticResult, token=token, translation_key=page.translation_key)
    profile = {"sector": previous.sector, "size_band": previous.size_band, "province": previous.province}
    set_state(request, page, {"profile": profile, "answers": dict(previous.answers), "previous": previous.token})
    return HttpResponseRedirect(_step_url(page, 0))
