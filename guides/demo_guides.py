# ruff: noqa: E501 (prose: one sentence per string reads better than wrapped fragments)
"""The demo's practical guides, in French with their Dutch and German translations.

Each guide has the same shape in the three languages (why, three steps, a
checklist, a tip), so that its translations keep the French block structure.
``guides.demo`` turns them into the import format and imports them.
Company names are fictional.
"""

# slug, themes, sectors, level, last reviewed (ISO), related slugs
# then per language: title, summary, why, [(step title, step text)] * 3, [checklist] * 3, (tip title, tip text)
GUIDES = [
    {
        "slug": "faire-referencer-son-site-web",
        "themes": ["website", "marketing"],
        "sectors": [],
        "level": "beginner",
        "reviewed": "2026-03-02",
        "related": ["creer-sa-fiche-google-business-profile", "lettre-d-information-clients"],
        "fr": {
            "title": "Faire référencer son site web",
            "summary": "Les bons réflexes pour que vos clients trouvent votre site dans les moteurs de recherche, "
            "sans payer de « référencement garanti ».",
            "why": "Un client sur deux cherche un artisan ou un commerce sur Internet avant de se déplacer. "
            "Un site bien référencé apparaît quand il tape votre métier et votre commune.",
            "steps": [
                (
                    "Choisissez vos mots",
                    "listez les mots que vos clients tapent : votre métier, votre commune, vos produits.",
                ),
                ("Soignez chaque page", "donnez à chaque page un titre clair et une description de deux lignes."),
                (
                    "Suivez vos visites",
                    "installez un outil de mesure respectueux de la vie privée et regardez-le chaque mois.",
                ),
            ],
            "checklist": [
                "Un titre différent pour chaque page",
                "Votre adresse et vos horaires en texte",
                "Un site lisible sur smartphone",
            ],
            "tip": (
                "Méfiez-vous des promesses",
                "Personne ne peut garantir la première place sur Google : fuyez ces offres.",
            ),
        },
        "nl": {
            "title": "Uw website laten vinden",
            "summary": "De juiste reflexen om uw klanten uw website te laten vinden in zoekmachines, "
            "zonder te betalen voor een 'gegarandeerde vindbaarheid'.",
            "why": "Een op de twee klanten zoekt een vakman of winkel op het internet voor hij zich verplaatst. "
            "Een goed vindbare website verschijnt wanneer hij uw beroep en uw gemeente intypt.",
            "steps": [
                ("Kies uw woorden", "noteer de woorden die uw klanten intypen: uw beroep, uw gemeente, uw producten."),
                ("Verzorg elke pagina", "geef elke pagina een duidelijke titel en een beschrijving van twee regels."),
                ("Volg uw bezoeken", "installeer een privacyvriendelijk meetinstrument en bekijk het elke maand."),
            ],
            "checklist": [
                "Een andere titel voor elke pagina",
                "Uw adres en openingsuren als tekst",
                "Een website die leesbaar is op een smartphone",
            ],
            "tip": ("Wees op uw hoede", "Niemand kan de eerste plaats op Google garanderen: mijd zulke aanbiedingen."),
        },
        "de": {
            "title": "Die eigene Website auffindbar machen",
            "summary": "Die richtigen Handgriffe, damit Ihre Kunden Ihre Website in Suchmaschinen finden, "
            "ohne für eine „garantierte Platzierung“ zu bezahlen.",
            "why": "Jeder zweite Kunde sucht einen Handwerker oder ein Geschäft im Internet, bevor er sich auf den Weg macht. "
            "Eine gut auffindbare Website erscheint, wenn er Ihren Beruf und Ihre Gemeinde eingibt.",
            "steps": [
                (
                    "Wählen Sie Ihre Wörter",
                    "notieren Sie die Wörter, die Ihre Kunden eingeben: Beruf, Gemeinde, Produkte.",
                ),
                (
                    "Pflegen Sie jede Seite",
                    "geben Sie jeder Seite einen klaren Titel und eine Beschreibung von zwei Zeilen.",
                ),
                (
                    "Verfolgen Sie die Besuche",
                    "installieren Sie ein datenschutzfreundliches Messwerkzeug und sehen Sie jeden Monat hinein.",
                ),
            ],
            "checklist": [
                "Ein eigener Titel für jede Seite",
                "Adresse und Öffnungszeiten als Text",
                "Eine Website, die auf dem Smartphone lesbar ist",
            ],
            "tip": (
                "Vorsicht vor Versprechen",
                "Niemand kann den ersten Platz bei Google garantieren: meiden Sie solche Angebote.",
            ),
        },
    },
    {
        "slug": "choisir-un-smartphone-professionnel",
        "themes": ["mobility", "hardware"],
        "sectors": [],
        "level": "beginner",
        "reviewed": "2026-01-19",
        "related": ["gerer-ses-mots-de-passe", "stocker-ses-fichiers-dans-le-cloud"],
        "fr": {
            "title": "Choisir un smartphone professionnel",
            "summary": "Quels critères comptent vraiment pour un téléphone de travail : durée des mises à jour, "
            "autonomie, robustesse et séparation des usages.",
            "why": "Votre smartphone contient vos clients, vos devis et vos accès bancaires. "
            "Un appareil mal choisi ou plus mis à jour devient vite un risque et une perte de temps.",
            "steps": [
                (
                    "Listez vos usages",
                    "appels, photos de chantier, paiements, agenda partagé : notez ce qui compte pour vous.",
                ),
                (
                    "Vérifiez les mises à jour",
                    "préférez un modèle dont le fabricant promet au moins cinq ans de mises à jour de sécurité.",
                ),
                (
                    "Séparez pro et privé",
                    "activez un profil professionnel ou utilisez deux appareils si vos données sont sensibles.",
                ),
            ],
            "checklist": [
                "Au moins cinq ans de mises à jour",
                "Une coque et un verre de protection",
                "Le verrouillage par code activé",
            ],
            "tip": (
                "Pensez au reconditionné",
                "Un modèle récent reconditionné avec garantie coûte moins et reste sûr s'il est encore mis à jour.",
            ),
        },
        "nl": {
            "title": "Een professionele smartphone kiezen",
            "summary": "Welke criteria echt tellen voor een werktelefoon: duur van de updates, "
            "batterijduur, robuustheid en scheiding van het gebruik.",
            "why": "Uw smartphone bevat uw klanten, uw offertes en uw bankgegevens. "
            "Een slecht gekozen toestel of een toestel zonder updates wordt snel een risico en tijdverlies.",
            "steps": [
                ("Noteer uw gebruik", "bellen, werffoto's, betalingen, gedeelde agenda: noteer wat voor u telt."),
                (
                    "Controleer de updates",
                    "kies een model waarvan de fabrikant minstens vijf jaar beveiligingsupdates belooft.",
                ),
                (
                    "Scheid werk en privé",
                    "activeer een werkprofiel of gebruik twee toestellen als uw gegevens gevoelig zijn.",
                ),
            ],
            "checklist": [
                "Minstens vijf jaar updates",
                "Een hoesje en een beschermglas",
                "Vergrendeling met code geactiveerd",
            ],
            "tip": (
                "Denk aan refurbished",
                "Een recent gereviseerd model met garantie kost minder en blijft veilig als het nog updates krijgt.",
            ),
        },
        "de": {
            "title": "Ein berufliches Smartphone auswählen",
            "summary": "Welche Kriterien bei einem Arbeitstelefon wirklich zählen: Dauer der Updates, "
            "Akkulaufzeit, Robustheit und Trennung der Nutzung.",
            "why": "Ihr Smartphone enthält Ihre Kunden, Ihre Angebote und Ihre Bankzugänge. "
            "Ein schlecht gewähltes oder nicht mehr aktualisiertes Gerät wird schnell zum Risiko und kostet Zeit.",
            "steps": [
                (
                    "Notieren Sie Ihre Nutzung",
                    "Anrufe, Baustellenfotos, Zahlungen, gemeinsamer Kalender: notieren Sie, was zählt.",
                ),
                (
                    "Prüfen Sie die Updates",
                    "wählen Sie ein Modell, für das der Hersteller mindestens fünf Jahre Sicherheitsupdates verspricht.",
                ),
                (
                    "Trennen Sie Beruf und Privates",
                    "aktivieren Sie ein Arbeitsprofil oder nutzen Sie zwei Geräte, wenn Ihre Daten sensibel sind.",
                ),
            ],
            "checklist": [
                "Mindestens fünf Jahre Updates",
                "Eine Hülle und ein Schutzglas",
                "Sperre mit Code aktiviert",
            ],
            "tip": (
                "Denken Sie an Refurbished",
                "Ein aktuelles generalüberholtes Modell mit Garantie kostet weniger und bleibt sicher, solange es Updates erhält.",
            ),
        },
    },
    {
        "slug": "securiser-le-wi-fi-du-commerce",
        "themes": ["security", "hardware"],
        "sectors": ["retail", "horeca-tourism"],
        "level": "intermediate",
        "reviewed": "2026-02-10",
        "related": ["gerer-ses-mots-de-passe", "reconnaitre-l-hameconnage"],
        "fr": {
            "title": "Sécuriser le Wi-Fi du commerce",
            "summary": "Séparer le Wi-Fi des clients de celui de la caisse, choisir un bon mot de passe "
            "et garder la box à jour : la sécurité de base d'un commerce connecté.",
            "why": "Votre caisse, votre terminal de paiement et vos caméras passent par le même réseau que les clients "
            "si rien n'est séparé. Un visiteur malveillant peut alors les atteindre.",
            "steps": [
                (
                    "Créez un réseau invité",
                    "activez le réseau invité de votre box pour les clients, séparé de vos appareils.",
                ),
                (
                    "Changez les mots de passe",
                    "remplacez le mot de passe d'administration de la box et celui du Wi-Fi par des phrases longues.",
                ),
                (
                    "Mettez à jour la box",
                    "vérifiez chaque trimestre que la box a reçu les dernières mises à jour de son fournisseur.",
                ),
            ],
            "checklist": ["Réseau invité activé", "Chiffrement WPA2 ou WPA3", "Mot de passe d'administration changé"],
            "tip": (
                "Affichez le bon réseau",
                "Indiquez au comptoir le nom du réseau invité : vos clients ne tenteront pas de se connecter ailleurs.",
            ),
        },
        "nl": {
            "title": "De wifi van uw zaak beveiligen",
            "summary": "De wifi voor klanten scheiden van die van de kassa, een goed wachtwoord kiezen "
            "en de modem bijwerken: de basisbeveiliging van een verbonden zaak.",
            "why": "Uw kassa, uw betaalterminal en uw camera's gebruiken hetzelfde netwerk als de klanten "
            "als niets gescheiden is. Een kwaadwillige bezoeker kan ze dan bereiken.",
            "steps": [
                (
                    "Maak een gastnetwerk",
                    "activeer het gastnetwerk van uw modem voor de klanten, gescheiden van uw toestellen.",
                ),
                (
                    "Wijzig de wachtwoorden",
                    "vervang het beheerderswachtwoord van de modem en dat van de wifi door lange zinnen.",
                ),
                (
                    "Werk de modem bij",
                    "controleer elk kwartaal of de modem de laatste updates van uw provider heeft gekregen.",
                ),
            ],
            "checklist": ["Gastnetwerk geactiveerd", "WPA2- of WPA3-versleuteling", "Beheerderswachtwoord gewijzigd"],
            "tip": (
                "Toon het juiste netwerk",
                "Vermeld aan de toonbank de naam van het gastnetwerk: zo proberen klanten niet elders te verbinden.",
            ),
        },
        "de": {
            "title": "Das WLAN des Geschäfts absichern",
            "summary": "Das Kunden-WLAN von dem der Kasse trennen, ein gutes Passwort wählen "
            "und den Router aktuell halten: die Grundsicherheit eines vernetzten Geschäfts.",
            "why": "Ihre Kasse, Ihr Zahlungsterminal und Ihre Kameras nutzen dasselbe Netz wie die Kunden, "
            "wenn nichts getrennt ist. Ein böswilliger Besucher kann sie dann erreichen.",
            "steps": [
                (
                    "Richten Sie ein Gastnetz ein",
                    "aktivieren Sie das Gastnetz Ihres Routers für die Kunden, getrennt von Ihren Geräten.",
                ),
                (
                    "Ändern Sie die Passwörter",
                    "ersetzen Sie das Administratorpasswort des Routers und das WLAN-Passwort durch lange Sätze.",
                ),
                (
                    "Aktualisieren Sie den Router",
                    "prüfen Sie jedes Quartal, ob der Router die neuesten Updates Ihres Anbieters erhalten hat.",
                ),
            ],
            "checklist": ["Gastnetz aktiviert", "WPA2- oder WPA3-Verschlüsselung", "Administratorpasswort geändert"],
            "tip": (
                "Zeigen Sie das richtige Netz an",
                "Nennen Sie an der Theke den Namen des Gastnetzes: So versuchen Kunden nicht, sich anderswo zu verbinden.",
            ),
        },
    },
    {
        "slug": "facturer-electroniquement-avec-peppol",
        "themes": ["e-invoicing-payments"],
        "sectors": [],
        "level": "intermediate",
        "reviewed": "2026-01-05",
        "related": ["devis-et-factures-sur-tablette-au-chantier", "choisir-une-caisse-enregistreuse"],
        "fr": {
            "title": "Facturer électroniquement avec Peppol",
            "summary": "Depuis 2026, les entreprises belges s'envoient leurs factures par le réseau Peppol. "
            "Comment vous y raccorder simplement.",
            "why": "Une facture électronique structurée arrive directement dans le logiciel de votre client : "
            "moins de saisie, moins d'erreurs et un paiement plus rapide.",
            "steps": [
                (
                    "Vérifiez votre logiciel",
                    "demandez à votre fournisseur de logiciel de facturation s'il envoie et reçoit par Peppol.",
                ),
                (
                    "Enregistrez-vous",
                    "faites inscrire votre numéro d'entreprise sur le réseau par votre fournisseur ou par Hermes, l'outil gratuit du SPF Finances.",
                ),
                (
                    "Testez avec un client",
                    "envoyez une première facture à un client fidèle et vérifiez qu'elle est bien arrivée.",
                ),
            ],
            "checklist": [
                "Numéro d'entreprise inscrit sur Peppol",
                "Logiciel de facturation compatible",
                "Comptable prévenu",
            ],
            "tip": (
                "Un PDF n'est pas une facture électronique",
                "Une facture PDF envoyée par e-mail ne suffit plus entre entreprises : seul le format structuré compte.",
            ),
        },
        "nl": {
            "title": "Elektronisch factureren met Peppol",
            "summary": "Sinds 2026 sturen Belgische ondernemingen elkaar hun facturen via het Peppol-netwerk. "
            "Zo sluit u zich eenvoudig aan.",
            "why": "Een gestructureerde elektronische factuur komt rechtstreeks in de software van uw klant: "
            "minder invoer, minder fouten en een snellere betaling.",
            "steps": [
                (
                    "Controleer uw software",
                    "vraag uw leverancier van facturatiesoftware of hij via Peppol verstuurt en ontvangt.",
                ),
                (
                    "Registreer u",
                    "laat uw ondernemingsnummer op het netwerk inschrijven door uw leverancier of via Hermes, het gratis platform van de FOD Financiën.",
                ),
                (
                    "Test met een klant",
                    "stuur een eerste factuur naar een trouwe klant en controleer of ze goed is aangekomen.",
                ),
            ],
            "checklist": [
                "Ondernemingsnummer ingeschreven op Peppol",
                "Compatibele facturatiesoftware",
                "Boekhouder verwittigd",
            ],
            "tip": (
                "Een pdf is geen elektronische factuur",
                "Een pdf-factuur per e-mail volstaat niet meer tussen ondernemingen: alleen het gestructureerde formaat telt.",
            ),
        },
        "de": {
            "title": "Elektronisch fakturieren mit Peppol",
            "summary": "Seit 2026 senden sich belgische Unternehmen ihre Rechnungen über das Peppol-Netz. "
            "So schließen Sie sich einfach an.",
            "why": "Eine strukturierte elektronische Rechnung kommt direkt in der Software Ihres Kunden an: "
            "weniger Eingaben, weniger Fehler und schnellere Zahlung.",
            "steps": [
                (
                    "Prüfen Sie Ihre Software",
                    "fragen Sie Ihren Anbieter der Rechnungssoftware, ob er über Peppol sendet und empfängt.",
                ),
                (
                    "Lassen Sie sich registrieren",
                    "lassen Sie Ihre Unternehmensnummer von Ihrem Anbieter oder über Hermes, die kostenlose Plattform des FÖD Finanzen, eintragen.",
                ),
                (
                    "Testen Sie mit einem Kunden",
                    "senden Sie eine erste Rechnung an einen Stammkunden und prüfen Sie, ob sie angekommen ist.",
                ),
            ],
            "checklist": [
                "Unternehmensnummer bei Peppol eingetragen",
                "Kompatible Rechnungssoftware",
                "Buchhalter informiert",
            ],
            "tip": (
                "Ein PDF ist keine E-Rechnung",
                "Eine PDF-Rechnung per E-Mail genügt zwischen Unternehmen nicht mehr: Nur das strukturierte Format zählt.",
            ),
        },
    },
    {
        "slug": "sauvegarder-ses-donnees",
        "themes": ["security", "data-privacy"],
        "sectors": [],
        "level": "beginner",
        "reviewed": "2026-02-24",
        "related": ["stocker-ses-fichiers-dans-le-cloud", "reconnaitre-l-hameconnage"],
        "fr": {
            "title": "Sauvegarder ses données",
            "summary": "La règle 3-2-1 expliquée simplement : trois copies, deux supports, une hors de l'entreprise, "
            "et un test de restauration régulier.",
            "why": "Un ordinateur volé, un disque qui lâche ou un rançongiciel peuvent effacer des années de factures et de fichiers clients. "
            "Une sauvegarde testée vous remet au travail en quelques heures.",
            "steps": [
                (
                    "Faites l'inventaire",
                    "listez ce qui est indispensable : comptabilité, fichiers clients, photos, e-mails.",
                ),
                (
                    "Automatisez",
                    "programmez une sauvegarde quotidienne vers un disque externe et une autre vers un service en ligne.",
                ),
                (
                    "Testez la restauration",
                    "une fois par trimestre, restaurez un fichier au hasard pour vérifier que tout fonctionne.",
                ),
            ],
            "checklist": [
                "Trois copies des données",
                "Une copie hors de l'entreprise",
                "Un test de restauration ce trimestre",
            ],
            "tip": (
                "Débranchez le disque",
                "Un disque de sauvegarde branché en permanence peut être chiffré par un rançongiciel : débranchez-le après chaque copie.",
            ),
        },
        "nl": {
            "title": "Uw gegevens back-uppen",
            "summary": "De 3-2-1-regel eenvoudig uitgelegd: drie kopieën, twee dragers, één buiten de onderneming, "
            "en regelmatig een hersteltest.",
            "why": "Een gestolen computer, een defecte schijf of ransomware kunnen jaren aan facturen en klantenbestanden wissen. "
            "Een geteste back-up brengt u binnen enkele uren weer aan het werk.",
            "steps": [
                ("Maak een inventaris", "noteer wat onmisbaar is: boekhouding, klantenbestanden, foto's, e-mails."),
                (
                    "Automatiseer",
                    "plan een dagelijkse back-up naar een externe schijf en een andere naar een onlinedienst.",
                ),
                (
                    "Test het herstel",
                    "herstel eens per kwartaal een willekeurig bestand om te controleren of alles werkt.",
                ),
            ],
            "checklist": [
                "Drie kopieën van de gegevens",
                "Eén kopie buiten de onderneming",
                "Een hersteltest dit kwartaal",
            ],
            "tip": (
                "Koppel de schijf los",
                "Een back-upschijf die altijd aangesloten is, kan door ransomware versleuteld worden: koppel hem los na elke kopie.",
            ),
        },
        "de": {
            "title": "Die eigenen Daten sichern",
            "summary": "Die 3-2-1-Regel einfach erklärt: drei Kopien, zwei Datenträger, eine außerhalb des Unternehmens, "
            "und regelmäßig ein Wiederherstellungstest.",
            "why": "Ein gestohlener Computer, eine defekte Festplatte oder Ransomware können Jahre an Rechnungen und Kundendateien löschen. "
            "Eine getestete Sicherung bringt Sie in wenigen Stunden wieder an die Arbeit.",
            "steps": [
                (
                    "Machen Sie eine Bestandsaufnahme",
                    "notieren Sie, was unverzichtbar ist: Buchhaltung, Kundendateien, Fotos, E-Mails.",
                ),
                (
                    "Automatisieren Sie",
                    "planen Sie eine tägliche Sicherung auf eine externe Festplatte und eine weitere zu einem Onlinedienst.",
                ),
                (
                    "Testen Sie die Wiederherstellung",
                    "stellen Sie einmal im Quartal eine zufällige Datei wieder her, um zu prüfen, ob alles funktioniert.",
                ),
            ],
            "checklist": [
                "Drei Kopien der Daten",
                "Eine Kopie außerhalb des Unternehmens",
                "Ein Wiederherstellungstest in diesem Quartal",
            ],
            "tip": (
                "Trennen Sie die Festplatte",
                "Eine ständig angeschlossene Sicherungsfestplatte kann von Ransomware verschlüsselt werden: Trennen Sie sie nach jeder Kopie.",
            ),
        },
    },
    {
        "slug": "rgpd-les-bases-pour-un-commerce",
        "themes": ["data-privacy"],
        "sectors": ["retail"],
        "level": "beginner",
        "reviewed": "2025-11-28",
        "related": ["lettre-d-information-clients", "sauvegarder-ses-donnees"],
        "fr": {
            "title": "RGPD : les bases pour un commerce",
            "summary": "Carte de fidélité, caméra, liste d'e-mails : ce que le RGPD vous demande concrètement "
            "et comment vous mettre en ordre en une après-midi.",
            "why": "Dès que vous notez le nom, l'e-mail ou les achats d'un client, vous traitez des données personnelles. "
            "Le RGPD vous demande de savoir lesquelles, pourquoi et pour combien de temps.",
            "steps": [
                (
                    "Tenez un registre",
                    "notez dans un tableau chaque fichier de données, son but et sa durée de conservation.",
                ),
                (
                    "Informez vos clients",
                    "affichez en magasin et sur votre site qui traite leurs données et comment les faire supprimer.",
                ),
                (
                    "Faites le ménage",
                    "supprimez chaque année les données de clients inactifs depuis plus de trois ans.",
                ),
            ],
            "checklist": [
                "Registre des traitements à jour",
                "Affiche d'information pour la caméra",
                "Consentement pour la newsletter",
            ],
            "tip": (
                "Un modèle existe",
                "L'Autorité de protection des données publie un modèle de registre simple pour les petites entreprises.",
            ),
        },
        "nl": {
            "title": "AVG: de basis voor een winkel",
            "summary": "Klantenkaart, camera, e-maillijst: wat de AVG concreet van u vraagt "
            "en hoe u op één namiddag in orde bent.",
            "why": "Zodra u de naam, het e-mailadres of de aankopen van een klant noteert, verwerkt u persoonsgegevens. "
            "De AVG vraagt u te weten welke, waarom en hoe lang.",
            "steps": [
                ("Houd een register bij", "noteer in een tabel elk gegevensbestand, het doel en de bewaartermijn."),
                (
                    "Informeer uw klanten",
                    "vermeld in de winkel en op uw website wie hun gegevens verwerkt en hoe ze te laten wissen.",
                ),
                ("Ruim op", "wis elk jaar de gegevens van klanten die al meer dan drie jaar inactief zijn."),
            ],
            "checklist": [
                "Verwerkingsregister bijgewerkt",
                "Informatiebord voor de camera",
                "Toestemming voor de nieuwsbrief",
            ],
            "tip": (
                "Er bestaat een model",
                "De Gegevensbeschermingsautoriteit publiceert een eenvoudig registermodel voor kleine ondernemingen.",
            ),
        },
        "de": {
            "title": "DSGVO: die Grundlagen für ein Geschäft",
            "summary": "Kundenkarte, Kamera, E-Mail-Liste: was die DSGVO konkret von Ihnen verlangt "
            "und wie Sie an einem Nachmittag in Ordnung kommen.",
            "why": "Sobald Sie den Namen, die E-Mail-Adresse oder die Einkäufe eines Kunden notieren, verarbeiten Sie personenbezogene Daten. "
            "Die DSGVO verlangt, dass Sie wissen, welche, warum und wie lange.",
            "steps": [
                (
                    "Führen Sie ein Verzeichnis",
                    "notieren Sie in einer Tabelle jede Datei, ihren Zweck und ihre Aufbewahrungsdauer.",
                ),
                (
                    "Informieren Sie Ihre Kunden",
                    "geben Sie im Geschäft und auf Ihrer Website an, wer ihre Daten verarbeitet und wie sie gelöscht werden.",
                ),
                (
                    "Räumen Sie auf",
                    "löschen Sie jedes Jahr die Daten von Kunden, die seit über drei Jahren inaktiv sind.",
                ),
            ],
            "checklist": [
                "Verarbeitungsverzeichnis aktuell",
                "Hinweisschild für die Kamera",
                "Einwilligung für den Newsletter",
            ],
            "tip": (
                "Es gibt eine Vorlage",
                "Die Datenschutzbehörde veröffentlicht eine einfache Verzeichnisvorlage für kleine Unternehmen.",
            ),
        },
    },
    {
        "slug": "choisir-une-caisse-enregistreuse",
        "themes": ["hardware", "e-invoicing-payments"],
        "sectors": ["retail", "horeca-tourism"],
        "level": "intermediate",
        "reviewed": "2026-03-09",
        "related": ["accepter-le-paiement-electronique", "facturer-electroniquement-avec-peppol"],
        "fr": {
            "title": "Choisir une caisse enregistreuse",
            "summary": "Caisse sur tablette ou caisse classique : comparer les offres, vérifier les obligations "
            "et relier la caisse au paiement et à la comptabilité.",
            "why": "Une caisse moderne fait plus qu'encaisser : elle suit le stock, prépare la comptabilité et accepte tous les paiements. "
            "Bien la choisir évite des années de double saisie.",
            "steps": [
                (
                    "Définissez vos besoins",
                    "nombre de points de vente, stock, tables en horeca, boutique en ligne à relier.",
                ),
                (
                    "Vérifiez les obligations",
                    "en horeca, la caisse doit être un système enregistré : demandez le certificat au vendeur.",
                ),
                (
                    "Comparez le coût total",
                    "additionnez abonnement, matériel, frais par transaction et assistance sur trois ans.",
                ),
            ],
            "checklist": [
                "Export vers votre comptable",
                "Liaison avec le terminal de paiement",
                "Assistance en français, néerlandais ou allemand",
            ],
            "tip": (
                "Demandez un essai",
                "La plupart des fournisseurs prêtent une caisse pendant deux semaines : testez-la un samedi chargé.",
            ),
        },
        "nl": {
            "title": "Een kassasysteem kiezen",
            "summary": "Kassa op tablet of klassieke kassa: aanbiedingen vergelijken, de verplichtingen nagaan "
            "en de kassa koppelen aan betaling en boekhouding.",
            "why": "Een moderne kassa doet meer dan afrekenen: ze volgt de voorraad, bereidt de boekhouding voor en aanvaardt alle betalingen. "
            "Een goede keuze bespaart jaren dubbele invoer.",
            "steps": [
                ("Bepaal uw behoeften", "aantal verkooppunten, voorraad, tafels in de horeca, te koppelen webwinkel."),
                (
                    "Controleer de verplichtingen",
                    "in de horeca moet de kassa een geregistreerd systeem zijn: vraag het certificaat aan de verkoper.",
                ),
                (
                    "Vergelijk de totale kost",
                    "tel abonnement, materiaal, transactiekosten en ondersteuning over drie jaar op.",
                ),
            ],
            "checklist": [
                "Export naar uw boekhouder",
                "Koppeling met de betaalterminal",
                "Ondersteuning in het Frans, Nederlands of Duits",
            ],
            "tip": (
                "Vraag een proefperiode",
                "De meeste leveranciers lenen een kassa uit voor twee weken: test ze op een drukke zaterdag.",
            ),
        },
        "de": {
            "title": "Eine Registrierkasse auswählen",
            "summary": "Kasse auf dem Tablet oder klassische Kasse: Angebote vergleichen, Pflichten prüfen "
            "und die Kasse mit Zahlung und Buchhaltung verbinden.",
            "why": "Eine moderne Kasse kann mehr als kassieren: Sie verfolgt den Bestand, bereitet die Buchhaltung vor und nimmt alle Zahlungen an. "
            "Eine gute Wahl erspart Jahre doppelter Eingaben.",
            "steps": [
                (
                    "Legen Sie Ihren Bedarf fest",
                    "Zahl der Verkaufsstellen, Bestand, Tische im Gastgewerbe, anzubindender Webshop.",
                ),
                (
                    "Prüfen Sie die Pflichten",
                    "im Gastgewerbe muss die Kasse ein registriertes System sein: Verlangen Sie das Zertifikat vom Verkäufer.",
                ),
                (
                    "Vergleichen Sie die Gesamtkosten",
                    "addieren Sie Abonnement, Geräte, Transaktionsgebühren und Support über drei Jahre.",
                ),
            ],
            "checklist": [
                "Export an Ihren Buchhalter",
                "Verbindung mit dem Zahlungsterminal",
                "Support auf Französisch, Niederländisch oder Deutsch",
            ],
            "tip": (
                "Verlangen Sie einen Test",
                "Die meisten Anbieter leihen eine Kasse für zwei Wochen aus: Testen Sie sie an einem vollen Samstag.",
            ),
        },
    },
    {
        "slug": "reservation-en-ligne-pour-l-horeca",
        "themes": ["website", "e-commerce"],
        "sectors": ["horeca-tourism"],
        "level": "beginner",
        "reviewed": "2026-02-17",
        "related": ["creer-sa-fiche-google-business-profile", "accepter-le-paiement-electronique"],
        "fr": {
            "title": "La réservation en ligne pour l'horeca",
            "summary": "Proposer la réservation de tables ou de chambres sur votre site, "
            "sans dépendre entièrement des plateformes qui prennent une commission.",
            "why": "Beaucoup de clients réservent le soir, quand vous êtes fermé. "
            "Un module de réservation sur votre propre site remplit les tables sans coup de téléphone ni commission élevée.",
            "steps": [
                (
                    "Choisissez un module",
                    "comparez trois outils de réservation : prix, rappel par SMS, gestion des annulations.",
                ),
                (
                    "Reliez-le partout",
                    "ajoutez le bouton de réservation à votre site, à votre fiche Google et à vos réseaux sociaux.",
                ),
                ("Fixez vos règles", "définissez l'acompte, le délai d'annulation et le nombre de couverts en ligne."),
            ],
            "checklist": [
                "Rappel automatique la veille",
                "Politique d'annulation affichée",
                "Agenda synchronisé avec les plateformes",
            ],
            "tip": (
                "Gardez la main",
                "Laissez une part de vos tables hors des plateformes : vos habitués réserveront en direct.",
            ),
        },
        "nl": {
            "title": "Online reserveren voor de horeca",
            "summary": "Tafels of kamers laten reserveren op uw website, "
            "zonder volledig af te hangen van platformen die commissie aanrekenen.",
            "why": "Veel klanten reserveren 's avonds, wanneer u gesloten bent. "
            "Een reservatiemodule op uw eigen website vult de tafels zonder telefoontjes of hoge commissies.",
            "steps": [
                (
                    "Kies een module",
                    "vergelijk drie reservatietools: prijs, herinnering per sms, beheer van annuleringen.",
                ),
                (
                    "Koppel ze overal",
                    "voeg de reservatieknop toe aan uw website, uw Google-profiel en uw sociale netwerken.",
                ),
                ("Leg uw regels vast", "bepaal het voorschot, de annuleringstermijn en het aantal couverts online."),
            ],
            "checklist": [
                "Automatische herinnering de dag voordien",
                "Annuleringsbeleid zichtbaar",
                "Agenda gesynchroniseerd met de platformen",
            ],
            "tip": (
                "Houd de touwtjes in handen",
                "Houd een deel van uw tafels buiten de platformen: uw vaste klanten reserveren rechtstreeks.",
            ),
        },
        "de": {
            "title": "Online-Reservierung für das Gastgewerbe",
            "summary": "Tische oder Zimmer auf Ihrer Website reservieren lassen, "
            "ohne ganz von Plattformen abzuhängen, die Provision verlangen.",
            "why": "Viele Kunden reservieren abends, wenn Sie geschlossen haben. "
            "Ein Reservierungsmodul auf Ihrer eigenen Website füllt die Tische ohne Anrufe und ohne hohe Provision.",
            "steps": [
                (
                    "Wählen Sie ein Modul",
                    "vergleichen Sie drei Reservierungswerkzeuge: Preis, SMS-Erinnerung, Verwaltung von Stornierungen.",
                ),
                (
                    "Verknüpfen Sie es überall",
                    "fügen Sie die Reservierungsschaltfläche Ihrer Website, Ihrem Google-Profil und Ihren sozialen Netzwerken hinzu.",
                ),
                (
                    "Legen Sie Ihre Regeln fest",
                    "bestimmen Sie Anzahlung, Stornofrist und die Zahl der online buchbaren Plätze.",
                ),
            ],
            "checklist": [
                "Automatische Erinnerung am Vortag",
                "Stornobedingungen sichtbar",
                "Kalender mit den Plattformen synchronisiert",
            ],
            "tip": (
                "Behalten Sie die Kontrolle",
                "Halten Sie einen Teil Ihrer Tische von den Plattformen fern: Ihre Stammgäste reservieren direkt.",
            ),
        },
    },
    {
        "slug": "travailler-ensemble-avec-les-outils-collaboratifs",
        "themes": ["collaboration"],
        "sectors": [],
        "level": "beginner",
        "reviewed": "2026-01-26",
        "related": ["stocker-ses-fichiers-dans-le-cloud", "adopter-une-suite-bureautique-libre"],
        "fr": {
            "title": "Travailler ensemble avec les outils collaboratifs",
            "summary": "Agenda partagé, documents communs et messagerie d'équipe : "
            "moins d'e-mails, moins de versions perdues, plus de temps pour vos clients.",
            "why": "Quand chacun garde ses fichiers et son agenda pour lui, l'équipe perd du temps à se coordonner. "
            "Un espace commun rend l'information disponible à tous, au bureau comme sur la route.",
            "steps": [
                (
                    "Partez d'un besoin",
                    "commencez par ce qui coince le plus : l'agenda des rendez-vous, les devis ou les plannings.",
                ),
                ("Choisissez une suite", "préférez une seule suite qui réunit agenda, documents et messagerie."),
                ("Formez l'équipe", "prévoyez une heure de prise en main et désignez une personne de référence."),
            ],
            "checklist": [
                "Un agenda partagé par l'équipe",
                "Des dossiers communs rangés par client",
                "Des droits d'accès par personne",
            ],
            "tip": (
                "Une règle simple",
                "Convenez ensemble de ce qui passe par la messagerie d'équipe et de ce qui reste dans l'e-mail.",
            ),
        },
        "nl": {
            "title": "Samenwerken met samenwerkingstools",
            "summary": "Gedeelde agenda, gemeenschappelijke documenten en teamchat: "
            "minder e-mails, minder verloren versies, meer tijd voor uw klanten.",
            "why": "Wanneer iedereen zijn bestanden en agenda voor zich houdt, verliest het team tijd met afstemmen. "
            "Een gemeenschappelijke ruimte maakt de informatie beschikbaar voor iedereen, op kantoor en onderweg.",
            "steps": [
                (
                    "Vertrek van een behoefte",
                    "begin met wat het meest knelt: de afsprakenagenda, de offertes of de planningen.",
                ),
                ("Kies een suite", "kies liever één suite die agenda, documenten en chat samenbrengt."),
                ("Leid het team op", "voorzie een uur om ermee te leren werken en duid een referentiepersoon aan."),
            ],
            "checklist": [
                "Een agenda gedeeld door het team",
                "Gemeenschappelijke mappen per klant",
                "Toegangsrechten per persoon",
            ],
            "tip": ("Eén eenvoudige regel", "Spreek samen af wat via de teamchat gaat en wat in de e-mail blijft."),
        },
        "de": {
            "title": "Zusammenarbeiten mit Kollaborationswerkzeugen",
            "summary": "Gemeinsamer Kalender, gemeinsame Dokumente und Team-Chat: "
            "weniger E-Mails, weniger verlorene Versionen, mehr Zeit für Ihre Kunden.",
            "why": "Wenn jeder seine Dateien und seinen Kalender für sich behält, verliert das Team Zeit mit Absprachen. "
            "Ein gemeinsamer Raum macht die Informationen für alle verfügbar, im Büro wie unterwegs.",
            "steps": [
                (
                    "Gehen Sie von einem Bedarf aus",
                    "beginnen Sie mit dem, was am meisten hakt: Terminkalender, Angebote oder Einsatzpläne.",
                ),
                (
                    "Wählen Sie eine Suite",
                    "nehmen Sie lieber eine einzige Suite, die Kalender, Dokumente und Chat vereint.",
                ),
                ("Schulen Sie das Team", "planen Sie eine Stunde Einführung und bestimmen Sie eine Ansprechperson."),
            ],
            "checklist": [
                "Ein vom Team geteilter Kalender",
                "Gemeinsame Ordner pro Kunde",
                "Zugriffsrechte pro Person",
            ],
            "tip": (
                "Eine einfache Regel",
                "Vereinbaren Sie gemeinsam, was über den Team-Chat läuft und was in der E-Mail bleibt.",
            ),
        },
    },
    {
        "slug": "adopter-une-suite-bureautique-libre",
        "themes": ["open-source"],
        "sectors": [],
        "level": "beginner",
        "reviewed": "2025-12-15",
        "related": ["travailler-ensemble-avec-les-outils-collaboratifs", "sauvegarder-ses-donnees"],
        "fr": {
            "title": "Adopter une suite bureautique libre",
            "summary": "Traitement de texte, tableur et présentations gratuits et ouverts : "
            "comment passer à une suite libre sans perdre vos documents.",
            "why": "Une suite bureautique libre ne coûte pas de licence, lit les formats courants et vous laisse maîtres de vos fichiers. "
            "Pour beaucoup de petites entreprises, elle couvre tous les besoins.",
            "steps": [
                (
                    "Installez-la à côté",
                    "installez la suite libre sur un poste sans retirer l'ancienne pendant un mois.",
                ),
                (
                    "Testez vos documents",
                    "ouvrez vos modèles de devis, factures et tableaux et corrigez ce qui bouge.",
                ),
                (
                    "Généralisez",
                    "quand les modèles sont prêts, installez-la sur tous les postes et choisissez le format ouvert par défaut.",
                ),
            ],
            "checklist": [
                "Modèles de devis et de factures vérifiés",
                "Format ouvert choisi par défaut",
                "Équipe informée du changement",
            ],
            "tip": (
                "Gardez le PDF pour l'extérieur",
                "Envoyez vos devis en PDF : vos clients les liront quel que soit leur logiciel.",
            ),
        },
        "nl": {
            "title": "Overstappen op een vrije kantoorsuite",
            "summary": "Gratis en open tekstverwerker, rekenblad en presentaties: "
            "zo stapt u over op een vrije suite zonder uw documenten te verliezen.",
            "why": "Een vrije kantoorsuite kost geen licentie, leest de gangbare formaten en laat u baas over uw bestanden. "
            "Voor veel kleine ondernemingen dekt ze alle behoeften.",
            "steps": [
                (
                    "Installeer ze ernaast",
                    "installeer de vrije suite op één computer zonder de oude een maand lang te verwijderen.",
                ),
                (
                    "Test uw documenten",
                    "open uw sjablonen voor offertes, facturen en tabellen en verbeter wat verschuift.",
                ),
                (
                    "Veralgemeen",
                    "wanneer de sjablonen klaar zijn, installeer ze op alle computers en kies standaard het open formaat.",
                ),
            ],
            "checklist": [
                "Sjablonen voor offertes en facturen nagekeken",
                "Standaard het open formaat gekozen",
                "Team op de hoogte van de overstap",
            ],
            "tip": (
                "Gebruik pdf naar buiten",
                "Stuur uw offertes als pdf: uw klanten lezen ze met welke software ook.",
            ),
        },
        "de": {
            "title": "Auf eine freie Office-Suite umsteigen",
            "summary": "Kostenlose und offene Textverarbeitung, Tabellenkalkulation und Präsentationen: "
            "So steigen Sie um, ohne Ihre Dokumente zu verlieren.",
            "why": "Eine freie Office-Suite kostet keine Lizenz, liest die gängigen Formate und lässt Sie Herr über Ihre Dateien bleiben. "
            "Für viele kleine Unternehmen deckt sie den ganzen Bedarf.",
            "steps": [
                (
                    "Installieren Sie sie daneben",
                    "installieren Sie die freie Suite auf einem Rechner, ohne die alte einen Monat lang zu entfernen.",
                ),
                (
                    "Testen Sie Ihre Dokumente",
                    "öffnen Sie Ihre Vorlagen für Angebote, Rechnungen und Tabellen und korrigieren Sie, was sich verschiebt.",
                ),
                (
                    "Führen Sie sie überall ein",
                    "wenn die Vorlagen fertig sind, installieren Sie sie auf allen Rechnern und wählen das offene Format als Standard.",
                ),
            ],
            "checklist": [
                "Vorlagen für Angebote und Rechnungen geprüft",
                "Offenes Format als Standard gewählt",
                "Team über den Wechsel informiert",
            ],
            "tip": ("PDF für draußen", "Senden Sie Ihre Angebote als PDF: Ihre Kunden lesen sie mit jeder Software."),
        },
    },
    {
        "slug": "gerer-ses-mots-de-passe",
        "themes": ["security"],
        "sectors": [],
        "level": "beginner",
        "reviewed": "2026-03-16",
        "related": ["reconnaitre-l-hameconnage", "securiser-le-wi-fi-du-commerce"],
        "fr": {
            "title": "Gérer ses mots de passe avec un gestionnaire",
            "summary": "Un seul mot de passe à retenir, des mots de passe uniques partout "
            "et la double authentification sur les comptes importants.",
            "why": "Réutiliser le même mot de passe, c'est donner toutes vos clés à qui en vole un seul. "
            "Un gestionnaire crée et retient pour vous des mots de passe différents pour chaque service.",
            "steps": [
                (
                    "Choisissez un gestionnaire",
                    "prenez un gestionnaire reconnu, avec un coffre partagé si l'équipe a des comptes communs.",
                ),
                (
                    "Commencez par l'essentiel",
                    "changez d'abord les mots de passe de la banque, de l'e-mail et de la comptabilité.",
                ),
                (
                    "Activez la double authentification",
                    "ajoutez un code sur le téléphone pour l'e-mail, la banque et les réseaux sociaux.",
                ),
            ],
            "checklist": [
                "Une phrase de passe longue pour le coffre",
                "Double authentification sur l'e-mail",
                "Comptes communs dans un coffre partagé",
            ],
            "tip": (
                "Prévoyez la clé de secours",
                "Imprimez le code de récupération du coffre et rangez-le dans un endroit sûr de l'entreprise.",
            ),
        },
        "nl": {
            "title": "Uw wachtwoorden beheren met een wachtwoordbeheerder",
            "summary": "Eén wachtwoord om te onthouden, overal unieke wachtwoorden "
            "en tweestapsverificatie op de belangrijke accounts.",
            "why": "Hetzelfde wachtwoord hergebruiken betekent al uw sleutels geven aan wie er één steelt. "
            "Een beheerder maakt en onthoudt voor u een ander wachtwoord voor elke dienst.",
            "steps": [
                (
                    "Kies een beheerder",
                    "neem een erkende beheerder, met een gedeelde kluis als het team gemeenschappelijke accounts heeft.",
                ),
                (
                    "Begin met het belangrijkste",
                    "wijzig eerst de wachtwoorden van de bank, de e-mail en de boekhouding.",
                ),
                (
                    "Activeer tweestapsverificatie",
                    "voeg een code op de telefoon toe voor e-mail, bank en sociale netwerken.",
                ),
            ],
            "checklist": [
                "Een lange wachtzin voor de kluis",
                "Tweestapsverificatie op de e-mail",
                "Gemeenschappelijke accounts in een gedeelde kluis",
            ],
            "tip": (
                "Voorzie een noodsleutel",
                "Druk de herstelcode van de kluis af en bewaar ze op een veilige plaats in de onderneming.",
            ),
        },
        "de": {
            "title": "Passwörter mit einem Passwortmanager verwalten",
            "summary": "Ein einziges Passwort merken, überall eindeutige Passwörter "
            "und Zwei-Faktor-Authentifizierung für die wichtigen Konten.",
            "why": "Dasselbe Passwort wiederzuverwenden heißt, alle Schlüssel dem zu geben, der eines stiehlt. "
            "Ein Manager erstellt und merkt sich für Sie ein anderes Passwort für jeden Dienst.",
            "steps": [
                (
                    "Wählen Sie einen Manager",
                    "nehmen Sie einen anerkannten Manager, mit gemeinsamem Tresor, wenn das Team gemeinsame Konten hat.",
                ),
                (
                    "Beginnen Sie mit dem Wichtigsten",
                    "ändern Sie zuerst die Passwörter für Bank, E-Mail und Buchhaltung.",
                ),
                (
                    "Aktivieren Sie die Zwei-Faktor-Authentifizierung",
                    "fügen Sie einen Code auf dem Telefon für E-Mail, Bank und soziale Netzwerke hinzu.",
                ),
            ],
            "checklist": [
                "Ein langer Passsatz für den Tresor",
                "Zwei-Faktor-Authentifizierung für die E-Mail",
                "Gemeinsame Konten in einem geteilten Tresor",
            ],
            "tip": (
                "Denken Sie an den Notfallschlüssel",
                "Drucken Sie den Wiederherstellungscode des Tresors aus und bewahren Sie ihn sicher im Unternehmen auf.",
            ),
        },
    },
    {
        "slug": "premiers-pas-dans-l-e-commerce",
        "themes": ["e-commerce"],
        "sectors": ["retail"],
        "level": "intermediate",
        "reviewed": "2026-02-03",
        "related": ["accepter-le-paiement-electronique", "rgpd-les-bases-pour-un-commerce"],
        "fr": {
            "title": "Premiers pas dans l'e-commerce",
            "summary": "Vendre en ligne en complément du magasin : choisir la formule, "
            "organiser les livraisons et respecter les règles de la vente à distance.",
            "why": "Une boutique en ligne prolonge votre magasin le soir et le dimanche, et touche des clients hors de votre commune. "
            "Bien préparée, elle reste gérable à côté du comptoir.",
            "steps": [
                (
                    "Commencez petit",
                    "mettez en ligne vos vingt produits les plus demandés plutôt que tout le catalogue.",
                ),
                (
                    "Organisez la livraison",
                    "proposez le retrait en magasin et un transporteur, avec des frais clairs.",
                ),
                (
                    "Respectez les règles",
                    "affichez les conditions de vente, le droit de rétractation de 14 jours et vos coordonnées.",
                ),
            ],
            "checklist": [
                "Conditions générales de vente en ligne",
                "Photos nettes de chaque produit",
                "Stock synchronisé avec la caisse",
            ],
            "tip": (
                "Le retrait en magasin rapporte",
                "Un client qui vient chercher sa commande achète souvent autre chose sur place.",
            ),
        },
        "nl": {
            "title": "Eerste stappen in e-commerce",
            "summary": "Online verkopen naast de winkel: de formule kiezen, "
            "de leveringen organiseren en de regels van verkoop op afstand naleven.",
            "why": "Een webwinkel verlengt uw winkel 's avonds en op zondag en bereikt klanten buiten uw gemeente. "
            "Goed voorbereid blijft hij beheersbaar naast de toonbank.",
            "steps": [
                ("Begin klein", "zet uw twintig meest gevraagde producten online in plaats van de hele catalogus."),
                ("Organiseer de levering", "bied afhaling in de winkel en een vervoerder aan, met duidelijke kosten."),
                (
                    "Volg de regels",
                    "vermeld de verkoopvoorwaarden, het herroepingsrecht van 14 dagen en uw contactgegevens.",
                ),
            ],
            "checklist": [
                "Algemene verkoopvoorwaarden online",
                "Scherpe foto's van elk product",
                "Voorraad gesynchroniseerd met de kassa",
            ],
            "tip": (
                "Afhalen in de winkel loont",
                "Een klant die zijn bestelling komt ophalen, koopt vaak nog iets ter plaatse.",
            ),
        },
        "de": {
            "title": "Erste Schritte im E-Commerce",
            "summary": "Online verkaufen als Ergänzung zum Geschäft: die Formel wählen, "
            "den Versand organisieren und die Regeln des Fernabsatzes einhalten.",
            "why": "Ein Webshop verlängert Ihr Geschäft am Abend und am Sonntag und erreicht Kunden außerhalb Ihrer Gemeinde. "
            "Gut vorbereitet bleibt er neben der Theke zu bewältigen.",
            "steps": [
                (
                    "Fangen Sie klein an",
                    "stellen Sie Ihre zwanzig meistgefragten Produkte online statt des ganzen Katalogs.",
                ),
                (
                    "Organisieren Sie den Versand",
                    "bieten Sie Abholung im Geschäft und einen Versanddienst an, mit klaren Kosten.",
                ),
                (
                    "Halten Sie die Regeln ein",
                    "zeigen Sie die Verkaufsbedingungen, das Widerrufsrecht von 14 Tagen und Ihre Kontaktdaten an.",
                ),
            ],
            "checklist": [
                "Allgemeine Verkaufsbedingungen online",
                "Scharfe Fotos jedes Produkts",
                "Bestand mit der Kasse synchronisiert",
            ],
            "tip": (
                "Abholung im Geschäft lohnt sich",
                "Ein Kunde, der seine Bestellung abholt, kauft oft noch etwas vor Ort.",
            ),
        },
    },
    {
        "slug": "accepter-le-paiement-electronique",
        "themes": ["e-invoicing-payments", "hardware"],
        "sectors": ["retail", "horeca-tourism"],
        "level": "beginner",
        "reviewed": "2026-01-12",
        "related": ["choisir-une-caisse-enregistreuse", "premiers-pas-dans-l-e-commerce"],
        "fr": {
            "title": "Accepter le paiement électronique",
            "summary": "Terminal fixe, mobile ou paiement sur smartphone : choisir la solution adaptée "
            "et comparer les frais, puisque le paiement électronique est obligatoire.",
            "why": "En Belgique, tout commerçant doit proposer au moins un moyen de paiement électronique. "
            "Le bon terminal accélère l'encaissement et réduit l'argent liquide en caisse.",
            "steps": [
                (
                    "Choisissez le type",
                    "terminal fixe au comptoir, mobile pour les tables ou les livraisons, ou application sur smartphone.",
                ),
                (
                    "Comparez les frais",
                    "regardez la location, le coût par transaction et le délai de versement sur votre compte.",
                ),
                (
                    "Reliez-le à la caisse",
                    "un terminal relié à la caisse évite de retaper les montants et les erreurs.",
                ),
            ],
            "checklist": [
                "Paiement sans contact accepté",
                "Frais par transaction connus",
                "Terminal relié à la caisse",
            ],
            "tip": (
                "Affichez les moyens acceptés",
                "Un autocollant à l'entrée évite les mauvaises surprises au moment de payer.",
            ),
        },
        "nl": {
            "title": "Elektronische betalingen aanvaarden",
            "summary": "Vaste of mobiele terminal of betalen met de smartphone: de passende oplossing kiezen "
            "en de kosten vergelijken, want elektronisch betalen is verplicht.",
            "why": "In België moet elke handelaar minstens één elektronisch betaalmiddel aanbieden. "
            "De juiste terminal versnelt het afrekenen en vermindert het contant geld in de kassa.",
            "steps": [
                (
                    "Kies het type",
                    "vaste terminal aan de toonbank, mobiel voor de tafels of leveringen, of een app op de smartphone.",
                ),
                (
                    "Vergelijk de kosten",
                    "kijk naar de huur, de kost per transactie en de termijn van storting op uw rekening.",
                ),
                (
                    "Koppel hem aan de kassa",
                    "een terminal gekoppeld aan de kassa voorkomt het overtypen van bedragen en fouten.",
                ),
            ],
            "checklist": [
                "Contactloos betalen aanvaard",
                "Kosten per transactie gekend",
                "Terminal gekoppeld aan de kassa",
            ],
            "tip": (
                "Toon de aanvaarde betaalmiddelen",
                "Een sticker aan de ingang voorkomt onaangename verrassingen bij het betalen.",
            ),
        },
        "de": {
            "title": "Elektronische Zahlungen annehmen",
            "summary": "Festes oder mobiles Terminal oder Zahlung per Smartphone: die passende Lösung wählen "
            "und die Gebühren vergleichen, denn elektronische Zahlung ist Pflicht.",
            "why": "In Belgien muss jeder Händler mindestens ein elektronisches Zahlungsmittel anbieten. "
            "Das richtige Terminal beschleunigt das Kassieren und verringert das Bargeld in der Kasse.",
            "steps": [
                (
                    "Wählen Sie die Art",
                    "festes Terminal an der Theke, mobiles für Tische oder Lieferungen oder eine App auf dem Smartphone.",
                ),
                (
                    "Vergleichen Sie die Gebühren",
                    "achten Sie auf Miete, Kosten pro Transaktion und die Frist der Gutschrift auf Ihrem Konto.",
                ),
                (
                    "Verbinden Sie es mit der Kasse",
                    "ein mit der Kasse verbundenes Terminal erspart das erneute Eintippen der Beträge und Fehler.",
                ),
            ],
            "checklist": [
                "Kontaktloses Zahlen angenommen",
                "Gebühren pro Transaktion bekannt",
                "Terminal mit der Kasse verbunden",
            ],
            "tip": (
                "Zeigen Sie die Zahlungsmittel an",
                "Ein Aufkleber am Eingang vermeidet unangenehme Überraschungen beim Bezahlen.",
            ),
        },
    },
    {
        "slug": "reseaux-sociaux-pour-un-artisan",
        "themes": ["marketing"],
        "sectors": ["construction"],
        "level": "beginner",
        "reviewed": "2025-12-01",
        "related": ["creer-sa-fiche-google-business-profile", "faire-referencer-son-site-web"],
        "fr": {
            "title": "Les réseaux sociaux pour un artisan",
            "summary": "Montrer vos chantiers avant et après, répondre aux avis et garder le rythme "
            "avec une heure par semaine.",
            "why": "Vos futurs clients veulent voir votre travail avant d'appeler. "
            "Des photos de chantiers récents rassurent plus qu'une publicité.",
            "steps": [
                (
                    "Choisissez un réseau",
                    "concentrez-vous sur le réseau où sont vos clients plutôt que d'être partout.",
                ),
                (
                    "Photographiez vos chantiers",
                    "prenez une photo avant et après chaque travail, avec l'accord du client.",
                ),
                ("Planifiez", "réservez une heure par semaine pour publier deux photos et répondre aux messages."),
            ],
            "checklist": [
                "Profil complet avec zone d'intervention",
                "Accord du client pour chaque photo",
                "Réponse aux messages sous 48 heures",
            ],
            "tip": (
                "Répondez aux avis",
                "Remerciez chaque avis, même critique : les futurs clients lisent surtout vos réponses.",
            ),
        },
        "nl": {
            "title": "Sociale netwerken voor een vakman",
            "summary": "Uw werven voor en na tonen, reageren op beoordelingen en het ritme aanhouden "
            "met een uur per week.",
            "why": "Uw toekomstige klanten willen uw werk zien voor ze bellen. "
            "Foto's van recente werven stellen meer gerust dan een advertentie.",
            "steps": [
                (
                    "Kies een netwerk",
                    "concentreer u op het netwerk waar uw klanten zitten in plaats van overal te zijn.",
                ),
                ("Fotografeer uw werven", "neem een foto voor en na elk werk, met de toestemming van de klant."),
                ("Plan", "reserveer een uur per week om twee foto's te posten en berichten te beantwoorden."),
            ],
            "checklist": [
                "Volledig profiel met werkgebied",
                "Toestemming van de klant voor elke foto",
                "Antwoord op berichten binnen 48 uur",
            ],
            "tip": (
                "Reageer op beoordelingen",
                "Bedank voor elke beoordeling, ook een kritische: toekomstige klanten lezen vooral uw antwoorden.",
            ),
        },
        "de": {
            "title": "Soziale Netzwerke für Handwerker",
            "summary": "Ihre Baustellen vorher und nachher zeigen, auf Bewertungen antworten und den Rhythmus halten "
            "mit einer Stunde pro Woche.",
            "why": "Ihre künftigen Kunden wollen Ihre Arbeit sehen, bevor sie anrufen. "
            "Fotos aktueller Baustellen überzeugen mehr als Werbung.",
            "steps": [
                (
                    "Wählen Sie ein Netzwerk",
                    "konzentrieren Sie sich auf das Netzwerk, in dem Ihre Kunden sind, statt überall zu sein.",
                ),
                (
                    "Fotografieren Sie Ihre Baustellen",
                    "machen Sie ein Foto vor und nach jeder Arbeit, mit dem Einverständnis des Kunden.",
                ),
                (
                    "Planen Sie",
                    "reservieren Sie eine Stunde pro Woche, um zwei Fotos zu veröffentlichen und Nachrichten zu beantworten.",
                ),
            ],
            "checklist": [
                "Vollständiges Profil mit Einsatzgebiet",
                "Einverständnis des Kunden für jedes Foto",
                "Antwort auf Nachrichten innerhalb von 48 Stunden",
            ],
            "tip": (
                "Antworten Sie auf Bewertungen",
                "Danken Sie für jede Bewertung, auch für Kritik: Künftige Kunden lesen vor allem Ihre Antworten.",
            ),
        },
    },
    {
        "slug": "stocker-ses-fichiers-dans-le-cloud",
        "themes": ["collaboration", "data-privacy"],
        "sectors": [],
        "level": "intermediate",
        "reviewed": "2026-02-27",
        "related": ["sauvegarder-ses-donnees", "travailler-ensemble-avec-les-outils-collaboratifs"],
        "fr": {
            "title": "Stocker ses fichiers dans le cloud",
            "summary": "Retrouver ses fichiers partout et les partager sans clé USB : "
            "choisir un service, régler les accès et rester en règle avec le RGPD.",
            "why": "Un stockage en ligne rend vos devis et plans accessibles au bureau, au chantier et à la maison, "
            "et vous protège d'un ordinateur perdu.",
            "steps": [
                (
                    "Choisissez un service",
                    "vérifiez où sont hébergées les données : un hébergement en Europe simplifie le RGPD.",
                ),
                (
                    "Rangez avant de migrer",
                    "créez une arborescence simple par client ou par année avant de tout copier.",
                ),
                (
                    "Réglez les partages",
                    "partagez des dossiers avec des personnes précises plutôt que par lien public.",
                ),
            ],
            "checklist": [
                "Données hébergées en Europe",
                "Double authentification activée",
                "Liens publics vérifiés chaque trimestre",
            ],
            "tip": (
                "Le cloud n'est pas une sauvegarde",
                "Un fichier effacé ou chiffré se synchronise partout : gardez une sauvegarde séparée.",
            ),
        },
        "nl": {
            "title": "Uw bestanden in de cloud bewaren",
            "summary": "Uw bestanden overal terugvinden en delen zonder usb-stick: "
            "een dienst kiezen, de toegang regelen en in orde blijven met de AVG.",
            "why": "Onlineopslag maakt uw offertes en plannen bereikbaar op kantoor, op de werf en thuis, "
            "en beschermt u tegen een verloren computer.",
            "steps": [
                (
                    "Kies een dienst",
                    "controleer waar de gegevens gehost worden: hosting in Europa vereenvoudigt de AVG.",
                ),
                (
                    "Ruim op voor u migreert",
                    "maak een eenvoudige mappenstructuur per klant of per jaar voor u alles kopieert.",
                ),
                ("Regel het delen", "deel mappen met bepaalde personen in plaats van via een openbare link."),
            ],
            "checklist": [
                "Gegevens gehost in Europa",
                "Tweestapsverificatie geactiveerd",
                "Openbare links elk kwartaal nagekeken",
            ],
            "tip": (
                "De cloud is geen back-up",
                "Een gewist of versleuteld bestand wordt overal gesynchroniseerd: houd een aparte back-up bij.",
            ),
        },
        "de": {
            "title": "Dateien in der Cloud speichern",
            "summary": "Dateien überall finden und ohne USB-Stick teilen: "
            "einen Dienst wählen, die Zugriffe regeln und DSGVO-konform bleiben.",
            "why": "Ein Online-Speicher macht Ihre Angebote und Pläne im Büro, auf der Baustelle und zu Hause zugänglich "
            "und schützt Sie vor einem verlorenen Computer.",
            "steps": [
                (
                    "Wählen Sie einen Dienst",
                    "prüfen Sie, wo die Daten gespeichert werden: Hosting in Europa vereinfacht die DSGVO.",
                ),
                (
                    "Räumen Sie vor dem Umzug auf",
                    "legen Sie eine einfache Ordnerstruktur pro Kunde oder Jahr an, bevor Sie alles kopieren.",
                ),
                (
                    "Regeln Sie die Freigaben",
                    "teilen Sie Ordner mit bestimmten Personen statt über einen öffentlichen Link.",
                ),
            ],
            "checklist": [
                "Daten in Europa gespeichert",
                "Zwei-Faktor-Authentifizierung aktiviert",
                "Öffentliche Links jedes Quartal geprüft",
            ],
            "tip": (
                "Die Cloud ist keine Sicherung",
                "Eine gelöschte oder verschlüsselte Datei wird überall synchronisiert: Behalten Sie eine getrennte Sicherung.",
            ),
        },
    },
    {
        "slug": "reconnaitre-l-hameconnage",
        "themes": ["security"],
        "sectors": [],
        "level": "beginner",
        "reviewed": "2026-03-20",
        "related": ["gerer-ses-mots-de-passe", "sauvegarder-ses-donnees"],
        "fr": {
            "title": "Reconnaître l'hameçonnage",
            "summary": "Faux e-mails de la banque, fausses factures, faux livreurs : "
            "les signes qui doivent vous alerter et les bons réflexes.",
            "why": "La plupart des attaques contre les petites entreprises commencent par un message qui pousse à cliquer ou à payer. "
            "Quelques réflexes suffisent à déjouer la plupart d'entre elles.",
            "steps": [
                (
                    "Vérifiez l'expéditeur",
                    "regardez l'adresse complète de l'expéditeur et l'adresse réelle des liens avant de cliquer.",
                ),
                (
                    "Méfiez-vous de l'urgence",
                    "un message qui presse de payer ou de se connecter est suspect par nature.",
                ),
                (
                    "Confirmez par un autre canal",
                    "appelez le fournisseur au numéro que vous connaissez avant de changer un numéro de compte.",
                ),
            ],
            "checklist": [
                "Aucun code bancaire donné par téléphone",
                "Changement de compte fournisseur confirmé par téléphone",
                "Messages suspects transférés à suspect@safeonweb.be",
            ],
            "tip": (
                "Signalez-le",
                "Transférez les messages suspects à suspect@safeonweb.be : vous aidez à bloquer les campagnes en cours.",
            ),
        },
        "nl": {
            "title": "Phishing herkennen",
            "summary": "Valse e-mails van de bank, valse facturen, valse koeriers: "
            "de signalen die u moeten alarmeren en de juiste reflexen.",
            "why": "De meeste aanvallen op kleine ondernemingen beginnen met een bericht dat aanzet om te klikken of te betalen. "
            "Enkele reflexen volstaan om de meeste te verijdelen.",
            "steps": [
                (
                    "Controleer de afzender",
                    "bekijk het volledige adres van de afzender en het echte adres van de links voor u klikt.",
                ),
                (
                    "Wantrouw haast",
                    "een bericht dat aandringt om te betalen of in te loggen is per definitie verdacht.",
                ),
                (
                    "Bevestig via een ander kanaal",
                    "bel de leverancier op het nummer dat u kent voor u een rekeningnummer wijzigt.",
                ),
            ],
            "checklist": [
                "Geen bankcode gegeven via de telefoon",
                "Wijziging van leveranciersrekening telefonisch bevestigd",
                "Verdachte berichten doorgestuurd naar verdacht@safeonweb.be",
            ],
            "tip": (
                "Meld het",
                "Stuur verdachte berichten door naar verdacht@safeonweb.be: u helpt lopende campagnes te blokkeren.",
            ),
        },
        "de": {
            "title": "Phishing erkennen",
            "summary": "Gefälschte E-Mails der Bank, falsche Rechnungen, falsche Paketboten: "
            "die Anzeichen, die Sie warnen sollten, und die richtigen Reflexe.",
            "why": "Die meisten Angriffe auf kleine Unternehmen beginnen mit einer Nachricht, die zum Klicken oder Zahlen drängt. "
            "Einige Reflexe genügen, um die meisten abzuwehren.",
            "steps": [
                (
                    "Prüfen Sie den Absender",
                    "sehen Sie sich die vollständige Absenderadresse und die echte Adresse der Links an, bevor Sie klicken.",
                ),
                (
                    "Misstrauen Sie der Eile",
                    "eine Nachricht, die drängt zu zahlen oder sich anzumelden, ist von Natur aus verdächtig.",
                ),
                (
                    "Bestätigen Sie über einen anderen Weg",
                    "rufen Sie den Lieferanten unter der Ihnen bekannten Nummer an, bevor Sie eine Kontonummer ändern.",
                ),
            ],
            "checklist": [
                "Kein Bankcode am Telefon weitergegeben",
                "Änderung des Lieferantenkontos telefonisch bestätigt",
                "Verdächtige Nachrichten an suspect@safeonweb.be weitergeleitet",
            ],
            "tip": (
                "Melden Sie es",
                "Leiten Sie verdächtige Nachrichten an suspect@safeonweb.be weiter: Sie helfen, laufende Kampagnen zu stoppen.",
            ),
        },
    },
    {
        "slug": "suivre-sa-flotte-de-vehicules",
        "themes": ["mobility"],
        "sectors": ["transport-logistics"],
        "level": "advanced",
        "reviewed": "2026-01-30",
        "related": ["choisir-un-smartphone-professionnel", "rgpd-les-bases-pour-un-commerce"],
        "fr": {
            "title": "Suivre sa flotte de véhicules",
            "summary": "Géolocalisation, suivi des tournées et de la consommation : "
            "ce que la télématique apporte à une petite entreprise de transport, et ses limites légales.",
            "why": "Savoir où sont vos camionnettes permet de prévenir un client d'un retard, d'optimiser les tournées "
            "et de réduire le carburant consommé.",
            "steps": [
                ("Fixez vos objectifs", "ponctualité, carburant, entretien : choisissez deux indicateurs à suivre."),
                (
                    "Informez les chauffeurs",
                    "la géolocalisation doit être annoncée par écrit et limitée aux heures de travail.",
                ),
                ("Analysez chaque mois", "comparez les tournées prévues et réelles et ajustez les itinéraires."),
            ],
            "checklist": [
                "Chauffeurs informés par écrit",
                "Suivi désactivé hors des heures de travail",
                "Deux indicateurs suivis chaque mois",
            ],
            "tip": (
                "Impliquez l'équipe",
                "Partagez les résultats avec les chauffeurs : leurs idées d'itinéraires valent souvent mieux que l'algorithme.",
            ),
        },
        "nl": {
            "title": "Uw wagenpark opvolgen",
            "summary": "Geolocatie, opvolging van rondes en verbruik: "
            "wat telematica een kleine transportonderneming oplevert, en de wettelijke grenzen.",
            "why": "Weten waar uw bestelwagens zijn laat u toe een klant te verwittigen van een vertraging, de rondes te optimaliseren "
            "en het brandstofverbruik te verminderen.",
            "steps": [
                ("Bepaal uw doelen", "stiptheid, brandstof, onderhoud: kies twee indicatoren om op te volgen."),
                (
                    "Informeer de chauffeurs",
                    "geolocatie moet schriftelijk aangekondigd worden en beperkt blijven tot de werkuren.",
                ),
                ("Analyseer elke maand", "vergelijk de geplande en echte rondes en pas de routes aan."),
            ],
            "checklist": [
                "Chauffeurs schriftelijk geïnformeerd",
                "Opvolging uitgeschakeld buiten de werkuren",
                "Twee indicatoren elke maand opgevolgd",
            ],
            "tip": (
                "Betrek het team",
                "Deel de resultaten met de chauffeurs: hun ideeën voor routes zijn vaak beter dan het algoritme.",
            ),
        },
        "de": {
            "title": "Den eigenen Fuhrpark verfolgen",
            "summary": "Ortung, Verfolgung von Touren und Verbrauch: "
            "was Telematik einem kleinen Transportunternehmen bringt, und ihre rechtlichen Grenzen.",
            "why": "Zu wissen, wo Ihre Lieferwagen sind, erlaubt es, einen Kunden über eine Verspätung zu informieren, Touren zu optimieren "
            "und den Kraftstoffverbrauch zu senken.",
            "steps": [
                (
                    "Legen Sie Ihre Ziele fest",
                    "Pünktlichkeit, Kraftstoff, Wartung: Wählen Sie zwei Kennzahlen, die Sie verfolgen.",
                ),
                (
                    "Informieren Sie die Fahrer",
                    "die Ortung muss schriftlich angekündigt werden und auf die Arbeitszeit beschränkt bleiben.",
                ),
                (
                    "Werten Sie jeden Monat aus",
                    "vergleichen Sie geplante und tatsächliche Touren und passen Sie die Routen an.",
                ),
            ],
            "checklist": [
                "Fahrer schriftlich informiert",
                "Ortung außerhalb der Arbeitszeit abgeschaltet",
                "Zwei Kennzahlen jeden Monat verfolgt",
            ],
            "tip": (
                "Beziehen Sie das Team ein",
                "Teilen Sie die Ergebnisse mit den Fahrern: Ihre Ideen für Routen sind oft besser als der Algorithmus.",
            ),
        },
    },
    {
        "slug": "devis-et-factures-sur-tablette-au-chantier",
        "themes": ["mobility", "e-invoicing-payments"],
        "sectors": ["construction"],
        "level": "intermediate",
        "reviewed": "2026-02-06",
        "related": ["facturer-electroniquement-avec-peppol", "choisir-un-smartphone-professionnel"],
        "fr": {
            "title": "Devis et factures sur tablette au chantier",
            "summary": "Établir le devis chez le client, le faire signer sur la tablette "
            "et facturer le soir même : moins de paperasse et un paiement plus rapide.",
            "why": "Un devis remis sur place, pendant que le client a encore son projet en tête, est plus souvent accepté. "
            "Et chaque facture envoyée le jour même est payée plus tôt.",
            "steps": [
                (
                    "Préparez vos articles",
                    "encodez vos prestations et matériaux courants avec leurs prix dans le logiciel.",
                ),
                (
                    "Faites signer sur place",
                    "présentez le devis sur la tablette et recueillez la signature électronique du client.",
                ),
                (
                    "Facturez depuis le devis",
                    "transformez le devis accepté en facture en un clic, envoyée par Peppol ou par e-mail.",
                ),
            ],
            "checklist": [
                "Catalogue d'articles à jour",
                "Tablette protégée par un code",
                "Synchronisation avec le bureau",
            ],
            "tip": (
                "Travaillez hors ligne",
                "Choisissez une application qui fonctionne sans réseau : les caves et les chantiers isolés captent mal.",
            ),
        },
        "nl": {
            "title": "Offertes en facturen op tablet op de werf",
            "summary": "De offerte bij de klant opmaken, ze laten tekenen op de tablet "
            "en dezelfde avond factureren: minder papierwerk en een snellere betaling.",
            "why": "Een offerte die ter plaatse wordt overhandigd, terwijl de klant zijn project nog in gedachten heeft, wordt vaker aanvaard. "
            "En elke factuur die dezelfde dag vertrekt, wordt sneller betaald.",
            "steps": [
                (
                    "Bereid uw artikelen voor",
                    "voer uw gangbare prestaties en materialen met hun prijzen in de software in.",
                ),
                ("Laat ter plaatse tekenen", "toon de offerte op de tablet en laat de klant elektronisch tekenen."),
                (
                    "Factureer vanuit de offerte",
                    "zet de aanvaarde offerte met één klik om in een factuur, verstuurd via Peppol of e-mail.",
                ),
            ],
            "checklist": [
                "Artikelcatalogus bijgewerkt",
                "Tablet beveiligd met een code",
                "Synchronisatie met het kantoor",
            ],
            "tip": (
                "Werk offline",
                "Kies een app die zonder netwerk werkt: kelders en afgelegen werven hebben slecht bereik.",
            ),
        },
        "de": {
            "title": "Angebote und Rechnungen auf dem Tablet auf der Baustelle",
            "summary": "Das Angebot beim Kunden erstellen, auf dem Tablet unterschreiben lassen "
            "und noch am selben Abend fakturieren: weniger Papierkram und schnellere Zahlung.",
            "why": "Ein vor Ort übergebenes Angebot, solange der Kunde sein Projekt noch im Kopf hat, wird häufiger angenommen. "
            "Und jede am selben Tag versandte Rechnung wird früher bezahlt.",
            "steps": [
                (
                    "Bereiten Sie Ihre Artikel vor",
                    "erfassen Sie Ihre üblichen Leistungen und Materialien mit Preisen in der Software.",
                ),
                (
                    "Lassen Sie vor Ort unterschreiben",
                    "zeigen Sie das Angebot auf dem Tablet und holen Sie die elektronische Unterschrift des Kunden ein.",
                ),
                (
                    "Fakturieren Sie aus dem Angebot",
                    "wandeln Sie das angenommene Angebot mit einem Klick in eine Rechnung um, versandt über Peppol oder E-Mail.",
                ),
            ],
            "checklist": ["Artikelkatalog aktuell", "Tablet mit Code geschützt", "Synchronisierung mit dem Büro"],
            "tip": (
                "Arbeiten Sie offline",
                "Wählen Sie eine App, die ohne Netz funktioniert: Keller und abgelegene Baustellen haben schlechten Empfang.",
            ),
        },
    },
    {
        "slug": "creer-sa-fiche-google-business-profile",
        "themes": ["marketing", "website"],
        "sectors": ["retail", "horeca-tourism"],
        "level": "beginner",
        "reviewed": "2026-03-12",
        "related": ["faire-referencer-son-site-web", "reseaux-sociaux-pour-un-artisan"],
        "fr": {
            "title": "Créer sa fiche Google Business Profile",
            "summary": "Apparaître sur la carte avec vos horaires, vos photos et vos avis : "
            "la fiche gratuite qui amène des clients à votre porte.",
            "why": "Quand un client cherche « boulangerie près de moi », c'est la fiche d'entreprise qui s'affiche en premier, "
            "avant les sites web. Elle est gratuite et se remplit en une heure.",
            "steps": [
                (
                    "Revendiquez la fiche",
                    "cherchez votre commerce sur la carte, revendiquez la fiche et validez-la par courrier ou par téléphone.",
                ),
                (
                    "Complétez tout",
                    "horaires, jours fériés, photos de la vitrine et de l'intérieur, lien vers votre site.",
                ),
                ("Faites vivre la fiche", "publiez une nouveauté par mois et répondez à chaque avis."),
            ],
            "checklist": [
                "Horaires des jours fériés à jour",
                "Au moins cinq photos récentes",
                "Réponse à chaque avis",
            ],
            "tip": (
                "Demandez des avis",
                "Un petit carton au comptoir avec un code QR vers votre fiche double souvent le nombre d'avis.",
            ),
        },
        "nl": {
            "title": "Uw Google Bedrijfsprofiel aanmaken",
            "summary": "Op de kaart verschijnen met uw openingsuren, foto's en beoordelingen: "
            "het gratis profiel dat klanten naar uw deur brengt.",
            "why": "Wanneer een klant zoekt naar 'bakkerij in de buurt', verschijnt eerst het bedrijfsprofiel, "
            "nog voor de websites. Het is gratis en in een uur ingevuld.",
            "steps": [
                (
                    "Claim het profiel",
                    "zoek uw zaak op de kaart, claim het profiel en bevestig het per brief of telefoon.",
                ),
                (
                    "Vul alles in",
                    "openingsuren, feestdagen, foto's van de etalage en het interieur, link naar uw website.",
                ),
                ("Houd het profiel levendig", "post elke maand een nieuwtje en reageer op elke beoordeling."),
            ],
            "checklist": [
                "Openingsuren op feestdagen bijgewerkt",
                "Minstens vijf recente foto's",
                "Antwoord op elke beoordeling",
            ],
            "tip": (
                "Vraag om beoordelingen",
                "Een kaartje aan de toonbank met een QR-code naar uw profiel verdubbelt vaak het aantal beoordelingen.",
            ),
        },
        "de": {
            "title": "Das eigene Google-Unternehmensprofil anlegen",
            "summary": "Mit Öffnungszeiten, Fotos und Bewertungen auf der Karte erscheinen: "
            "das kostenlose Profil, das Kunden an Ihre Tür bringt.",
            "why": "Wenn ein Kunde nach „Bäckerei in der Nähe“ sucht, erscheint zuerst das Unternehmensprofil, "
            "noch vor den Websites. Es ist kostenlos und in einer Stunde ausgefüllt.",
            "steps": [
                (
                    "Beanspruchen Sie das Profil",
                    "suchen Sie Ihr Geschäft auf der Karte, beanspruchen Sie das Profil und bestätigen Sie es per Post oder Telefon.",
                ),
                (
                    "Füllen Sie alles aus",
                    "Öffnungszeiten, Feiertage, Fotos von Schaufenster und Innenraum, Link zu Ihrer Website.",
                ),
                (
                    "Halten Sie das Profil lebendig",
                    "veröffentlichen Sie jeden Monat eine Neuigkeit und antworten Sie auf jede Bewertung.",
                ),
            ],
            "checklist": [
                "Öffnungszeiten an Feiertagen aktuell",
                "Mindestens fünf aktuelle Fotos",
                "Antwort auf jede Bewertung",
            ],
            "tip": (
                "Bitten Sie um Bewertungen",
                "Ein Kärtchen an der Theke mit einem QR-Code zu Ihrem Profil verdoppelt oft die Zahl der Bewertungen.",
            ),
        },
    },
    {
        "slug": "lettre-d-information-clients",
        "themes": ["marketing", "data-privacy"],
        "sectors": [],
        "level": "intermediate",
        "reviewed": "2026-01-08",
        "related": ["rgpd-les-bases-pour-un-commerce", "faire-referencer-son-site-web"],
        "fr": {
            "title": "Lancer une lettre d'information pour ses clients",
            "summary": "Garder le contact avec vos clients par e-mail : construire une liste dans les règles, "
            "écrire des messages utiles et mesurer ce qui marche.",
            "why": "Un client qui a déjà acheté chez vous est le plus facile à faire revenir. "
            "Une lettre d'information mensuelle lui rappelle vos nouveautés sans dépendre des réseaux sociaux.",
            "steps": [
                (
                    "Construisez la liste",
                    "proposez l'inscription au comptoir et sur le site, avec une case à cocher non précochée.",
                ),
                ("Écrivez utile", "un conseil, une nouveauté, une date : trois courts paragraphes suffisent."),
                ("Mesurez", "regardez le taux d'ouverture et les clics, et gardez ce qui intéresse vos lecteurs."),
            ],
            "checklist": [
                "Consentement enregistré pour chaque inscrit",
                "Lien de désinscription dans chaque envoi",
                "Un envoi par mois au même moment",
            ],
            "tip": (
                "Soignez l'objet",
                "L'objet du message décide s'il sera ouvert : soyez concret plutôt que promotionnel.",
            ),
        },
        "nl": {
            "title": "Een nieuwsbrief voor uw klanten starten",
            "summary": "Per e-mail contact houden met uw klanten: een lijst volgens de regels opbouwen, "
            "nuttige berichten schrijven en meten wat werkt.",
            "why": "Een klant die al bij u kocht, laat zich het gemakkelijkst terughalen. "
            "Een maandelijkse nieuwsbrief herinnert hem aan uw nieuwigheden zonder af te hangen van sociale netwerken.",
            "steps": [
                (
                    "Bouw de lijst op",
                    "bied inschrijving aan de toonbank en op de website aan, met een niet-aangevinkt vakje.",
                ),
                ("Schrijf nuttig", "een tip, een nieuwigheid, een datum: drie korte alinea's volstaan."),
                ("Meet", "bekijk het openingspercentage en de kliks, en behoud wat uw lezers interesseert."),
            ],
            "checklist": [
                "Toestemming geregistreerd voor elke ingeschrevene",
                "Uitschrijflink in elke verzending",
                "Eén verzending per maand op hetzelfde moment",
            ],
            "tip": (
                "Verzorg het onderwerp",
                "Het onderwerp beslist of het bericht geopend wordt: wees concreet in plaats van promotioneel.",
            ),
        },
        "de": {
            "title": "Einen Newsletter für die eigenen Kunden starten",
            "summary": "Per E-Mail mit Ihren Kunden in Kontakt bleiben: eine Liste regelkonform aufbauen, "
            "nützliche Nachrichten schreiben und messen, was funktioniert.",
            "why": "Ein Kunde, der schon bei Ihnen gekauft hat, lässt sich am leichtesten zurückgewinnen. "
            "Ein monatlicher Newsletter erinnert ihn an Ihre Neuheiten, ohne von sozialen Netzwerken abzuhängen.",
            "steps": [
                (
                    "Bauen Sie die Liste auf",
                    "bieten Sie die Anmeldung an der Theke und auf der Website an, mit einem nicht vorab angekreuzten Kästchen.",
                ),
                ("Schreiben Sie Nützliches", "ein Tipp, eine Neuheit, ein Termin: drei kurze Absätze genügen."),
                (
                    "Messen Sie",
                    "achten Sie auf Öffnungsrate und Klicks und behalten Sie bei, was Ihre Leser interessiert.",
                ),
            ],
            "checklist": [
                "Einwilligung für jeden Abonnenten gespeichert",
                "Abmeldelink in jedem Versand",
                "Ein Versand pro Monat zur gleichen Zeit",
            ],
            "tip": (
                "Pflegen Sie den Betreff",
                "Der Betreff entscheidet, ob die Nachricht geöffnet wird: Seien Sie konkret statt werbend.",
            ),
        },
    },
]

HEADINGS = {
    "fr": ("Pourquoi c'est utile", "Comment faire", "À vérifier"),
    "nl": ("Waarom het nuttig is", "Hoe pakt u het aan", "Na te gaan"),
    "de": ("Warum es sich lohnt", "So gehen Sie vor", "Zu prüfen"),
}
