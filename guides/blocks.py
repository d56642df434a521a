"""The blocks of a practical guide: the shared content blocks plus steps and a checklist."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import CONTENT_BLOCKS, optional_line

STEP_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ul"]


class StepBlock(blocks.StructBlock):
    title = optional_line(
        _("Step title"),
        help_text=_("A few words naming the step, e.g. 'Create your account'."),
    )
    text = blocks.RichTextBlock(label=_("What to do"), features=STEP_TEXT_FEATURES)

    class Meta:
        icon = "arrow-right"
        label = _("Step")
        preview_value = {
            "title": "Créez votre compte",
            "text": "<p>Rendez-vous sur le site et cliquez sur « S'inscrire ».</p>",
        }


class StepsBlock(blocks.StructBlock):
    title = optional_line(_("Title"))
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Numbered steps")
        template = "guides/blocks/steps.html"
        preview_value = {
            "title": "En trois étapes",
            "steps": [
                {"title": "Inventoriez", "text": "<p>Listez vos appareils et vos données.</p>"},
                {"title": "Choisissez", "text": "<p>Choisissez un support de sauvegarde.</p>"},
                {"title": "Testez", "text": "<p>Restaurez un fichier pour vérifier.</p>"},
            ],
        }


class ChecklistBlock(blocks.StructBlock):
    title = optional_line(_("Title"))
    items = blocks.ListBlock(
        blocks.CharBlock(label=_("Item"), max_length=255),
        label=_("Items"),
        min_num=1,
        help_text=_("One thing to check per line."),
    )

    class Meta:
        icon = "tasks"
        label = _("Checklist")
        template = "guides/blocks/checklist.html"
        preview_value = {
            "title": "Avant de commencer",
            "items": ["Un numéro d'entreprise", "Une adresse e-mail professionnelle", "Votre logo"],
        }


GUIDE_BODY_BLOCKS = [
    *CONTENT_BLOCKS,
    ("steps", StepsBlock()),
    ("checklist", ChecklistBlock()),
]
