"""Demo agenda: six venues in Walloon cities and twelve sessions, in FR with NL and DE translations.

Dates are relative to the day the demo is built (six sessions in the past with
their slides, six to come), so the agenda always shows both. Venues, speakers
and addresses are fictional. Idempotent: venues are found again by name and
city, seminars by slug, slides by title; translations are only added when missing.
"""

import datetime as dt
from zoneinfo import ZoneInfo

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Locale

from agenda.models import AgendaPage, SeminarPage, SeminarPresentation, SeminarSpeaker, Venue
from agenda.records import Registration
from core.demo import translation_done
from core.translation import save_translation, translated_copy
from sponsors.models import Sponsor
from taxonomy.models import Sector, Theme

SOURCE = "fr"
BRUSSELS = ZoneInfo("Europe/Brussels")

VENUES = [
    {
        "key": "namur",
        "name": {"fr": "Espace Entreprendre", "nl": "Ruimte Ondernemen", "de": "Raum Unternehmen"},
        "address": "Rue des Tanneries 14",
        "postcode": "5000",
        "city": "Namur",
        "coordinates": ("50.464600", "4.865800"),
        "access": {
            "fr": "À 8 minutes à pied de la gare de Namur. Salle au rez-de-chaussée, accessible en fauteuil roulant.",
            "nl": "Op 8 minuten wandelen van het station van Namen. Zaal op de benedenverdieping, "
            "rolstoeltoegankelijk.",
            "de": "8 Gehminuten vom Bahnhof Namur. Saal im Erdgeschoss, rollstuhlgerecht.",
        },
    },
    {
        "key": "liege",
        "name": {"fr": "Centre d'affaires du Val", "nl": "Zakencentrum du Val", "de": "Geschäftszentrum du Val"},
        "address": "Quai de la Meuse 41",
        "postcode": "4000",
        "city": "Liège",
        "coordinates": ("50.641100", "5.576700"),
        "access": {
            "fr": "Bus 4 et 48, arrêt « Pont Kennedy ». Parking payant sous le bâtiment ; ascenseur jusqu'à la salle.",
            "nl": "Bus 4 en 48, halte „Pont Kennedy”. Betaalparking onder het gebouw; lift tot aan de zaal.",
            "de": "Bus 4 und 48, Haltestelle „Pont Kennedy“. Kostenpflichtiges Parkhaus unter dem Gebäude; "
            "Aufzug bis zum Saal.",
        },
    },
    {
        "key": "charleroi",
        "name": {
            "fr": "Pôle numérique de Charleroi",
            "nl": "Digitale pool Charleroi",
            "de": "Digitalzentrum Charleroi",
        },
        "address": "Boulevard Tirou 120",
        "postcode": "6000",
        "city": "Charleroi",
        "coordinates": ("50.409700", "4.444800"),
        "access": {
            "fr": "Métro, station Janson. Entrée par la cour intérieure, salle au 1er étage (ascenseur).",
            "nl": "Metro, station Janson. Ingang via de binnenplaats, zaal op de eerste verdieping (lift).",
            "de": "U-Bahn, Station Janson. Eingang über den Innenhof, Saal im 1. Stock (Aufzug).",
        },
    },
    {
        "key": "mons",
        "name": {"fr": "Maison des métiers", "nl": "Huis van de ambachten", "de": "Haus der Berufe"},
        "address": "Rue de Nimy 52",
        "postcode": "7000",
        "city": "Mons",
        "coordinates": ("50.456400", "3.954800"),
        "access": {
            "fr": "À 10 minutes de la Grand-Place. Parking gratuit derrière le bâtiment.",
            "nl": "Op 10 minuten van de Grote Markt. Gratis parking achter het gebouw.",
            "de": "10 Minuten vom Grand-Place. Kostenloser Parkplatz hinter dem Gebäude.",
        },
    },
    {
        "key": "arlon",
        "name": {"fr": "Halle aux entrepreneurs", "nl": "Ondernemershal", "de": "Unternehmerhalle"},
        "address": "Avenue de Longwy 9",
        "postcode": "6700",
        "city": "Arlon",
        "coordinates": ("49.683300", "5.816700"),
        "access": {
            "fr": "À 5 minutes de la gare d'Arlon. Salle de plain-pied.",
            "nl": "Op 5 minuten van het station van Aarlen. Gelijkvloerse zaal.",
            "de": "5 Minuten vom Bahnhof Arlon. Ebenerdiger Saal.",
        },
    },
    {
        "key": "wavre",
        "name": {
            "fr": "Centre PME du Brabant wallon",
            "nl": "Kmo-centrum Waals-Brabant",
            "de": "KMU-Zentrum Wallonisch-Brabant",
        },
        "address": "Chaussée de Bruxelles 200",
        "postcode": "1300",
        "city": "Wavre",
        "coordinates": ("50.717000", "4.601000"),
        "access": {
            "fr": "Sortie 6 de l'E411, grand parking gratuit. Bus 20 depuis la gare de Wavre.",
            "nl": "Afrit 6 van de E411, grote gratis parking. Bus 20 vanaf het station van Waver.",
            "de": "Ausfahrt 6 der E411, großer kostenloser Parkplatz. Bus 20 ab dem Bahnhof Wavre.",
        },
    },
]

SPEAKERS = {
    "claire": {
        "name": "Claire Dubois",
        "organisation": "RENTIC Namur",
        "bio": {
            "fr": "Conseillère RENTIC depuis huit ans, elle accompagne des commerçants et artisans dans leurs "
            "premiers pas numériques.",
            "nl": "Al acht jaar RENTIC-consulente; ze begeleidt handelaars en ambachtslui bij hun eerste digitale "
            "stappen.",
            "de": "Seit acht Jahren RENTIC-Beraterin; sie begleitet Händler und Handwerker bei ihren ersten "
            "digitalen Schritten.",
        },
    },
    "marc": {
        "name": "Marc Lejeune",
        "organisation": "Cyberveille Wallonie",
        "bio": {
            "fr": "Spécialiste de la sécurité des petites structures, il a audité plus de deux cents réseaux de PME.",
            "nl": "Specialist in de beveiliging van kleine structuren; hij heeft meer dan tweehonderd kmo-netwerken "
            "doorgelicht.",
            "de": "Spezialist für die Sicherheit kleiner Betriebe; er hat mehr als zweihundert KMU-Netzwerke geprüft.",
        },
    },
    "sofia": {
        "name": "Sofia Marchal",
        "organisation": "Atelier Web Liégeois",
        "bio": {
            "fr": "Développeuse et formatrice, elle aide les commerces à ouvrir une boutique en ligne sans se ruiner.",
            "nl": "Ontwikkelaar en opleider; ze helpt winkels om zonder grote kosten een webwinkel te openen.",
            "de": "Entwicklerin und Trainerin; sie hilft Geschäften, ohne große Kosten einen Webshop zu eröffnen.",
        },
    },
    "jonas": {
        "name": "Jonas Weber",
        "organisation": "Libre Bureau Ostbelgien",
        "bio": {
            "fr": "Installe des logiciels libres dans les PME de l'est du pays depuis 2012.",
            "nl": "Installeert sinds 2012 vrije software in kmo's in het oosten van het land.",
            "de": "Installiert seit 2012 freie Software in KMU im Osten des Landes.",
        },
    },
}

# (slug, days from today, hour, kind, city key or None for online, spoken language, themes, sectors,
#  speakers, status, capacity, sponsor category, texts per language: (title, summary, description))
SEMINARS = [
    (
        "numerique-tpe-par-ou-commencer",
        -120,
        9,
        "information-session",
        "namur",
        "fr",
        ["website", "collaboration"],
        [],
        ["claire"],
        "scheduled",
        60,
        None,
        {
            "fr": (
                "Le numérique pour les TPE : par où commencer ?",
                "Une matinée pour faire le point sur les outils utiles à une très petite entreprise.",
                "Site web, messagerie, agenda partagé, sauvegardes : nous passons en revue les outils qui font "
                "gagner du temps dès la première semaine, avec leur coût réel.",
            ),
            "nl": (
                "Digitaal voor zeer kleine ondernemingen: waar begin je?",
                "Een ochtend om de nuttige tools voor een zeer kleine onderneming op een rij te zetten.",
                "Website, e-mail, gedeelde agenda, back-ups: we overlopen de tools die vanaf de eerste week tijd "
                "besparen, met hun werkelijke kostprijs.",
            ),
            "de": (
                "Digital für Kleinstunternehmen: Wo anfangen?",
                "Ein Vormittag, um die nützlichen Werkzeuge für ein Kleinstunternehmen zu sichten.",
                "Website, E-Mail, gemeinsamer Kalender, Datensicherung: Wir gehen die Werkzeuge durch, die ab "
                "der ersten Woche Zeit sparen, mit ihren tatsächlichen Kosten.",
            ),
        },
    ),
    (
        "securiser-donnees-wifi",
        -90,
        14,
        "thematic-seminar",
        "liege",
        "fr",
        ["security", "data-privacy"],
        [],
        ["marc"],
        "scheduled",
        40,
        "software-it",
        {
            "fr": (
                "Sécuriser ses données et son Wi-Fi",
                "Mots de passe, sauvegardes, Wi-Fi des clients : les gestes qui évitent la catastrophe.",
                "Nous configurons ensemble un réseau Wi-Fi séparé pour les clients, un gestionnaire de mots de "
                "passe et une sauvegarde automatique hors site.",
            ),
            "nl": (
                "Uw gegevens en wifi beveiligen",
                "Wachtwoorden, back-ups, wifi voor klanten: de handelingen die een ramp voorkomen.",
                "Samen stellen we een apart wifinetwerk voor klanten in, een wachtwoordbeheerder en een "
                "automatische externe back-up.",
            ),
            "de": (
                "Daten und WLAN absichern",
                "Passwörter, Datensicherung, Kunden-WLAN: die Handgriffe, die eine Katastrophe verhindern.",
                "Gemeinsam richten wir ein getrenntes Kunden-WLAN, einen Passwortmanager und eine automatische "
                "externe Datensicherung ein.",
            ),
        },
    ),
    (
        "commerce-detail-vendre-en-ligne",
        -60,
        9,
        "sector-seminar",
        "charleroi",
        "fr",
        ["e-commerce"],
        ["retail"],
        ["sofia"],
        "scheduled",
        50,
        None,
        {
            "fr": (
                "Commerce de détail : vendre aussi en ligne",
                "Ouvrir une boutique en ligne à côté du magasin, sans se disperser.",
                "Choisir une plateforme, photographier ses produits, gérer le stock commun au magasin et au site, "
                "proposer le retrait en boutique : retours d'expérience de commerçants carolos.",
            ),
            "nl": (
                "Detailhandel: ook online verkopen",
                "Naast de winkel een webwinkel openen, zonder de focus te verliezen.",
                "Een platform kiezen, producten fotograferen, één voorraad voor winkel en website beheren, "
                "afhalen in de winkel aanbieden: ervaringen van handelaars uit Charleroi.",
            ),
            "de": (
                "Einzelhandel: auch online verkaufen",
                "Neben dem Laden einen Webshop eröffnen, ohne sich zu verzetteln.",
                "Eine Plattform wählen, Produkte fotografieren, einen gemeinsamen Bestand für Laden und Website "
                "führen, Abholung im Geschäft anbieten: Erfahrungen von Händlern aus Charleroi.",
            ),
        },
    ),
    (
        "atelier-facturation-electronique",
        -45,
        13,
        "collective-advice",
        "mons",
        "fr",
        ["e-invoicing-payments"],
        [],
        ["claire"],
        "scheduled",
        15,
        "banking-payment",
        {
            "fr": (
                "Facturation électronique : atelier pratique",
                "Envoyer sa première facture électronique structurée, pas à pas.",
                "Chaque participant vient avec son ordinateur portable et repart avec un modèle de facture "
                "conforme et un logiciel configuré.",
            ),
            "nl": (
                "Elektronische facturatie: praktische workshop",
                "Stap voor stap uw eerste gestructureerde elektronische factuur versturen.",
                "Elke deelnemer brengt een laptop mee en vertrekt met een conform factuursjabloon en "
                "geconfigureerde software.",
            ),
            "de": (
                "E-Rechnung: praktischer Workshop",
                "Schritt für Schritt die erste strukturierte elektronische Rechnung versenden.",
                "Alle Teilnehmenden bringen ihren Laptop mit und gehen mit einer konformen Rechnungsvorlage und "
                "eingerichteter Software nach Hause.",
            ),
        },
    ),
    (
        "logiciels-libres-au-bureau",
        -30,
        18,
        "thematic-seminar",
        "arlon",
        "de",
        ["open-source"],
        [],
        ["jonas"],
        "scheduled",
        30,
        None,
        {
            "fr": (
                "Logiciels libres au bureau",
                "Bureautique, comptabilité, messagerie : des alternatives libres éprouvées (séance en allemand).",
                "Présentation de logiciels libres utilisés au quotidien par des PME de la province, avec leurs "
                "limites et le coût d'une migration.",
            ),
            "nl": (
                "Vrije software op kantoor",
                "Kantoorsoftware, boekhouding, e-mail: beproefde vrije alternatieven (sessie in het Duits).",
                "Voorstelling van vrije software die kmo's uit de provincie dagelijks gebruiken, met hun grenzen "
                "en de kostprijs van een migratie.",
            ),
            "de": (
                "Freie Software im Büro",
                "Büroprogramme, Buchhaltung, E-Mail: bewährte freie Alternativen.",
                "Vorstellung freier Software, die KMU der Provinz täglich nutzen, mit ihren Grenzen und den "
                "Kosten einer Umstellung.",
            ),
        },
    ),
    (
        "chantier-connecte",
        -10,
        8,
        "sector-seminar",
        "wavre",
        "fr",
        ["mobility", "collaboration"],
        ["construction"],
        ["claire", "marc"],
        "scheduled",
        40,
        None,
        {
            "fr": (
                "Chantier connecté : tablettes et planning partagé",
                "Des outils simples pour que le bureau et le chantier parlent le même langage.",
                "Planning partagé, photos de chantier classées automatiquement, bons de travail signés sur "
                "tablette : démonstrations avec deux entreprises de construction du Brabant wallon.",
            ),
            "nl": (
                "Verbonden werf: tablets en gedeelde planning",
                "Eenvoudige tools zodat kantoor en werf dezelfde taal spreken.",
                "Gedeelde planning, automatisch geordende werffoto's, werkbonnen die op een tablet ondertekend "
                "worden: demonstraties met twee bouwbedrijven uit Waals-Brabant.",
            ),
            "de": (
                "Vernetzte Baustelle: Tablets und gemeinsame Planung",
                "Einfache Werkzeuge, damit Büro und Baustelle dieselbe Sprache sprechen.",
                "Gemeinsame Planung, automatisch sortierte Baustellenfotos, auf dem Tablet unterschriebene "
                "Arbeitsscheine: Vorführungen mit zwei Bauunternehmen aus Wallonisch-Brabant.",
            ),
        },
    ),
    (
        "reseaux-sociaux-se-faire-connaitre",
        7,
        9,
        "thematic-seminar",
        "namur",
        "fr",
        ["marketing"],
        [],
        ["sofia"],
        "scheduled",
        40,
        "software-it",
        {
            "fr": (
                "Se faire connaître grâce aux réseaux sociaux",
                "Quels réseaux choisir, quoi publier et combien de temps y consacrer chaque semaine.",
                "Un plan de publication réaliste pour une petite entreprise, des exemples de messages qui "
                "fonctionnent et les erreurs à éviter.",
            ),
            "nl": (
                "Bekendheid verwerven via sociale media",
                "Welke netwerken kiezen, wat publiceren en hoeveel tijd er elke week aan besteden.",
                "Een realistisch publicatieplan voor een kleine onderneming, voorbeelden van berichten die werken "
                "en de fouten die u beter vermijdt.",
            ),
            "de": (
                "Mit sozialen Netzwerken bekannt werden",
                "Welche Netzwerke wählen, was veröffentlichen und wie viel Zeit pro Woche investieren.",
                "Ein realistischer Veröffentlichungsplan für ein kleines Unternehmen, Beispiele für Beiträge, "
                "die funktionieren, und Fehler, die man vermeiden sollte.",
            ),
        },
    ),
    (
        "webinaire-proteger-boutique-en-ligne",
        14,
        12,
        "information-session",
        None,
        "fr",
        ["security", "e-commerce"],
        ["retail"],
        ["marc"],
        "scheduled",
        None,
        None,
        {
            "fr": (
                "Webinaire : protéger sa boutique en ligne",
                "Une heure en ligne pour repérer les fraudes et sécuriser les paiements.",
                "Faux clients, hameçonnage, mises à jour oubliées : les attaques les plus fréquentes contre les "
                "petites boutiques en ligne et comment s'en protéger.",
            ),
            "nl": (
                "Webinar: uw webwinkel beschermen",
                "Een uur online om fraude te herkennen en betalingen te beveiligen.",
                "Valse klanten, phishing, vergeten updates: de meest voorkomende aanvallen op kleine webwinkels "
                "en hoe u zich ertegen beschermt.",
            ),
            "de": (
                "Webinar: den Webshop schützen",
                "Eine Stunde online, um Betrug zu erkennen und Zahlungen abzusichern.",
                "Falsche Kunden, Phishing, vergessene Updates: die häufigsten Angriffe auf kleine Webshops und "
                "wie man sich schützt.",
            ),
        },
    ),
    (
        "horeca-reservations-avis",
        21,
        15,
        "sector-seminar",
        "liege",
        "fr",
        ["marketing", "website"],
        ["horeca-tourism"],
        ["sofia", "claire"],
        "scheduled",
        45,
        None,
        {
            "fr": (
                "Horeca : réservations et avis en ligne",
                "Remplir ses tables et ses chambres grâce à la réservation en ligne et aux avis clients.",
                "Module de réservation sur son site, fiche d'établissement à jour, réponse aux avis négatifs : "
                "les bonnes pratiques des restaurateurs et hôteliers liégeois.",
            ),
            "nl": (
                "Horeca: online reservaties en beoordelingen",
                "Tafels en kamers vullen dankzij online reserveren en klantbeoordelingen.",
                "Reservatiemodule op de website, een actuele bedrijfsfiche, reageren op negatieve beoordelingen: "
                "de goede praktijken van Luikse restauranthouders en hoteliers.",
            ),
            "de": (
                "Gastgewerbe: Online-Reservierungen und Bewertungen",
                "Tische und Zimmer füllen dank Online-Reservierung und Kundenbewertungen.",
                "Reservierungsmodul auf der Website, aktuelles Unternehmensprofil, Antworten auf negative "
                "Bewertungen: bewährte Praktiken von Gastronomen und Hoteliers aus Lüttich.",
            ),
        },
    ),
    (
        "conseil-individuel-projet-numerique",
        35,
        10,
        "individual-advice",
        "charleroi",
        "fr",
        ["website"],
        [],
        ["claire"],
        "scheduled",
        6,
        None,
        {
            "fr": (
                "Conseil individuel RENTIC : votre projet numérique",
                "Quarante-cinq minutes en tête-à-tête avec une conseillère pour faire avancer votre projet.",
                "Apportez votre question (site web, logiciel de caisse, sauvegarde…) : la conseillère vous aide "
                "à définir les étapes et à comparer les offres, de manière neutre.",
            ),
            "nl": (
                "Individueel RENTIC-advies: uw digitaal project",
                "Vijfenveertig minuten onder vier ogen met een consulente om uw project vooruit te helpen.",
                "Breng uw vraag mee (website, kassasoftware, back-up…): de consulente helpt u de stappen te "
                "bepalen en de aanbiedingen neutraal te vergelijken.",
            ),
            "de": (
                "RENTIC-Einzelberatung: Ihr Digitalprojekt",
                "Fünfundvierzig Minuten unter vier Augen mit einer Beraterin, um Ihr Projekt voranzubringen.",
                "Bringen Sie Ihre Frage mit (Website, Kassensoftware, Datensicherung…): Die Beraterin hilft "
                "Ihnen, die Schritte festzulegen und Angebote neutral zu vergleichen.",
            ),
        },
    ),
    (
        "transport-suivi-livraisons",
        49,
        9,
        "sector-seminar",
        "mons",
        "fr",
        ["mobility"],
        ["transport-logistics"],
        ["marc"],
        "postponed",
        35,
        None,
        {
            "fr": (
                "Transport et logistique : suivre ses livraisons",
                "Géolocalisation, preuve de livraison électronique et information du client en temps réel.",
                "Comment équiper une petite flotte de camionnettes sans investissement lourd, et ce que la "
                "géolocalisation des chauffeurs implique pour la vie privée.",
            ),
            "nl": (
                "Transport en logistiek: leveringen opvolgen",
                "Geolocatie, elektronisch leveringsbewijs en klantinformatie in realtime.",
                "Hoe u een kleine vloot bestelwagens uitrust zonder zware investering, en wat de geolocatie van "
                "chauffeurs betekent voor hun privacy.",
            ),
            "de": (
                "Transport und Logistik: Lieferungen verfolgen",
                "Ortung, elektronischer Liefernachweis und Kundeninformation in Echtzeit.",
                "Wie man eine kleine Transporterflotte ohne große Investition ausstattet und was die Ortung der "
                "Fahrer für den Datenschutz bedeutet.",
            ),
        },
    ),
    (
        "rgpd-fichier-clients",
        63,
        14,
        "collective-advice",
        "wavre",
        "fr",
        ["data-privacy"],
        [],
        ["marc"],
        "cancelled",
        20,
        None,
        {
            "fr": (
                "RGPD : mettre de l'ordre dans son fichier clients",
                "Ce que vous pouvez garder, combien de temps, et comment le dire à vos clients.",
                "Atelier en petit groupe : registre des traitements, mentions d'information, demandes d'accès. "
                "Séance annulée, une nouvelle date sera annoncée.",
            ),
            "nl": (
                "AVG: orde in uw klantenbestand",
                "Wat u mag bijhouden, hoe lang, en hoe u dat aan uw klanten meedeelt.",
                "Workshop in kleine groep: register van verwerkingen, informatieverplichtingen, inzageverzoeken. "
                "Sessie geannuleerd, een nieuwe datum volgt.",
            ),
            "de": (
                "DSGVO: Ordnung in der Kundendatei",
                "Was Sie speichern dürfen, wie lange und wie Sie es Ihren Kunden mitteilen.",
                "Workshop in kleiner Gruppe: Verarbeitungsverzeichnis, Informationspflichten, Auskunftsanfragen. "
                "Veranstaltung abgesagt, ein neuer Termin folgt.",
            ),
        },
    ),
]


def tiny_pdf(title, lines):
    """A one-page PDF (Helvetica, WinAnsi) with a title and a few lines: real slides stand-in for the demo."""

    def text(value):
        escaped = value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        return escaped.encode("cp1252", "replace")

    stream = b"BT /F1 22 Tf 60 760 Td (" + text(title) + b") Tj /F1 14 Tf"
    for line in lines:
        stream += b" 0 -32 Td (" + text(line) + b") Tj"
    stream += b" ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    pdf = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    pdf += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    pdf += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return pdf


def slides(title, summary):
    Document = get_document_model()
    name = f"Présentation – {title}"
    document = Document.objects.filter(title=name).first()
    if document is None:
        slug = "".join(c if c.isalnum() else "-" for c in title.lower()).strip("-")[:60]
        content = tiny_pdf(title, [summary[:90], "jesuisfantasTIC – AWT / UCM"])
        document = Document(title=name, file=ContentFile(content, name=f"{slug}.pdf"))
        document._set_document_file_metadata()
        document.save()
    return document


@transaction.atomic
def build(stdout):
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    venues = build_venues(locales, stdout)
    agenda = AgendaPage.objects.get(locale=locales[SOURCE])
    for row in SEMINARS:
        build_seminar(agenda, row, venues, locales, stdout)
    build_registrations(agenda, stdout)


# The individual advice slot is fully booked, with two people on its waitlist: (name, company, e-mail
# domain, sector, size, language).
REGISTRANTS = [
    ("Sophie Lambert", "Boulangerie Lambert", "boulangerie-lambert.be", "retail", "micro", "fr"),
    ("Marc Dethier", "Dethier Toitures", "dethier-toitures.be", "construction", "small", "fr"),
    ("Anke Janssens", "Janssens Transport", "janssens-transport.be", "transport-logistics", "small", "nl"),
    ("Luc Fontaine", "Gîte du Moulin", "gite-du-moulin.be", "horeca-tourism", "solo", "fr"),
    ("Petra Schmitz", "Schmitz Elektro", "schmitz-elektro.be", "construction", "micro", "de"),
    ("Nadia Benali", "Fleurs de Nadia", "fleurs-nadia.be", "retail", "solo", "fr"),
    ("Thomas Lejeune", "Lejeune & Fils", "lejeune-fils.be", "construction", "micro", "fr"),
    ("Jan Peeters", "Hotel De Linde", "hotel-delinde.be", "horeca-tourism", "small", "nl"),
]
FULL_SEMINAR = "conseil-individuel-projet-numerique"


def build_registrations(agenda, stdout):
    """Fill the advice slot's seats and put the rest on its waitlist (written directly: the demo sends no e-mail)."""
    seminar = SeminarPage.objects.child_of(agenda).filter(slug=FULL_SEMINAR).first()
    if seminar is None or Registration.objects.filter(seminar=seminar).exists():
        return
    sectors = {s.slug: s for s in Sector.objects.filter(locale=agenda.locale)}
    start = timezone.now() - dt.timedelta(days=len(REGISTRANTS))
    for n, (name, company, domain, sector, size, language) in enumerate(REGISTRANTS):
        full = seminar.capacity is not None and n >= seminar.capacity
        Registration.objects.create(
            seminar=seminar,
            name=name,
            company=company,
            email=f"{name.split()[0].lower()}@{domain}",
            sector=sectors.get(sector),
            company_size=size,
            language=language,
            status=Registration.Status.WAITLISTED if full else Registration.Status.CONFIRMED,
            created_at=start + dt.timedelta(days=n),
        )
    stdout.write(f"Registered {len(REGISTRANTS)} people for {seminar.url_path}")


def build_venues(locales, stdout):
    venues = {}
    for data in VENUES:
        venue = Venue.objects.filter(locale=locales[SOURCE], name=data["name"][SOURCE], city=data["city"]).first()
        if venue is None:
            latitude, longitude = data["coordinates"]
            venue = Venue(
                locale=locales[SOURCE],
                name=data["name"][SOURCE],
                address=data["address"],
                postcode=data["postcode"],
                city=data["city"],
                latitude=latitude,
                longitude=longitude,
                access_notes=data["access"][SOURCE],
            )
            venue.full_clean()
            venue.save()
            stdout.write(f"Created the venue {venue}")
        for code, locale in locales.items():
            if code != SOURCE and not venue.has_translation(locale):
                copy = translated_copy(venue, name=data["name"][code], access_notes=data["access"][code])
                save_translation(venue, locale, copy, publish=True)
        venues[data["key"]] = venue
    return venues


def build_seminar(agenda, row, venues, locales, stdout):
    (slug, days, hour, kind, city, language, theme_slugs, sector_slugs, speaker_keys, status, capacity,
     sponsor_category, texts) = row  # fmt: skip
    seminar = SeminarPage.objects.child_of(agenda).filter(slug=slug).first()
    if seminar is None:
        title, summary, description = texts[SOURCE]
        day = timezone.localdate() + dt.timedelta(days=days)
        start = dt.datetime(day.year, day.month, day.day, hour, 0, tzinfo=BRUSSELS)
        seminar = SeminarPage(
            title=title,
            slug=slug,
            kind=kind,
            status=status,
            summary=summary,
            start=start,
            end=start + dt.timedelta(hours=1 if kind == "individual-advice" else 3),
            registration_deadline=start - dt.timedelta(days=2),
            venue=venues[city] if city else None,
            online_link="" if city else "https://webinaire.jesuisfantastic.be/" + slug,
            spoken_language=language,
            capacity=capacity,
            description=[("paragraph", f"<p>{description}</p>")],
            sponsor=Sponsor.objects.filter(locale=locales[SOURCE], category=sponsor_category).first()
            if sponsor_category
            else None,
        )
        seminar.themes = list(Theme.objects.filter(locale=locales[SOURCE], slug__in=theme_slugs))
        seminar.sectors = list(Sector.objects.filter(locale=locales[SOURCE], slug__in=sector_slugs))
        seminar.speakers = [
            SeminarSpeaker(
                name=SPEAKERS[key]["name"],
                organisation=SPEAKERS[key]["organisation"],
                bio=SPEAKERS[key]["bio"][SOURCE],
            )
            for key in speaker_keys
        ]
        if days < 0:
            seminar.presentations = [SeminarPresentation(document=slides(title, summary))]
        agenda.add_child(instance=seminar)
        seminar.save_revision().publish()
        stdout.write(f"Created the seminar {seminar.url_path}")
    for code, locale in locales.items():
        existing = seminar.get_translation_or_none(locale)
        if code == SOURCE or translation_done(existing):
            continue
        title, summary, description = texts[code]
        block = seminar.description[0]
        copy = translated_copy(
            seminar,
            title=title,
            slug=seminar.slug,
            summary=summary,
            description=[{"type": "paragraph", "value": f"<p>{description}</p>", "id": block.id}],
        )
        speakers = list(copy.speakers.all())
        for speaker, key in zip(speakers, speaker_keys, strict=True):
            speaker.bio = SPEAKERS[key]["bio"][code]
        copy.speakers = speakers
        save_translation(seminar, locale, copy, publish=True)
