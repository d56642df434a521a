# ruff: noqa: E501 (prose: one paragraph per line, as the importer reads it)
# Benchmark guides 37-48.
GUIDES = [
    {
        "slug": "plan-reponse-cyberattaque",
        "themes": ["security"],
        "sectors": [],
        "fr": (
            "Préparer un plan de réponse à une cyberattaque",
            "Qui appeler, quoi débrancher, comment informer les clients : une page à préparer avant l'incident.",
            """Le jour d'une attaque informatique, le stress fait perdre des heures précieuses. Une simple page de procédure, imprimée et rangée, change tout.

## Le contenu du plan

- Les numéros utiles : informaticien, banque, assureur, police.
- Les gestes immédiats : isoler les appareils touchés, changer les mots de passe.
- L'emplacement des sauvegardes et la façon de les restaurer.
- Le message à envoyer aux clients et aux fournisseurs.

## S'entraîner

Une fois par an, simulez un incident avec l'équipe et mettez le plan à jour.""",
        ),
        "nl": (
            "Een responsplan voor een cyberaanval voorbereiden",
            "Wie bellen, wat loskoppelen, hoe klanten informeren: één pagina om voor het incident klaar te hebben.",
            """Op de dag van een computeraanval doet de stress kostbare uren verliezen. Een eenvoudige procedurepagina, afgedrukt en opgeborgen, maakt het verschil.

## De inhoud van het plan

- De nuttige nummers: informaticus, bank, verzekeraar, politie.
- De eerste handelingen: getroffen toestellen isoleren, wachtwoorden wijzigen.
- Waar de back-ups staan en hoe u ze terugzet.
- Het bericht voor klanten en leveranciers.

## Oefenen

Simuleer één keer per jaar een incident met het team en werk het plan bij.""",
        ),
        "de": (
            "Einen Notfallplan für einen Cyberangriff vorbereiten",
            "Wen anrufen, was trennen, wie Kunden informieren: eine Seite, die vor dem Vorfall bereitliegen sollte.",
            """Am Tag eines Hackerangriffs kostet der Stress wertvolle Stunden. Eine einfache Verfahrensseite, ausgedruckt und abgelegt, macht den Unterschied.

## Der Inhalt des Plans

- Die wichtigen Nummern: IT-Dienstleister, Bank, Versicherer, Polizei.
- Die ersten Handgriffe: betroffene Geräte isolieren, Passwörter ändern.
- Wo die Sicherungen liegen und wie man sie zurückspielt.
- Die Nachricht an Kunden und Lieferanten.

## Üben

Simulieren Sie einmal im Jahr einen Vorfall mit dem Team und aktualisieren Sie den Plan.""",
        ),
    },
    {
        "slug": "cookies-site-internet",
        "themes": ["data-privacy", "website"],
        "sectors": [],
        "fr": (
            "Les cookies de votre site internet et le consentement",
            "Bannière de cookies conforme, statistiques de visite et outils publicitaires : ce que la loi demande.",
            """Les cookies de mesure d'audience ou de publicité ne peuvent être déposés qu'avec l'accord du visiteur. Une bannière mal conçue expose à une amende.

## Les règles

- Les cookies strictement nécessaires ne demandent pas de consentement.
- Les autres demandent un choix libre : accepter et refuser doivent être aussi simples.
- Aucune case précochée.
- Le choix peut être modifié à tout moment.

## En pratique

Faites l'inventaire des cookies de votre site, installez une plateforme de gestion du consentement et publiez une politique de cookies claire.""",
        ),
        "nl": (
            "De cookies van uw website en toestemming",
            "Een conforme cookiebanner, bezoekersstatistieken en advertentietools: wat de wet vraagt.",
            """Cookies voor bezoekersstatistieken of reclame mogen alleen geplaatst worden met toestemming van de bezoeker. Een slecht ontworpen banner kan tot een boete leiden.

## De regels

- Strikt noodzakelijke cookies vragen geen toestemming.
- De andere vragen een vrije keuze: aanvaarden en weigeren moeten even eenvoudig zijn.
- Geen vooraf aangevinkte vakjes.
- De keuze kan op elk moment gewijzigd worden.

## In de praktijk

Inventariseer de cookies van uw site, installeer een platform voor toestemmingsbeheer en publiceer een duidelijk cookiebeleid.""",
        ),
        "de": (
            "Die Cookies Ihrer Website und die Einwilligung",
            "Ein rechtskonformer Cookie-Banner, Besucherstatistiken und Werbewerkzeuge: was das Gesetz verlangt.",
            """Cookies für Reichweitenmessung oder Werbung dürfen nur mit Zustimmung des Besuchers gesetzt werden. Ein schlecht gestalteter Banner kann ein Bußgeld nach sich ziehen.

## Die Regeln

- Unbedingt notwendige Cookies brauchen keine Einwilligung.
- Die anderen verlangen eine freie Wahl: Annehmen und Ablehnen müssen gleich einfach sein.
- Keine vorab angekreuzten Kästchen.
- Die Wahl kann jederzeit geändert werden.

## In der Praxis

Erfassen Sie die Cookies Ihrer Website, installieren Sie eine Plattform für das Einwilligungsmanagement und veröffentlichen Sie eine klare Cookie-Richtlinie.""",
        ),
    },
    {
        "slug": "vendre-places-de-marche",
        "themes": ["e-commerce"],
        "sectors": ["retail"],
        "fr": (
            "Vendre sur les places de marché en ligne",
            "Amazon, Bol.com ou Etsy : toucher plus de clients sans créer votre propre boutique.",
            """Une place de marché vous donne accès à des millions d'acheteurs sans construire votre propre boutique en ligne. En échange, elle prélève une commission sur chaque vente.

## Avant de vous lancer

- Calculez votre marge après commission et frais d'envoi.
- Vérifiez les conditions de retour imposées par la plateforme.
- Soignez les photos et les descriptions de produits.

## Garder le contact

Les clients appartiennent à la plateforme. Glissez une carte dans le colis pour les inviter à découvrir votre magasin ou votre site.""",
        ),
        "nl": (
            "Verkopen via online marktplaatsen",
            "Amazon, Bol.com of Etsy: meer klanten bereiken zonder uw eigen webwinkel te bouwen.",
            """Een online marktplaats geeft u toegang tot miljoenen kopers zonder een eigen webshop te bouwen. In ruil neemt ze een commissie op elke verkoop.

## Voor u begint

- Bereken uw marge na commissie en verzendkosten.
- Controleer de retourvoorwaarden die het platform oplegt.
- Verzorg de foto's en productbeschrijvingen.

## Contact houden

De klanten zijn van het platform. Steek een kaartje in het pakket om hen uit te nodigen in uw winkel of op uw site.""",
        ),
        "de": (
            "Auf Online-Marktplätzen verkaufen",
            "Amazon, Bol.com oder Etsy: mehr Kunden erreichen, ohne einen eigenen Shop aufzubauen.",
            """Ein Online-Marktplatz gibt Ihnen Zugang zu Millionen Käufern, ohne dass Sie einen eigenen Webshop aufbauen. Dafür verlangt er eine Provision auf jeden Verkauf.

## Bevor Sie starten

- Berechnen Sie Ihre Marge nach Provision und Versandkosten.
- Prüfen Sie die Rückgabebedingungen der Plattform.
- Pflegen Sie Produktfotos und Beschreibungen.

## Den Kontakt halten

Die Kunden gehören der Plattform. Legen Sie eine Karte ins Paket, um sie in Ihr Geschäft oder auf Ihre Website einzuladen.""",
        ),
    },
    {
        "slug": "expedier-colis-boutique",
        "themes": ["e-commerce"],
        "sectors": ["transport-logistics", "retail"],
        "fr": (
            "Expédier les colis de votre boutique en ligne",
            "Transporteurs, points relais, étiquettes et retours : organiser la livraison de vos commandes.",
            """La livraison fait souvent la différence entre un client satisfait et un client perdu. Les frais d'envoi doivent être clairs dès la page produit.

## Organiser les envois

- Comparez les transporteurs et les tarifs négociés pour les PME.
- Proposez la livraison en point relais, moins chère.
- Imprimez les étiquettes directement depuis votre boutique.

## Les retours

Prévoyez une procédure de retour simple avec une étiquette prépayée. Emballez avec des matériaux recyclés et à la bonne taille pour réduire le coût.""",
        ),
        "nl": (
            "De pakketten van uw webwinkel verzenden",
            "Vervoerders, afhaalpunten, etiketten en retours: de levering van uw bestellingen organiseren.",
            """De levering maakt vaak het verschil tussen een tevreden en een verloren klant. De verzendkosten moeten al op de productpagina duidelijk zijn.

## Verzendingen organiseren

- Vergelijk vervoerders en onderhandelde tarieven voor kmo's.
- Bied levering in een afhaalpunt aan, goedkoper.
- Druk de verzendlabels rechtstreeks af vanuit uw webshop.

## Retours

Voorzie een eenvoudige retourprocedure met een voorgefrankeerd etiket. Verpak met gerecycleerd materiaal op de juiste maat om kosten te beperken.""",
        ),
        "de": (
            "Die Pakete Ihres Onlineshops versenden",
            "Paketdienste, Abholstellen, Etiketten und Retouren: die Lieferung Ihrer Bestellungen organisieren.",
            """Die Lieferung entscheidet oft zwischen einem zufriedenen und einem verlorenen Kunden. Die Versandkosten müssen schon auf der Produktseite klar sein.

## Den Versand organisieren

- Vergleichen Sie Paketdienste und ausgehandelte Tarife für KMU.
- Bieten Sie die günstigere Lieferung an eine Abholstelle an.
- Drucken Sie die Versandetiketten direkt aus Ihrem Shop.

## Retouren

Sehen Sie ein einfaches Rücksendeverfahren mit vorfrankiertem Etikett vor. Verpacken Sie mit Recyclingmaterial in passender Größe, um Kosten zu senken.""",
        ),
    },
    {
        "slug": "menu-numerique-qr-code",
        "themes": ["marketing"],
        "sectors": ["horeca-tourism"],
        "fr": (
            "Proposer un menu numérique avec QR code",
            "Une carte consultable sur smartphone, facile à mettre à jour et traduite pour les touristes.",
            """Un menu numérique s'ouvre en scannant un QR code sur la table. Vous changez les plats du jour et les prix en un instant, sans réimprimer.

## Les avantages

- Une carte toujours à jour, avec les allergènes.
- Des traductions pour les clients étrangers.
- Des photos qui donnent envie.

## Attention

Gardez quelques cartes papier pour les clients sans smartphone et vérifiez que le menu se lit bien avec un grand corps de texte.""",
        ),
        "nl": (
            "Een digitale menukaart met QR-code aanbieden",
            "Een kaart die op de smartphone te bekijken is, makkelijk aan te passen en vertaald voor toeristen.",
            """Een digitale menukaart opent door een QR-code op de tafel te scannen. U wijzigt dagschotels en prijzen in een oogwenk, zonder opnieuw te drukken.

## De voordelen

- Een kaart die altijd actueel is, met allergenen.
- Vertalingen voor buitenlandse klanten.
- Foto's die zin geven.

## Let op

Houd enkele papieren kaarten voor klanten zonder smartphone en controleer of het menu goed leesbaar is met een grote letter.""",
        ),
        "de": (
            "Eine digitale Speisekarte mit QR-Code anbieten",
            "Eine Karte für das Smartphone, leicht zu aktualisieren und für Touristen übersetzt.",
            """Eine digitale Speisekarte öffnet sich beim Scannen eines QR-Codes auf dem Tisch. Tagesgerichte und Preise ändern Sie im Handumdrehen, ohne neu zu drucken.

## Die Vorteile

- Eine stets aktuelle Karte, mit Allergenen.
- Übersetzungen für ausländische Gäste.
- Fotos, die Appetit machen.

## Achtung

Behalten Sie einige Papierkarten für Gäste ohne Smartphone und prüfen Sie, ob die Karte in großer Schrift gut lesbar ist.""",
        ),
    },
    {
        "slug": "videosurveillance-commerce",
        "themes": ["security", "data-privacy"],
        "sectors": ["retail"],
        "fr": (
            "Installer des caméras de surveillance dans votre commerce",
            "Déclaration, pictogramme et durée de conservation des images : filmer dans le respect de la loi.",
            """Des caméras dissuadent les vols et aident l'enquête en cas d'incident. Filmer des clients et des travailleurs est cependant encadré par la loi caméras.

## Les obligations

- Déclarer les caméras à la police via le guichet en ligne.
- Placer le pictogramme officiel à l'entrée.
- Ne pas filmer la voie publique ni les vestiaires.
- Conserver les images un mois au maximum, sauf incident.

## Le matériel

Choisissez des caméras dont le logiciel est mis à jour, changez le mot de passe par défaut et n'exposez jamais l'enregistreur directement sur internet.""",
        ),
        "nl": (
            "Bewakingscamera's plaatsen in uw winkel",
            "Aangifte, pictogram en bewaartermijn van beelden: filmen volgens de wet.",
            """Camera's schrikken dieven af en helpen het onderzoek bij een incident. Klanten en werknemers filmen is wel geregeld door de camerawet.

## De verplichtingen

- De camera's aangeven bij de politie via het onlineloket.
- Het officiële pictogram aan de ingang plaatsen.
- Niet de openbare weg of kleedkamers filmen.
- Beelden maximaal een maand bewaren, behalve bij een incident.

## Het materiaal

Kies camera's waarvan de software bijgewerkt wordt, wijzig het standaardwachtwoord en stel de recorder nooit rechtstreeks open op het internet.""",
        ),
        "de": (
            "Überwachungskameras in Ihrem Geschäft installieren",
            "Anmeldung, Piktogramm und Speicherdauer der Bilder: gesetzeskonform filmen.",
            """Kameras schrecken Diebe ab und helfen bei der Aufklärung eines Vorfalls. Kunden und Beschäftigte zu filmen, regelt jedoch das Kameragesetz.

## Die Pflichten

- Die Kameras über den Onlineschalter bei der Polizei anmelden.
- Das offizielle Piktogramm am Eingang anbringen.
- Weder die öffentliche Straße noch Umkleiden filmen.
- Bilder höchstens einen Monat speichern, außer bei einem Vorfall.

## Die Technik

Wählen Sie Kameras, deren Software aktualisiert wird, ändern Sie das Standardpasswort und stellen Sie den Rekorder nie direkt ins Internet.""",
        ),
    },
    {
        "slug": "publicite-en-ligne",
        "themes": ["marketing"],
        "sectors": [],
        "fr": (
            "Faire de la publicité en ligne avec un petit budget",
            "Annonces sur Google et sur les réseaux sociaux : cibler votre région et suivre chaque euro dépensé.",
            """La publicité en ligne permet de toucher les personnes de votre région qui cherchent exactement ce que vous vendez, avec un budget de quelques euros par jour.

## Les deux grandes familles

- Les annonces sur les moteurs de recherche, affichées quand quelqu'un tape vos mots-clés.
- Les annonces sur les réseaux sociaux, ciblées par âge, centres d'intérêt et localisation.

## Garder le contrôle

Fixez un budget quotidien maximum, limitez la zone géographique et mesurez les appels, les demandes de devis ou les ventes générés. Arrêtez les campagnes qui ne rapportent rien.""",
        ),
        "nl": (
            "Online adverteren met een klein budget",
            "Advertenties op Google en sociale media: uw regio bereiken en elke uitgegeven euro opvolgen.",
            """Online reclame bereikt de mensen in uw streek die precies zoeken wat u verkoopt, met een budget van enkele euro per dag.

## De twee grote families

- Advertenties in zoekmachines, getoond wanneer iemand uw zoekwoorden intypt.
- Advertenties op sociale media, gericht op leeftijd, interesses en locatie.

## De controle houden

Stel een maximaal dagbudget in, beperk het geografische gebied en meet de oproepen, offerteaanvragen of verkopen die het oplevert. Stop campagnes die niets opbrengen.""",
        ),
        "de": (
            "Mit kleinem Budget online werben",
            "Anzeigen bei Google und in sozialen Netzwerken: Ihre Region erreichen und jeden ausgegebenen Euro verfolgen.",
            """Onlinewerbung erreicht die Menschen Ihrer Region, die genau das suchen, was Sie verkaufen, mit einem Budget von wenigen Euro pro Tag.

## Die zwei großen Familien

- Suchmaschinenanzeigen, die erscheinen, wenn jemand Ihre Stichwörter eingibt.
- Anzeigen in sozialen Netzwerken, nach Alter, Interessen und Ort ausgerichtet.

## Die Kontrolle behalten

Legen Sie ein maximales Tagesbudget fest, begrenzen Sie das Gebiet und messen Sie die Anrufe, Angebotsanfragen oder Verkäufe. Stoppen Sie Kampagnen, die nichts bringen.""",
        ),
    },
    {
        "slug": "application-mobile-entreprise",
        "themes": ["mobility", "website"],
        "sectors": [],
        "fr": (
            "Faut-il une application mobile pour votre entreprise ?",
            "Application native, application web ou simple site adapté au mobile : choisir selon l'usage de vos clients.",
            """Beaucoup d'entrepreneurs pensent avoir besoin d'une application. Souvent, un site internet bien adapté au smartphone rend le même service pour bien moins cher.

## Quand une application se justifie

- Vos clients l'utilisent chaque semaine : fidélité, commandes répétées.
- Vous avez besoin des notifications ou de l'appareil photo.

## Les alternatives

Une application web progressive s'installe sur l'écran d'accueil sans passer par les magasins d'applications. Elle coûte moins cher à développer et à maintenir.""",
        ),
        "nl": (
            "Hebt u een mobiele app nodig voor uw onderneming?",
            "Native app, webapp of gewoon een mobielvriendelijke site: kiezen volgens het gebruik van uw klanten.",
            """Veel ondernemers denken dat ze een app nodig hebben. Vaak levert een website die goed werkt op de smartphone dezelfde dienst voor veel minder geld.

## Wanneer een app zinvol is

- Uw klanten gebruiken ze elke week: klantenkaart, herhaalde bestellingen.
- U hebt meldingen of de camera nodig.

## De alternatieven

Een progressieve webapp wordt op het startscherm geïnstalleerd zonder appwinkels. Ze is goedkoper om te ontwikkelen en te onderhouden.""",
        ),
        "de": (
            "Braucht Ihr Unternehmen eine mobile App?",
            "Native App, Web-App oder einfach eine mobilfreundliche Website: nach der Nutzung Ihrer Kunden wählen.",
            """Viele Unternehmer glauben, sie bräuchten eine App. Oft leistet eine gut an das Smartphone angepasste Website dasselbe, für viel weniger Geld.

## Wann sich eine App lohnt

- Ihre Kunden nutzen sie jede Woche: Treuekarte, wiederholte Bestellungen.
- Sie brauchen Benachrichtigungen oder die Kamera.

## Die Alternativen

Eine progressive Web-App lässt sich ohne App-Store auf dem Startbildschirm installieren. Sie ist günstiger in Entwicklung und Wartung.""",
        ),
    },
    {
        "slug": "mises-a-jour-logiciels",
        "themes": ["security"],
        "sectors": [],
        "fr": (
            "Installer les mises à jour de vos logiciels",
            "Pourquoi les mises à jour de sécurité comptent et comment les automatiser sur tous vos appareils.",
            """La majorité des attaques exploitent des failles déjà corrigées par les éditeurs. Installer les mises à jour est le geste de sécurité le plus rentable.

## Sur quels appareils ?

- Les ordinateurs et leur système d'exploitation.
- Les navigateurs et les modules comme le lecteur PDF.
- Les smartphones et les tablettes.
- Le routeur, l'imprimante et les caméras.

## Automatiser

Activez les mises à jour automatiques et redémarrez les ordinateurs au moins une fois par semaine. Remplacez les appareils qui ne reçoivent plus de correctifs.""",
        ),
        "nl": (
            "De updates van uw software installeren",
            "Waarom beveiligingsupdates belangrijk zijn en hoe u ze op al uw toestellen automatiseert.",
            """De meeste aanvallen misbruiken lekken die de uitgevers al gedicht hebben. Updates installeren is de meest renderende beveiligingsmaatregel.

## Op welke toestellen?

- Computers en hun besturingssysteem.
- Browsers en plug-ins zoals de pdf-lezer.
- Smartphones en tablets.
- De router, de printer en de camera's.

## Automatiseren

Schakel automatische updates in en herstart de computers minstens één keer per week. Vervang toestellen die geen beveiligingspatches meer krijgen.""",
        ),
        "de": (
            "Die Updates Ihrer Software installieren",
            "Warum Sicherheitsupdates zählen und wie Sie sie auf allen Geräten automatisieren.",
            """Die meisten Angriffe nutzen Lücken, die die Hersteller längst geschlossen haben. Updates zu installieren ist die lohnendste Sicherheitsmaßnahme.

## Auf welchen Geräten?

- Computer und ihr Betriebssystem.
- Browser und Zusatzprogramme wie der PDF-Leser.
- Smartphones und Tablets.
- Router, Drucker und Kameras.

## Automatisieren

Aktivieren Sie automatische Aktualisierungen und starten Sie die Computer mindestens einmal pro Woche neu. Ersetzen Sie Geräte, die keine Sicherheitspatches mehr erhalten.""",
        ),
    },
    {
        "slug": "recycler-materiel-informatique",
        "themes": ["hardware", "data-privacy"],
        "sectors": [],
        "fr": (
            "Recycler votre ancien matériel informatique en effaçant les données",
            "Effacement sécurisé des disques, reconditionnement et collecte : se séparer d'un ordinateur sans risque.",
            """Un vieil ordinateur jeté avec son disque dur contient encore vos factures, vos courriels et les données de vos clients. Avant de le donner ou de le recycler, effacez-le correctement.

## Effacer les données

- Utilisez un logiciel d'effacement sécurisé ou la réinitialisation avec chiffrement.
- Pour un disque en panne, faites-le détruire physiquement.
- Réinitialisez aussi les smartphones et les imprimantes.

## Donner une seconde vie

Les entreprises d'économie sociale reconditionnent les ordinateurs. Les appareils hors d'usage partent dans la filière de recyclage des déchets électroniques.""",
        ),
        "nl": (
            "Uw oude computermateriaal recycleren en de gegevens wissen",
            "Veilig wissen van schijven, refurbishing en inzameling: zonder risico afscheid nemen van een computer.",
            """Een oude computer die met zijn harde schijf wordt weggegooid, bevat nog uw facturen, e-mails en klantgegevens. Wis hem correct voor u hem weggeeft of recycleert.

## Gegevens wissen

- Gebruik software voor veilig wissen of een reset met versleuteling.
- Laat een defecte schijf fysiek vernietigen.
- Zet ook smartphones en printers terug naar de fabrieksinstellingen.

## Een tweede leven geven

Sociale-economiebedrijven knappen computers op. Onbruikbare toestellen gaan naar de recyclage van elektronisch afval.""",
        ),
        "de": (
            "Alte IT-Geräte recyceln und die Daten löschen",
            "Sicheres Löschen der Festplatten, Aufbereitung und Sammlung: sich ohne Risiko von einem Computer trennen.",
            """Ein alter Computer, der mit seiner Festplatte entsorgt wird, enthält noch Ihre Rechnungen, E-Mails und Kundendaten. Löschen Sie ihn gründlich, bevor Sie ihn weitergeben oder recyceln.

## Daten löschen

- Nutzen Sie eine Software zum sicheren Löschen oder ein Zurücksetzen mit Verschlüsselung.
- Lassen Sie eine defekte Festplatte physisch zerstören.
- Setzen Sie auch Smartphones und Drucker zurück.

## Ein zweites Leben

Betriebe der Sozialwirtschaft bereiten Computer auf. Unbrauchbare Geräte gehen in das Recycling von Elektroschrott.""",
        ),
    },
    {
        "slug": "intelligence-artificielle-pme",
        "themes": ["collaboration"],
        "sectors": [],
        "fr": (
            "Utiliser l'intelligence artificielle générative dans une PME",
            "Rédiger, résumer, traduire : des usages concrets des assistants IA et les précautions à prendre.",
            """Les assistants d'intelligence artificielle rédigent un courriel, résument un document ou traduisent une offre en quelques secondes. Ils font gagner du temps, à condition de relire.

## Des usages concrets

- Un premier jet de publication pour les réseaux sociaux.
- Le résumé d'un long cahier des charges.
- La traduction d'une fiche produit.

## Les précautions

Ne copiez jamais de données personnelles ou confidentielles dans un service public. Vérifiez les chiffres et les faits : l'IA peut inventer. Indiquez à vos clients quand un texte est généré.""",
        ),
        "nl": (
            "Generatieve artificiële intelligentie gebruiken in een kmo",
            "Schrijven, samenvatten, vertalen: concrete toepassingen van AI-assistenten en de voorzorgen.",
            """AI-assistenten schrijven een e-mail, vatten een document samen of vertalen een offerte in enkele seconden. Ze besparen tijd, op voorwaarde dat u alles nakijkt.

## Concrete toepassingen

- Een eerste versie van een bericht voor sociale media.
- De samenvatting van een lang lastenboek.
- De vertaling van een productfiche.

## De voorzorgen

Kopieer nooit persoonlijke of vertrouwelijke gegevens in een publieke dienst. Controleer cijfers en feiten: kunstmatige intelligentie kan dingen verzinnen. Meld uw klanten wanneer een tekst gegenereerd is.""",
        ),
        "de": (
            "Generative künstliche Intelligenz im KMU nutzen",
            "Schreiben, zusammenfassen, übersetzen: konkrete Einsätze von KI-Assistenten und die nötigen Vorsichtsmaßnahmen.",
            """KI-Assistenten schreiben eine E-Mail, fassen ein Dokument zusammen oder übersetzen ein Angebot in Sekunden. Sie sparen Zeit, vorausgesetzt Sie lesen gegen.

## Konkrete Einsätze

- Ein erster Entwurf für einen Beitrag in sozialen Netzwerken.
- Die Zusammenfassung eines langen Lastenhefts.
- Die Übersetzung eines Produktblatts.

## Die Vorsichtsmaßnahmen

Kopieren Sie nie personenbezogene oder vertrauliche Daten in einen öffentlichen Dienst. Prüfen Sie Zahlen und Fakten: die KI kann erfinden. Sagen Sie Ihren Kunden, wann ein Text generiert wurde.""",
        ),
    },
    {
        "slug": "lettre-voiture-electronique",
        "themes": ["e-invoicing-payments"],
        "sectors": ["transport-logistics"],
        "fr": (
            "Passer à la lettre de voiture électronique (e-CMR)",
            "Remplacer le document de transport papier par une version numérique signée sur smartphone.",
            """La lettre de voiture CMR accompagne chaque transport de marchandises. Sa version électronique, l'e-CMR, est reconnue en Belgique et dans de nombreux pays européens.

## Les avantages

- Plus de documents perdus ou illisibles.
- La signature du destinataire sur le smartphone du chauffeur.
- La facturation lancée dès la livraison.

## Démarrer

Choisissez une application e-CMR certifiée, formez les chauffeurs et informez vos clients et sous-traitants. Gardez des formulaires papier pour les pays qui ne l'acceptent pas encore.""",
        ),
        "nl": (
            "Overstappen op de elektronische vrachtbrief (e-CMR)",
            "Het papieren transportdocument vervangen door een digitale versie die op de smartphone wordt ondertekend.",
            """De CMR-vrachtbrief begeleidt elk goederenvervoer. De elektronische versie, de e-CMR, wordt erkend in België en in veel Europese landen.

## De voordelen

- Geen verloren of onleesbare documenten meer.
- De handtekening van de ontvanger op de smartphone van de chauffeur.
- De facturatie start zodra geleverd is.

## Starten

Kies een gecertificeerde e-CMR-app, leid de chauffeurs op en informeer uw klanten en onderaannemers. Houd papieren formulieren voor landen die ze nog niet aanvaarden.""",
        ),
        "de": (
            "Auf den elektronischen Frachtbrief (e-CMR) umstellen",
            "Das Transportdokument aus Papier durch eine digitale Version ersetzen, die auf dem Smartphone unterschrieben wird.",
            """Der CMR-Frachtbrief begleitet jeden Gütertransport. Seine elektronische Version, der e-CMR, ist in Belgien und vielen europäischen Ländern anerkannt.

## Die Vorteile

- Keine verlorenen oder unleserlichen Dokumente mehr.
- Die Unterschrift des Empfängers auf dem Smartphone des Fahrers.
- Die Rechnungsstellung beginnt mit der Lieferung.

## Starten

Wählen Sie eine zertifizierte e-CMR-App, schulen Sie die Fahrer und informieren Sie Kunden und Subunternehmer. Behalten Sie Papierformulare für Länder, die ihn noch nicht anerkennen.""",
        ),
    },
]
