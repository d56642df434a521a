"""The seminar registration form, shown on the seminar's page in the page's language."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from diagnostic.profile import SIZE_BANDS
from taxonomy.models import Sector


class RegistrationForm(forms.Form):
    """Name, company, e-mail, optional phone, sector, company size and consent to the privacy notice.

    ``website`` is a honeypot: hidden from people (and from assistive technology), filled by bots.
    """

    name = forms.CharField(
        label=_("Your name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Enter your name."), "max_length": _("Your name is too long.")},
    )
    company = forms.CharField(
        label=_("Company"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
        error_messages={
            "required": _("Enter the name of your company."),
            "max_length": _("The company name is too long."),
        },
    )
    email = forms.EmailField(
        label=_("E-mail"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_("Your confirmation and the cancellation link are sent here."),
        error_messages={
            "required": _("Enter your e-mail address."),
            "invalid": _("Enter a valid e-mail address, like name@example.be."),
        },
    )
    phone = forms.RegexField(
        label=_("Phone"),
        required=False,
        max_length=30,
        regex=r"^\+?[0-9 ./()-]{6,30}$",
        widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
        help_text=_("Optional: to reach you if the session changes at the last minute."),
        error_messages={
            "invalid": _("Enter a phone number with digits only, like 081 23 45 67 or +32 81 23 45 67."),
            "max_length": _("Enter a phone number with digits only, like 081 23 45 67 or +32 81 23 45 67."),
        },
    )
    sector = forms.ChoiceField(label=_("Sector"), error_messages={"required": _("Choose your sector.")})
    company_size = forms.ChoiceField(
        label=_("Company size"),
        choices=[("", _("Choose…")), *SIZE_BANDS],
        error_messages={"required": _("Choose the size of your company.")},
    )
    consent = forms.BooleanField(
        label=_("I agree that my data is used to manage this registration, as the privacy notice explains."),
        error_messages={"required": _("Tick the box to agree to the privacy notice, or we cannot register you.")},
    )
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.sectors = {s.slug: s for s in Sector.objects.in_locale(locale).order_by("name")}
        self.fields["sector"].choices = [("", _("Choose…"))] + [(slug, s.name) for slug, s in self.sectors.items()]
        self.fields["sector"].error_messages["invalid_choice"] = _("Choose your sector from the list.")
        size = self.fields["company_size"]
        size.error_messages["invalid_choice"] = _("Choose the size of your company from the list.")

    def clean(self):
        cleaned = super().clean()
        if self.data.get("website"):
            self.add_error(
                None, _("Leave the field “Leave this field empty” empty: it is there to stop automated spam.")
            )
        return cleaned

    @property
    def is_spam(self):
        return bool(self.data.get("website"))

    def describe_fields(self):
        """Tie each input to its help text and error message (``aria-describedby``) once the form is checked."""
        for name, field in self.fields.items():
            bound = self[name]
            ids = [f"{bound.auto_id}-help"] if field.help_text else []
            if name in self.errors:
                ids.append(f"{bound.auto_id}-error")
                field.widget.attrs["aria-invalid"] = "true"
            if ids:
                field.widget.attrs["aria-describedby"] = " ".join(ids)
        return self

    def registration_data(self):
        """What ``agenda.registrations.register`` takes: the sector as the source-language term."""
        data = {name: self.cleaned_data[name] for name in ("name", "company", "email", "phone", "company_size")}
        chosen = self.sectors[self.cleaned_data["sector"]]
        sources = Sector.objects.filter(
            translation_key=chosen.translation_key, locale__language_code=settings.LANGUAGE_CODE
        )
        data["sector"] = sources.first() or chosen
        return data
