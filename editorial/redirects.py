"""Redirects from a page's old address, for addresses visitors could have known only.

Wagtail creates a redirect whenever a page's slug or place changes (``WAGTAILREDIRECTS_AUTO_CREATE``),
live or not. A Dutch or German translation is a draft until a reviewer publishes it, and wagtail-localize
writes a draft translation's new slug straight onto its page: the redirect from its old, never public
address led to a page that is not live (a 404) and showed the draft's slug to anyone. So Wagtail's own
handlers are off (``WAGTAILREDIRECTS_AUTO_CREATE = False``, cms/settings) and these create the same
redirects, with Wagtail's ``create_redirects``, for live pages only: when a reviewer publishes a new slug,
its old address redirects to the page.
"""

from django.dispatch import receiver
from wagtail.contrib.redirects.signal_handlers import create_redirects
from wagtail.models import Site
from wagtail.signals import page_slug_changed, post_page_move


def _sites(page):
    ids = [option.site_id for option in page._get_relevant_site_root_paths(cache_object=page)]
    return Site.objects.filter(id__in=ids).exclude(root_page=page)


@receiver(page_slug_changed)
def redirect_old_slug(sender, instance, instance_before, **kwargs):
    """A live page's old slug redirects to it; a draft's slug changes without a trace."""
    if instance_before.live:
        create_redirects(page=instance, page_old=instance_before, sites=_sites(instance))


@receiver(post_page_move)
def redirect_old_place(sender, instance, url_path_before, url_path_after, **kwargs):
    """A live page moved elsewhere in its tree: its old address redirects to it."""
    if url_path_before == url_path_after or not instance.live:
        return
    page = instance.specific
    page_old = type(page)()
    page_old.__dict__.update(page.__dict__)
    page_old.url_path = url_path_before
    create_redirects(page=page, page_old=page_old, sites=_sites(page))
