"""``/sitemap.xml``: a sitemap index naming one sitemap per language (``/sitemap-fr.xml``, ``-nl``, ``-de``).

Each language's sitemap lists the live pages of that language any visitor can open (no view restriction,
not a sponsor's area out of contract), each with ``xhtml:link`` alternates: itself, its translations that
are listed too, and ``x-default`` (the French page). The self-diagnostic's steps and results and the search
results are not pages of the tree: they are never listed. The same few queries whatever the number of pages.
"""

from collections import defaultdict
from xml.etree import ElementTree as ET

from django.conf import settings
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.models import Page, Site

from core.seo import X_DEFAULT, iso, root_url
from sponsors.models import Sponsor, SponsorPage

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
ET.register_namespace("", SITEMAP_NS)
ET.register_namespace("xhtml", XHTML_NS)


def listed_pages(request):
    """{translation key: {language: page}} of every page the sitemaps list, in tree order."""
    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    in_site = Q()
    for root in site.root_page.get_translations(inclusive=True):
        in_site |= Q(path__startswith=root.path)
    out_of_contract = SponsorPage.objects.exclude(sponsor__in=Sponsor.objects.active()).values("pk")
    pages = (
        Page.objects.live()
        .public()
        .filter(in_site)
        .exclude(pk__in=out_of_contract)
        .select_related("locale")
        .order_by("path")
    )
    groups = defaultdict(dict)
    for page in pages:
        groups[page.translation_key][page.locale.language_code] = page
    return groups


def xml_response(root):
    body = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return HttpResponse(body, content_type="application/xml; charset=utf-8")


@require_safe
@cache_control(max_age=3600, public=True)
def index(request):
    root = ET.Element(f"{{{SITEMAP_NS}}}sitemapindex")
    for code in LANGUAGE_CODES:
        sitemap = ET.SubElement(root, f"{{{SITEMAP_NS}}}sitemap")
        ET.SubElement(sitemap, f"{{{SITEMAP_NS}}}loc").text = f"{root_url(request)}/sitemap-{code}.xml"
    return xml_response(root)


@require_safe
@cache_control(max_age=3600, public=True)
def language(request, code):
    if code not in LANGUAGE_CODES:
        raise Http404
    root = ET.Element(f"{{{SITEMAP_NS}}}urlset")
    for group in listed_pages(request).values():
        page = group.get(code)
        if page is None:
            continue
        urls = {language: other.get_full_url(request) for language, other in group.items()}
        entry = ET.SubElement(root, f"{{{SITEMAP_NS}}}url")
        ET.SubElement(entry, f"{{{SITEMAP_NS}}}loc").text = urls[code]
        if page.last_published_at:
            ET.SubElement(entry, f"{{{SITEMAP_NS}}}lastmod").text = iso(page.last_published_at)
        alternates = list(urls.items())
        if X_DEFAULT in urls:
            alternates.append(("x-default", urls[X_DEFAULT]))
        for hreflang, href in alternates:
            ET.SubElement(entry, f"{{{XHTML_NS}}}link", rel="alternate", hreflang=hreflang, href=href)
    return xml_response(root)
