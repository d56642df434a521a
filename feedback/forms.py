from django import forms
from django.utils.translation import gettext_lazy as _

from editorial.roles import source_language
from feedback.models import MESSAGE_MAX_LENGTH

# The honeypot: a field people never see (hidden by feedback.css); what a robot writes in it is dropped.
HONEYPOT = "website"


class ReportForm(forms.Form):
    message = forms.CharField(
        label=_("What is wrong or missing?"),
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "required": _("Describe the error or the missing information."),
            "max_length": _("Keep your message under %(limit_value)d characters (it has %(show_value)d)."),
        },
    )
    is_translation = forms.BooleanField(label=_("The problem is in the translation of this page"), required=False)
    email = forms.EmailField(
        label=_("Your e-mail address"),
        required=False,
        help_text=_("Optional: only if you agree that we ask you a question about your report."),
        error_messages={"invalid": _("Enter a valid e-mail address, like name@example.be, or leave it empty.")},
    )
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, offer_translation=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not offer_translation:
            del self.fields["is_translation"]
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields[HONEYPOT].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})

    def is_spam(self):
        return bool(self.data.get(HONEYPOT, "").strip())


def offers_translation(page):
    """Only a translated page offers "the problem is in the translation"."""
    return page.locale.language_code != source_language()


def report_form_for(page, data=None):
    return ReportForm(data, offer_translation=offers_translation(page), auto_id="report-%s")
