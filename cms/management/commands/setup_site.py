"""Create what every installation needs, whatever its content: idempotent.

Locales, the seeded themes and sectors, the Site, the home page in French with its Dutch and German
translations, the index page of each section in the three languages, and the editorial
roles and review workflow.
Running it again changes nothing.
"""

from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale, Page, Site

from core.translation import save_translation, translated_copy
from editorial.bootstrap import ensure_editorial_setup
from editorial.sync import automatic_translation_paused
from taxonomy.vocabulary import ensure_vocabulary

SOURCE_LANGUAGE = "fr"

HOME = {
    "fr": {
        "title": "Accueil",
        "slug": "accueil",
        "hero_title": "Le numérique au service de votre entreprise",
        "hero_text": "Des fiches pratiques, des témoignages et des séminaires près de chez vous "
        "pour que votre PME tire vraiment parti des technologies de l'information.",
    },
    "nl": {
        "title": "Home",
        "slug": "startpagina",
        "hero_title": "Digitale technologie ten dienste van uw onderneming",
        "hero_text": "Praktische fiches, getuigenissen en seminaries bij u in de buurt, "
        "zodat uw kmo echt voordeel haalt uit informatietechnologie.",
    },
    "de": {
        "title": "Startseite",
        "slug": "startseite",
        "hero_title": "Digitale Technik im Dienst Ihres Unternehmens",
        "hero_text": "Praxisleitfäden, Erfahrungsberichte und Seminare in Ihrer Nähe, "
        "damit Ihr KMU die Informationstechnik wirklich nutzt.",
    },
}

# The index page of each section, created under the home page of each language.
# Content apps add their section here as they arrive.
SECTIONS = [
    (
        "guides.GuideIndexPage",
        {
            "fr": {
                "title": "Fiches pratiques",
                "slug": "fiches-pratiques",
                "intro": "Des fiches courtes et concrètes pour faire un pas de plus avec le numérique, "
                "rédigées pour les petites entreprises et relues par des experts.",
            },
            "nl": {
                "title": "Praktische fiches",
                "slug": "praktische-fiches",
                "intro": "Korte, concrete fiches om een stap verder te zetten met digitale technologie, "
                "geschreven voor kleine ondernemingen en nagekeken door experts.",
            },
            "de": {
                "title": "Praxisleitfäden",
                "slug": "praxisleitfaeden",
                "intro": "Kurze, konkrete Leitfäden für den nächsten digitalen Schritt, "
                "geschrieben für kleine Unternehmen und von Fachleuten geprüft.",
            },
        },
    ),
    (
        "testimonials.TestimonialIndexPage",
        {
            "fr": {
                "title": "Témoignages",
                "slug": "temoignages",
                "intro": "Des chefs d'entreprise wallons racontent, en vidéo, ce que le numérique a changé "
                "dans leur métier, avec la transcription de chaque témoignage.",
            },
            "nl": {
                "title": "Getuigenissen",
                "slug": "getuigenissen",
                "intro": "Waalse ondernemers vertellen op video wat digitale technologie in hun vak heeft "
                "veranderd, met de uitgeschreven tekst van elke getuigenis.",
            },
            "de": {
                "title": "Erfahrungsberichte",
                "slug": "erfahrungsberichte",
                "intro": "Wallonische Unternehmer erzählen im Video, was die Digitalisierung in ihrem Beruf "
                "verändert hat, mit der Abschrift jedes Berichts.",
            },
        },
    ),
    (
        "sponsors.SponsorsIndexPage",
        {
            "fr": {
                "title": "Nos sponsors",
                "slug": "sponsors",
                "intro": "Le programme est financé pour moitié par des entreprises privées. "
                "Elles soutiennent des fiches pratiques et des séminaires sans en orienter le contenu.",
            },
            "nl": {
                "title": "Onze sponsors",
                "slug": "sponsors",
                "intro": "Het programma wordt voor de helft gefinancierd door privébedrijven. "
                "Zij steunen praktische fiches en seminaries zonder de inhoud te sturen.",
            },
            "de": {
                "title": "Unsere Sponsoren",
                "slug": "sponsoren",
                "intro": "Das Programm wird zur Hälfte von privaten Unternehmen finanziert. "
                "Sie unterstützen Praxisleitfäden und Seminare, ohne deren Inhalt zu beeinflussen.",
            },
        },
    ),
    (
        "diagnostic.DiagnosticPage",
        {
            "fr": {"title": "Autodiagnostic", "slug": "autodiagnostic"},
            "nl": {"title": "Zelfdiagnose", "slug": "zelfdiagnose"},
            "de": {"title": "Selbstdiagnose", "slug": "selbstdiagnose"},
        },
    ),
    (
        "agenda.AgendaPage",
        {
            "fr": {
                "title": "Agenda",
                "slug": "agenda",
                "intro": "Séances d'information, séminaires thématiques et sectoriels, conseils collectifs et "
                "individuels près de chez vous, et les présentations des séances passées.",
            },
            "nl": {
                "title": "Agenda",
                "slug": "agenda",
                "intro": "Infosessies, thematische en sectorseminaries, collectief en individueel advies bij u "
                "in de buurt, en de presentaties van voorbije sessies.",
            },
            "de": {
                "title": "Veranstaltungen",
                "slug": "veranstaltungen",
                "intro": "Informationsveranstaltungen, Themen- und Branchenseminare, Gruppen- und Einzelberatung "
                "in Ihrer Nähe sowie die Folien vergangener Veranstaltungen.",
            },
        },
    ),
]


class Command(BaseCommand):
    help = "Create the locales, the site, the home pages and the section index pages (idempotent)."

    @transaction.atomic
    def handle(self, *args, **options):
        locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES}
        # The pages created here come with their reviewed translations: no drafts to build.
        with automatic_translation_paused():
            ensure_vocabulary(locales, SOURCE_LANGUAGE, stdout=self.stdout)
            home = self.ensure_home(locales[SOURCE_LANGUAGE])
            self.ensure_site(home)
            self.ensure_translations(home, HOME, locales)
            for model_path, texts in SECTIONS:
                index = self.ensure_child(home, apps.get_model(model_path), texts[SOURCE_LANGUAGE])
                self.ensure_translations(index, texts, locales)
        ensure_editorial_setup()
        self.stdout.write(self.style.SUCCESS("Site ready: locales, home pages and sections in FR, NL and DE."))

    def ensure_home(self, locale):
        HomePage = apps.get_model("home", "HomePage")
        home = HomePage.objects.filter(locale=locale).first()
        if home:
            return home
        # A flushed database (transactional tests) has lost the root node Wagtail's migration created.
        root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
        # Wagtail's installation leaves a "Welcome" page of the base type: replace it.
        for page in root.get_children().filter(content_type__model="page", content_type__app_label="wagtailcore"):
            page.delete()
        home = root.add_child(instance=HomePage(locale=locale, **HOME[SOURCE_LANGUAGE]))
        home.save_revision().publish()
        self.stdout.write(f"Created the home page {home.url_path}")
        return home

    def ensure_site(self, home):
        url = urlsplit(settings.BASE_URL)
        wanted = {
            "hostname": url.hostname,
            "port": url.port or (443 if url.scheme == "https" else 80),
            "root_page_id": home.pk,
            "site_name": settings.WAGTAIL_SITE_NAME,
        }
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        if any(getattr(site, name) != value for name, value in wanted.items()):
            for name, value in wanted.items():
                setattr(site, name, value)
            site.save()
            self.stdout.write(f"Site {site.hostname}:{site.port} serves the home page")

    def ensure_child(self, parent, model, texts):
        page = model.objects.child_of(parent).first()
        if page:
            return page
        page = parent.add_child(instance=model(locale=parent.locale, **texts))
        page.save_revision().publish()
        self.stdout.write(f"Created {model._meta.verbose_name} {page.url_path}")
        return page

    def ensure_translations(self, page, texts, locales):
        for code, locale in locales.items():
            if code == SOURCE_LANGUAGE or page.has_translation(locale):
                continue
            save_translation(page, locale, translated_copy(page, **texts[code]), publish=True)
            self.stdout.write(f"Translated {page.title!r} into {code}")
