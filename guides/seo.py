"""A guide's schema.org ``Article`` (JSON-LD), written in its page's ``<head>`` by ``{% page_ld page %}``."""

from django.utils import timezone

from core.seo import absolute, description_of, image_of, iso, language_of, organization


def article(page, request=None):
    """A guide as a schema.org ``Article``."""
    published = page.first_published_at or page.latest_revision_created_at or timezone.now()
    modified = page.last_published_at or published
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": (page.seo_title or page.title)[:110],
        "description": description_of(page),
        "url": absolute(page.get_full_url(request), request),
        "mainEntityOfPage": absolute(page.get_full_url(request), request),
        "datePublished": iso(published),
        "dateModified": iso(max(modified, published)),
        "inLanguage": language_of(page),
        "author": organization(request),
        "publisher": organization(request),
        "image": image_of(page, request)[0],
    }
    themes = [theme.name for theme in page.localized_themes]
    if themes:
        data["keywords"] = ", ".join(themes)
    return data
