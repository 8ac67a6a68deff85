# numbers: fr

## The filter panel

numbers-filters = Filtres
numbers-filter-region = Région
numbers-filter-country = Pays
numbers-filter-card = Carte
numbers-filter-problem = Motif
numbers-filter-channel = Canal
numbers-filter-any = Tous
numbers-include-outdated = Inclure les numéros périmés
numbers-include-outdated-hover = Afficher aussi les numéros retirés, clairement signalés
numbers-clear-filters = Effacer tous les filtres
numbers-when-in-doubt = En cas de doute, appelez le numéro au dos de votre Carte.
numbers-never-listed = Les numéros dont on sait qu’ils appartiennent à quelqu’un d’autre ne figurent jamais ici. Survolez un badge de statut pour voir d’où vient un numéro.
numbers-directory-age = { $age } { $count ->
    [one] { $count } ligne.
   *[other] { $count } lignes.
}
numbers-update-directory = Mettre à jour l’annuaire...
numbers-update-directory-hover = Ouvrir une mise à jour signée de l’annuaire (.amexdir) du projet Amex Desk ; vous voyez ce qu’elle change avant qu’elle soit appliquée
numbers-previous-directory = Revenir à l’annuaire précédent
numbers-load-directory = Charger un fichier d’annuaire...
numbers-load-directory-hover = Consulter un autre fichier d’annuaire (vérifié comme avec --directory). Il n’est pas signé : ce qu’il ajoute ou modifie est marqué NON VÉRIFIÉ et n’est jamais utilisé par Vérifier

## The list and its rows

numbers-line-count = { $count ->
    [one] { $count } ligne
   *[other] { $count } lignes
}
numbers-shown-as-dialled-from = telles que composées depuis { $country }
numbers-your-note = Votre note : { $note }
numbers-result = Résultat { $position } : { $label }
numbers-click-to-copy = Cliquez pour copier
numbers-copy = Copier
numbers-call = Appeler
numbers-copy-number = Copier le { $number }
numbers-call-number = Appeler le { $number }
numbers-call-hover = Composer avec votre app de téléphone (lien tel:)
numbers-copy-hover = Copier dans le presse-papiers
numbers-use-instead = { $warning } Utilisez plutôt le { $number }.
numbers-copied = Copié : { $number }
numbers-calling = Appel du { $number } avec votre app de téléphone
numbers-cannot-dial = Ce contact ne peut pas être appelé

## Nothing matches; a market with no official line

numbers-no-line-matches = Aucune ligne ne correspond à votre recherche et à vos filtres.
numbers-call-the-back-of-your-card = Appelez le numéro au dos de votre Carte : c’est toujours le bon pour votre Carte.
numbers-general-line = Ligne générale pour { $country } : { $number }
numbers-copy-general-line = Copier la ligne générale pour { $country }
numbers-no-general-line = Cet annuaire n’a aucune ligne générale pour { $country }.
numbers-country-cards = Cartes { $country } :
numbers-advice-step-back-of-card = Appelez le numéro au dos de votre Carte : c’est toujours le bon pour votre Carte, et il répond depuis l’étranger.
numbers-advice-step-card-from-abroad = Carte émise dans un autre pays ? La ligne « depuis l’étranger » de ce pays fonctionne de partout : choisissez le pays d’émission de votre Carte, ou utilisez l’une des lignes ci-dessous.
numbers-advice-step-lost-card = Carte perdue ou volée : bloquez-la d’abord dans l’app American Express, puis appelez.
numbers-advice-tier-cards-only = Cartes { $tier }
numbers-advice-no-page-other-sources = Aucune page American Express en notre possession ne donne de ligne pour ce pays : { $country }. Les lignes ci-dessous proviennent d’autres sources.
numbers-advice-no-page = Aucune page American Express en notre possession ne donne de ligne pour ce pays : { $country }.
numbers-advice-served-by = Pour { $country }, les Cartes sont gérées par la succursale d’American Express d’un autre pays ({ $other }) : les lignes de ce pays ci-dessous sont donc aussi les vôtres ({ $page } : « { $quote } »).
numbers-advice-no-longer-issued = American Express n’émet plus de Cartes dans ce pays : { $country } ({ $page } : « { $quote } »). Une Carte que vous détenez a été émise dans un autre pays : appelez le numéro au dos de celle-ci, ou la ligne « depuis l’étranger » de ce pays.
numbers-advice-no-longer-issued-reported = Selon des articles de presse, et non une page American Express, American Express a cessé d’émettre des Cartes dans ce pays : { $country } ({ $page } : « { $quote } ») ; nous n’avons trouvé aucune page indiquant qui les y émet aujourd’hui. Une Carte que vous détenez a été émise ailleurs : appelez le numéro au dos de celle-ci, ou la ligne « depuis l’étranger » du pays qui l’a émise.
numbers-advice-no-personal-line = Aucune page American Express en notre possession ne donne de ligne courante pour les Cartes de particuliers dans ce pays : { $country }. Ses lignes officielles ci-dessous servent à d’autres besoins.
numbers-advice-official-lines-for = Aucune page American Express en notre possession ne donne de ligne pour les Cartes de particuliers dans ce pays : { $country }. Les lignes officielles ci-dessous concernent uniquement : { $products }.
numbers-advice-and-list = { $rest } et { $last }

## The details panel

numbers-hide-details = Masquer les détails
numbers-show-details = Afficher les détails
numbers-details-width = Largeur du panneau de détails (faites glisser pour la modifier)
numbers-as-written = Tel qu’écrit : { $value } · E.164 : { $e164 }
numbers-instead = À la place : { $number } ({ $label })
numbers-other-sources-say = D’autres sources donnent un autre numéro
numbers-other-sources-say-colon = D’autres sources donnent un autre numéro :
numbers-sources = Sources :
numbers-notes = Remarques
numbers-hours = Horaires
numbers-hours-stated-on = Horaires selon { $page }
numbers-for-cards-from = Pour les Cartes émises dans : { $countries }
numbers-every-card = toutes les Cartes
numbers-cards = Cartes : { $tiers }
numbers-for = Pour : { $purposes }
numbers-languages = Langues : { $languages }
numbers-evidence = Preuves
numbers-open-page = ouvrir la page
numbers-hours-on-that-page = horaires sur cette page : { $hours }
numbers-before-you-call = Avant d’appeler
numbers-before-select-a-line = Sélectionnez une ligne pour voir d’où elle vient et à quel point nous en sommes sûrs.
numbers-before-card-in-hand = Ayez votre Carte en main. Le serveur vocal demande le numéro de Carte ; ne saisissez jamais votre code de sécurité (CID) ailleurs que dans l’app ou le site officiels.
numbers-before-reference-number = Demandez un numéro de référence avant de raccrocher, et notez le nom de votre interlocuteur.
numbers-before-never-a-pin = Amex n’appelle jamais pour demander un code confidentiel, un code de vérification ou un code à usage unique. En cas de doute, raccrochez et appelez le numéro au dos de votre Carte.
numbers-before-search-ads = Des escrocs achètent des annonces sur les moteurs de recherche pour de faux numéros de service clientèle : préférez les lignes officielles.
numbers-before-sources = Sources : les pages sécurité d’American Express, les conseils de la Federal Trade Commission américaine sur les appels d’usurpateurs, et un guide américain du service clientèle (un article tiers).
numbers-start-call = Démarrer l’appel
numbers-start-call-hover = Copier le numéro et chronométrer l’appel (attente et conversation) dans la barre d’état
numbers-start-call-busy = Un appel est déjà chronométré : cliquez d’abord sur Fin d'appel dans la barre d’état

## Status badges and the evidence behind them

numbers-badge-official = OFFICIEL
numbers-badge-corroborated = CORROBORÉ
numbers-badge-single-source = SOURCE UNIQUE
numbers-badge-conflicting = CONTRADICTOIRE
numbers-badge-superseded = REMPLACÉ
numbers-badge-outdated = PÉRIMÉ
numbers-badge-misattributed = MAL ATTRIBUÉ
numbers-badge-implausible = INVRAISEMBLABLE
numbers-badge-not-verified = NON VÉRIFIÉ
numbers-not-verified-why = Présente uniquement dans un fichier d’annuaire que personne n’a signé : ne vous fiez pas à cette ligne. Appelez le numéro au dos de votre Carte.
numbers-status-official = officiel
numbers-status-corroborated = corroboré
numbers-status-single-source = source unique
numbers-status-conflicting = contradictoire
numbers-status-superseded = remplacé
numbers-status-outdated = périmé
numbers-status-misattributed = mal attribué
numbers-status-implausible = invraisemblable
numbers-status-explain-official = Figure sur une page American Express (les pages peuvent être anciennes).
numbers-status-explain-corroborated = Au moins deux sources indépendantes concordent ; aucune page officielle vue.
numbers-status-explain-single-source = Une seule source le donne : vérifiez avec votre Carte.
numbers-status-explain-conflicting = Les sources se contredisent sur ce numéro : préférez une ligne officielle.
numbers-status-explain-superseded = Une page American Express plus récente donne un autre numéro : préférez celui-là.
numbers-status-explain-outdated = Utilise un format de numéro retiré : l’appel n’aboutira pas.
numbers-status-explain-misattributed = Appartient à quelqu’un d’autre : ce n’est pas une ligne American Express.
numbers-status-explain-implausible = Semble inventé : ce n’est pas une ligne American Express.
numbers-source-prints-as = { $page } : indique « { $printed } » comme « { $label } »
numbers-source-prints = { $page } : indique « { $printed } »
numbers-source-says = { $page } : { $label }
numbers-rival-newer-page = page Amex plus récente
numbers-rival-older-page = page Amex plus ancienne
numbers-rival-amex-page = page Amex{ $of_year }
numbers-source-page = { $place }, page{ $of_year }
numbers-page-of-year = {" "}de { $year }
numbers-page-of-unknown-year = {" "}non datée
numbers-why-official = Figure sur une page American Express{ $of_year }.
numbers-why-official-partner = Figure sur une page{ $of_year } de la société autorisée à émettre des Cartes American Express dans ce pays.
numbers-why-corroborated = { $count ->
    [one] { $count } source indépendante le donne ; aucune page American Express vue.
   *[other] { $count } sources indépendantes le donnent ; aucune page American Express vue.
}
numbers-why-single-source = Une seule source le donne ; aucune page American Express vue.
numbers-why-superseded = Une page American Express plus récente{ $of_year } donne { $rival } à la place (celle-ci : page{ $this_year }).
numbers-why-same-age = Des pages American Express se contredisent et aucune n’est plus récente (toutes deux pages{ $of_year }) : une autre donne { $rival }.
numbers-why-more-pages = Aucune n’est plus récente (pages{ $of_year }), mais davantage de pages American Express ({ $theirs }) donnent { $rival } que ce numéro ({ $mine }).
numbers-why-amex-gives = Une page American Express{ $of_year } donne { $rival } à la place.
numbers-why-others-give = D’autres sources donnent { $rival } pour le même besoin.
numbers-why-belongs-to = il appartient à { $owner }
numbers-trust-built-in = intégré à cette app
numbers-trust-signed = une mise à jour signée (clé { $key })
numbers-trust-unverified = un fichier que personne n’a signé : non vérifié

## Notes pinned to a line

numbers-your-notes = Vos notes
numbers-remove-note = Supprimer
numbers-remove-note-named = Supprimer la note { $note }
numbers-new-note = Nouvelle note
numbers-new-note-hint = p. ex. appuyez deux fois sur 0 pour parler à quelqu’un
numbers-pin-note = Épingler la note
numbers-log-call = Noter un appel à cette ligne
numbers-undo = Annuler

## Report a problem with a number

numbers-report-problem = Signaler un problème avec ce numéro
numbers-report-problem-hover = Rédiger un court rapport à copier ou enregistrer pour les responsables du projet ; il ne contient aucune donnée de votre journal
numbers-report-right-number = Le bon numéro
numbers-report-page = La page où vous l’avez vu
numbers-report-what-happened = Ce qui s’est passé (facultatif)
numbers-report-masked = Les numéros de Carte sont masqués. Envoyez le rapport aux responsables ; rien n’est envoyé d’ici.
numbers-report-copy = Copier le rapport
numbers-report-save = Enregistrer le rapport...
numbers-report-close = Fermer le rapport
numbers-problem-wrong-number = Le numéro est faux
numbers-problem-does-not-connect = L’appel n’aboutit pas
numbers-problem-wrong-hours = Les horaires sont faux
numbers-problem-not-amex = Ce n’est pas American Express
numbers-problem-other = Autre chose

## Keyboard hints in the status bar

numbers-keys-numbers = Haut/Bas sélectionne · Entrée copie · Échap efface la recherche · Ctrl+F ou / recherche
numbers-keys-journal = Tab passe d’un champ à l’autre · Ctrl+Z annule une suppression · Ctrl+F recherche dans les numéros
numbers-keys-forms = Tab passe d’un champ à l’autre · Ctrl+F recherche dans les numéros

## Shared controls

numbers-type-to-filter = Tapez pour filtrer
numbers-filter-named = Filtrer : { $label }
numbers-pick = Choisir
numbers-pick-named = Choisir : { $field }
numbers-date-hint = AAAA-MM-JJ
numbers-open-saved-file = Ouvrir le fichier enregistré
numbers-show-in-folder = Afficher dans le dossier

## What a line is for, which cards, how it is reached

numbers-purpose-general = Questions générales
numbers-purpose-lost-card = Perte ou vol de Carte
numbers-purpose-fraud = Fraude
numbers-purpose-disputes = Contestations
numbers-purpose-travel-emergency = Urgence en voyage
numbers-purpose-applications = Demandes de Carte
numbers-purpose-rewards = Points et récompenses
numbers-purpose-retention = Fidélisation / cotisation annuelle
numbers-purpose-complaints = Réclamations
numbers-purpose-payments = Paiements
numbers-purpose-technical = Espace en ligne et app
numbers-purpose-close-account = Clôture d’un compte
numbers-purpose-gift-cards = Cartes cadeaux et prépayées
numbers-purpose-accessibility = TTY et services de relais
numbers-purpose-merchant-services = Services aux commerçants (entreprises)
numbers-tier-blue = Blue
numbers-tier-green = Green
numbers-tier-gold = Gold
numbers-tier-platinum = Platinum
numbers-tier-centurion = Centurion
numbers-tier-business = Business
numbers-tier-corporate = Corporate
numbers-kind-toll-free = Numéro gratuit
numbers-kind-local = Tarif local
numbers-kind-collect = En PCV
numbers-kind-international = Depuis l’étranger
numbers-kind-tty = TTY
numbers-kind-fax = Fax
numbers-kind-postal = Courrier
numbers-kind-email = E-mail
numbers-kind-chat = Chat
numbers-kind-app = App
numbers-kind-secure-message = Message sécurisé
numbers-kind-social = Réseaux sociaux
numbers-kind-web = Web
numbers-channel-phone = Téléphone
numbers-channel-chat = Chat
numbers-channel-app = App
numbers-channel-email = E-mail
numbers-channel-postal = Courrier
numbers-channel-social = Réseaux sociaux
numbers-channel-web = Web
numbers-channel-fax = Fax
numbers-region-north-america = Amérique du Nord
numbers-region-europe = Europe
numbers-region-asia-pacific = Asie-Pacifique
numbers-region-latin-america = Amérique latine
numbers-region-middle-east-africa = Moyen-Orient et Afrique
numbers-card-kind-personal = Carte de particulier
numbers-card-kind-business = Carte Business
numbers-card-kind-corporate = Carte Corporate
numbers-product-corporate = Cartes Corporate
numbers-product-business = Cartes Business
numbers-product-currency-card = International Currency Cards
numbers-product-gift-card = cartes cadeaux et prépayées
numbers-product-merchant = commerçants
numbers-product-ppi = réclamations sur l’assurance de protection des paiements (PPI)
numbers-product-discontinued = une Carte qui n’est plus émise

## Hours

numbers-hours-every-day = 24 h/24, 7 j/7
numbers-hours-not-known = Horaires inconnus
numbers-hours-daily = Tous les jours
numbers-day-mon = lun.
numbers-day-tue = mar.
numbers-day-wed = mer.
numbers-day-thu = jeu.
numbers-day-fri = ven.
numbers-day-sat = sam.
numbers-day-sun = dim.
numbers-hours-open-always = Joignable 24 h/24
numbers-hours-open-until = Joignable · jusqu’à { $time }
numbers-hours-closed-until = Fermé pour l’instant · ouvre { $time }
numbers-hours-zone-time = { $time } (heure de { $city })
numbers-hours-zone-and-your-time = { $time } (heure de { $city } ; { $yours } chez vous)
numbers-hours-local-zone = là-bas

## How a number is dialled from where you are

numbers-warning-retired-format = Format de numéro retiré : l’appel n’aboutira pas.
numbers-warning-not-valid = Numéro de téléphone non valide (libphonenumber).
numbers-warning-collect = Demandez à l’opérateur local un appel en PCV vers ce numéro.
numbers-warning-toll-free-abroad = Gratuit seulement depuis ce pays : { $home }. Depuis { $here }, l’appel peut ne pas aboutir, et il n’est pas gratuit.
numbers-warning-not-from-abroad = Ne peut pas être composé hors de ce pays : { $home }.

## Verify: is this really American Express?

numbers-verify-safe = Raccrochez ou ne répondez pas, et appelez le numéro au dos de votre Carte.
numbers-verify-nothing = Rien à vérifier.
numbers-verify-extension = (Poste { $extension } : à donner au serveur vocal ou à la personne qui répond.)
numbers-verify-known-account = { $account } : { $label } ({ $status }).
numbers-verify-known-account-advice = Un vrai compte American Express. Ne publiez jamais les données de votre Carte ; on vous demandera d’envoyer un message privé.
numbers-verify-unknown-account = { $account } n’est pas un compte American Express connu de cet annuaire (le compte du service est @AskAmex).
numbers-verify-unreadable-address = Ce n’est pas une adresse web ou e-mail lisible.
numbers-verify-amex-domain = { $host } appartient à American Express.
numbers-verify-amex-domain-advice = Un vrai domaine American Express. Ne donnez pourtant jamais de code confidentiel ni de code à usage unique à quelqu’un qui vous contacte : Amex ne les demande jamais.
numbers-verify-partner-domain = { $host } appartient à { $issuer }, la société autorisée à émettre des Cartes American Express ({ $markets }).
numbers-verify-partner-domain-advice = Pour une Carte qu’elle y a émise, son site est le bon. Tapez pourtant l’adresse vous-même plutôt que de suivre un lien reçu dans un message, et ne donnez jamais de code confidentiel ni de code à usage unique à quelqu’un qui vous contacte.
numbers-verify-look-alike = { $host } n’est PAS American Express : c’est une imitation. Amex utilise americanexpress.com, aexp.com et ses sites régionaux.
numbers-verify-look-alike-punycode = { $host } n’est PAS American Express : c’est une imitation (un nom internationalisé écrit en punycode, conçu pour passer pour un nom familier). Amex utilise americanexpress.com, aexp.com et ses sites régionaux.
numbers-verify-other-domain = { $host } n’est pas un domaine American Express (Amex utilise americanexpress.com, aexp.com et ses sites régionaux).
numbers-verify-other-domain-advice = Ne cliquez pas et ne répondez pas. Connectez-vous en tapant vous-même americanexpress.com, ou appelez le numéro au dos de votre Carte.
numbers-verify-retired-format = { $number } est un format de numéro retiré : { $notes }
numbers-verify-or = { $first } ou { $second }
numbers-verify-also-read-as = Écrit ainsi, il pourrait aussi se lire { $numbers }.
numbers-verify-not-a-number = « { $input } » n’est pas un numéro de téléphone valide (lu comme composé depuis { $from }, et avec un indicatif de pays).
numbers-verify-read-as-written-in = Lu comme on l’écrit dans ce pays : { $country }
numbers-verify-read-with-exit-code = Lu avec « { $prefix } » comme préfixe international
numbers-verify-read-without-plus = Lu comme un indicatif de pays sans « + »
numbers-verify-how-read = { $how } ; depuis { $from }, composez le { $number }.
numbers-verify-reach-toll-free = C’est un numéro gratuit ou à coût partagé de son pays : depuis l’étranger, l’appel peut ne pas aboutir, et il n’est pas gratuit.
numbers-verify-reach-not-from-abroad = Il ne peut pas être composé hors de son pays.
numbers-verify-unsigned-only = { $number } ne figure que dans un fichier d’annuaire que personne n’a signé (non vérifié) : ce n’est pas une ligne American Express connue.
numbers-verify-known-line = { $number } est une ligne American Express connue : { $label } ({ $country }, { $status }).
numbers-verify-known-line-advice = Vous pouvez l’appeler. Si quelqu’un vous a demandé de l’appeler, vous pouvez quand même raccrocher et utiliser le numéro au dos de votre Carte.
numbers-verify-listed-unconfirmed-advice = Répertorié, mais non confirmé par une page officielle : préférez le numéro au dos de votre Carte.
numbers-verify-belongs-to = { $number } n’est PAS un numéro American Express : il appartient à { $owner }.
numbers-verify-not-amex-because = { $number } n’est PAS un numéro American Express : { $why }
numbers-verify-unknown-number = { $number } n’est pas une ligne American Express connue.
numbers-verify-korean-toll-free = C’est un numéro gratuit international sud-coréen : il ne fonctionne que depuis des téléphones en Corée du Sud.
numbers-verify-cannot-dial-from = Depuis { $from }, il ne peut pas être composé. { $advice }
numbers-worldwide = Monde entier
numbers-age-today = aujourd'hui
numbers-age-days = { $days ->
    [one] il y a { $days } jour
   *[other] il y a { $days } jours
}
numbers-age-months = il y a { $months } mois
numbers-age-line = Numéros vérifiés le { $date } ; mise à jour { $serial }, { $trust }.
numbers-age-line-when = Numéros vérifiés le { $date } ({ $when }) ; mise à jour { $serial }, { $trust }.
numbers-stale-notice = Ces numéros ont été vérifiés le { $date }, il y a { $months } mois : American Express a pu changer une ligne depuis. Le numéro au dos de votre Carte est toujours le bon ; une mise à jour de cette application apporte des numéros plus récents.
numbers-old-page = Sa page American Express datée la plus récente est de { $year }, il y a plus de { $years } ans : si l'appel ne passe pas, composez le numéro au dos de votre Carte.
