from django.db import models

from modelcluster.fields import ParentalManyToManyField
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet


class HomePage(Page):
    pass


@register_snippet
class Theme(models.Model):
    name = models.CharField(max_length=255)

    def __str__(self):
        return self.name


class GuidePage(Page):
    summary = models.TextField(blank=True)
    body = RichTextField(blank=True)
    themes = ParentalManyToManyField(Theme, blank=True)

    content_panels = Page.content_panels + ["summary", "body", "themes"]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    api_fields = [
        APIField("summary"),
        APIField("body"),
        APIField("themes"),
    ]
