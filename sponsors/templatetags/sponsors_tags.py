"""Partner and sponsor logos (footer, home page) and sponsor credits on content pages."""

from django import template
from wagtail.models import Locale

from sponsors.models import logos_of

register = template.Library()


@register.inclusion_tag("sponsors/includes/logos.html", takes_context=True)
def partner_and_sponsor_logos(context, place="footer", heading_level=2):
    """The logos of the active language. Renders nothing without a request (the 500 page)."""
    if context.get("request") is None:
        return {"partners": [], "sponsors": []}
    partners, sponsors = logos_of(Locale.get_active())
    return {"partners": partners, "sponsors": sponsors, "place": place, "heading_level": heading_level}


@register.inclusion_tag("sponsors/includes/credit.html")
def sponsor_credit(page):
    """ "With the support of …" on a page that credits a sponsor (``SponsoredPage``), while the contract runs."""
    return {"sponsor": page.sponsor_credit}
