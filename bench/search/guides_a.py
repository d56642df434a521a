# ruff: noqa: E501 (prose: one paragraph per line, as the importer reads it)
# Benchmark guides 1-12, written for the search benchmark (independent of the demo content).
GUIDES = [
    {
        "slug": "site-web-vitrine",
        "themes": ["website", "marketing"],
        "sectors": [],
        "fr": (
            "Créer le site vitrine de votre entreprise",
            "Les étapes pour publier un site internet simple qui présente vos services et attire des clients.",
            """Un site vitrine présente votre activité, vos horaires et vos coordonnées. Pour une petite entreprise, c'est souvent la première impression qu'un client aura de vous.

## Avant de commencer

- Listez les informations que vos clients demandent le plus souvent.
- Rassemblez des photos de qualité de vos réalisations ou de votre magasin.
- Choisissez un nom de domaine court, proche du nom de votre société.

## Choisir l'outil

Un constructeur de sites en ligne suffit pour quelques pages. Si vous prévoyez un blog ou plusieurs langues, un gestionnaire de contenu libre comme WordPress offre plus de souplesse. Faites-vous aider par un webdesigner si le temps vous manque.

## Les étapes

1. Rédigez une page d'accueil claire : qui vous êtes, ce que vous proposez, où vous trouver.
2. Ajoutez une page contact avec un formulaire, votre numéro et une carte.
3. Vérifiez l'affichage sur smartphone.
4. Publiez et mettez le site à jour au moins chaque trimestre.""",
        ),
        "nl": (
            "De showcasewebsite van uw onderneming maken",
            "De stappen om een eenvoudige website te publiceren die uw diensten voorstelt en klanten aantrekt.",
            """Een showcasewebsite stelt uw activiteit, openingsuren en contactgegevens voor. Voor een kleine onderneming is het vaak de eerste indruk die een klant van u krijgt.

## Voor u begint

- Noteer de informatie die klanten het vaakst vragen.
- Verzamel goede foto's van uw realisaties of uw winkel.
- Kies een korte domeinnaam die dicht bij de naam van uw bedrijf ligt.

## Het juiste hulpmiddel kiezen

Een online websitebouwer volstaat voor enkele pagina's. Plant u een blog of meerdere talen, dan biedt een vrij contentbeheersysteem zoals WordPress meer mogelijkheden. Laat u helpen door een webdesigner als u weinig tijd hebt.

## De stappen

1. Schrijf een duidelijke startpagina: wie u bent, wat u aanbiedt, waar men u vindt.
2. Voeg een contactpagina toe met een formulier, uw nummer en een kaart.
3. Controleer de weergave op een smartphone.
4. Publiceer en werk de site minstens elk kwartaal bij.""",
        ),
        "de": (
            "Die Präsentationswebsite Ihres Unternehmens erstellen",
            "Die Schritte zu einer einfachen Internetseite, die Ihre Leistungen vorstellt und Kunden gewinnt.",
            """Eine Präsentationswebsite zeigt Ihre Tätigkeit, Öffnungszeiten und Kontaktdaten. Für ein kleines Unternehmen ist sie oft der erste Eindruck, den ein Kunde von Ihnen bekommt.

## Bevor Sie beginnen

- Notieren Sie die Informationen, nach denen Kunden am häufigsten fragen.
- Sammeln Sie gute Fotos Ihrer Arbeiten oder Ihres Geschäfts.
- Wählen Sie einen kurzen Domainnamen, der dem Firmennamen nahekommt.

## Das Werkzeug wählen

Ein Online-Baukasten reicht für wenige Seiten. Planen Sie einen Blog oder mehrere Sprachen, bietet ein freies Redaktionssystem wie WordPress mehr Spielraum. Lassen Sie sich von einem Webdesigner helfen, wenn Ihnen die Zeit fehlt.

## Die Schritte

1. Schreiben Sie eine klare Startseite: wer Sie sind, was Sie anbieten, wo man Sie findet.
2. Fügen Sie eine Kontaktseite mit Formular, Telefonnummer und Karte hinzu.
3. Prüfen Sie die Darstellung auf dem Smartphone.
4. Veröffentlichen Sie die Seite und aktualisieren Sie sie mindestens jedes Quartal.""",
        ),
    },
    {
        "slug": "referencement-moteurs-recherche",
        "themes": ["website", "marketing"],
        "sectors": [],
        "fr": (
            "Améliorer le référencement de votre site sur les moteurs de recherche",
            "Des gestes simples pour que votre site apparaisse dans les premiers résultats de Google.",
            """Être bien référencé, c'est être trouvé par les clients qui cherchent vos produits près de chez eux. Le référencement naturel (SEO) ne coûte rien d'autre que du temps.

## Les bases

- Un titre de page unique qui contient votre métier et votre ville.
- Des textes rédigés pour vos clients, avec les mots qu'ils utilisent.
- Des images légères accompagnées d'un texte alternatif.
- Un site rapide et lisible sur mobile.

## Les liens

Les moteurs de recherche valorisent les sites cités par d'autres. Demandez à vos fournisseurs, à votre commune ou à votre fédération professionnelle de publier un lien vers votre site.

## Mesurer

1. Inscrivez votre site dans la Search Console de Google.
2. Suivez les requêtes qui amènent des visiteurs.
3. Améliorez chaque mois la page la moins visitée.""",
        ),
        "nl": (
            "De vindbaarheid van uw website in zoekmachines verbeteren",
            "Eenvoudige ingrepen zodat uw site bij de eerste resultaten van Google verschijnt.",
            """Goed gevonden worden betekent dat klanten die uw producten in de buurt zoeken, bij u terechtkomen. Zoekmachineoptimalisatie (SEO) kost vooral tijd.

## De basis

- Een unieke paginatitel met uw beroep en uw gemeente.
- Teksten geschreven voor uw klanten, met de woorden die zij gebruiken.
- Lichte afbeeldingen met een alternatieve tekst.
- Een snelle site die leesbaar is op mobiele toestellen.

## Links

Zoekmachines waarderen sites waarnaar andere sites verwijzen. Vraag uw leveranciers, uw gemeente of uw beroepsfederatie om een link naar uw site te plaatsen.

## Meten

1. Registreer uw site in Google Search Console.
2. Volg de zoekopdrachten die bezoekers aanbrengen.
3. Verbeter elke maand de minst bezochte pagina.""",
        ),
        "de": (
            "Die Auffindbarkeit Ihrer Website in Suchmaschinen verbessern",
            "Einfache Maßnahmen, damit Ihre Seite unter den ersten Ergebnissen bei Google erscheint.",
            """Gut gefunden zu werden heißt, dass Kunden, die Ihre Produkte in der Nähe suchen, bei Ihnen landen. Suchmaschinenoptimierung (SEO) kostet vor allem Zeit.

## Die Grundlagen

- Ein eindeutiger Seitentitel mit Ihrem Beruf und Ihrem Ort.
- Texte für Ihre Kunden, mit den Wörtern, die diese verwenden.
- Leichte Bilder mit einem Alternativtext.
- Eine schnelle Seite, die auf dem Handy lesbar ist.

## Verlinkungen

Suchmaschinen bewerten Seiten höher, auf die andere verweisen. Bitten Sie Lieferanten, Ihre Gemeinde oder Ihren Berufsverband, einen Link auf Ihre Seite zu setzen.

## Messen

1. Melden Sie Ihre Seite in der Google Search Console an.
2. Verfolgen Sie die Suchanfragen, die Besucher bringen.
3. Verbessern Sie jeden Monat die am wenigsten besuchte Seite.""",
        ),
    },
    {
        "slug": "fiche-etablissement-google",
        "themes": ["marketing"],
        "sectors": ["retail", "horeca-tourism"],
        "fr": (
            "Gérer la fiche de votre établissement sur Google Maps",
            "Horaires, photos et avis : soignez la fiche qui s'affiche quand on cherche votre commerce.",
            """Quand un client tape le nom de votre commerce, Google affiche une fiche avec vos horaires, votre adresse et les avis. Cette fiche gratuite s'appelle le profil d'établissement.

## Revendiquer la fiche

1. Connectez-vous avec un compte Google professionnel.
2. Recherchez votre établissement et demandez sa gestion.
3. Validez par courrier ou par téléphone.

## La tenir à jour

- Indiquez les horaires exceptionnels (jours fériés, congés).
- Publiez des photos récentes de la devanture et des produits.
- Choisissez la bonne catégorie d'activité.

## Répondre aux avis

Remerciez les clients satisfaits et répondez calmement aux critiques. Une réponse polie rassure les futurs clients plus que l'absence de mauvais avis.""",
        ),
        "nl": (
            "Het bedrijfsprofiel van uw zaak op Google Maps beheren",
            "Openingsuren, foto's en beoordelingen: verzorg de fiche die verschijnt wanneer men uw zaak zoekt.",
            """Wanneer een klant de naam van uw zaak intypt, toont Google een fiche met openingsuren, adres en beoordelingen. Dit gratis bedrijfsprofiel beheert u zelf.

## Het profiel claimen

1. Meld u aan met een zakelijke Google-account.
2. Zoek uw zaak en vraag het beheer aan.
3. Bevestig per brief of per telefoon.

## Het actueel houden

- Vermeld uitzonderlijke openingsuren (feestdagen, vakantie).
- Publiceer recente foto's van de etalage en de producten.
- Kies de juiste activiteitscategorie.

## Op beoordelingen reageren

Bedank tevreden klanten en antwoord rustig op kritiek. Een beleefd antwoord stelt toekomstige klanten meer gerust dan het ontbreken van slechte beoordelingen.""",
        ),
        "de": (
            "Das Unternehmensprofil Ihres Betriebs auf Google Maps pflegen",
            "Öffnungszeiten, Fotos und Bewertungen: pflegen Sie den Eintrag, der bei der Suche nach Ihrem Geschäft erscheint.",
            """Wenn ein Kunde den Namen Ihres Geschäfts eingibt, zeigt Google einen Eintrag mit Öffnungszeiten, Adresse und Bewertungen. Dieses kostenlose Unternehmensprofil verwalten Sie selbst.

## Das Profil beanspruchen

1. Melden Sie sich mit einem geschäftlichen Google-Konto an.
2. Suchen Sie Ihren Betrieb und beantragen Sie die Verwaltung.
3. Bestätigen Sie per Post oder Telefon.

## Aktuell halten

- Geben Sie besondere Öffnungszeiten an (Feiertage, Urlaub).
- Veröffentlichen Sie aktuelle Fotos von Schaufenster und Produkten.
- Wählen Sie die richtige Branchenkategorie.

## Auf Bewertungen antworten

Bedanken Sie sich bei zufriedenen Kunden und antworten Sie ruhig auf Kritik. Eine höfliche Antwort beruhigt künftige Kunden mehr als das Fehlen schlechter Bewertungen.""",
        ),
    },
    {
        "slug": "choisir-smartphone-professionnel",
        "themes": ["mobility", "hardware"],
        "sectors": [],
        "fr": (
            "Choisir un smartphone professionnel",
            "Autonomie, sécurité, durée des mises à jour : les critères pour équiper votre équipe de téléphones portables.",
            """Le smartphone est devenu l'outil de travail principal de nombreux indépendants : appels, courriels, agenda, photos de chantier, paiements.

## Les critères

- **Autonomie** : une batterie d'au moins une journée de travail intensif.
- **Mises à jour** : le fabricant doit garantir les correctifs de sécurité pendant plusieurs années.
- **Robustesse** : une coque renforcée ou un modèle durci pour les métiers de terrain.
- **Stockage** : assez de mémoire pour les photos et les documents.

## Gérer la flotte

Au-delà de trois appareils, un outil de gestion des terminaux mobiles permet d'installer les applications, d'imposer un code de verrouillage et d'effacer un téléphone perdu à distance.

## Acheter ou louer ?

La location avec service inclut souvent le remplacement en cas de panne. Comparez le coût total sur trois ans avec l'achat.""",
        ),
        "nl": (
            "Een professionele smartphone kiezen",
            "Autonomie, beveiliging, duur van de updates: de criteria om uw team met gsm's uit te rusten.",
            """De smartphone is voor veel zelfstandigen het belangrijkste werkinstrument geworden: bellen, mailen, agenda, werffoto's, betalingen.

## De criteria

- **Autonomie**: een batterij die minstens een drukke werkdag meegaat.
- **Updates**: de fabrikant moet beveiligingsupdates gedurende meerdere jaren garanderen.
- **Robuustheid**: een versterkte hoes of een robuust model voor wie op het terrein werkt.
- **Opslag**: genoeg geheugen voor foto's en documenten.

## De toestellen beheren

Vanaf drie toestellen laat een beheertool voor mobiele toestellen u apps installeren, een schermvergrendeling opleggen en een verloren telefoon op afstand wissen.

## Kopen of huren?

Huur met service omvat vaak vervanging bij een defect. Vergelijk de totale kost over drie jaar met een aankoop.""",
        ),
        "de": (
            "Ein Diensthandy auswählen",
            "Akkulaufzeit, Sicherheit, Dauer der Updates: die Kriterien, um Ihr Team mit Smartphones auszustatten.",
            """Das Smartphone ist für viele Selbständige zum wichtigsten Arbeitsgerät geworden: Anrufe, E-Mails, Kalender, Baustellenfotos, Zahlungen.

## Die Kriterien

- **Akkulaufzeit**: ein Akku, der mindestens einen intensiven Arbeitstag hält.
- **Updates**: der Hersteller muss Sicherheitsupdates über mehrere Jahre zusagen.
- **Robustheit**: eine verstärkte Hülle oder ein Outdoor-Modell für Berufe im Außendienst.
- **Speicher**: genug Speicherplatz für Fotos und Dokumente.

## Die Geräte verwalten

Ab drei Geräten erlaubt eine Verwaltungssoftware für Mobilgeräte, Apps zu installieren, eine Bildschirmsperre vorzuschreiben und ein verlorenes Handy aus der Ferne zu löschen.

## Kaufen oder mieten?

Miete mit Service umfasst oft den Austausch bei einem Defekt. Vergleichen Sie die Gesamtkosten über drei Jahre mit dem Kauf.""",
        ),
    },
    {
        "slug": "securiser-wifi-magasin",
        "themes": ["security"],
        "sectors": ["retail", "horeca-tourism"],
        "fr": (
            "Sécuriser le réseau Wi-Fi de votre magasin",
            "Séparer le Wi-Fi des clients de celui de la caisse et protéger votre borne sans fil.",
            """Un réseau sans fil mal protégé permet à un inconnu d'accéder à votre caisse, à vos fichiers ou à vos caméras. Quelques réglages suffisent à fermer la porte.

## Les réglages essentiels

- Changez le mot de passe d'administration de la borne dès l'installation.
- Activez le chiffrement WPA3, ou WPA2 si vos appareils sont anciens.
- Choisissez une phrase de passe longue pour le réseau.
- Désactivez le WPS, facile à contourner.

## Un réseau invité séparé

Offrez le Wi-Fi à vos clients sur un réseau invité distinct. Ainsi, leurs appareils ne voient jamais votre terminal de paiement ni votre ordinateur de gestion.

## Entretien

1. Installez les mises à jour du routeur.
2. Changez le mot de passe invité régulièrement.
3. Vérifiez la liste des appareils connectés.""",
        ),
        "nl": (
            "Het wifinetwerk van uw winkel beveiligen",
            "De wifi voor klanten scheiden van die van de kassa en uw draadloze router beschermen.",
            """Een slecht beveiligd draadloos netwerk geeft een onbekende toegang tot uw kassa, uw bestanden of uw camera's. Enkele instellingen volstaan om de deur te sluiten.

## De belangrijkste instellingen

- Wijzig het beheerderswachtwoord van de router meteen bij de installatie.
- Schakel WPA3-versleuteling in, of WPA2 voor oudere toestellen.
- Kies een lange wachtzin voor het netwerk.
- Schakel WPS uit, dat makkelijk te omzeilen is.

## Een apart gastnetwerk

Bied klanten wifi aan op een apart gastnetwerk. Zo zien hun toestellen nooit uw betaalterminal of uw beheercomputer.

## Onderhoud

1. Installeer de updates van de router.
2. Wijzig het gastwachtwoord regelmatig.
3. Controleer de lijst van verbonden toestellen.""",
        ),
        "de": (
            "Das WLAN Ihres Geschäfts absichern",
            "Das Kunden-WLAN von der Kasse trennen und Ihren Router schützen.",
            """Ein schlecht geschütztes Funknetz gibt Fremden Zugriff auf Ihre Kasse, Ihre Dateien oder Ihre Kameras. Wenige Einstellungen genügen, um die Tür zu schließen.

## Die wichtigsten Einstellungen

- Ändern Sie das Administratorpasswort des Routers gleich bei der Installation.
- Aktivieren Sie die WPA3-Verschlüsselung, bei älteren Geräten WPA2.
- Wählen Sie ein langes Passwort für das Netzwerk.
- Deaktivieren Sie WPS, das leicht zu umgehen ist.

## Ein getrenntes Gastnetz

Bieten Sie Ihren Kunden WLAN in einem eigenen Gastnetzwerk an. So sehen deren Geräte nie Ihr Zahlungsterminal oder Ihren Büro-PC.

## Wartung

1. Installieren Sie die Updates des Routers.
2. Ändern Sie das Gastpasswort regelmäßig.
3. Prüfen Sie die Liste der verbundenen Geräte.""",
        ),
    },
    {
        "slug": "sauvegarder-donnees-entreprise",
        "themes": ["security", "data-privacy"],
        "sectors": [],
        "fr": (
            "Sauvegarder les données de votre entreprise",
            "La règle 3-2-1 et une sauvegarde automatique pour ne jamais perdre factures, devis et fichiers clients.",
            """Une panne de disque, un vol d'ordinateur ou un rançongiciel peuvent effacer des années de travail. Une sauvegarde régulière est la meilleure assurance.

## La règle 3-2-1

- **3** copies de vos données,
- sur **2** supports différents (disque externe, serveur NAS, cloud),
- dont **1** copie hors de vos locaux.

## Automatiser

Programmez une sauvegarde quotidienne automatique : on oublie toujours la sauvegarde manuelle. Un NAS au bureau et un service de stockage en ligne chiffré forment une bonne combinaison.

## Tester la restauration

1. Chaque trimestre, restaurez un dossier au hasard.
2. Vérifiez que les fichiers s'ouvrent.
3. Notez la procédure pour qu'un collègue puisse la suivre.""",
        ),
        "nl": (
            "De gegevens van uw onderneming back-uppen",
            "De 3-2-1-regel en een automatische back-up om nooit facturen, offertes en klantenbestanden te verliezen.",
            """Een defecte schijf, een gestolen computer of ransomware kan jaren werk wissen. Een regelmatige back-up is de beste verzekering.

## De 3-2-1-regel

- **3** kopieën van uw gegevens,
- op **2** verschillende dragers (externe schijf, NAS-server, cloud),
- waarvan **1** kopie buiten uw bedrijfsruimte.

## Automatiseren

Plan een dagelijkse automatische back-up: een handmatige back-up vergeet men altijd. Een NAS op kantoor en een versleutelde onlineopslag vormen een goede combinatie.

## Het terugzetten testen

1. Zet elk kwartaal een willekeurige map terug.
2. Controleer of de bestanden openen.
3. Noteer de procedure zodat een collega ze kan volgen.""",
        ),
        "de": (
            "Die Daten Ihres Unternehmens sichern",
            "Die 3-2-1-Regel und eine automatische Datensicherung, damit Rechnungen, Angebote und Kundendateien nie verloren gehen.",
            """Ein Festplattendefekt, ein gestohlener Computer oder Erpressungssoftware können Jahre an Arbeit löschen. Eine regelmäßige Sicherung ist die beste Versicherung.

## Die 3-2-1-Regel

- **3** Kopien Ihrer Daten,
- auf **2** verschiedenen Datenträgern (externe Festplatte, NAS-Server, Cloud),
- davon **1** Kopie außerhalb Ihrer Räume.

## Automatisieren

Planen Sie eine tägliche automatische Sicherung: die manuelle vergisst man immer. Ein NAS im Büro und ein verschlüsselter Onlinespeicher sind eine gute Kombination.

## Die Wiederherstellung testen

1. Stellen Sie jedes Quartal einen beliebigen Ordner wieder her.
2. Prüfen Sie, ob sich die Dateien öffnen lassen.
3. Schreiben Sie das Verfahren auf, damit ein Kollege es befolgen kann.""",
        ),
    },
    {
        "slug": "facturation-electronique-peppol",
        "themes": ["e-invoicing-payments"],
        "sectors": [],
        "fr": (
            "Passer à la facturation électronique avec Peppol",
            "La facture électronique structurée devient obligatoire entre entreprises en Belgique : comment s'y préparer.",
            """Depuis 2026, les entreprises belges doivent échanger des factures électroniques structurées. Un PDF envoyé par courriel ne suffit plus : la facture passe par le réseau Peppol.

## Ce qu'il faut

- Un logiciel de facturation ou de comptabilité compatible Peppol.
- Votre numéro d'entreprise enregistré comme destinataire sur le réseau.
- Des fiches clients complètes avec leur numéro de TVA.

## Les étapes

1. Demandez à votre comptable quel logiciel il accepte.
2. Activez l'envoi et la réception Peppol dans ce logiciel.
3. Envoyez une première facture test à un client de confiance.

L'encodage disparaît et les paiements arrivent plus vite.""",
        ),
        "nl": (
            "Overstappen op elektronische facturatie met Peppol",
            "De gestructureerde e-factuur wordt verplicht tussen ondernemingen in België: zo bereidt u zich voor.",
            """Sinds 2026 moeten Belgische ondernemingen gestructureerde elektronische facturen uitwisselen. Een pdf per e-mail volstaat niet meer: de factuur gaat via het Peppol-netwerk.

## Wat u nodig hebt

- Facturatie- of boekhoudsoftware die Peppol ondersteunt.
- Uw ondernemingsnummer geregistreerd als ontvanger op het netwerk.
- Volledige klantenfiches met hun btw-nummer.

## De stappen

1. Vraag uw boekhouder welke software hij aanvaardt.
2. Activeer het verzenden en ontvangen via Peppol in die software.
3. Stuur een eerste testfactuur naar een vertrouwde klant.

Het overtypen verdwijnt en betalingen komen sneller binnen.""",
        ),
        "de": (
            "Auf elektronische Rechnungen mit Peppol umstellen",
            "Die strukturierte E-Rechnung wird zwischen Unternehmen in Belgien Pflicht: so bereiten Sie sich vor.",
            """Seit 2026 müssen belgische Unternehmen strukturierte elektronische Rechnungen austauschen. Ein PDF per E-Mail genügt nicht mehr: die Rechnung läuft über das Peppol-Netzwerk.

## Was Sie brauchen

- Eine Rechnungs- oder Buchhaltungssoftware, die Peppol unterstützt.
- Ihre Unternehmensnummer als Empfänger im Netzwerk registriert.
- Vollständige Kundendaten mit Mehrwertsteuernummer.

## Die Schritte

1. Fragen Sie Ihren Buchhalter, welche Software er akzeptiert.
2. Aktivieren Sie Versand und Empfang über Peppol in dieser Software.
3. Senden Sie eine erste Testrechnung an einen vertrauten Kunden.

Das Abtippen entfällt und Zahlungen gehen schneller ein.""",
        ),
    },
    {
        "slug": "paiement-carte-mobile",
        "themes": ["e-invoicing-payments"],
        "sectors": ["retail", "horeca-tourism"],
        "fr": (
            "Accepter les paiements par carte et par smartphone",
            "Terminal de paiement, application mobile ou QR code : choisir la solution d'encaissement adaptée.",
            """Les clients paient de plus en plus sans contact, avec leur carte ou leur téléphone. Depuis 2024, tout commerçant belge doit proposer au moins un moyen de paiement électronique.

## Les solutions

- Un terminal de paiement fixe relié à la caisse.
- Un petit lecteur de carte connecté au smartphone, idéal pour les marchés.
- Un paiement par QR code avec l'application bancaire du client.

## Comparer les coûts

Regardez la commission par transaction, la location mensuelle et le délai de versement sur votre compte. Un commerce avec beaucoup de petits montants choisira une formule sans frais fixes.""",
        ),
        "nl": (
            "Betalingen met kaart en smartphone aanvaarden",
            "Betaalterminal, mobiele app of QR-code: de juiste betaaloplossing kiezen.",
            """Klanten betalen steeds vaker contactloos, met kaart of telefoon. Sinds 2024 moet elke Belgische handelaar minstens één elektronisch betaalmiddel aanbieden.

## De oplossingen

- Een vaste betaalterminal gekoppeld aan de kassa.
- Een kleine kaartlezer verbonden met de smartphone, ideaal voor markten.
- Betalen via QR-code met de bankapp van de klant.

## Kosten vergelijken

Kijk naar de commissie per transactie, de maandelijkse huur en de termijn waarbinnen het geld op uw rekening staat. Een zaak met veel kleine bedragen kiest een formule zonder vaste kosten.""",
        ),
        "de": (
            "Zahlungen per Karte und Smartphone annehmen",
            "Zahlungsterminal, mobile App oder QR-Code: die passende Bezahllösung wählen.",
            """Kunden zahlen immer häufiger kontaktlos, mit Karte oder Handy. Seit 2024 muss jeder belgische Händler mindestens ein elektronisches Zahlungsmittel anbieten.

## Die Lösungen

- Ein festes Kartenterminal, mit der Kasse verbunden.
- Ein kleines Kartenlesegerät am Smartphone, ideal für Märkte.
- Zahlung per QR-Code mit der Banking-App des Kunden.

## Kosten vergleichen

Achten Sie auf die Gebühr pro Transaktion, die monatliche Miete und die Frist bis zur Gutschrift. Ein Geschäft mit vielen kleinen Beträgen wählt ein Modell ohne Fixkosten.""",
        ),
    },
    {
        "slug": "ouvrir-boutique-en-ligne",
        "themes": ["e-commerce"],
        "sectors": ["retail"],
        "fr": (
            "Ouvrir une boutique en ligne",
            "Plateforme, paiement, livraison et conditions de vente : les étapes pour vendre sur internet.",
            """Une boutique en ligne prolonge votre magasin : vos clients commandent le soir ou le dimanche. Elle demande pourtant du temps pour les photos, les stocks et les envois.

## Les choix

- Une plateforme d'e-commerce clé en main, payée au mois.
- Un module de vente ajouté à votre site existant.
- Les moyens de paiement : carte, virement, paiement mobile.

## Les obligations

Publiez des conditions générales de vente, les prix TVA comprise, le droit de rétractation de quatorze jours et vos coordonnées complètes.

## Démarrer petit

1. Commencez par vos vingt produits les plus vendus.
2. Proposez le retrait en magasin.
3. Élargissez le catalogue selon les commandes.""",
        ),
        "nl": (
            "Een webwinkel openen",
            "Platform, betaling, levering en verkoopvoorwaarden: de stappen om online te verkopen.",
            """Een webwinkel verlengt uw winkel: klanten bestellen 's avonds of op zondag. Hij vraagt wel tijd voor foto's, voorraad en verzendingen.

## De keuzes

- Een kant-en-klaar e-commerceplatform met maandabonnement.
- Een verkoopmodule toegevoegd aan uw bestaande website.
- De betaalmiddelen: kaart, overschrijving, mobiel betalen.

## De verplichtingen

Publiceer algemene verkoopvoorwaarden, prijzen inclusief btw, het herroepingsrecht van veertien dagen en uw volledige contactgegevens.

## Klein beginnen

1. Begin met uw twintig best verkochte producten.
2. Bied afhalen in de winkel aan.
3. Breid het aanbod uit volgens de bestellingen.""",
        ),
        "de": (
            "Einen Onlineshop eröffnen",
            "Plattform, Zahlung, Versand und Geschäftsbedingungen: die Schritte zum Verkauf im Internet.",
            """Ein Onlineshop verlängert Ihr Ladengeschäft: Kunden bestellen abends oder am Sonntag. Er braucht aber Zeit für Fotos, Lagerbestand und Versand.

## Die Entscheidungen

- Eine schlüsselfertige E-Commerce-Plattform im Monatsabo.
- Ein Verkaufsmodul auf Ihrer bestehenden Website.
- Die Zahlungsmittel: Karte, Überweisung, mobiles Bezahlen.

## Die Pflichten

Veröffentlichen Sie allgemeine Geschäftsbedingungen, Preise inklusive Mehrwertsteuer, das vierzehntägige Widerrufsrecht und Ihre vollständigen Kontaktdaten.

## Klein anfangen

1. Beginnen Sie mit Ihren zwanzig meistverkauften Produkten.
2. Bieten Sie Abholung im Geschäft an.
3. Erweitern Sie das Sortiment je nach Bestellungen.""",
        ),
    },
    {
        "slug": "rgpd-petite-entreprise",
        "themes": ["data-privacy"],
        "sectors": [],
        "fr": (
            "Le RGPD expliqué aux petites entreprises",
            "Registre des traitements, consentement et droits des clients : se mettre en règle avec la protection des données personnelles.",
            """Le règlement général sur la protection des données (RGPD) s'applique aussi aux indépendants : dès que vous gardez le nom ou l'adresse d'un client, vous traitez des données personnelles.

## L'essentiel

- Tenez un registre simple : quelles données, pourquoi, combien de temps.
- Ne collectez que ce dont vous avez besoin.
- Demandez le consentement avant d'envoyer une newsletter.
- Protégez les fichiers clients par un mot de passe.

## Les droits des personnes

Un client peut demander à voir, corriger ou effacer ses données. Répondez dans le mois. En cas de fuite de données, prévenez l'Autorité de protection des données dans les 72 heures.""",
        ),
        "nl": (
            "De AVG uitgelegd voor kleine ondernemingen",
            "Verwerkingsregister, toestemming en rechten van klanten: in orde zijn met de bescherming van persoonsgegevens.",
            """De algemene verordening gegevensbescherming (AVG of GDPR) geldt ook voor zelfstandigen: zodra u de naam of het adres van een klant bijhoudt, verwerkt u persoonsgegevens.

## Het belangrijkste

- Houd een eenvoudig register bij: welke gegevens, waarom, hoelang.
- Verzamel alleen wat u nodig hebt.
- Vraag toestemming voor u een nieuwsbrief verstuurt.
- Bescherm klantenbestanden met een wachtwoord.

## De rechten van personen

Een klant kan vragen zijn gegevens in te kijken, te verbeteren of te wissen. Antwoord binnen de maand. Bij een datalek verwittigt u de Gegevensbeschermingsautoriteit binnen 72 uur.""",
        ),
        "de": (
            "Die DSGVO für kleine Unternehmen erklärt",
            "Verarbeitungsverzeichnis, Einwilligung und Rechte der Kunden: den Datenschutz personenbezogener Daten einhalten.",
            """Die Datenschutz-Grundverordnung (DSGVO) gilt auch für Selbständige: sobald Sie Name oder Adresse eines Kunden speichern, verarbeiten Sie personenbezogene Daten.

## Das Wichtigste

- Führen Sie ein einfaches Verzeichnis: welche Daten, wozu, wie lange.
- Erheben Sie nur, was Sie brauchen.
- Holen Sie die Einwilligung ein, bevor Sie einen Newsletter versenden.
- Schützen Sie Kundendateien mit einem Passwort.

## Die Rechte der Betroffenen

Ein Kunde kann verlangen, seine Daten einzusehen, zu berichtigen oder zu löschen. Antworten Sie innerhalb eines Monats. Bei einer Datenpanne melden Sie diese binnen 72 Stunden der Datenschutzbehörde.""",
        ),
    },
    {
        "slug": "gestionnaire-mots-de-passe",
        "themes": ["security"],
        "sectors": [],
        "fr": (
            "Utiliser un gestionnaire de mots de passe et la double authentification",
            "Des mots de passe uniques et une vérification en deux étapes pour protéger vos comptes professionnels.",
            """La plupart des piratages de petites entreprises commencent par un mot de passe volé ou réutilisé. Un gestionnaire de mots de passe retient pour vous des mots de passe longs et différents.

## Bien démarrer

- Installez un gestionnaire sur l'ordinateur et le téléphone.
- Choisissez une phrase de passe maîtresse longue et mémorisable.
- Remplacez d'abord les mots de passe de la banque, de la messagerie et de la comptabilité.

## La double authentification

Activez la vérification en deux étapes partout où c'est possible : un code sur le téléphone ou une clé de sécurité bloque le pirate même s'il connaît le mot de passe.""",
        ),
        "nl": (
            "Een wachtwoordbeheerder en tweestapsverificatie gebruiken",
            "Unieke wachtwoorden en een verificatie in twee stappen om uw zakelijke accounts te beschermen.",
            """De meeste hacks bij kleine ondernemingen beginnen met een gestolen of hergebruikt wachtwoord. Een wachtwoordbeheerder onthoudt voor u lange en verschillende wachtwoorden.

## Goed starten

- Installeer een wachtwoordmanager op computer en telefoon.
- Kies een lange, goed te onthouden hoofdwachtzin.
- Vervang eerst de wachtwoorden van bank, e-mail en boekhouding.

## Tweestapsverificatie

Schakel de verificatie in twee stappen in waar het kan: een code op de telefoon of een beveiligingssleutel houdt de hacker tegen, ook als hij het wachtwoord kent.""",
        ),
        "de": (
            "Einen Passwortmanager und die Zwei-Faktor-Authentifizierung nutzen",
            "Einzigartige Passwörter und eine Bestätigung in zwei Schritten schützen Ihre geschäftlichen Konten.",
            """Die meisten Angriffe auf kleine Unternehmen beginnen mit einem gestohlenen oder mehrfach verwendeten Passwort. Ein Passwortmanager merkt sich lange und unterschiedliche Passwörter für Sie.

## Gut starten

- Installieren Sie einen Passwortmanager auf Computer und Handy.
- Wählen Sie ein langes, gut merkbares Hauptpasswort.
- Ersetzen Sie zuerst die Passwörter von Bank, E-Mail und Buchhaltung.

## Zwei-Faktor-Authentifizierung

Aktivieren Sie die Anmeldung in zwei Schritten, wo immer möglich: ein Code auf dem Handy oder ein Sicherheitsschlüssel stoppt den Angreifer, selbst wenn er das Passwort kennt.""",
        ),
    },
    {
        "slug": "reconnaitre-hameconnage",
        "themes": ["security"],
        "sectors": [],
        "fr": (
            "Reconnaître un courriel d'hameçonnage",
            "Fausses factures, faux livreurs, fausse banque : les signes qui trahissent une tentative de phishing.",
            """L'hameçonnage (phishing) est un message qui imite un expéditeur connu pour vous faire cliquer, payer ou donner un mot de passe. Les indépendants reçoivent surtout de fausses factures et de faux avis de livraison.

## Les signes d'alerte

- Une urgence inhabituelle : « votre compte sera bloqué aujourd'hui ».
- Une adresse d'expéditeur qui ressemble, sans être identique.
- Un lien dont l'adresse réelle ne correspond pas au texte.
- Un changement de numéro de compte bancaire d'un fournisseur.

## Les bons réflexes

Ne cliquez pas, vérifiez par téléphone avec un numéro que vous connaissez déjà. Transférez le message suspect à suspect@safeonweb.be.""",
        ),
        "nl": (
            "Een phishingmail herkennen",
            "Valse facturen, valse koeriers, valse bank: de tekenen die een phishingpoging verraden.",
            """Phishing is een bericht dat een bekende afzender nabootst om u te laten klikken, betalen of een wachtwoord te geven. Zelfstandigen krijgen vooral valse facturen en valse leveringsberichten.

## De alarmsignalen

- Een ongewone dringendheid: "uw rekening wordt vandaag geblokkeerd".
- Een afzenderadres dat lijkt, maar niet identiek is.
- Een link waarvan het echte adres niet overeenkomt met de tekst.
- Een gewijzigd bankrekeningnummer van een leverancier.

## De goede reflexen

Klik niet, controleer telefonisch met een nummer dat u al kent. Stuur het verdachte bericht door naar verdacht@safeonweb.be.""",
        ),
        "de": (
            "Eine Phishing-Mail erkennen",
            "Gefälschte Rechnungen, falsche Paketboten, falsche Bank: die Anzeichen eines Phishing-Versuchs.",
            """Phishing ist eine Nachricht, die einen bekannten Absender nachahmt, damit Sie klicken, zahlen oder ein Passwort preisgeben. Selbständige erhalten vor allem gefälschte Rechnungen und falsche Versandbenachrichtigungen.

## Die Warnzeichen

- Ungewöhnliche Eile: „Ihr Konto wird heute gesperrt“.
- Eine Absenderadresse, die ähnlich, aber nicht identisch ist.
- Ein Link, dessen echte Adresse nicht zum Text passt.
- Eine geänderte Bankverbindung eines Lieferanten.

## Die richtigen Reflexe

Klicken Sie nicht, prüfen Sie telefonisch mit einer Nummer, die Sie bereits kennen. Leiten Sie die verdächtige Nachricht an verdacht@safeonweb.be weiter.""",
        ),
    },
]
