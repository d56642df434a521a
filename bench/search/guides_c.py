# ruff: noqa: E501 (prose: one paragraph per line, as the importer reads it)
# Benchmark guides 25-36.
GUIDES = [
    {
        "slug": "suivi-flotte-gps",
        "themes": ["mobility"],
        "sectors": ["transport-logistics", "construction"],
        "fr": (
            "Suivre votre flotte de véhicules par GPS",
            "Localisation des camionnettes, itinéraires optimisés et respect de la vie privée des chauffeurs.",
            """Un boîtier GPS dans chaque véhicule indique en temps réel où se trouvent vos camionnettes et vos camions. Les tournées sont mieux planifiées et le carburant économisé.

## Les avantages

- Des itinéraires optimisés et moins de kilomètres.
- Une information précise aux clients sur l'heure d'arrivée.
- Un suivi de l'entretien et de la consommation.

## La vie privée des chauffeurs

Informez les travailleurs par écrit, désactivez le suivi en dehors des heures de travail et limitez l'accès aux données de géolocalisation.""",
        ),
        "nl": (
            "Uw wagenpark volgen met gps",
            "Lokalisatie van bestelwagens, geoptimaliseerde routes en respect voor de privacy van chauffeurs.",
            """Een gps-tracker in elk voertuig toont in real time waar uw bestelwagens en vrachtwagens zijn. Ritten worden beter gepland en u bespaart brandstof.

## De voordelen

- Geoptimaliseerde routes en minder kilometers.
- Nauwkeurige informatie voor klanten over het aankomstuur.
- Opvolging van onderhoud en verbruik.

## De privacy van chauffeurs

Informeer de werknemers schriftelijk, schakel de tracking buiten de werkuren uit en beperk de toegang tot de locatiegegevens.""",
        ),
        "de": (
            "Ihren Fuhrpark per GPS verfolgen",
            "Ortung der Lieferwagen, optimierte Routen und Schutz der Privatsphäre der Fahrer.",
            """Ein GPS-Sender in jedem Fahrzeug zeigt in Echtzeit, wo Ihre Lieferwagen und Lastwagen sind. Touren werden besser geplant und Kraftstoff wird gespart.

## Die Vorteile

- Optimierte Routen und weniger Kilometer.
- Genaue Auskunft an Kunden über die Ankunftszeit.
- Überwachung von Wartung und Verbrauch.

## Die Privatsphäre der Fahrer

Informieren Sie die Beschäftigten schriftlich, schalten Sie die Ortung außerhalb der Arbeitszeit ab und beschränken Sie den Zugriff auf die Standortdaten.""",
        ),
    },
    {
        "slug": "gestion-stock-code-barres",
        "themes": ["hardware"],
        "sectors": ["retail", "transport-logistics"],
        "fr": (
            "Gérer votre stock avec des codes-barres",
            "Scanner les entrées et les sorties pour connaître votre inventaire en temps réel et éviter les ruptures.",
            """Compter le stock à la main prend du temps et génère des erreurs. Avec des codes-barres et un lecteur, chaque mouvement de marchandise est enregistré.

## Le matériel

- Un logiciel de gestion de stock, souvent lié à la caisse.
- Un lecteur de codes-barres ou un smartphone avec une application.
- Une imprimante d'étiquettes pour vos propres références.

## Les bénéfices

Vous connaissez l'inventaire en temps réel, recevez une alerte avant une rupture de stock et réalisez l'inventaire annuel en quelques heures.""",
        ),
        "nl": (
            "Uw voorraad beheren met streepjescodes",
            "In- en uitgaande goederen scannen om uw voorraad in real time te kennen en tekorten te vermijden.",
            """De voorraad met de hand tellen kost tijd en leidt tot fouten. Met streepjescodes en een scanner wordt elke goederenbeweging geregistreerd.

## Het materiaal

- Voorraadbeheersoftware, vaak gekoppeld aan de kassa.
- Een barcodescanner of een smartphone met een app.
- Een etikettenprinter voor uw eigen referenties.

## De voordelen

U kent uw voorraad in real time, krijgt een waarschuwing voor een product uitverkocht raakt en doet de jaarlijkse inventaris in enkele uren.""",
        ),
        "de": (
            "Ihren Lagerbestand mit Barcodes verwalten",
            "Wareneingänge und -ausgänge scannen, um den Bestand in Echtzeit zu kennen und Engpässe zu vermeiden.",
            """Den Bestand von Hand zu zählen kostet Zeit und führt zu Fehlern. Mit Barcodes und einem Scanner wird jede Warenbewegung erfasst.

## Die Ausstattung

- Eine Lagerverwaltungssoftware, oft mit der Kasse verbunden.
- Ein Barcodescanner oder ein Smartphone mit App.
- Ein Etikettendrucker für Ihre eigenen Artikel.

## Der Nutzen

Sie kennen den Lagerbestand in Echtzeit, erhalten eine Warnung vor einem Engpass und erledigen die jährliche Inventur in wenigen Stunden.""",
        ),
    },
    {
        "slug": "devis-chantier-tablette",
        "themes": ["mobility"],
        "sectors": ["construction"],
        "fr": (
            "Établir vos devis sur chantier avec une tablette",
            "Mesurer, photographier et envoyer un devis au client avant de quitter le chantier.",
            """Pour un artisan, chaque soirée passée à rédiger des devis est une soirée perdue. Avec une tablette et une application de devis, le document part pendant la visite.

## Sur place

- Prenez les mesures et les photos directement dans l'application.
- Choisissez les postes dans votre bibliothèque de prix.
- Faites signer le client sur l'écran.

## Ensuite

Le devis accepté devient une facture en un clic. Choisissez une tablette robuste, résistante à la poussière et aux chocs, et une application qui fonctionne aussi hors connexion.""",
        ),
        "nl": (
            "Uw offertes op de werf maken met een tablet",
            "Meten, fotograferen en een offerte naar de klant sturen voor u de werf verlaat.",
            """Voor een vakman is elke avond die hij aan offertes besteedt een verloren avond. Met een tablet en een offerteapp vertrekt het document tijdens het bezoek.

## Ter plaatse

- Neem de maten en foto's rechtstreeks in de app.
- Kies de posten uit uw prijsbibliotheek.
- Laat de klant op het scherm tekenen.

## Daarna

De aanvaarde offerte wordt met één klik een factuur. Kies een robuuste tablet, bestand tegen stof en schokken, en een app die ook offline werkt.""",
        ),
        "de": (
            "Angebote auf der Baustelle mit dem Tablet erstellen",
            "Messen, fotografieren und dem Kunden ein Angebot schicken, bevor Sie die Baustelle verlassen.",
            """Für einen Handwerker ist jeder Abend, der mit Angeboten vergeht, ein verlorener Abend. Mit einem Tablet und einer Angebots-App geht das Dokument schon während des Besuchs hinaus.

## Vor Ort

- Erfassen Sie Maße und Fotos direkt in der App.
- Wählen Sie die Positionen aus Ihrer Preisliste.
- Lassen Sie den Kunden auf dem Bildschirm unterschreiben.

## Danach

Das angenommene Angebot wird mit einem Klick zur Rechnung. Wählen Sie ein robustes Tablet, staub- und stoßfest, und eine App, die auch offline funktioniert.""",
        ),
    },
    {
        "slug": "planification-chantiers",
        "themes": ["collaboration"],
        "sectors": ["construction"],
        "fr": (
            "Planifier vos chantiers avec un logiciel",
            "Répartir les équipes, suivre l'avancement et partager le planning avec les sous-traitants.",
            """Quand plusieurs chantiers avancent en même temps, le tableau blanc de l'atelier ne suffit plus. Un logiciel de planification montre qui travaille où et avec quel matériel.

## Les fonctions

- Un planning partagé par équipe et par chantier.
- Des tâches assignées avec photos et remarques.
- Des notifications aux sous-traitants en cas de changement.
- Le suivi des heures prestées.

## Démarrer

Encodez d'abord les chantiers en cours, puis demandez aux chefs d'équipe de mettre à jour l'avancement chaque jour depuis leur téléphone.""",
        ),
        "nl": (
            "Uw werven plannen met software",
            "Ploegen verdelen, de vooruitgang opvolgen en de planning delen met onderaannemers.",
            """Als meerdere werven tegelijk lopen, volstaat het whiteboard in de werkplaats niet meer. Planningssoftware toont wie waar werkt en met welk materieel.

## De functies

- Een gedeelde planning per ploeg en per werf.
- Toegewezen taken met foto's en opmerkingen.
- Meldingen aan onderaannemers bij wijzigingen.
- Opvolging van de gepresteerde uren.

## Starten

Voer eerst de lopende werven in en vraag de ploegbazen om elke dag de vooruitgang bij te werken via hun telefoon.""",
        ),
        "de": (
            "Ihre Baustellen mit Software planen",
            "Teams einteilen, den Fortschritt verfolgen und den Plan mit Subunternehmern teilen.",
            """Wenn mehrere Baustellen gleichzeitig laufen, reicht das Whiteboard in der Werkstatt nicht mehr. Eine Planungssoftware zeigt, wer wo mit welchem Gerät arbeitet.

## Die Funktionen

- Ein gemeinsamer Plan pro Team und Baustelle.
- Zugewiesene Aufgaben mit Fotos und Bemerkungen.
- Benachrichtigungen an Subunternehmer bei Änderungen.
- Die Erfassung der geleisteten Stunden.

## Beginnen

Erfassen Sie zuerst die laufenden Baustellen und bitten Sie die Vorarbeiter, den Fortschritt täglich über ihr Handy zu aktualisieren.""",
        ),
    },
    {
        "slug": "bim-petites-entreprises-construction",
        "themes": ["collaboration"],
        "sectors": ["construction"],
        "fr": (
            "Le BIM pour les petites entreprises de construction",
            "La maquette numérique du bâtiment expliquée aux entrepreneurs : à quoi elle sert et comment commencer.",
            """Le BIM (modélisation des informations du bâtiment) est une maquette numérique partagée par l'architecte, le bureau d'études et les entrepreneurs. Les marchés publics le demandent de plus en plus.

## Ce que cela change

- Moins d'erreurs grâce à la détection des conflits entre techniques.
- Des métrés extraits directement de la maquette.
- Un dossier complet remis au client en fin de chantier.

## Commencer

Une visionneuse gratuite suffit pour consulter les maquettes. Formez une personne de l'entreprise avant d'investir dans un logiciel de modélisation.""",
        ),
        "nl": (
            "BIM voor kleine bouwbedrijven",
            "Het digitale bouwmodel uitgelegd voor aannemers: waarvoor het dient en hoe te beginnen.",
            """BIM (bouwwerkinformatiemodellering) is een digitaal model dat architect, studiebureau en aannemers delen. Overheidsopdrachten vragen er steeds vaker om.

## Wat het verandert

- Minder fouten dankzij het opsporen van conflicten tussen technieken.
- Hoeveelheden rechtstreeks uit het model gehaald.
- Een volledig dossier voor de klant bij de oplevering.

## Beginnen

Een gratis viewer volstaat om modellen te bekijken. Leid één persoon van het bedrijf op voor u in modelleersoftware investeert.""",
        ),
        "de": (
            "BIM für kleine Bauunternehmen",
            "Das digitale Gebäudemodell für Bauunternehmer erklärt: wozu es dient und wie man anfängt.",
            """BIM (Bauwerksdatenmodellierung) ist ein digitales Modell, das Architekt, Planungsbüro und Bauunternehmen teilen. Öffentliche Aufträge verlangen es immer öfter.

## Was sich ändert

- Weniger Fehler dank der Erkennung von Konflikten zwischen Gewerken.
- Massen direkt aus dem Modell ermittelt.
- Eine vollständige Dokumentation für den Kunden bei der Abnahme.

## Beginnen

Ein kostenloser Viewer genügt, um Modelle anzusehen. Schulen Sie eine Person im Betrieb, bevor Sie in eine Modellierungssoftware investieren.""",
        ),
    },
    {
        "slug": "nom-domaine-adresse-mail",
        "themes": ["website"],
        "sectors": [],
        "fr": (
            "Réserver un nom de domaine et une adresse e-mail professionnelle",
            "Une adresse à votre nom plutôt qu'une adresse gratuite : plus crédible et plus facile à retrouver.",
            """Une adresse comme contact@votre-entreprise.be inspire plus confiance qu'une adresse gratuite. Elle reste la vôtre même si vous changez de fournisseur.

## Le nom de domaine

- Vérifiez sa disponibilité en .be et en .com.
- Préférez un nom court, sans tiret si possible.
- Enregistrez-le au nom de l'entreprise, pas du webdesigner.

## La messagerie

Un hébergeur de messagerie professionnelle fournit des boîtes à votre nom, un agenda et un filtre anti-spam. Configurez aussi les enregistrements SPF et DKIM pour que vos courriels n'arrivent pas en indésirables.""",
        ),
        "nl": (
            "Een domeinnaam en een zakelijk e-mailadres vastleggen",
            "Een adres op uw naam in plaats van een gratis adres: geloofwaardiger en makkelijker terug te vinden.",
            """Een adres als info@uw-bedrijf.be wekt meer vertrouwen dan een gratis adres. Het blijft van u, ook als u van leverancier verandert.

## De domeinnaam

- Controleer of hij vrij is als .be en .com.
- Kies een korte naam, zo mogelijk zonder streepje.
- Registreer hem op naam van de onderneming, niet van de webdesigner.

## De mailbox

Een zakelijke e-mailprovider levert mailboxen op uw naam, een agenda en een spamfilter. Stel ook de SPF- en DKIM-records in zodat uw e-mails niet als ongewenst aankomen.""",
        ),
        "de": (
            "Einen Domainnamen und eine geschäftliche E-Mail-Adresse reservieren",
            "Eine Adresse auf Ihren Namen statt einer Gratisadresse: glaubwürdiger und leichter zu finden.",
            """Eine Adresse wie info@ihr-betrieb.be schafft mehr Vertrauen als eine Gratisadresse. Sie bleibt Ihre, auch wenn Sie den Anbieter wechseln.

## Der Domainname

- Prüfen Sie, ob er als .be und .com frei ist.
- Wählen Sie einen kurzen Namen, möglichst ohne Bindestrich.
- Registrieren Sie ihn auf das Unternehmen, nicht auf den Webdesigner.

## Das Postfach

Ein Anbieter für geschäftliche E-Mail stellt Postfächer auf Ihren Namen, einen Kalender und einen Spamfilter bereit. Richten Sie auch SPF- und DKIM-Einträge ein, damit Ihre E-Mails nicht im Spam landen.""",
        ),
    },
    {
        "slug": "choisir-hebergement-web",
        "themes": ["website"],
        "sectors": [],
        "fr": (
            "Choisir l'hébergement de votre site internet",
            "Mutualisé, serveur dédié ou hébergement géré : comparer les offres selon vos besoins.",
            """L'hébergeur garde votre site en ligne jour et nuit. Un mauvais hébergement rend le site lent ou indisponible, ce qui fait fuir les visiteurs et pénalise le référencement.

## Les formules

- L'hébergement mutualisé, économique pour un site vitrine.
- L'hébergement géré pour WordPress, avec mises à jour incluses.
- Le serveur dédié ou virtuel pour une boutique en ligne très fréquentée.

## Les critères

Un certificat HTTPS inclus, des sauvegardes quotidiennes, un support en français et des serveurs en Europe.""",
        ),
        "nl": (
            "De hosting van uw website kiezen",
            "Gedeelde hosting, dedicated server of beheerde hosting: de aanbiedingen vergelijken volgens uw noden.",
            """De hostingprovider houdt uw site dag en nacht online. Slechte hosting maakt de site traag of onbereikbaar, wat bezoekers wegjaagt en de vindbaarheid schaadt.

## De formules

- Gedeelde webhosting, voordelig voor een showcasewebsite.
- Beheerde hosting voor WordPress, met updates inbegrepen.
- Een dedicated of virtuele server voor een drukbezochte webwinkel.

## De criteria

Een inbegrepen HTTPS-certificaat, dagelijkse back-ups, ondersteuning in het Nederlands en servers in Europa.""",
        ),
        "de": (
            "Das Hosting Ihrer Website auswählen",
            "Shared Hosting, dedizierter Server oder Managed Hosting: Angebote nach Ihrem Bedarf vergleichen.",
            """Der Hoster hält Ihre Website Tag und Nacht online. Schlechtes Webhosting macht die Seite langsam oder unerreichbar, vertreibt Besucher und schadet der Auffindbarkeit.

## Die Angebote

- Shared Hosting, günstig für eine Präsentationswebsite.
- Managed Hosting für WordPress, mit Updates inklusive.
- Ein dedizierter oder virtueller Server für einen stark besuchten Onlineshop.

## Die Kriterien

Ein inbegriffenes HTTPS-Zertifikat, tägliche Sicherungen, Support auf Deutsch und Server in Europa.""",
        ),
    },
    {
        "slug": "accessibilite-site-web",
        "themes": ["website"],
        "sectors": [],
        "fr": (
            "Rendre votre site web accessible à tous",
            "Contrastes, textes alternatifs et navigation au clavier pour les personnes handicapées et les seniors.",
            """Un site accessible peut être utilisé par les personnes aveugles, malvoyantes, sourdes ou âgées. C'est aussi un site plus clair pour tout le monde, et une obligation croissante pour les entreprises.

## Les points essentiels

- Un contraste suffisant entre le texte et le fond.
- Un texte alternatif pour chaque image utile.
- Une navigation possible au clavier, sans souris.
- Des sous-titres pour les vidéos.
- Des formulaires avec des étiquettes claires.

## Vérifier

Testez votre site avec un outil d'audit gratuit et naviguez une fois uniquement au clavier.""",
        ),
        "nl": (
            "Uw website toegankelijk maken voor iedereen",
            "Contrasten, alternatieve teksten en navigatie met het toetsenbord voor mensen met een handicap en senioren.",
            """Een toegankelijke site kan gebruikt worden door blinde, slechtziende, dove of oudere mensen. Het is ook een duidelijkere site voor iedereen en steeds vaker een verplichting voor bedrijven.

## De kernpunten

- Voldoende contrast tussen tekst en achtergrond.
- Een alternatieve tekst voor elke nuttige afbeelding.
- Navigatie met het toetsenbord, zonder muis.
- Ondertitels bij video's.
- Formulieren met duidelijke labels.

## Controleren

Test uw site met een gratis audittool en navigeer één keer alleen met het toetsenbord.""",
        ),
        "de": (
            "Ihre Website für alle zugänglich machen",
            "Kontraste, Alternativtexte und Tastaturbedienung für Menschen mit Behinderung und Senioren.",
            """Eine barrierefreie Website können blinde, sehbehinderte, gehörlose oder ältere Menschen nutzen. Sie ist auch für alle übersichtlicher und für Unternehmen zunehmend Pflicht.

## Die wichtigsten Punkte

- Ausreichender Kontrast zwischen Text und Hintergrund.
- Ein Alternativtext für jedes nützliche Bild.
- Bedienung mit der Tastatur, ohne Maus.
- Untertitel für Videos.
- Formulare mit klaren Beschriftungen.

## Prüfen

Testen Sie Ihre Seite mit einem kostenlosen Prüfwerkzeug und navigieren Sie einmal nur mit der Tastatur.""",
        ),
    },
    {
        "slug": "choisir-ordinateur-portable",
        "themes": ["hardware"],
        "sectors": [],
        "fr": (
            "Choisir un ordinateur portable pour le bureau et les déplacements",
            "Processeur, mémoire, écran et garantie : acheter le bon ordinateur sans payer pour l'inutile.",
            """L'ordinateur portable est l'outil central d'une petite entreprise. Un modèle trop faible fait perdre du temps chaque jour ; un modèle haut de gamme coûte souvent plus que nécessaire.

## Les critères

- Au moins 16 Go de mémoire vive pour travailler confortablement.
- Un disque SSD d'au moins 512 Go.
- Un écran de 14 pouces, léger, pour les déplacements.
- Une garantie sur site de trois ans.

## Pour les métiers graphiques

Prévoyez un écran externe calibré et une carte graphique dédiée. Branchez l'ordinateur sur une station d'accueil au bureau.""",
        ),
        "nl": (
            "Een laptop kiezen voor kantoor en onderweg",
            "Processor, geheugen, scherm en garantie: de juiste computer kopen zonder te betalen voor overbodige opties.",
            """De laptop is het centrale werkinstrument van een kleine onderneming. Een te zwak model kost elke dag tijd; een topmodel kost vaak meer dan nodig.

## De criteria

- Minstens 16 GB werkgeheugen om vlot te werken.
- Een SSD-schijf van minstens 512 GB.
- Een licht scherm van 14 inch voor onderweg.
- Drie jaar garantie ter plaatse.

## Voor grafische beroepen

Voorzie een gekalibreerd extern scherm en een aparte grafische kaart. Sluit de laptop op kantoor aan op een dockingstation.""",
        ),
        "de": (
            "Einen Laptop für Büro und unterwegs auswählen",
            "Prozessor, Arbeitsspeicher, Bildschirm und Garantie: den richtigen Rechner kaufen, ohne für Unnötiges zu zahlen.",
            """Der Laptop ist das zentrale Arbeitsgerät eines kleinen Unternehmens. Ein zu schwaches Modell kostet jeden Tag Zeit; ein Spitzenmodell kostet oft mehr als nötig.

## Die Kriterien

- Mindestens 16 GB Arbeitsspeicher für flüssiges Arbeiten.
- Eine SSD mit mindestens 512 GB.
- Ein leichter 14-Zoll-Bildschirm für unterwegs.
- Drei Jahre Vor-Ort-Garantie.

## Für grafische Berufe

Sehen Sie einen kalibrierten externen Monitor und eine eigene Grafikkarte vor. Schließen Sie das Notebook im Büro an eine Dockingstation an.""",
        ),
    },
    {
        "slug": "imprimante-multifonction",
        "themes": ["hardware"],
        "sectors": [],
        "fr": (
            "Choisir une imprimante multifonction",
            "Imprimer, scanner, copier : laser ou jet d'encre, achat ou location, et le vrai coût par page.",
            """Une imprimante multifonction imprime, scanne et copie. Le prix d'achat compte moins que le coût des cartouches ou du toner sur plusieurs années.

## Laser ou jet d'encre ?

- Le laser pour beaucoup de documents en noir et blanc.
- Le jet d'encre à réservoirs pour la couleur à petit volume.

## Les fonctions utiles

Le scan recto verso vers un dossier partagé ou la messagerie, l'impression depuis le smartphone et le code PIN pour les documents confidentiels. Calculez le coût par page avant d'acheter.""",
        ),
        "nl": (
            "Een multifunctionele printer kiezen",
            "Printen, scannen, kopiëren: laser of inkjet, kopen of huren, en de echte kost per pagina.",
            """Een multifunctionele printer print, scant en kopieert. De aankoopprijs weegt minder dan de kost van cartridges of toner over meerdere jaren.

## Laser of inkjet?

- Laser voor veel documenten in zwart-wit.
- Inkjet met inkttanks voor kleur in kleine volumes.

## Nuttige functies

Dubbelzijdig scannen naar een gedeelde map of e-mail, printen vanaf de smartphone en een pincode voor vertrouwelijke documenten. Bereken de kost per pagina voor u koopt.""",
        ),
        "de": (
            "Ein Multifunktionsgerät zum Drucken auswählen",
            "Drucken, scannen, kopieren: Laser oder Tinte, Kauf oder Miete, und die echten Kosten pro Seite.",
            """Ein Multifunktionsdrucker druckt, scannt und kopiert. Der Kaufpreis zählt weniger als die Kosten für Patronen oder Toner über mehrere Jahre.

## Laser oder Tintenstrahl?

- Laser für viele Dokumente in Schwarzweiß.
- Tintenstrahl mit Tanksystem für Farbe in kleinen Mengen.

## Nützliche Funktionen

Beidseitiges Scannen in einen freigegebenen Ordner oder per E-Mail, Drucken vom Smartphone und ein PIN-Code für vertrauliche Dokumente. Berechnen Sie die Kosten pro Seite vor dem Kauf.""",
        ),
    },
    {
        "slug": "gestion-relation-client-crm",
        "themes": ["marketing", "collaboration"],
        "sectors": [],
        "fr": (
            "Suivre vos clients avec un logiciel de gestion de la relation client",
            "Un CRM pour retrouver l'historique de chaque client, relancer les devis et ne plus oublier de rappel.",
            """Un logiciel de gestion de la relation client (CRM) rassemble les coordonnées, les échanges, les devis et les commandes de chaque client au même endroit.

## Ce qu'il apporte

- L'historique complet de chaque client, accessible à toute l'équipe.
- Des rappels pour relancer les devis en attente.
- Une vue des ventes prévues sur les prochains mois.

## Bien choisir

Un CRM simple en ligne suffit pour une PME. Vérifiez qu'il se connecte à votre messagerie et à votre outil de facturation, et importez d'abord vos contacts existants.""",
        ),
        "nl": (
            "Uw klanten opvolgen met klantrelatiebeheersoftware",
            "Een CRM om de historiek van elke klant terug te vinden, offertes op te volgen en geen terugbelafspraak meer te vergeten.",
            """Software voor klantrelatiebeheer (CRM) verzamelt de gegevens, contacten, offertes en bestellingen van elke klant op één plaats.

## Wat het oplevert

- De volledige historiek van elke klant, voor het hele team beschikbaar.
- Herinneringen om openstaande offertes op te volgen.
- Een overzicht van de verwachte verkoop voor de komende maanden.

## Goed kiezen

Een eenvoudige online CRM volstaat voor een kmo. Controleer of hij koppelt met uw e-mail en uw facturatietool, en importeer eerst uw bestaande contacten.""",
        ),
        "de": (
            "Ihre Kunden mit einer Kundenverwaltungssoftware betreuen",
            "Ein CRM, um die Geschichte jedes Kunden zu finden, Angebote nachzufassen und keinen Rückruf mehr zu vergessen.",
            """Eine Software für das Kundenbeziehungsmanagement (CRM) bündelt Kontaktdaten, Gespräche, Angebote und Bestellungen jedes Kunden an einem Ort.

## Was sie bringt

- Die vollständige Kundenhistorie, für das ganze Team zugänglich.
- Erinnerungen, um offene Angebote nachzufassen.
- Einen Überblick über die erwarteten Verkäufe der nächsten Monate.

## Gut wählen

Ein einfaches Online-CRM genügt für ein KMU. Prüfen Sie, ob es sich mit Ihrem E-Mail-Programm und Ihrer Rechnungssoftware verbindet, und importieren Sie zuerst Ihre bestehenden Kontakte.""",
        ),
    },
    {
        "slug": "signature-electronique-documents",
        "themes": ["e-invoicing-payments", "data-privacy"],
        "sectors": [],
        "fr": (
            "Signer vos contrats et documents électroniquement",
            "Signature avec la carte d'identité électronique ou itsme : valeur juridique et mise en pratique.",
            """La signature électronique évite d'imprimer, signer, scanner et renvoyer un document. En Belgique, la signature qualifiée avec la carte d'identité électronique ou itsme a la même valeur qu'une signature manuscrite.

## Les usages

- Les contrats de travail et les conventions avec les clients.
- Les bons de commande et les devis acceptés.
- Les procès-verbaux de réception de chantier.

## Mettre en place

Choisissez un service de signature conforme au règlement européen eIDAS, qui conserve la preuve de la signature et l'horodatage.""",
        ),
        "nl": (
            "Uw contracten en documenten elektronisch ondertekenen",
            "Ondertekenen met de elektronische identiteitskaart of itsme: juridische waarde en praktische toepassing.",
            """Een elektronische handtekening voorkomt dat u een document moet afdrukken, tekenen, scannen en terugsturen. In België heeft de gekwalificeerde handtekening met de eID of itsme dezelfde waarde als een handgeschreven handtekening.

## Toepassingen

- Arbeidsovereenkomsten en afspraken met klanten.
- Bestelbonnen en aanvaarde offertes.
- Opleveringsprocessen-verbaal van werven.

## Invoeren

Kies een ondertekeningsdienst die voldoet aan de Europese eIDAS-verordening en die het bewijs van de handtekening en de tijdstempel bewaart.""",
        ),
        "de": (
            "Verträge und Dokumente elektronisch unterschreiben",
            "Unterschrift mit dem elektronischen Personalausweis oder itsme: Rechtsgültigkeit und praktische Umsetzung.",
            """Die elektronische Signatur erspart das Drucken, Unterschreiben, Scannen und Zurückschicken eines Dokuments. In Belgien hat die qualifizierte Unterschrift mit dem elektronischen Personalausweis oder itsme denselben Wert wie eine handschriftliche.

## Einsatzbereiche

- Arbeitsverträge und Vereinbarungen mit Kunden.
- Bestellscheine und angenommene Angebote.
- Abnahmeprotokolle von Baustellen.

## Einführen

Wählen Sie einen Signaturdienst, der der europäischen eIDAS-Verordnung entspricht und den Nachweis der Unterschrift sowie den Zeitstempel aufbewahrt.""",
        ),
    },
]
