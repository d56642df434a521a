"""Demo sponsors, their areas and the programme's partners, in FR with NL and DE translations.

Fictional sponsors (one exclusive software & IT sponsor, a telecom operator, a
bank and a hardware maker) whose contracts run from 1 January of this year to
31 December of next year, so they are active whenever the demo is built.
Idempotent: objects are found again by name (sponsors, partners, logos) or by
sponsor (areas), and nothing is created twice.
"""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale

from core.demo import translation_done
from core.demo_media import generated_image
from core.translation import save_translation, translated_copy
from sponsors.models import Partner, Sponsor, SponsorPage, SponsorsIndexPage

SOURCE = "fr"

PARTNERS = [
    {
        "name": {"fr": "Région wallonne", "nl": "Waals Gewest", "de": "Wallonische Region"},
        "description": {
            "fr": "Finance le programme et en fixe les objectifs.",
            "nl": "Financiert het programma en bepaalt de doelstellingen.",
            "de": "Finanziert das Programm und legt seine Ziele fest.",
        },
        "website": "https://www.wallonie.be/",
        "short": "Wallonie",
        "colour": "#c8102e",
    },
    {
        "name": {
            "fr": "AWT – Agence wallonne des Télécommunications",
            "nl": "AWT – Waals Agentschap voor Telecommunicatie",
            "de": "AWT – Wallonische Agentur für Telekommunikation",
        },
        "description": {
            "fr": "Rédige les fiches pratiques et conseille les PME sur leurs choix numériques.",
            "nl": "Schrijft de praktische fiches en adviseert kmo's over hun digitale keuzes.",
            "de": "Verfasst die Praxisleitfäden und berät KMU bei ihren digitalen Entscheidungen.",
        },
        "website": "https://www.awt.be/",
        "short": "AWT",
        "colour": "#0b5cab",
    },
    {
        "name": {
            "fr": "ASE – Agence de Stimulation Économique",
            "nl": "ASE – Agentschap voor Economische Stimulering",
            "de": "ASE – Agentur für Wirtschaftsförderung",
        },
        "description": {
            "fr": "Coordonne les conseillers RENTIC qui accompagnent les entreprises.",
            "nl": "Coördineert de RENTIC-adviseurs die de ondernemingen begeleiden.",
            "de": "Koordiniert die RENTIC-Berater, die die Unternehmen begleiten.",
        },
        "website": "https://www.as-e.be/",
        "short": "ASE",
        "colour": "#2e7d32",
    },
    {
        "name": {
            "fr": "UCM – Union des Classes Moyennes",
            "nl": "UCM – Unie van de Middenstand",
            "de": "UCM – Mittelstandsvereinigung",
        },
        "description": {
            "fr": "Organise les séminaires et relaie le programme auprès des indépendants et des PME.",
            "nl": "Organiseert de seminaries en brengt het programma bij zelfstandigen en kmo's.",
            "de": "Organisiert die Seminare und bringt das Programm zu Selbstständigen und KMU.",
        },
        "website": "https://www.ucm.be/",
        "short": "UCM",
        "colour": "#f39200",
    },
]

SPONSORS = [
    {
        "name": "Nuvalis Logiciels",
        "category": Sponsor.Category.SOFTWARE_IT,
        "tier": Sponsor.Tier.MAIN,
        "exclusive": True,
        "website": "https://nuvalis.example/",
        "colour": "#4a2c8f",
        "description": {
            "fr": "Éditeur namurois de logiciels de gestion pour les indépendants et les PME : "
            "facturation, stock, agenda partagé.",
            "nl": "Naamse uitgever van beheersoftware voor zelfstandigen en kmo's: facturatie, voorraad, "
            "gedeelde agenda.",
            "de": "Softwarehersteller aus Namur mit Verwaltungsprogrammen für Selbstständige und KMU: "
            "Rechnungen, Lager, gemeinsamer Kalender.",
        },
        "contact": ("Claire Dubois", "partenariats@nuvalis.example", "+32 81 20 45 60"),
        "area": {
            "fr": (
                "Nuvalis, sponsor informatique exclusif",
                "Pourquoi Nuvalis soutient le programme",
                "Depuis quinze ans, nous équipons des boulangeries, des garages et des bureaux comptables. "
                "Nous voyons chaque jour ce qu'un outil bien choisi change pour une petite équipe : "
                "moins de ressaisies, des factures envoyées le jour même, un stock à jour. "
                "Nous finançons les fiches sur la facturation électronique et les séminaires sur les outils "
                "collaboratifs, sans intervenir dans leur contenu.",
            ),
            "nl": (
                "Nuvalis, exclusieve IT-sponsor",
                "Waarom Nuvalis het programma steunt",
                "Al vijftien jaar rusten we bakkerijen, garages en boekhoudkantoren uit. "
                "Elke dag zien we wat een goed gekozen tool verandert voor een klein team: "
                "minder dubbel invoeren, facturen die dezelfde dag vertrekken, een actuele voorraad. "
                "We financieren de fiches over elektronische facturatie en de seminaries over "
                "samenwerkingstools, zonder ons met de inhoud te bemoeien.",
            ),
            "de": (
                "Nuvalis, exklusiver IT-Sponsor",
                "Warum Nuvalis das Programm unterstützt",
                "Seit fünfzehn Jahren statten wir Bäckereien, Werkstätten und Buchhaltungsbüros aus. "
                "Jeden Tag sehen wir, was ein gut gewähltes Werkzeug für ein kleines Team verändert: "
                "weniger doppelte Eingaben, Rechnungen am selben Tag, ein aktueller Lagerbestand. "
                "Wir finanzieren die Leitfäden zur E-Rechnung und die Seminare zu Kollaborationswerkzeugen, "
                "ohne auf ihren Inhalt Einfluss zu nehmen.",
            ),
        },
    },
    {
        "name": "Mosaline Télécom",
        "category": Sponsor.Category.TELECOM,
        "tier": Sponsor.Tier.SUPPORTING,
        "exclusive": False,
        "website": "https://mosaline.example/",
        "colour": "#00838f",
        "description": {
            "fr": "Opérateur régional de fibre et de téléphonie mobile pour les professionnels.",
            "nl": "Regionale operator van glasvezel en mobiele telefonie voor professionals.",
            "de": "Regionaler Anbieter von Glasfaser und Mobilfunk für Gewerbetreibende.",
        },
        "contact": ("Marc Lejeune", "pro@mosaline.example", "+32 4 250 12 34"),
        "area": {
            "fr": (
                "Mosaline Télécom",
                "Une connexion fiable, partout en Wallonie",
                "Un commerce sans internet ne peut plus encaisser par carte ni recevoir ses commandes. "
                "Mosaline soutient les séminaires sur la mobilité et la sécurité du Wi-Fi, "
                "pour que chaque entreprise sache ce qu'elle peut exiger de son opérateur.",
            ),
            "nl": (
                "Mosaline Telecom",
                "Een betrouwbare verbinding, overal in Wallonië",
                "Een zaak zonder internet kan geen kaartbetalingen meer ontvangen en geen bestellingen "
                "binnenkrijgen. Mosaline steunt de seminaries over mobiliteit en wifi-beveiliging, "
                "zodat elke onderneming weet wat ze van haar operator mag verwachten.",
            ),
            "de": (
                "Mosaline Telekom",
                "Eine zuverlässige Verbindung, überall in der Wallonie",
                "Ein Geschäft ohne Internet kann weder Kartenzahlungen annehmen noch Bestellungen empfangen. "
                "Mosaline unterstützt die Seminare zu Mobilität und WLAN-Sicherheit, damit jedes Unternehmen "
                "weiß, was es von seinem Anbieter verlangen kann.",
            ),
        },
    },
    {
        "name": "Banque Sambre & Meuse",
        "category": Sponsor.Category.BANKING,
        "tier": Sponsor.Tier.SUPPORTING,
        "exclusive": False,
        "website": "https://sambre-meuse.example/",
        "colour": "#1b5e20",
        "description": {
            "fr": "Banque coopérative des indépendants et des PME wallonnes.",
            "nl": "Coöperatieve bank van Waalse zelfstandigen en kmo's.",
            "de": "Genossenschaftsbank der wallonischen Selbstständigen und KMU.",
        },
        "contact": ("Sophie Lambert", "entreprises@sambre-meuse.example", "+32 71 30 40 50"),
        "area": {
            "fr": (
                "Banque Sambre & Meuse",
                "Encaisser et payer sans papier",
                "Terminaux de paiement, virements instantanés, factures électroniques : "
                "nous aidons les entreprises à choisir des solutions sûres et à éviter les fraudes. "
                "La banque soutient les fiches sur le paiement électronique.",
            ),
            "nl": (
                "Bank Samber & Maas",
                "Papierloos ontvangen en betalen",
                "Betaalterminals, instantoverschrijvingen, elektronische facturen: "
                "we helpen ondernemingen veilige oplossingen te kiezen en fraude te vermijden. "
                "De bank steunt de fiches over elektronisch betalen.",
            ),
            "de": (
                "Bank Sambre & Maas",
                "Papierlos kassieren und bezahlen",
                "Zahlungsterminals, Sofortüberweisungen, elektronische Rechnungen: "
                "Wir helfen Unternehmen, sichere Lösungen zu wählen und Betrug zu vermeiden. "
                "Die Bank unterstützt die Leitfäden zur elektronischen Zahlung.",
            ),
        },
    },
    {
        "name": "Hesbatech Matériel",
        "category": Sponsor.Category.HARDWARE,
        "tier": Sponsor.Tier.SUPPORTING,
        "exclusive": False,
        "website": "https://hesbatech.example/",
        "colour": "#37474f",
        "description": {
            "fr": "Assembleur liégeois d'ordinateurs, de caisses enregistreuses et de réseaux pour commerces.",
            "nl": "Luiks bedrijf dat computers, kassasystemen en netwerken voor winkels bouwt.",
            "de": "Hersteller aus Lüttich von Computern, Kassensystemen und Netzwerken für den Handel.",
        },
        "contact": ("Julien Renard", "contact@hesbatech.example", "+32 4 380 90 10"),
        "area": {
            "fr": (
                "Hesbatech Matériel",
                "Du matériel qui dure",
                "Un ordinateur bien entretenu tient sept ans. Hesbatech soutient les fiches sur le choix "
                "et l'entretien du matériel et reprend gratuitement les appareils des participants "
                "aux séminaires pour les reconditionner.",
            ),
            "nl": (
                "Hesbatech Hardware",
                "Hardware die lang meegaat",
                "Een goed onderhouden computer gaat zeven jaar mee. Hesbatech steunt de fiches over de keuze "
                "en het onderhoud van hardware en neemt de toestellen van seminariedeelnemers gratis terug "
                "om ze op te knappen.",
            ),
            "de": (
                "Hesbatech Hardware",
                "Hardware, die hält",
                "Ein gut gewarteter Computer hält sieben Jahre. Hesbatech unterstützt die Leitfäden zur Auswahl "
                "und Wartung von Hardware und nimmt die Geräte der Seminarteilnehmer kostenlos zurück, "
                "um sie aufzubereiten.",
            ),
        },
    },
]


def logo(title, text, colour):
    """A generated logo (PNG, 480×160) stored as a Wagtail image, found again by title."""
    return generated_image(title, text, colour)


def contract_dates(today=None):
    today = today or timezone.localdate()
    return datetime.date(today.year, 1, 1), datetime.date(today.year + 1, 12, 31)


def paragraph(text):
    return f"<p>{text}</p>"


@transaction.atomic
def build(stdout):
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    build_partners(locales, stdout)
    sponsors = build_sponsors(locales, stdout)
    build_areas(sponsors, locales, stdout)


def build_partners(locales, stdout):
    for order, data in enumerate(PARTNERS, start=1):
        partner = Partner.objects.filter(locale=locales[SOURCE], website=data["website"]).first()
        if partner is None:
            partner = Partner.objects.create(
                locale=locales[SOURCE],
                name=data["name"][SOURCE],
                description=data["description"][SOURCE],
                website=data["website"],
                sort_order=order,
                logo=logo(f"Logo {data['short']}", data["short"], data["colour"]),
            )
            stdout.write(f"Created the partner {partner.name}")
        translate(partner, locales, lambda code, data=data: {k: data[k][code] for k in ("name", "description")})


def build_sponsors(locales, stdout):
    start, end = contract_dates()
    sponsors = []
    for data in SPONSORS:
        sponsor = Sponsor.objects.filter(locale=locales[SOURCE], name=data["name"]).first()
        if sponsor is None:
            sponsor = Sponsor(
                locale=locales[SOURCE],
                name=data["name"],
                description=data["description"][SOURCE],
                website=data["website"],
                category=data["category"],
                tier=data["tier"],
                exclusive=data["exclusive"],
                contract_start=start,
                contract_end=end,
                logo=logo(f"Logo {data['name']}", data["name"].split()[0], data["colour"]),
            )
            sponsor.full_clean()
            sponsor.save()
            stdout.write(f"Created the sponsor {sponsor.name}")
        translate(sponsor, locales, lambda code, data=data: {"description": data["description"][code]})
        sponsors.append((sponsor, data))
    return sponsors


def build_areas(sponsors, locales, stdout):
    index = SponsorsIndexPage.objects.filter(locale=locales[SOURCE]).first()
    for sponsor, data in sponsors:
        page = SponsorPage.objects.filter(sponsor=sponsor).first()
        title, heading, text = data["area"][SOURCE]
        if page is None:
            name, email, phone = data["contact"]
            page = index.add_child(
                instance=SponsorPage(
                    locale=locales[SOURCE],
                    title=title,
                    slug=slugify(sponsor.name),
                    sponsor=sponsor,
                    presentation=[("heading", heading), ("paragraph", paragraph(text))],
                    contact_name=name,
                    contact_email=email,
                    contact_phone=phone,
                )
            )
            page.save_revision().publish()
            stdout.write(f"Created the sponsor page {page.url_path}")

        def texts(code, page=page, data=data):
            title, heading, text = data["area"][code]
            blocks = list(page.presentation)
            return {
                "title": title,
                "slug": page.slug,
                "presentation": [
                    {"type": "heading", "value": heading, "id": blocks[0].id},
                    {"type": "paragraph", "value": paragraph(text), "id": blocks[1].id},
                ],
            }

        translate(page, locales, texts)


def translate(source, locales, texts):
    for code, locale in locales.items():
        # Publishing the French page already made draft translations (editorial.sync): only a
        # live translation means this one is done.
        existing = source.get_translation_or_none(locale)
        if code == SOURCE or translation_done(existing):
            continue
        save_translation(source, locale, translated_copy(source, **texts(code)), publish=True)
