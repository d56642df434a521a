"""``/<language>/guides.atom``: an Atom feed of the newest guides of one language (Django's syndication)."""

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale

from guides.models import GuideIndexPage, GuidePage
from taxonomy.localization import localize_links

FEED_SIZE = 20


@dataclass
class Listing:
    request: object
    locale: Locale
    index: GuideIndexPage | None


class GuidesFeed(Feed):
    """The ``FEED_SIZE`` guides of the active language most recently published for the first time."""

    feed_type = Atom1Feed

    def get_object(self, request, *args, **kwargs):
        locale = Locale.objects.filter(language_code=translation.get_language()).first()
        if locale is None:
            raise Http404
        index = GuideIndexPage.objects.live().public().filter(locale=locale).order_by("path").first()
        return Listing(request, locale, index)

    def title(self, listing):
        return _("New guides") + " — jesuisfantasTIC"

    def subtitle(self, listing):
        return _("The practical guides of jesuisfantasTIC, newest first.")

    def link(self, listing):
        if listing.index is not None:
            return listing.index.get_full_url(listing.request)
        return listing.request.build_absolute_uri(f"/{listing.locale.language_code}/")

    def feed_url(self, listing):
        return listing.request.build_absolute_uri(listing.request.path)

    def feed_guid(self, listing):
        return self.feed_url(listing)

    def items(self, listing):
        guides = GuidePage.objects.live().public().filter(locale=listing.locale).exclude(first_published_at=None)
        return localize_links(guides.order_by("-first_published_at", "pk")[:FEED_SIZE])

    def item_title(self, guide):
        return guide.title

    def item_description(self, guide):
        return guide.summary

    def item_link(self, guide):
        return guide.full_url

    def item_pubdate(self, guide):
        return guide.first_published_at

    def item_updateddate(self, guide):
        return guide.last_published_at or guide.first_published_at

    def item_categories(self, guide):
        return [theme.name for theme in guide.localized_themes]

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        response["Content-Language"] = translation.get_language()
        return response
