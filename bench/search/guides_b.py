# ruff: noqa: E501 (prose: one paragraph per line, as the importer reads it)
# Benchmark guides 13-24.
GUIDES = [
    {
        "slug": "proteger-contre-rancongiciel",
        "themes": ["security"],
        "sectors": [],
        "fr": (
            "Se protéger contre les rançongiciels",
            "Comment éviter qu'un logiciel malveillant chiffre vos fichiers et exige une rançon, et que faire s'il frappe.",
            """Un rançongiciel chiffre tous les fichiers de l'entreprise puis réclame une rançon. Les petites structures sont visées parce qu'elles sont moins protégées.

## Prévenir

- Gardez une sauvegarde déconnectée du réseau.
- Installez les mises à jour du système et des logiciels.
- Utilisez un antivirus et limitez les droits d'administrateur.

## Si l'attaque a lieu

1. Débranchez immédiatement les ordinateurs du réseau.
2. Ne payez pas la rançon : rien ne garantit le retour des fichiers.
3. Portez plainte et restaurez depuis la sauvegarde.""",
        ),
        "nl": (
            "U beschermen tegen ransomware",
            "Hoe u voorkomt dat gijzelsoftware uw bestanden versleutelt en losgeld eist, en wat u doet als het toch gebeurt.",
            """Ransomware, ook gijzelsoftware genoemd, versleutelt alle bestanden van de onderneming en eist dan losgeld. Kleine bedrijven zijn een doelwit omdat ze minder beschermd zijn.

## Voorkomen

- Bewaar een back-up die los staat van het netwerk.
- Installeer de updates van systeem en software.
- Gebruik een antivirusprogramma en beperk beheerdersrechten.

## Als de aanval gebeurt

1. Koppel de computers onmiddellijk los van het netwerk.
2. Betaal geen losgeld: niets garandeert dat u uw bestanden terugkrijgt.
3. Dien klacht in en zet de back-up terug.""",
        ),
        "de": (
            "Sich vor Erpressungstrojanern schützen",
            "Wie Sie verhindern, dass Ransomware Ihre Dateien verschlüsselt und Lösegeld fordert, und was zu tun ist, wenn es passiert.",
            """Ein Erpressungstrojaner (Ransomware) verschlüsselt alle Dateien des Unternehmens und verlangt dann Lösegeld. Kleine Betriebe sind Ziel, weil sie schlechter geschützt sind.

## Vorbeugen

- Bewahren Sie eine vom Netzwerk getrennte Sicherung auf.
- Installieren Sie die Updates von System und Programmen.
- Nutzen Sie einen Virenschutz und beschränken Sie Administratorrechte.

## Wenn der Angriff passiert

1. Trennen Sie die Computer sofort vom Netzwerk.
2. Zahlen Sie kein Lösegeld: nichts garantiert die Rückgabe der Dateien.
3. Erstatten Sie Anzeige und stellen Sie die Sicherung wieder her.""",
        ),
    },
    {
        "slug": "newsletter-clients",
        "themes": ["marketing"],
        "sectors": [],
        "fr": (
            "Lancer une newsletter pour fidéliser vos clients",
            "Construire une liste d'abonnés, écrire des courriels utiles et mesurer les ouvertures.",
            """Une lettre d'information envoyée par courriel garde le contact avec vos clients à peu de frais. Elle fonctionne si elle apporte quelque chose : une nouveauté, un conseil, une offre.

## Construire la liste

- Proposez l'inscription en caisse, sur votre site et sur vos réseaux.
- Demandez un consentement explicite et gardez-en la trace.

## Écrire et envoyer

Un outil d'emailing gère les désinscriptions et les statistiques. Envoyez une fois par mois, avec un objet court et une seule idée principale. Suivez le taux d'ouverture et de clic.""",
        ),
        "nl": (
            "Een nieuwsbrief starten om klanten te binden",
            "Een lijst van abonnees opbouwen, nuttige e-mails schrijven en het openen meten.",
            """Een nieuwsbrief per e-mail houdt tegen weinig kosten contact met uw klanten. Hij werkt als hij iets brengt: een nieuwigheid, een tip, een aanbieding.

## De lijst opbouwen

- Bied inschrijving aan aan de kassa, op uw site en op uw sociale media.
- Vraag uitdrukkelijke toestemming en bewaar het bewijs.

## Schrijven en versturen

Een e-mailmarketingtool beheert uitschrijvingen en statistieken. Verstuur één keer per maand, met een kort onderwerp en één hoofdidee. Volg het openings- en klikpercentage.""",
        ),
        "de": (
            "Einen Newsletter zur Kundenbindung starten",
            "Eine Abonnentenliste aufbauen, nützliche E-Mails schreiben und die Öffnungen messen.",
            """Ein Newsletter per E-Mail hält mit wenig Aufwand den Kontakt zu Ihren Kunden. Er wirkt, wenn er etwas bringt: eine Neuheit, einen Tipp, ein Angebot.

## Die Liste aufbauen

- Bieten Sie die Anmeldung an der Kasse, auf Ihrer Website und in sozialen Netzwerken an.
- Holen Sie eine ausdrückliche Einwilligung ein und dokumentieren Sie sie.

## Schreiben und versenden

Ein E-Mail-Marketing-Programm verwaltet Abmeldungen und Statistiken. Versenden Sie einmal im Monat, mit kurzem Betreff und einer Hauptidee. Verfolgen Sie Öffnungs- und Klickrate.""",
        ),
    },
    {
        "slug": "reseaux-sociaux-entreprise",
        "themes": ["marketing"],
        "sectors": [],
        "fr": (
            "Utiliser les réseaux sociaux pour votre entreprise",
            "Facebook, Instagram ou LinkedIn : choisir le bon réseau et publier régulièrement sans y passer ses journées.",
            """Les réseaux sociaux rendent votre entreprise visible auprès des habitants de votre région. Inutile d'être partout : choisissez le réseau où se trouvent vos clients.

## Quel réseau ?

- Facebook pour les commerces de proximité et les événements.
- Instagram pour les métiers visuels : restauration, mode, artisanat.
- LinkedIn pour vendre à d'autres entreprises.

## Publier

Préparez un calendrier de publications, deux posts par semaine suffisent. Montrez les coulisses, vos produits et vos clients satisfaits. Répondez aux messages rapidement.""",
        ),
        "nl": (
            "Sociale media gebruiken voor uw onderneming",
            "Facebook, Instagram of LinkedIn: het juiste netwerk kiezen en regelmatig posten zonder er dagen aan te besteden.",
            """Sociale media maken uw onderneming zichtbaar voor de inwoners van uw streek. U hoeft niet overal te zijn: kies het netwerk waar uw klanten zitten.

## Welk netwerk?

- Facebook voor buurtwinkels en evenementen.
- Instagram voor visuele beroepen: horeca, mode, ambacht.
- LinkedIn om aan andere bedrijven te verkopen.

## Posten

Maak een publicatiekalender, twee berichten per week volstaan. Toon wat achter de schermen gebeurt, uw producten en tevreden klanten. Beantwoord berichten snel.""",
        ),
        "de": (
            "Soziale Netzwerke für Ihr Unternehmen nutzen",
            "Facebook, Instagram oder LinkedIn: das richtige Netzwerk wählen und regelmäßig posten, ohne ganze Tage zu verlieren.",
            """Soziale Medien machen Ihr Unternehmen bei den Menschen Ihrer Region sichtbar. Sie müssen nicht überall sein: wählen Sie das Netzwerk, in dem Ihre Kunden sind.

## Welches Netzwerk?

- Facebook für Geschäfte in der Nachbarschaft und Veranstaltungen.
- Instagram für visuelle Berufe: Gastronomie, Mode, Handwerk.
- LinkedIn für den Verkauf an andere Unternehmen.

## Veröffentlichen

Erstellen Sie einen Redaktionsplan, zwei Beiträge pro Woche genügen. Zeigen Sie Einblicke hinter die Kulissen, Ihre Produkte und zufriedene Kunden. Beantworten Sie Nachrichten schnell.""",
        ),
    },
    {
        "slug": "outils-collaboratifs-equipe",
        "themes": ["collaboration"],
        "sectors": [],
        "fr": (
            "Travailler en équipe avec des outils collaboratifs",
            "Agenda partagé, documents en ligne et messagerie d'équipe pour mieux s'organiser.",
            """Les outils collaboratifs remplacent les échanges de fichiers par courriel et les versions multiples d'un même document.

## Ce qu'ils apportent

- Un agenda partagé pour voir qui est disponible.
- Des documents modifiés à plusieurs en même temps.
- Une messagerie d'équipe par projet ou par client.
- Un espace de stockage commun avec des droits d'accès.

## Réussir l'adoption

Commencez par un seul usage, par exemple l'agenda, formez chaque collaborateur et fixez des règles simples : où ranger les fichiers, quand utiliser le chat plutôt que le courriel.""",
        ),
        "nl": (
            "Samenwerken met samenwerkingstools",
            "Gedeelde agenda, online documenten en teamchat om u beter te organiseren.",
            """Samenwerkingstools vervangen het rondsturen van bestanden per e-mail en de vele versies van eenzelfde document.

## Wat ze opleveren

- Een gedeelde agenda om te zien wie beschikbaar is.
- Documenten die door meerdere mensen tegelijk worden bewerkt.
- Een teamchat per project of per klant.
- Een gemeenschappelijke opslagruimte met toegangsrechten.

## De invoering doen slagen

Begin met één toepassing, bijvoorbeeld de agenda, leid elke medewerker op en leg eenvoudige regels vast: waar bestanden komen, wanneer de chat in plaats van e-mail.""",
        ),
        "de": (
            "Im Team mit Kollaborationswerkzeugen arbeiten",
            "Gemeinsamer Kalender, Online-Dokumente und Team-Chat für eine bessere Organisation.",
            """Kollaborationswerkzeuge ersetzen das Hin- und Herschicken von Dateien per E-Mail und die vielen Versionen desselben Dokuments.

## Was sie bringen

- Einen gemeinsamen Kalender, um zu sehen, wer verfügbar ist.
- Dokumente, die mehrere gleichzeitig bearbeiten.
- Einen Team-Chat pro Projekt oder Kunde.
- Einen gemeinsamen Speicherplatz mit Zugriffsrechten.

## Die Einführung gelingt

Beginnen Sie mit einer Anwendung, etwa dem Kalender, schulen Sie jeden Mitarbeiter und legen Sie einfache Regeln fest: wo Dateien abgelegt werden, wann Chat statt E-Mail.""",
        ),
    },
    {
        "slug": "organiser-visioconference",
        "themes": ["collaboration"],
        "sectors": [],
        "fr": (
            "Organiser des réunions en visioconférence",
            "Le matériel, le logiciel et les bonnes pratiques pour des réunions à distance efficaces.",
            """La visioconférence évite des déplacements pour un rendez-vous client ou une réunion d'équipe. La qualité tient surtout au son.

## Le matériel

- Un casque avec micro ou un haut-parleur de conférence.
- Une webcam placée à hauteur des yeux.
- Une connexion internet filaire si possible.

## Les bonnes pratiques

Envoyez le lien et l'ordre du jour à l'avance, coupez votre micro quand vous ne parlez pas et partagez uniquement la fenêtre utile, pas tout l'écran.""",
        ),
        "nl": (
            "Vergaderen via videoconferentie",
            "Het materiaal, de software en de goede praktijken voor efficiënte vergaderingen op afstand.",
            """Videovergaderen bespaart verplaatsingen voor een klantenafspraak of een teamoverleg. De kwaliteit hangt vooral af van het geluid.

## Het materiaal

- Een headset met microfoon of een conferentieluidspreker.
- Een webcam op ooghoogte.
- Indien mogelijk een bekabelde internetverbinding.

## De goede praktijken

Stuur de link en de agenda vooraf, zet uw microfoon uit wanneer u niet spreekt en deel enkel het nuttige venster, niet het hele scherm.""",
        ),
        "de": (
            "Besprechungen per Videokonferenz organisieren",
            "Ausrüstung, Software und bewährte Praktiken für wirksame Besprechungen aus der Ferne.",
            """Eine Videokonferenz erspart Fahrten zu einem Kundentermin oder einer Teambesprechung. Die Qualität hängt vor allem vom Ton ab.

## Die Ausrüstung

- Ein Headset mit Mikrofon oder ein Konferenzlautsprecher.
- Eine Webcam auf Augenhöhe.
- Wenn möglich eine kabelgebundene Internetverbindung.

## Bewährte Praktiken

Senden Sie Link und Tagesordnung vorab, schalten Sie Ihr Mikrofon stumm, wenn Sie nicht sprechen, und teilen Sie nur das nötige Fenster, nicht den ganzen Bildschirm.""",
        ),
    },
    {
        "slug": "teletravail-securise",
        "themes": ["mobility", "security"],
        "sectors": [],
        "fr": (
            "Mettre en place le télétravail en sécurité",
            "VPN, ordinateur portable professionnel et règles claires pour travailler depuis la maison.",
            """Le travail à domicile fait gagner du temps de trajet, mais il ouvre de nouvelles portes aux pirates si les accès ne sont pas protégés.

## Les mesures techniques

- Un ordinateur professionnel, pas l'ordinateur familial.
- Un VPN ou un accès sécurisé aux fichiers de l'entreprise.
- Le chiffrement du disque en cas de vol.

## Les règles

Rédigez une courte charte : horaires de disponibilité, confidentialité des appels, interdiction des clés USB inconnues. Prévoyez une indemnité pour la connexion internet.""",
        ),
        "nl": (
            "Veilig telewerken organiseren",
            "VPN, een zakelijke laptop en duidelijke afspraken om van thuis uit te werken.",
            """Thuiswerk bespaart pendeltijd, maar opent nieuwe deuren voor hackers als de toegang niet beschermd is.

## De technische maatregelen

- Een zakelijke computer, niet de gezinscomputer.
- Een VPN of een beveiligde toegang tot de bedrijfsbestanden.
- Versleuteling van de schijf bij diefstal.

## De afspraken

Schrijf een kort reglement: bereikbaarheidsuren, vertrouwelijkheid van gesprekken, geen onbekende USB-sticks. Voorzie een vergoeding voor de internetverbinding.""",
        ),
        "de": (
            "Sicheres Homeoffice einrichten",
            "VPN, dienstlicher Laptop und klare Regeln für das Arbeiten von zu Hause.",
            """Die Arbeit von zu Hause spart Fahrzeit, öffnet aber Angreifern neue Türen, wenn die Zugänge nicht geschützt sind.

## Die technischen Maßnahmen

- Ein Dienstrechner, nicht der Familiencomputer.
- Ein VPN oder ein gesicherter Zugang zu den Firmendateien.
- Verschlüsselung der Festplatte für den Fall eines Diebstahls.

## Die Regeln

Schreiben Sie eine kurze Richtlinie: Erreichbarkeitszeiten, Vertraulichkeit von Gesprächen, keine unbekannten USB-Sticks. Sehen Sie eine Pauschale für den Internetanschluss vor.""",
        ),
    },
    {
        "slug": "logiciels-libres-bureautique",
        "themes": ["open-source"],
        "sectors": [],
        "fr": (
            "Adopter des logiciels libres pour la bureautique",
            "LibreOffice, Thunderbird et autres logiciels open source : réduire les licences sans perdre en qualité.",
            """Les logiciels libres sont gratuits, modifiables et soutenus par des communautés actives. Pour le traitement de texte, le tableur ou la messagerie, ils couvrent les besoins de la plupart des PME.

## Des exemples

- LibreOffice pour les textes, tableaux et présentations.
- Thunderbird pour le courrier électronique.
- Nextcloud pour partager des fichiers sur votre propre serveur.

## Réussir la migration

Testez d'abord sur deux postes, vérifiez la compatibilité de vos modèles de documents et prévoyez une courte formation. Un prestataire local peut assurer le support.""",
        ),
        "nl": (
            "Vrije software gebruiken voor kantoortoepassingen",
            "LibreOffice, Thunderbird en andere opensourcesoftware: minder licenties zonder kwaliteitsverlies.",
            """Vrije software is gratis, aanpasbaar en wordt ondersteund door actieve gemeenschappen. Voor tekstverwerking, rekenblad of e-mail dekt ze de noden van de meeste kmo's.

## Voorbeelden

- LibreOffice voor teksten, rekenbladen en presentaties.
- Thunderbird voor e-mail.
- Nextcloud om bestanden te delen op uw eigen server.

## De overstap doen slagen

Test eerst op twee computers, controleer of uw documentsjablonen compatibel zijn en voorzie een korte opleiding. Een lokale dienstverlener kan de ondersteuning verzorgen.""",
        ),
        "de": (
            "Freie Software für Büroarbeiten einsetzen",
            "LibreOffice, Thunderbird und andere Open-Source-Programme: Lizenzkosten senken ohne Qualitätsverlust.",
            """Freie Software ist kostenlos, anpassbar und wird von aktiven Gemeinschaften getragen. Für Textverarbeitung, Tabellenkalkulation oder E-Mail deckt sie den Bedarf der meisten KMU.

## Beispiele

- LibreOffice für Texte, Tabellen und Präsentationen.
- Thunderbird für E-Mails.
- Nextcloud, um Dateien auf Ihrem eigenen Server zu teilen.

## Der Umstieg gelingt

Testen Sie zuerst auf zwei Arbeitsplätzen, prüfen Sie die Kompatibilität Ihrer Dokumentvorlagen und planen Sie eine kurze Schulung. Ein lokaler Dienstleister kann den Support übernehmen.""",
        ),
    },
    {
        "slug": "stockage-cloud",
        "themes": ["collaboration", "data-privacy"],
        "sectors": [],
        "fr": (
            "Choisir un service de stockage dans le cloud",
            "Où sont hébergés vos fichiers, qui y a accès et combien cela coûte : les questions à poser.",
            """Stocker ses fichiers dans le nuage permet d'y accéder partout et de les partager facilement. Tous les services ne se valent pas pour une entreprise.

## Les questions à poser

- Les serveurs sont-ils situés dans l'Union européenne ?
- Les fichiers sont-ils chiffrés ?
- Peut-on gérer les droits par collaborateur ?
- Existe-t-il un historique des versions en cas d'erreur ?

## Bon à savoir

Le cloud n'est pas une sauvegarde : un fichier supprimé ou chiffré par un virus est souvent synchronisé partout. Gardez une copie séparée.""",
        ),
        "nl": (
            "Een cloudopslagdienst kiezen",
            "Waar uw bestanden staan, wie er toegang toe heeft en wat het kost: de vragen die u moet stellen.",
            """Bestanden in de cloud bewaren maakt ze overal bereikbaar en makkelijk deelbaar. Niet elke dienst is geschikt voor een onderneming.

## De vragen

- Staan de servers in de Europese Unie?
- Worden de bestanden versleuteld?
- Kunt u de rechten per medewerker beheren?
- Is er een versiegeschiedenis bij vergissingen?

## Goed om te weten

De cloud is geen back-up: een gewist of door een virus versleuteld bestand wordt vaak overal gesynchroniseerd. Bewaar een aparte kopie.""",
        ),
        "de": (
            "Einen Cloudspeicher auswählen",
            "Wo Ihre Dateien liegen, wer darauf zugreift und was es kostet: die Fragen, die Sie stellen sollten.",
            """Dateien in der Cloud zu speichern macht sie überall verfügbar und leicht teilbar. Nicht jeder Dienst eignet sich für ein Unternehmen.

## Die Fragen

- Stehen die Server in der Europäischen Union?
- Werden die Dateien verschlüsselt?
- Lassen sich Rechte pro Mitarbeiter verwalten?
- Gibt es einen Versionsverlauf bei Fehlern?

## Gut zu wissen

Die Cloud ist keine Datensicherung: eine gelöschte oder von einem Virus verschlüsselte Datei wird oft überall synchronisiert. Behalten Sie eine getrennte Kopie.""",
        ),
    },
    {
        "slug": "logiciel-comptabilite",
        "themes": ["e-invoicing-payments"],
        "sectors": [],
        "fr": (
            "Choisir un logiciel de comptabilité en ligne",
            "Encodage des achats, liaison bancaire et collaboration avec le comptable : les fonctions utiles.",
            """Un logiciel de comptabilité en ligne fait gagner des heures : les extraits bancaires arrivent automatiquement et le comptable travaille sur les mêmes données.

## Les fonctions utiles

- La liaison avec vos comptes bancaires.
- La lecture automatique des factures d'achat scannées.
- L'envoi et la réception de factures électroniques.
- Les déclarations TVA préparées.

## Avant de choisir

Demandez à votre comptable ou à votre fiduciaire quel outil il utilise déjà. Profitez d'une période d'essai avec vos propres documents.""",
        ),
        "nl": (
            "Online boekhoudsoftware kiezen",
            "Aankopen inboeken, bankkoppeling en samenwerking met de boekhouder: de nuttige functies.",
            """Online boekhoudsoftware bespaart uren: bankuittreksels komen automatisch binnen en de boekhouder werkt met dezelfde gegevens.

## De nuttige functies

- Een koppeling met uw bankrekeningen.
- Automatisch inlezen van gescande aankoopfacturen.
- Elektronische facturen versturen en ontvangen.
- Voorbereide btw-aangiften.

## Voor u kiest

Vraag uw boekhouder of uw boekhoudkantoor welk programma hij al gebruikt. Maak gebruik van een proefperiode met uw eigen documenten.""",
        ),
        "de": (
            "Eine Online-Buchhaltungssoftware auswählen",
            "Erfassung der Einkäufe, Bankanbindung und Zusammenarbeit mit dem Buchhalter: die nützlichen Funktionen.",
            """Eine Online-Buchhaltungssoftware spart Stunden: Kontoauszüge kommen automatisch an und der Buchhalter arbeitet mit denselben Daten.

## Die nützlichen Funktionen

- Die Anbindung an Ihre Bankkonten.
- Das automatische Auslesen gescannter Einkaufsrechnungen.
- Versand und Empfang elektronischer Rechnungen.
- Vorbereitete Mehrwertsteuererklärungen.

## Bevor Sie wählen

Fragen Sie Ihren Buchhalter oder Ihr Steuerbüro, welches Programm es bereits nutzt. Nutzen Sie eine Testphase mit Ihren eigenen Unterlagen.""",
        ),
    },
    {
        "slug": "caisse-enregistreuse-connectee",
        "themes": ["hardware", "e-invoicing-payments"],
        "sectors": ["retail", "horeca-tourism"],
        "fr": (
            "Choisir une caisse enregistreuse connectée",
            "Caisse tactile, gestion des stocks et caisse enregistreuse certifiée pour l'horeca : bien s'équiper.",
            """Une caisse connectée fait bien plus qu'encaisser : elle suit les ventes, les stocks et les heures de pointe. Dans l'horeca, un système de caisse enregistreuse certifié (SCE) est obligatoire.

## Les fonctions

- Un écran tactile et une imprimante de tickets.
- La liaison avec le terminal de paiement.
- Des statistiques de ventes par produit et par heure.
- La gestion des stocks et des commandes fournisseurs.

## Conseils

Vérifiez la disponibilité du support le week-end et la possibilité d'exporter vos données vers la comptabilité.""",
        ),
        "nl": (
            "Een verbonden kassasysteem kiezen",
            "Aanraakkassa, voorraadbeheer en geregistreerd kassasysteem voor de horeca: goed uitgerust zijn.",
            """Een verbonden kassa doet veel meer dan afrekenen: ze volgt verkoop, voorraad en piekuren. In de horeca is een geregistreerd kassasysteem (GKS) verplicht.

## De functies

- Een aanraakscherm en een ticketprinter.
- Koppeling met de betaalterminal.
- Verkoopstatistieken per product en per uur.
- Voorraadbeheer en bestellingen bij leveranciers.

## Tips

Controleer of de ondersteuning ook in het weekend bereikbaar is en of u uw gegevens naar de boekhouding kunt exporteren.""",
        ),
        "de": (
            "Eine vernetzte Registrierkasse auswählen",
            "Touchkasse, Lagerverwaltung und zertifiziertes Kassensystem für die Gastronomie: gut ausgestattet sein.",
            """Eine vernetzte Kasse kann viel mehr als kassieren: sie verfolgt Verkäufe, Bestände und Stoßzeiten. In der Gastronomie ist ein registriertes Kassensystem Pflicht.

## Die Funktionen

- Ein Touchscreen und ein Bondrucker.
- Die Anbindung an das Zahlungsterminal.
- Verkaufsstatistiken pro Produkt und Stunde.
- Lagerverwaltung und Lieferantenbestellungen.

## Tipps

Prüfen Sie, ob der Support auch am Wochenende erreichbar ist und ob sich Ihre Daten in die Buchhaltung exportieren lassen.""",
        ),
    },
    {
        "slug": "reservation-en-ligne-restaurant",
        "themes": ["e-commerce"],
        "sectors": ["horeca-tourism"],
        "fr": (
            "Proposer la réservation en ligne pour votre restaurant ou votre hôtel",
            "Un module de réservation sur votre site pour remplir les tables et les chambres sans passer des heures au téléphone.",
            """Beaucoup de clients préfèrent réserver une table ou une chambre en ligne, à toute heure. Un module de réservation réduit aussi les oublis grâce aux rappels.

## Les options

- Un widget de réservation intégré à votre site.
- Les plateformes de réservation, avec une commission par couvert ou par nuitée.
- La synchronisation avec votre agenda ou votre logiciel hôtelier.

## Limiter les absences

Envoyez un rappel la veille par SMS ou courriel et demandez une empreinte de carte pour les grands groupes.""",
        ),
        "nl": (
            "Online reserveren aanbieden voor uw restaurant of hotel",
            "Een reserveringsmodule op uw site om tafels en kamers te vullen zonder urenlang te telefoneren.",
            """Veel klanten reserveren liever online een tafel of kamer, op elk uur. Een reservatiemodule vermindert ook vergeten afspraken dankzij herinneringen.

## De mogelijkheden

- Een reserveringswidget op uw eigen site.
- Reserveringsplatformen, met een commissie per couvert of per overnachting.
- Synchronisatie met uw agenda of hotelsoftware.

## No-shows beperken

Stuur de dag ervoor een herinnering per sms of e-mail en vraag een kaartwaarborg voor grote groepen.""",
        ),
        "de": (
            "Onlinereservierung für Ihr Restaurant oder Hotel anbieten",
            "Ein Reservierungsmodul auf Ihrer Website füllt Tische und Zimmer, ohne stundenlang zu telefonieren.",
            """Viele Gäste reservieren einen Tisch oder ein Zimmer lieber online, zu jeder Uhrzeit. Ein Reservierungssystem verringert dank Erinnerungen auch vergessene Termine.

## Die Möglichkeiten

- Ein Reservierungs-Widget auf Ihrer eigenen Website.
- Buchungsplattformen, mit Provision pro Gedeck oder Übernachtung.
- Die Synchronisierung mit Ihrem Kalender oder Ihrer Hotelsoftware.

## Nichterscheinen begrenzen

Schicken Sie am Vortag eine Erinnerung per SMS oder E-Mail und verlangen Sie bei großen Gruppen eine Kartengarantie.""",
        ),
    },
    {
        "slug": "gerer-avis-clients",
        "themes": ["marketing"],
        "sectors": ["horeca-tourism", "retail"],
        "fr": (
            "Gérer les avis clients en ligne",
            "Encourager les avis positifs et répondre aux critiques sur Google, TripAdvisor ou Facebook.",
            """Avant de choisir un restaurant ou un artisan, la plupart des gens lisent les avis en ligne. Une note élevée et des réponses soignées attirent de nouveaux clients.

## Obtenir des avis

- Demandez un avis aux clients satisfaits, au moment du paiement.
- Placez un QR code vers votre page d'avis sur la table ou la facture.

## Répondre

Répondez à chaque avis, positif ou négatif, dans les deux jours. Face à une critique, remerciez, reconnaissez le problème et proposez une solution hors ligne. N'achetez jamais de faux avis : c'est interdit.""",
        ),
        "nl": (
            "Online klantenbeoordelingen beheren",
            "Positieve reviews aanmoedigen en op kritiek antwoorden op Google, TripAdvisor of Facebook.",
            """Voor ze een restaurant of vakman kiezen, lezen de meeste mensen online beoordelingen. Een hoge score en verzorgde antwoorden trekken nieuwe klanten aan.

## Reviews krijgen

- Vraag tevreden klanten om een beoordeling, bij het afrekenen.
- Plaats een QR-code naar uw reviewpagina op de tafel of de factuur.

## Antwoorden

Beantwoord elke beoordeling, positief of negatief, binnen twee dagen. Bij kritiek bedankt u, erkent u het probleem en stelt u een oplossing buiten het internet voor. Koop nooit valse reviews: dat is verboden.""",
        ),
        "de": (
            "Online-Kundenbewertungen verwalten",
            "Positive Bewertungen fördern und auf Kritik bei Google, TripAdvisor oder Facebook antworten.",
            """Bevor sie ein Restaurant oder einen Handwerker wählen, lesen die meisten Menschen Online-Bewertungen. Eine hohe Note und sorgfältige Antworten ziehen neue Kunden an.

## Bewertungen erhalten

- Bitten Sie zufriedene Kunden beim Bezahlen um eine Bewertung.
- Legen Sie einen QR-Code zu Ihrer Bewertungsseite auf den Tisch oder die Rechnung.

## Antworten

Beantworten Sie jede Bewertung, positiv oder negativ, innerhalb von zwei Tagen. Bei Kritik bedanken Sie sich, erkennen das Problem an und bieten eine Lösung abseits des Internets an. Kaufen Sie nie gefälschte Bewertungen: das ist verboten.""",
        ),
    },
]
