"""The demo questionnaire: six dimensions modelled on the EU Digital Maturity Assessment, 20 questions.

Every text is a (French, Dutch, German) triple; ``demo.py`` turns this into
StreamField data with stable ids and records the translations.
"""

INTRO = (
    "Vingt questions, dix minutes : mesurez où en est votre entreprise dans six domaines du numérique et "
    "recevez des conseils concrets, des fiches pratiques et des séminaires près de chez vous.",
    "Twintig vragen, tien minuten: meet waar uw onderneming staat op zes digitale domeinen en krijg "
    "concreet advies, praktische fiches en seminaries bij u in de buurt.",
    "Zwanzig Fragen, zehn Minuten: Messen Sie, wo Ihr Unternehmen in sechs digitalen Bereichen steht, und "
    "erhalten Sie konkrete Empfehlungen, Praxisleitfäden und Seminare in Ihrer Nähe.",
)
PRIVACY = (
    "Vos réponses sont anonymes et conservées 24 mois pour établir des moyennes par secteur.",
    "Uw antwoorden zijn anoniem en worden 24 maanden bewaard om gemiddelden per sector te berekenen.",
    "Ihre Antworten sind anonym und werden 24 Monate gespeichert, um Durchschnittswerte je Branche zu berechnen.",
)
BANDS = [
    (("Basique", "Basis", "Grundlegend"), 25),
    (("Moyen", "Gemiddeld", "Durchschnittlich"), 50),
    (("Modérément avancé", "Redelijk gevorderd", "Mäßig fortgeschritten"), 75),
    (("Avancé", "Gevorderd", "Fortgeschritten"), 100),
]

# (key, weight, title, description, band texts ×4, questions, advice rules)
# question: (key, kind, text, help, required, options, rules); options: [(text, points or negative)]
# rule: (min, max, text, priority, themes)
DIMENSIONS = [
    (
        "strategy",
        1,
        ("Stratégie numérique", "Digitale strategie", "Digitalstrategie"),
        (
            "Le numérique fait-il partie de vos décisions d'entreprise ?",
            "Maakt digitalisering deel uit van uw bedrijfsbeslissingen?",
            "Ist die Digitalisierung Teil Ihrer Unternehmensentscheidungen?",
        ),
        [
            (
                "Le numérique se décide au coup par coup, sans objectif.",
                "Digitale keuzes worden geval per geval gemaakt, zonder doel.",
                "Digitale Entscheidungen fallen von Fall zu Fall, ohne Ziel.",
            ),
            (
                "Vous avez des idées, mais pas encore de plan ni de budget.",
                "U hebt ideeën, maar nog geen plan of budget.",
                "Sie haben Ideen, aber noch keinen Plan und kein Budget.",
            ),
            (
                "Vous avez des objectifs et un budget ; reste à les suivre.",
                "U hebt doelen en een budget; nu nog opvolgen.",
                "Sie haben Ziele und ein Budget; jetzt gilt es, sie zu verfolgen.",
            ),
            (
                "Le numérique est piloté comme le reste de l'entreprise.",
                "Digitalisering wordt gestuurd zoals de rest van de onderneming.",
                "Die Digitalisierung wird wie der Rest des Unternehmens gesteuert.",
            ),
        ],
        [
            (
                "goals",
                "yes_partly_no",
                (
                    "Avez-vous fixé des objectifs numériques pour les deux prochaines années ?",
                    "Hebt u digitale doelen vastgelegd voor de komende twee jaar?",
                    "Haben Sie digitale Ziele für die nächsten zwei Jahre festgelegt?",
                ),
                (
                    "Par exemple : vendre en ligne, facturer électroniquement, informatiser le stock.",
                    "Bijvoorbeeld: online verkopen, elektronisch factureren, de voorraad digitaliseren.",
                    "Zum Beispiel: online verkaufen, elektronisch fakturieren, den Lagerbestand digitalisieren.",
                ),
                True,
                [],
                [],
            ),
            (
                "budget",
                "single_choice",
                (
                    "Quelle part de votre chiffre d'affaires consacrez-vous au numérique ?",
                    "Welk deel van uw omzet besteedt u aan digitalisering?",
                    "Welchen Anteil Ihres Umsatzes geben Sie für die Digitalisierung aus?",
                ),
                (
                    "Matériel, logiciels, abonnements et formations compris.",
                    "Hardware, software, abonnementen en opleidingen inbegrepen.",
                    "Hardware, Software, Abonnements und Schulungen eingeschlossen.",
                ),
                True,
                [
                    (("Rien de prévu", "Niets voorzien", "Nichts vorgesehen"), 0),
                    (("Moins de 1 %", "Minder dan 1 %", "Weniger als 1 %"), 1),
                    (("De 1 à 3 %", "1 tot 3 %", "1 bis 3 %"), 2),
                    (("Plus de 3 %", "Meer dan 3 %", "Mehr als 3 %"), 3),
                ],
                [],
            ),
            (
                "follow-up",
                "single_choice",
                (
                    "Qui suit vos projets numériques ?",
                    "Wie volgt uw digitale projecten op?",
                    "Wer begleitet Ihre Digitalisierungsprojekte?",
                ),
                ("", "", ""),
                True,
                [
                    (("Personne", "Niemand", "Niemand"), 0),
                    (("Moi, quand j'ai le temps", "Ikzelf, als ik tijd heb", "Ich selbst, wenn ich Zeit habe"), 1),
                    (("Une personne désignée", "Een aangewezen persoon", "Eine benannte Person"), 2),
                    (
                        (
                            "Une personne désignée, avec un plan revu chaque année",
                            "Een aangewezen persoon, met een plan dat jaarlijks herzien wordt",
                            "Eine benannte Person mit einem jährlich überprüften Plan",
                        ),
                        3,
                    ),
                ],
                [],
            ),
        ],
        [
            (
                0,
                40,
                (
                    "Fixez-vous un seul objectif numérique pour l'année, avec un budget, et faites-vous accompagner "
                    "par un conseiller du programme.",
                    "Leg één digitaal doel voor dit jaar vast, met een budget, en laat u begeleiden door een adviseur "
                    "van het programma.",
                    "Setzen Sie sich ein einziges digitales Ziel für dieses Jahr, mit Budget, und lassen Sie sich von "
                    "einem Berater des Programms begleiten.",
                ),
                "1",
                ["marketing", "collaboration"],
            ),
            (
                41,
                75,
                (
                    "Écrivez votre plan numérique sur une page et revoyez-le chaque année avec votre équipe.",
                    "Schrijf uw digitaal plan op één pagina en herzie het jaarlijks met uw team.",
                    "Schreiben Sie Ihren Digitalplan auf eine Seite und überprüfen Sie ihn jährlich mit Ihrem Team.",
                ),
                "3",
                ["collaboration"],
            ),
        ],
    ),
    (
        "readiness",
        1,
        ("Équipement et usages numériques", "Digitale paraatheid", "Digitale Bereitschaft"),
        (
            "Les outils que vous utilisez avec vos clients et fournisseurs.",
            "De tools die u gebruikt met klanten en leveranciers.",
            "Die Werkzeuge, die Sie mit Kunden und Lieferanten nutzen.",
        ),
        [
            (
                "Vos clients vous trouvent difficilement en ligne et tout passe encore par le papier.",
                "Klanten vinden u moeilijk online en alles gaat nog op papier.",
                "Kunden finden Sie online kaum, und vieles läuft noch auf Papier.",
            ),
            (
                "Les bases sont là ; vente en ligne et facturation électronique restent à faire.",
                "De basis is er; online verkoop en e-facturatie moeten nog komen.",
                "Die Grundlagen sind da; Online-Verkauf und E-Rechnung fehlen noch.",
            ),
            (
                "Vous êtes bien équipé ; il reste à relier vos outils entre eux.",
                "U bent goed uitgerust; nu nog uw tools met elkaar verbinden.",
                "Sie sind gut ausgestattet; jetzt gilt es, Ihre Werkzeuge zu verbinden.",
            ),
            (
                "Vos clients peuvent tout faire en ligne avec vous.",
                "Uw klanten kunnen alles online met u regelen.",
                "Ihre Kunden können alles online mit Ihnen erledigen.",
            ),
        ],
        [
            (
                "tools",
                "multiple_choice",
                (
                    "Lesquels de ces outils utilisez-vous ?",
                    "Welke van deze tools gebruikt u?",
                    "Welche dieser Werkzeuge nutzen Sie?",
                ),
                ("", "", ""),
                True,
                [
                    (("Un site web à jour", "Een actuele website", "Eine aktuelle Website"), False),
                    (
                        (
                            "Une adresse e-mail à votre nom de domaine",
                            "Een e-mailadres op uw domeinnaam",
                            "Eine E-Mail-Adresse mit eigener Domain",
                        ),
                        False,
                    ),
                    (
                        (
                            "Un logiciel de facturation ou de comptabilité",
                            "Facturatie- of boekhoudsoftware",
                            "Eine Rechnungs- oder Buchhaltungssoftware",
                        ),
                        False,
                    ),
                    (
                        (
                            "Le paiement électronique en magasin ou en ligne",
                            "Elektronisch betalen in de winkel of online",
                            "Elektronische Zahlung im Geschäft oder online",
                        ),
                        False,
                    ),
                    (
                        ("Un fichier clients numérique", "Een digitaal klantenbestand", "Eine digitale Kundendatei"),
                        False,
                    ),
                    (("Aucun de ces outils", "Geen van deze tools", "Keines dieser Werkzeuge"), True),
                ],
                [],
            ),
            (
                "online-sales",
                "adoption_scale",
                (
                    "Vendez-vous ou prenez-vous des réservations en ligne ?",
                    "Verkoopt u online of neemt u online reservaties aan?",
                    "Verkaufen Sie online oder nehmen Sie Online-Reservierungen an?",
                ),
                (
                    "Boutique en ligne, plateforme de réservation, commande par le site.",
                    "Webwinkel, reservatieplatform, bestellen via de website.",
                    "Webshop, Buchungsplattform, Bestellung über die Website.",
                ),
                True,
                [],
                [],
            ),
            (
                "e-invoicing",
                "adoption_scale",
                (
                    "Envoyez-vous et recevez-vous vos factures électroniquement (Peppol) ?",
                    "Verstuurt en ontvangt u uw facturen elektronisch (Peppol)?",
                    "Versenden und empfangen Sie Ihre Rechnungen elektronisch (Peppol)?",
                ),
                (
                    "Depuis 2026, la facture électronique structurée est obligatoire entre entreprises en Belgique.",
                    "Sinds 2026 is de gestructureerde e-factuur verplicht tussen ondernemingen in België.",
                    "Seit 2026 ist die strukturierte E-Rechnung zwischen Unternehmen in Belgien Pflicht.",
                ),
                True,
                [],
                [
                    (
                        0,
                        6,
                        (
                            "Passez à la facture électronique Peppol : c'est obligatoire entre entreprises et votre "
                            "comptable peut vous y aider.",
                            "Schakel over op de Peppol-e-factuur: ze is verplicht tussen ondernemingen en uw "
                            "boekhouder "
                            "kan u helpen.",
                            "Stellen Sie auf die Peppol-E-Rechnung um: Sie ist zwischen Unternehmen Pflicht, und Ihr "
                            "Buchhalter kann helfen.",
                        ),
                        "1",
                        ["e-invoicing-payments"],
                    )
                ],
            ),
            (
                "findable",
                "yes_partly_no",
                (
                    "Vos clients vous trouvent-ils facilement sur internet (site, fiche Google, horaires à jour) ?",
                    "Vinden klanten u gemakkelijk op internet (website, Google-fiche, actuele openingsuren)?",
                    "Finden Kunden Sie leicht im Internet (Website, Google-Eintrag, aktuelle Öffnungszeiten)?",
                ),
                ("", "", ""),
                False,
                [],
                [
                    (
                        0,
                        5,
                        (
                            "Mettez à jour votre fiche d'établissement et votre site : horaires, photos, moyens de "
                            "contact.",
                            "Werk uw bedrijfsfiche en website bij: openingsuren, foto's, contactmogelijkheden.",
                            "Aktualisieren Sie Ihren Firmeneintrag und Ihre Website: Öffnungszeiten, Fotos, "
                            "Kontaktwege.",
                        ),
                        "2",
                        ["website", "marketing"],
                    )
                ],
            ),
        ],
        [
            (
                0,
                50,
                (
                    "Commencez par les bases : un site à jour, une adresse e-mail professionnelle et le paiement "
                    "électronique.",
                    "Begin met de basis: een actuele website, een professioneel e-mailadres en elektronisch betalen.",
                    "Beginnen Sie mit den Grundlagen: aktuelle Website, professionelle E-Mail-Adresse und "
                    "elektronische Zahlung.",
                ),
                "1",
                ["website", "e-commerce"],
            ),
        ],
    ),
    (
        "skills",
        1,
        ("Compétences numériques", "Mensen en vaardigheden", "Menschen und Kompetenzen"),
        (
            "Vous et votre équipe face aux outils numériques.",
            "U en uw team tegenover digitale tools.",
            "Sie und Ihr Team im Umgang mit digitalen Werkzeugen.",
        ),
        [
            (
                "L'informatique repose sur la bonne volonté de chacun.",
                "Informatica steunt op ieders goede wil.",
                "Die IT beruht auf dem guten Willen aller.",
            ),
            (
                "Quelques personnes s'y connaissent ; les autres suivent.",
                "Enkelen kennen er iets van; de anderen volgen.",
                "Einige kennen sich aus; die anderen ziehen mit.",
            ),
            (
                "Votre équipe se forme et partage ses outils.",
                "Uw team volgt opleidingen en deelt zijn tools.",
                "Ihr Team bildet sich weiter und teilt seine Werkzeuge.",
            ),
            (
                "Les compétences numériques font partie de votre culture d'entreprise.",
                "Digitale vaardigheden horen bij uw bedrijfscultuur.",
                "Digitale Kompetenzen gehören zu Ihrer Unternehmenskultur.",
            ),
        ],
        [
            (
                "it-support",
                "single_choice",
                (
                    "Qui s'occupe de votre informatique ?",
                    "Wie zorgt voor uw informatica?",
                    "Wer kümmert sich um Ihre IT?",
                ),
                ("", "", ""),
                True,
                [
                    (("Personne en particulier", "Niemand in het bijzonder", "Niemand im Besonderen"), 0),
                    (
                        (
                            "Un proche qui s'y connaît",
                            "Een kennis die er verstand van heeft",
                            "Ein Bekannter, der sich auskennt",
                        ),
                        1,
                    ),
                    (("Un membre de l'équipe formé", "Een opgeleid teamlid", "Ein geschultes Teammitglied"), 2),
                    (
                        (
                            "Un prestataire sous contrat",
                            "Een dienstverlener met contract",
                            "Ein Dienstleister mit Vertrag",
                        ),
                        2,
                    ),
                ],
                [],
            ),
            (
                "training",
                "yes_partly_no",
                (
                    "Vous ou votre personnel avez-vous suivi une formation numérique ces deux dernières années ?",
                    "Hebt u of uw personeel de voorbije twee jaar een digitale opleiding gevolgd?",
                    "Haben Sie oder Ihr Personal in den letzten zwei Jahren eine digitale Schulung besucht?",
                ),
                (
                    "Un séminaire d'une demi-journée compte.",
                    "Een seminarie van een halve dag telt mee.",
                    "Ein halbtägiges Seminar zählt.",
                ),
                True,
                [],
                [
                    (
                        0,
                        0,
                        (
                            "Inscrivez-vous, avec un collaborateur, à un séminaire gratuit du programme près de "
                            "chez vous.",
                            "Schrijf u samen met een medewerker in voor een gratis seminarie van het programma bij "
                            "u in de "
                            "buurt.",
                            "Melden Sie sich mit einem Mitarbeiter zu einem kostenlosen Seminar des Programms in "
                            "Ihrer Nähe an.",
                        ),
                        "2",
                        ["collaboration", "open-source"],
                    )
                ],
            ),
            (
                "collaboration",
                "adoption_scale",
                (
                    "Utilisez-vous des outils collaboratifs (agenda partagé, documents en ligne, messagerie "
                    "d'équipe) ?",
                    "Gebruikt u samenwerkingstools (gedeelde agenda, online documenten, teamchat)?",
                    "Nutzen Sie Kollaborationswerkzeuge (gemeinsamer Kalender, Online-Dokumente, Team-Chat)?",
                ),
                ("", "", ""),
                True,
                [],
                [],
            ),
        ],
        [
            (
                0,
                50,
                (
                    "Désignez une personne de référence pour le numérique et donnez-lui deux jours de formation par "
                    "an.",
                    "Duid een referentiepersoon voor digitalisering aan en geef die twee opleidingsdagen per jaar.",
                    "Benennen Sie eine Ansprechperson für Digitales und geben Sie ihr zwei Schulungstage pro Jahr.",
                ),
                "2",
                ["collaboration"],
            ),
        ],
    ),
    (
        "data-security",
        1,
        ("Données et sécurité", "Gegevensbeheer en beveiliging", "Datenmanagement und Sicherheit"),
        (
            "Protéger vos données, vos appareils et ceux de vos clients.",
            "Uw gegevens, toestellen en die van uw klanten beschermen.",
            "Ihre Daten, Geräte und die Ihrer Kunden schützen.",
        ),
        [
            (
                "Une panne ou un virus pourrait vous faire perdre vos données.",
                "Een panne of virus kan u uw gegevens doen verliezen.",
                "Ein Ausfall oder Virus könnte Sie Ihre Daten kosten.",
            ),
            (
                "Les protections de base existent mais restent fragiles.",
                "De basisbescherming bestaat maar blijft kwetsbaar.",
                "Der Grundschutz ist da, bleibt aber lückenhaft.",
            ),
            (
                "Vos données sont sauvegardées et vos accès protégés.",
                "Uw gegevens worden geback-upt en uw toegang is beschermd.",
                "Ihre Daten werden gesichert und Ihre Zugänge geschützt.",
            ),
            (
                "La sécurité est une habitude dans l'entreprise.",
                "Beveiliging is een gewoonte in de onderneming.",
                "Sicherheit ist im Unternehmen zur Gewohnheit geworden.",
            ),
        ],
        [
            (
                "backup",
                "single_choice",
                (
                    "À quelle fréquence sauvegardez-vous vos données ?",
                    "Hoe vaak maakt u een back-up van uw gegevens?",
                    "Wie oft sichern Sie Ihre Daten?",
                ),
                ("", "", ""),
                True,
                [
                    (("Jamais", "Nooit", "Nie"), 0),
                    (("De temps en temps", "Af en toe", "Ab und zu"), 1),
                    (("Chaque semaine", "Elke week", "Jede Woche"), 3),
                    (
                        (
                            "Chaque jour, automatiquement, avec une copie hors de l'entreprise",
                            "Elke dag, automatisch, met een kopie buiten de onderneming",
                            "Täglich, automatisch, mit einer Kopie außerhalb des Unternehmens",
                        ),
                        4,
                    ),
                ],
                [
                    (
                        0,
                        3,
                        (
                            "Mettez en place une sauvegarde automatique chaque semaine, avec une copie hors de "
                            "l'entreprise.",
                            "Zet een automatische wekelijkse back-up op, met een kopie buiten de onderneming.",
                            "Richten Sie eine automatische wöchentliche Sicherung mit einer Kopie außerhalb des "
                            "Unternehmens ein.",
                        ),
                        "1",
                        ["security", "hardware"],
                    )
                ],
            ),
            (
                "protections",
                "multiple_choice",
                (
                    "Quelles protections avez-vous mises en place ?",
                    "Welke beveiligingen hebt u ingesteld?",
                    "Welche Schutzmaßnahmen haben Sie eingerichtet?",
                ),
                ("", "", ""),
                True,
                [
                    (
                        (
                            "Un antivirus et des mises à jour automatiques",
                            "Een antivirus en automatische updates",
                            "Virenschutz und automatische Updates",
                        ),
                        False,
                    ),
                    (
                        (
                            "Un mot de passe différent par service, ou un gestionnaire de mots de passe",
                            "Een ander wachtwoord per dienst, of een wachtwoordbeheerder",
                            "Ein eigenes Passwort je Dienst oder ein Passwort-Manager",
                        ),
                        False,
                    ),
                    (
                        (
                            "La double authentification sur l'e-mail et la banque",
                            "Tweestapsverificatie voor e-mail en bank",
                            "Zwei-Faktor-Anmeldung für E-Mail und Bank",
                        ),
                        False,
                    ),
                    (
                        (
                            "Un Wi-Fi séparé pour les clients",
                            "Een aparte wifi voor klanten",
                            "Ein separates WLAN für Kunden",
                        ),
                        False,
                    ),
                    (
                        (
                            "Nous utilisons le même mot de passe partout",
                            "We gebruiken overal hetzelfde wachtwoord",
                            "Wir verwenden überall dasselbe Passwort",
                        ),
                        True,
                    ),
                ],
                [
                    (
                        0,
                        5,
                        (
                            "Activez la double authentification sur votre messagerie et votre banque, et utilisez un "
                            "gestionnaire de mots de passe.",
                            "Activeer tweestapsverificatie voor uw e-mail en bank, en gebruik een "
                            "wachtwoordbeheerder.",
                            "Aktivieren Sie die Zwei-Faktor-Anmeldung für E-Mail und Bank und nutzen Sie einen "
                            "Passwort-Manager.",
                        ),
                        "1",
                        ["security"],
                    )
                ],
            ),
            (
                "customer-data",
                "multiple_choice",
                (
                    "Comment gérez-vous les données de vos clients ?",
                    "Hoe beheert u de gegevens van uw klanten?",
                    "Wie verwalten Sie die Daten Ihrer Kunden?",
                ),
                ("", "", ""),
                True,
                [
                    (
                        (
                            "Nous savons quelles données nous gardons et pourquoi",
                            "We weten welke gegevens we bewaren en waarom",
                            "Wir wissen, welche Daten wir speichern und warum",
                        ),
                        False,
                    ),
                    (
                        (
                            "Seules les personnes qui en ont besoin y ont accès",
                            "Alleen wie ze nodig heeft, heeft toegang",
                            "Nur wer sie braucht, hat Zugriff",
                        ),
                        False,
                    ),
                    (
                        (
                            "Nous supprimons les données devenues inutiles",
                            "We wissen gegevens die niet meer nodig zijn",
                            "Wir löschen nicht mehr benötigte Daten",
                        ),
                        False,
                    ),
                    (
                        (
                            "Nous ne conservons aucune donnée client sous forme numérique",
                            "We bewaren geen klantgegevens in digitale vorm",
                            "Wir speichern keine Kundendaten in digitaler Form",
                        ),
                        True,
                    ),
                ],
                [],
            ),
            (
                "gdpr",
                "yes_partly_no",
                (
                    "Tenez-vous un registre des traitements de données (RGPD) ?",
                    "Houdt u een register van verwerkingsactiviteiten bij (AVG)?",
                    "Führen Sie ein Verzeichnis der Verarbeitungstätigkeiten (DSGVO)?",
                ),
                ("", "", ""),
                False,
                [],
                [],
            ),
        ],
        [
            (
                0,
                50,
                (
                    "Faites l'inventaire des données que vous conservez et de qui peut y accéder, puis protégez "
                    "d'abord les plus sensibles.",
                    "Breng in kaart welke gegevens u bewaart en wie er toegang toe heeft, en bescherm eerst de "
                    "gevoeligste.",
                    "Erfassen Sie, welche Daten Sie speichern und wer Zugriff hat, und schützen Sie zuerst die "
                    "sensibelsten.",
                ),
                "1",
                ["data-privacy", "security"],
            ),
        ],
    ),
    (
        "automation-ai",
        1,
        ("Automatisation et IA", "Automatisering en AI", "Automatisierung und KI"),
        (
            "Laisser les logiciels faire les tâches répétitives.",
            "Software het repetitieve werk laten doen.",
            "Die Software die Routinearbeit erledigen lassen.",
        ),
        [
            (
                "Tout se fait à la main, souvent en double.",
                "Alles gebeurt met de hand, vaak dubbel.",
                "Alles wird von Hand erledigt, oft doppelt.",
            ),
            (
                "Quelques tâches sont automatisées, au cas par cas.",
                "Enkele taken zijn geval per geval geautomatiseerd.",
                "Einige Aufgaben sind von Fall zu Fall automatisiert.",
            ),
            (
                "Vos outils travaillent ensemble et vous testez l'IA.",
                "Uw tools werken samen en u test AI.",
                "Ihre Werkzeuge arbeiten zusammen, und Sie testen KI.",
            ),
            (
                "Automatisation et IA vous font gagner du temps chaque semaine.",
                "Automatisering en AI besparen u elke week tijd.",
                "Automatisierung und KI sparen Ihnen jede Woche Zeit.",
            ),
        ],
        [
            (
                "repetitive",
                "adoption_scale",
                (
                    "Vos tâches répétitives (factures, relances, commandes) sont-elles automatisées ?",
                    "Zijn uw repetitieve taken (facturen, herinneringen, bestellingen) geautomatiseerd?",
                    "Sind Ihre Routineaufgaben (Rechnungen, Mahnungen, Bestellungen) automatisiert?",
                ),
                ("", "", ""),
                True,
                [],
                [],
            ),
            (
                "ai-tools",
                "adoption_scale",
                (
                    "Utilisez-vous des outils d'intelligence artificielle (rédaction, traduction, analyse) ?",
                    "Gebruikt u AI-tools (teksten schrijven, vertalen, analyseren)?",
                    "Nutzen Sie KI-Werkzeuge (Texte schreiben, übersetzen, analysieren)?",
                ),
                (
                    "En vérifiant ce qu'ils produisent et sans y mettre de données confidentielles.",
                    "Met controle van het resultaat en zonder vertrouwelijke gegevens in te voeren.",
                    "Mit Prüfung der Ergebnisse und ohne vertrauliche Daten einzugeben.",
                ),
                True,
                [],
                [],
            ),
            (
                "integration",
                "yes_partly_no",
                (
                    "Vos logiciels échangent-ils leurs données sans ressaisie (caisse, stock, comptabilité) ?",
                    "Wisselen uw programma's gegevens uit zonder herinvoer (kassa, voorraad, boekhouding)?",
                    "Tauschen Ihre Programme Daten ohne erneute Eingabe aus (Kasse, Lager, Buchhaltung)?",
                ),
                ("", "", ""),
                True,
                [],
                [],
            ),
        ],
        [
            (
                0,
                50,
                (
                    "Repérez la tâche qui vous prend le plus de temps chaque semaine et cherchez un outil qui "
                    "l'automatise ; les logiciels libres offrent souvent une solution gratuite.",
                    "Zoek de taak die u elke week het meeste tijd kost en zoek een tool die ze automatiseert; "
                    "opensourcesoftware biedt vaak een gratis oplossing.",
                    "Finden Sie die Aufgabe, die Sie jede Woche am meisten Zeit kostet, und suchen Sie ein Werkzeug, "
                    "das sie automatisiert; Open-Source-Software bietet oft eine kostenlose Lösung.",
                ),
                "2",
                ["open-source", "e-invoicing-payments"],
            ),
        ],
    ),
    (
        "green",
        1,
        ("Numérique durable", "Groene digitalisering", "Grüne Digitalisierung"),
        (
            "Réduire l'impact environnemental de votre informatique.",
            "De milieu-impact van uw informatica beperken.",
            "Die Umweltbelastung Ihrer IT verringern.",
        ),
        [
            (
                "L'impact de votre informatique n'est pas encore pris en compte.",
                "De impact van uw informatica wordt nog niet in rekening gebracht.",
                "Die Auswirkungen Ihrer IT werden noch nicht berücksichtigt.",
            ),
            (
                "Quelques bons réflexes, sans démarche suivie.",
                "Enkele goede gewoonten, zonder vaste aanpak.",
                "Einige gute Gewohnheiten, aber ohne festen Ansatz.",
            ),
            (
                "Vous réparez, recyclez et choisissez du matériel sobre.",
                "U herstelt, recycleert en kiest zuinige hardware.",
                "Sie reparieren, recyceln und wählen sparsame Geräte.",
            ),
            (
                "Le numérique durable fait partie de vos achats.",
                "Duurzame digitalisering hoort bij uw aankopen.",
                "Nachhaltige Digitalisierung gehört zu Ihren Einkäufen.",
            ),
        ],
        [
            (
                "lifetime",
                "yes_partly_no",
                (
                    "Prolongez-vous la vie de votre matériel (réparation, achat reconditionné) ?",
                    "Verlengt u de levensduur van uw hardware (herstelling, refurbished kopen)?",
                    "Verlängern Sie die Lebensdauer Ihrer Geräte (Reparatur, generalüberholte Geräte)?",
                ),
                ("", "", ""),
                True,
                [],
                [],
            ),
            (
                "end-of-life",
                "single_choice",
                (
                    "Que devient votre matériel en fin de vie ?",
                    "Wat gebeurt er met uw afgedankte hardware?",
                    "Was geschieht mit Ihren ausgedienten Geräten?",
                ),
                ("", "", ""),
                True,
                [
                    (("Il part à la poubelle", "Het gaat bij het afval", "Sie landen im Müll"), 0),
                    (
                        (
                            "Il s'entasse dans un placard",
                            "Het stapelt zich op in een kast",
                            "Sie stapeln sich im Schrank",
                        ),
                        1,
                    ),
                    (
                        (
                            "Il est recyclé (Recupel)",
                            "Het wordt gerecycleerd (Recupel)",
                            "Sie werden recycelt (Recupel)",
                        ),
                        2,
                    ),
                    (
                        (
                            "Il est donné ou revendu pour une seconde vie",
                            "Het wordt geschonken of doorverkocht",
                            "Sie werden verschenkt oder weiterverkauft",
                        ),
                        3,
                    ),
                ],
                [],
            ),
            (
                "energy",
                "yes_partly_no",
                (
                    "Tenez-vous compte de la consommation d'énergie quand vous achetez du matériel ?",
                    "Houdt u rekening met het energieverbruik wanneer u hardware koopt?",
                    "Berücksichtigen Sie den Energieverbrauch beim Kauf von Geräten?",
                ),
                ("", "", ""),
                True,
                [],
                [],
            ),
        ],
        [
            (
                0,
                50,
                (
                    "Faites réparer ou reconditionner vos appareils avant d'en racheter, et confiez l'ancien "
                    "matériel à un circuit de réemploi.",
                    "Laat uw toestellen herstellen of opknappen voor u nieuwe koopt, en geef oude hardware aan een "
                    "hergebruikcircuit.",
                    "Lassen Sie Ihre Geräte reparieren oder aufbereiten, bevor Sie neue kaufen, und geben Sie alte "
                    "Geräte in einen Wiederverwendungskreislauf.",
                ),
                "3",
                ["hardware"],
            ),
        ],
    ),
]
