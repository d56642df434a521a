"""The texts of the demo's about, legal notice and accessibility statement pages, in FR, NL and DE.

Each page is a list of blocks, the same in every language: ("heading", text),
("paragraph", text) or ("list", [items]). Names, addresses and numbers of the
publisher and host are fictional. The legal notice gives the retention of seminar
registrations as configured (``REGISTRATION_RETENTION_MONTHS``).
"""

from django.conf import settings

REGISTRATION_MONTHS = settings.REGISTRATION_RETENTION_MONTHS

PAGES = [
    {
        "key": "about",
        "fr": {
            "title": "À propos du programme",
            "slug": "a-propos",
            "intro": "jesuisfantasTIC aide les petites entreprises wallonnes à tirer vraiment parti du numérique : "
            "des informations pratiques, objectives et neutres, et des conseillers près de chez vous.",
            "blocks": [
                ("heading", "Pourquoi ce programme"),
                (
                    "paragraph",
                    "Beaucoup d'indépendants et de dirigeants de PME savent que le numérique pourrait leur faire "
                    "gagner du temps et des clients, mais ne savent pas à quelle porte frapper. Ce site est ce "
                    "relais : des fiches pratiques, des témoignages, un agenda de séances près de chez vous et un "
                    "autodiagnostic.",
                ),
                ("heading", "Qui le porte"),
                (
                    "list",
                    [
                        "La Région wallonne finance le programme et en fixe les objectifs.",
                        "L'AWT, Agence wallonne des Télécommunications, rédige les fiches pratiques et "
                        "l'autodiagnostic.",
                        "L'ASE, Agence de Stimulation Économique, coordonne les conseillers RENTIC qui accompagnent "
                        "les entreprises.",
                        "L'UCM organise les séminaires et relaie le programme auprès des indépendants et des PME.",
                    ],
                ),
                ("heading", "Neutre et pour moitié financé par des entreprises"),
                (
                    "paragraph",
                    "Des sponsors privés financent la moitié du programme. Ils sont cités sur les contenus qu'ils "
                    "soutiennent, mais n'en écrivent ni n'en relisent le contenu, qui reste celui des experts de "
                    "l'AWT et de l'UCM.",
                ),
            ],
        },
        "nl": {
            "title": "Over het programma",
            "slug": "over-het-programma",
            "intro": "jesuisfantasTIC helpt kleine Waalse ondernemingen echt voordeel te halen uit digitale "
            "technologie: praktische, objectieve en neutrale informatie, en adviseurs bij u in de buurt.",
            "blocks": [
                ("heading", "Waarom dit programma"),
                (
                    "paragraph",
                    "Veel zelfstandigen en kmo-bedrijfsleiders weten dat digitale technologie hun tijd en klanten "
                    "kan opleveren, maar weten niet bij wie ze moeten aankloppen. Deze site is dat aanspreekpunt: "
                    "praktische fiches, getuigenissen, een agenda van sessies bij u in de buurt en een zelfdiagnose.",
                ),
                ("heading", "Wie het draagt"),
                (
                    "list",
                    [
                        "Het Waals Gewest financiert het programma en bepaalt de doelstellingen.",
                        "Het AWT, het Waals Agentschap voor Telecommunicatie, schrijft de praktische fiches en de "
                        "zelfdiagnose.",
                        "Het ASE, het Agentschap voor Economische Stimulering, coördineert de RENTIC-adviseurs die de "
                        "ondernemingen begeleiden.",
                        "De UCM organiseert de seminaries en brengt het programma bij zelfstandigen en kmo's.",
                    ],
                ),
                ("heading", "Neutraal en voor de helft gefinancierd door bedrijven"),
                (
                    "paragraph",
                    "Privésponsors financieren de helft van het programma. Ze worden vermeld bij de inhoud die ze "
                    "steunen, maar schrijven noch lezen die inhoud na: die blijft het werk van de experts van het "
                    "AWT en de UCM.",
                ),
            ],
        },
        "de": {
            "title": "Über das Programm",
            "slug": "ueber-das-programm",
            "intro": "jesuisfantasTIC hilft kleinen wallonischen Unternehmen, die Digitalisierung wirklich zu "
            "nutzen: praktische, sachliche und neutrale Informationen und Berater in Ihrer Nähe.",
            "blocks": [
                ("heading", "Warum dieses Programm"),
                (
                    "paragraph",
                    "Viele Selbstständige und KMU-Chefs wissen, dass die Digitalisierung ihnen Zeit und Kunden "
                    "bringen könnte, wissen aber nicht, an wen sie sich wenden sollen. Diese Website ist diese "
                    "Anlaufstelle: Praxisleitfäden, Erfahrungsberichte, Veranstaltungen in Ihrer Nähe und eine "
                    "Selbstdiagnose.",
                ),
                ("heading", "Wer dahintersteht"),
                (
                    "list",
                    [
                        "Die Wallonische Region finanziert das Programm und legt seine Ziele fest.",
                        "Die AWT, die Wallonische Agentur für Telekommunikation, verfasst die Praxisleitfäden und die "
                        "Selbstdiagnose.",
                        "Die ASE, die Agentur für Wirtschaftsförderung, koordiniert die RENTIC-Berater, die die "
                        "Unternehmen begleiten.",
                        "Die UCM organisiert die Seminare und bringt das Programm zu Selbstständigen und KMU.",
                    ],
                ),
                ("heading", "Neutral und zur Hälfte von Unternehmen finanziert"),
                (
                    "paragraph",
                    "Private Sponsoren finanzieren die Hälfte des Programms. Sie werden bei den Inhalten genannt, "
                    "die sie unterstützen, schreiben oder prüfen diese Inhalte aber nicht: Sie bleiben das Werk der "
                    "Fachleute von AWT und UCM.",
                ),
            ],
        },
    },
    {
        "key": "legal",
        "fr": {
            "title": "Mentions légales",
            "slug": "mentions-legales",
            "intro": "Qui publie ce site, qui l'héberge, ce que nous faisons de vos données et quels cookies "
            "nous utilisons.",
            "blocks": [
                ("heading", "Éditeur"),
                (
                    "paragraph",
                    "Agence wallonne des Télécommunications (AWT), rue des Pêcheries 12, 5000 Namur, Belgique. "
                    "Numéro d'entreprise BE 0000.000.097. Contact : info@jesuisfantastic.be. Responsable de la "
                    "publication : la direction de l'AWT.",
                ),
                ("heading", "Hébergement"),
                (
                    "paragraph",
                    "Le site est hébergé en Belgique par Hébergia SRL, avenue de l'Industrie 4, 1300 Wavre, sur des "
                    "serveurs situés dans l'Union européenne.",
                ),
                ("heading", "Données personnelles"),
                (
                    "list",
                    [
                        "Responsable du traitement : l'AWT. Délégué à la protection des données : "
                        "dpo@jesuisfantastic.be.",
                        "Inscriptions aux séminaires : nom, entreprise, adresse e-mail et téléphone, pour "
                        "organiser la séance et vous prévenir d'un changement ; anonymisées "
                        f"{REGISTRATION_MONTHS} mois après la séance (seul le nombre d'inscrits est conservé).",
                        "Autodiagnostic : vos réponses restent anonymes ; si vous demandez à être contacté par un "
                        "conseiller, vos coordonnées lui sont transmises, puis les résultats sont anonymisés après "
                        "24 mois.",
                        "Vous pouvez demander l'accès, la rectification ou l'effacement de vos données, et introduire "
                        "une plainte auprès de l'Autorité de protection des données.",
                    ],
                ),
                ("heading", "Cookies"),
                (
                    "paragraph",
                    "Le site n'utilise que les cookies nécessaires à son fonctionnement (langue, session, sécurité "
                    "des formulaires). Il ne mesure pas votre navigation et n'intègre pas de contenu de tiers : les "
                    "vidéos s'ouvrent chez leur hébergeur quand vous le choisissez.",
                ),
            ],
        },
        "nl": {
            "title": "Wettelijke vermeldingen",
            "slug": "wettelijke-vermeldingen",
            "intro": "Wie deze site uitgeeft, wie hem host, wat we met uw gegevens doen en welke cookies we "
            "gebruiken.",
            "blocks": [
                ("heading", "Uitgever"),
                (
                    "paragraph",
                    "Waals Agentschap voor Telecommunicatie (AWT), rue des Pêcheries 12, 5000 Namen, België. "
                    "Ondernemingsnummer BE 0000.000.097. Contact: info@jesuisfantastic.be. Verantwoordelijk "
                    "uitgever: de directie van het AWT.",
                ),
                ("heading", "Hosting"),
                (
                    "paragraph",
                    "De site wordt in België gehost door Hébergia SRL, avenue de l'Industrie 4, 1300 Waver, op "
                    "servers in de Europese Unie.",
                ),
                ("heading", "Persoonsgegevens"),
                (
                    "list",
                    [
                        "Verwerkingsverantwoordelijke: het AWT. Functionaris voor gegevensbescherming: "
                        "dpo@jesuisfantastic.be.",
                        "Inschrijvingen voor seminaries: naam, onderneming, e-mailadres en telefoon, om de sessie "
                        "te organiseren en u te verwittigen bij een wijziging; geanonimiseerd "
                        f"{REGISTRATION_MONTHS} maanden na de sessie (alleen het aantal inschrijvingen blijft "
                        "bewaard).",
                        "Zelfdiagnose: uw antwoorden blijven anoniem; als u vraagt dat een adviseur contact opneemt, "
                        "krijgt die uw gegevens, en de resultaten worden na 24 maanden geanonimiseerd.",
                        "U kunt inzage, verbetering of wissing van uw gegevens vragen, en een klacht indienen bij de "
                        "Gegevensbeschermingsautoriteit.",
                    ],
                ),
                ("heading", "Cookies"),
                (
                    "paragraph",
                    "De site gebruikt alleen de cookies die nodig zijn om te werken (taal, sessie, beveiliging van "
                    "formulieren). Hij meet uw surfgedrag niet en bevat geen inhoud van derden: video's openen bij "
                    "hun aanbieder wanneer u dat kiest.",
                ),
            ],
        },
        "de": {
            "title": "Impressum und Datenschutz",
            "slug": "impressum",
            "intro": "Wer diese Website herausgibt, wer sie hostet, was wir mit Ihren Daten tun und welche "
            "Cookies wir verwenden.",
            "blocks": [
                ("heading", "Herausgeber"),
                (
                    "paragraph",
                    "Wallonische Agentur für Telekommunikation (AWT), rue des Pêcheries 12, 5000 Namur, Belgien. "
                    "Unternehmensnummer BE 0000.000.097. Kontakt: info@jesuisfantastic.be. Verantwortlich für den "
                    "Inhalt: die Direktion der AWT.",
                ),
                ("heading", "Hosting"),
                (
                    "paragraph",
                    "Die Website wird in Belgien von Hébergia SRL, avenue de l'Industrie 4, 1300 Wavre, auf Servern "
                    "in der Europäischen Union gehostet.",
                ),
                ("heading", "Personenbezogene Daten"),
                (
                    "list",
                    [
                        "Verantwortlicher: die AWT. Datenschutzbeauftragter: dpo@jesuisfantastic.be.",
                        "Anmeldungen zu Seminaren: Name, Unternehmen, E-Mail-Adresse und Telefon, um die "
                        "Veranstaltung zu organisieren und Sie über Änderungen zu informieren; "
                        f"{REGISTRATION_MONTHS} Monate nach der Veranstaltung anonymisiert (nur die Zahl der "
                        "Anmeldungen bleibt erhalten).",
                        "Selbstdiagnose: Ihre Antworten bleiben anonym; wenn Sie um Kontakt durch einen Berater "
                        "bitten, erhält er Ihre Kontaktdaten, und die Ergebnisse werden nach 24 Monaten "
                        "anonymisiert.",
                        "Sie können Auskunft, Berichtigung oder Löschung Ihrer Daten verlangen und bei der "
                        "Datenschutzbehörde Beschwerde einlegen.",
                    ],
                ),
                ("heading", "Cookies"),
                (
                    "paragraph",
                    "Die Website verwendet nur die Cookies, die für ihren Betrieb nötig sind (Sprache, Sitzung, "
                    "Sicherheit der Formulare). Sie misst Ihr Surfverhalten nicht und bindet keine Inhalte Dritter "
                    "ein: Videos öffnen sich bei ihrem Anbieter, wenn Sie es wählen.",
                ),
            ],
        },
    },
    {
        "key": "accessibility",
        "fr": {
            "title": "Déclaration d'accessibilité",
            "slug": "accessibilite",
            "intro": "L'AWT s'engage à rendre ce site accessible conformément au décret wallon du 2 mai 2019 "
            "relatif à l'accessibilité des sites internet et des applications mobiles des organismes publics.",
            "blocks": [
                ("heading", "État de conformité"),
                (
                    "paragraph",
                    "Ce site est partiellement conforme aux règles WCAG 2.1 de niveau AA et à la norme européenne "
                    "EN 301 549, en raison des non-conformités énumérées ci-dessous. Cette déclaration a été établie "
                    "le 15 octobre 2026 à partir d'une auto-évaluation : tests automatiques (axe-core) de chaque "
                    "type de page et vérifications manuelles au clavier et avec un lecteur d'écran.",
                ),
                ("heading", "Contenus non accessibles"),
                (
                    "list",
                    [
                        "Certaines présentations des séances passées sont des PDF non balisés ; la version texte "
                        "est envoyée sur demande.",
                        "Les vidéos hébergées chez des tiers dépendent du lecteur de leur hébergeur ; chaque "
                        "témoignage a sa transcription complète sur le site.",
                        "Les sous-titres de quelques témoignages ne sont pas encore disponibles dans les trois "
                        "langues.",
                    ],
                ),
                ("heading", "Retour d'information et contact"),
                (
                    "paragraph",
                    "Si vous ne pouvez pas accéder à un contenu ou à un service, écrivez à "
                    "accessibilite@jesuisfantastic.be ou appelez le 081 00 00 00 : nous vous répondons dans les "
                    "cinq jours ouvrables et vous proposons le contenu sous une autre forme.",
                ),
                ("heading", "Procédure de mise en œuvre"),
                (
                    "paragraph",
                    "Si notre réponse ne vous satisfait pas, vous pouvez introduire une réclamation auprès du "
                    "Médiateur de la Wallonie et de la Fédération Wallonie-Bruxelles, gratuitement, par son "
                    "formulaire en ligne ou par courrier.",
                ),
            ],
        },
        "nl": {
            "title": "Toegankelijkheidsverklaring",
            "slug": "toegankelijkheid",
            "intro": "Het AWT verbindt zich ertoe deze site toegankelijk te maken overeenkomstig het Waalse decreet "
            "van 2 mei 2019 betreffende de toegankelijkheid van websites en mobiele applicaties van "
            "overheidsinstanties.",
            "blocks": [
                ("heading", "Nalevingsstatus"),
                (
                    "paragraph",
                    "Deze site voldoet gedeeltelijk aan de WCAG 2.1-richtlijnen niveau AA en aan de Europese norm "
                    "EN 301 549, wegens de hieronder opgesomde niet-conformiteiten. Deze verklaring is opgesteld "
                    "op 15 oktober 2026 op basis van een zelfbeoordeling: automatische tests (axe-core) van elk "
                    "paginatype en handmatige controles met het toetsenbord en een schermlezer.",
                ),
                ("heading", "Niet-toegankelijke inhoud"),
                (
                    "list",
                    [
                        "Sommige presentaties van voorbije sessies zijn niet-getagde pdf's; de tekstversie wordt op "
                        "verzoek toegestuurd.",
                        "Video's die bij derden gehost worden, hangen af van de speler van hun aanbieder; elke "
                        "getuigenis heeft haar volledige uitgeschreven tekst op de site.",
                        "De ondertiteling van enkele getuigenissen is nog niet in de drie talen beschikbaar.",
                    ],
                ),
                ("heading", "Feedback en contact"),
                (
                    "paragraph",
                    "Als u geen toegang hebt tot een inhoud of dienst, schrijf dan naar "
                    "accessibilite@jesuisfantastic.be of bel 081 00 00 00: we antwoorden binnen vijf werkdagen en "
                    "bieden u de inhoud in een andere vorm aan.",
                ),
                ("heading", "Handhavingsprocedure"),
                (
                    "paragraph",
                    "Bent u niet tevreden met ons antwoord, dan kunt u kosteloos een klacht indienen bij de "
                    "Ombudsman van Wallonië en de Federatie Wallonië-Brussel, via zijn onlineformulier of per post.",
                ),
            ],
        },
        "de": {
            "title": "Erklärung zur Barrierefreiheit",
            "slug": "barrierefreiheit",
            "intro": "Die AWT verpflichtet sich, diese Website gemäß dem wallonischen Dekret vom 2. Mai 2019 über "
            "die Barrierefreiheit der Websites und mobilen Anwendungen öffentlicher Stellen barrierefrei zu "
            "gestalten.",
            "blocks": [
                ("heading", "Stand der Vereinbarkeit"),
                (
                    "paragraph",
                    "Diese Website ist teilweise mit den WCAG 2.1 auf Stufe AA und der europäischen Norm EN 301 549 "
                    "vereinbar, wegen der unten aufgeführten Abweichungen. Diese Erklärung wurde am 15. Oktober "
                    "2026 auf Grundlage einer Selbstbewertung erstellt: automatische Tests (axe-core) jedes "
                    "Seitentyps und manuelle Prüfungen mit der Tastatur und einem Bildschirmleser.",
                ),
                ("heading", "Nicht barrierefreie Inhalte"),
                (
                    "list",
                    [
                        "Einige Präsentationen vergangener Veranstaltungen sind PDF-Dateien ohne Tags; die "
                        "Textfassung wird auf Anfrage zugesandt.",
                        "Bei Dritten gehostete Videos hängen vom Player ihres Anbieters ab; jeder Erfahrungsbericht "
                        "hat seine vollständige Abschrift auf der Website.",
                        "Die Untertitel einiger Erfahrungsberichte sind noch nicht in allen drei Sprachen verfügbar.",
                    ],
                ),
                ("heading", "Feedback und Kontakt"),
                (
                    "paragraph",
                    "Wenn Sie auf einen Inhalt oder Dienst nicht zugreifen können, schreiben Sie an "
                    "accessibilite@jesuisfantastic.be oder rufen Sie 081 00 00 00 an: Wir antworten innerhalb von "
                    "fünf Werktagen und bieten Ihnen den Inhalt in einer anderen Form an.",
                ),
                ("heading", "Durchsetzungsverfahren"),
                (
                    "paragraph",
                    "Sind Sie mit unserer Antwort nicht zufrieden, können Sie kostenlos Beschwerde beim "
                    "Ombudsmann der Wallonie und der Föderation Wallonie-Brüssel einlegen, über sein "
                    "Onlineformular oder per Post.",
                ),
            ],
        },
    },
]

HOME = {
    "guides": [
        "facturer-electroniquement-avec-peppol",
        "securiser-le-wi-fi-du-commerce",
        "reservation-en-ligne-pour-l-horeca",
    ],
    "testimonial": "toitures-jacquet-devis-sur-tablette",
    "diagnostic": {
        "fr": (
            "Où en est votre entreprise avec le numérique ?",
            "Dix minutes de questions simples : un score par domaine, des conseils concrets et les fiches et "
            "séminaires qui vous feront progresser.",
            "Faire l'autodiagnostic",
        ),
        "nl": (
            "Hoe digitaal is uw onderneming?",
            "Tien minuten eenvoudige vragen: een score per domein, concreet advies en de fiches en seminaries "
            "die u verder helpen.",
            "De zelfdiagnose invullen",
        ),
        "de": (
            "Wie digital ist Ihr Unternehmen?",
            "Zehn Minuten einfache Fragen: eine Bewertung je Bereich, konkrete Ratschläge und die Leitfäden und "
            "Seminare, die Sie weiterbringen.",
            "Die Selbstdiagnose starten",
        ),
    },
}
