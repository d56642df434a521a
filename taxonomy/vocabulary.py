"""The seeded themes and sectors: a public vocabulary, the same slugs everywhere.

API filters and the guide importer refer to these slugs; `setup_site` makes
sure each exists in French with its Dutch and German translations.
"""

THEMES = {
    "marketing": {
        "fr": ("Marketing", "Se faire connaître et fidéliser ses clients grâce au numérique."),
        "nl": ("Marketing", "Bekendheid verwerven en klanten binden met digitale middelen."),
        "de": ("Marketing", "Mit digitalen Mitteln bekannt werden und Kunden binden."),
    },
    "security": {
        "fr": ("Sécurité", "Protéger ses données, ses appareils et son réseau."),
        "nl": ("Beveiliging", "Gegevens, toestellen en netwerk beschermen."),
        "de": ("Sicherheit", "Daten, Geräte und Netzwerk schützen."),
    },
    "mobility": {
        "fr": ("Mobilité", "Travailler en déplacement avec smartphone, tablette et portable."),
        "nl": ("Mobiliteit", "Onderweg werken met smartphone, tablet en laptop."),
        "de": ("Mobilität", "Unterwegs arbeiten mit Smartphone, Tablet und Laptop."),
    },
    "collaboration": {
        "fr": ("Outils collaboratifs", "Partager agendas, documents et messages en équipe."),
        "nl": ("Samenwerkingstools", "Agenda's, documenten en berichten delen in team."),
        "de": ("Kollaborationswerkzeuge", "Kalender, Dokumente und Nachrichten im Team teilen."),
    },
    "open-source": {
        "fr": ("Logiciels libres", "Des logiciels libres et gratuits pour les petites entreprises."),
        "nl": ("Opensourcesoftware", "Vrije en gratis software voor kleine ondernemingen."),
        "de": ("Open-Source-Software", "Freie und kostenlose Software für kleine Unternehmen."),
    },
    "e-invoicing-payments": {
        "fr": ("Facturation électronique et paiement", "Facturer en ligne et encaisser par voie électronique."),
        "nl": ("Elektronische facturatie en betaling", "Online factureren en elektronisch betaald worden."),
        "de": ("E-Rechnung und elektronische Zahlung", "Online Rechnungen stellen und elektronisch kassieren."),
    },
    "e-commerce": {
        "fr": ("Commerce électronique", "Vendre en ligne : boutique, paiement, livraison."),
        "nl": ("E-commerce", "Online verkopen: webwinkel, betaling, levering."),
        "de": ("E-Commerce", "Online verkaufen: Webshop, Zahlung, Lieferung."),
    },
    "website": {
        "fr": ("Site web", "Créer, faire référencer et entretenir son site."),
        "nl": ("Website", "Een website maken, laten vinden en onderhouden."),
        "de": ("Website", "Eine Website erstellen, auffindbar machen und pflegen."),
    },
    "data-privacy": {
        "fr": ("Données et vie privée", "Gérer les données de ses clients dans le respect du RGPD."),
        "nl": ("Gegevens en privacy", "Klantgegevens beheren met respect voor de AVG."),
        "de": ("Daten und Datenschutz", "Kundendaten DSGVO-konform verwalten."),
    },
    "hardware": {
        "fr": ("Matériel", "Choisir et entretenir ordinateurs, imprimantes et réseau."),
        "nl": ("Hardware", "Computers, printers en netwerk kiezen en onderhouden."),
        "de": ("Hardware", "Computer, Drucker und Netzwerk auswählen und warten."),
    },
}

SECTORS = {
    "retail": {
        "fr": ("Commerce de détail", "Magasins et commerces de proximité."),
        "nl": ("Detailhandel", "Winkels en buurtzaken."),
        "de": ("Einzelhandel", "Geschäfte und Nahversorger."),
    },
    "construction": {
        "fr": ("Construction", "Entreprises du bâtiment et artisans."),
        "nl": ("Bouw", "Bouwbedrijven en vakmensen."),
        "de": ("Bauwesen", "Bauunternehmen und Handwerker."),
    },
    "horeca-tourism": {
        "fr": ("Horeca et tourisme", "Hôtels, restaurants, cafés et acteurs du tourisme."),
        "nl": ("Horeca en toerisme", "Hotels, restaurants, cafés en toeristische spelers."),
        "de": ("Gastgewerbe und Tourismus", "Hotels, Restaurants, Cafés und Tourismusbetriebe."),
    },
    "transport-logistics": {
        "fr": ("Transport et logistique", "Transporteurs, coursiers et entrepôts."),
        "nl": ("Transport en logistiek", "Vervoerders, koeriers en opslagplaatsen."),
        "de": ("Transport und Logistik", "Spediteure, Kuriere und Lager."),
    },
}


def ensure_vocabulary(locales, source_language, stdout=None):
    """Create each seeded theme and sector in the source language and translate it."""
    from core.translation import save_translation, translated_copy
    from taxonomy.models import Sector, Theme

    for model, terms in ((Theme, THEMES), (Sector, SECTORS)):
        for slug, texts in terms.items():
            name, description = texts[source_language]
            source, created = model.objects.get_or_create(
                slug=slug,
                locale=locales[source_language],
                defaults={"name": name, "description": description},
            )
            if created and stdout:
                stdout.write(f"Created the {model._meta.verbose_name} {slug}")
            for code, locale in locales.items():
                if code == source_language or source.has_translation(locale):
                    continue
                name, description = texts[code]
                save_translation(source, locale, translated_copy(source, name=name, description=description))
