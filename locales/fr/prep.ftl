# prep: fr

## The call prep page (window)
prep-what-about = De quoi s'agit-il ?
prep-prepare-purpose = Préparer : { $purpose }
prep-no-notes = Pas encore de notes de préparation pour ce cas : appelez le numéro au dos de votre Carte.
prep-title = Préparer l'appel : { $purpose }
prep-urgent-badge = URGENT
prep-card-from = Carte de
prep-your-card = Votre Carte
prep-best-channel-is = Meilleur canal : { $channel }
prep-start-call = Démarrer l'appel
prep-start-call-hover = Copie le numéro et ouvre une entrée du journal d'appels, datée de maintenant
prep-call-back-of-card = Appelez le numéro au dos de votre Carte.
prep-when-in-doubt = En cas de doute, appelez le numéro au dos de votre Carte.
prep-have-ready = À avoir sous la main
prep-phone-menu = Le serveur vocal vous demandera
prep-what-to-say = Que dire
prep-print-a4 = Imprimer la fiche (PDF A4)
prep-print-letter = Imprimer la fiche (PDF Letter)
prep-escalation-in = Si le problème n'est pas résolu : les recours ({ $country })
prep-no-ladder = Aucun recours n'est encore enregistré pour ce pays : demandez à parler à un responsable, puis écrivez à l'adresse de réclamation indiquée sur le site d'American Express de votre pays.
prep-not-amex-body = { $name } (pas American Express)
prep-body-phone = Téléphone { $phone }
prep-body-post = Courrier : { $postal }
prep-source = Source : { $source }
prep-time-limits-in = Délais ({ $market })
prep-rule-after = { $label } : { $span } après { $anchor }
prep-coverage-title = Ce dont Amex Desk dispose pour chaque pays
prep-coverage-intro = Après le numéro : où aboutissent les réclamations de chaque pays, les délais datés qu'y reçoit un dossier de contestation, sa propre ligne pour les Cartes de particuliers, et les lettres qu'un dossier peut imprimer. Chaque donnée est accompagnée de sa page ; « secondaires » signale les règles trouvées uniquement dans ce qu'un tiers en rapporte.
prep-coverage-col-market = Pays
prep-coverage-col-body = Les réclamations aboutissent à
prep-coverage-col-rules = Délais datés
prep-coverage-col-personal = Ligne Cartes de particuliers
prep-coverage-col-letters = Lettres
prep-coverage-none = aucune
prep-dispute-dates = Un dossier de la page Contestations calcule ces dates à partir de vos propres dates.
prep-no-line-known = Aucune ligne connue : appelez le numéro au dos de votre Carte.

## Labels and their values (the page, the printed sheet, the command line)
prep-label-value = { $label } : { $value }
prep-label-colon = { $label } :

## Why the line named is not a plain answer
prep-caveat-other-product = { $market } : aucune ligne n'est connue pour une { $card ->
        [business] Carte Business
        [corporate] Carte Corporate
       *[personal] Carte de particulier
    } ; cette ligne concerne : { $products }. Appelez le numéro au dos de votre Carte.
prep-caveat-products-and = { $first } et { $next }
prep-caveat-only-for = Cette ligne est réservée à ces Cartes : { $tiers } ; pour une autre Carte, appelez le numéro inscrit au dos de celle-ci.
prep-caveat-cannot-dial = { $market } : aucune ligne joignable depuis l'endroit où vous êtes n'est connue. { $why }

## What every call needs, and how every call ends
prep-ready-card = Votre Carte en main. Le serveur vocal peut vous demander le numéro de la Carte et le code à 4 chiffres inscrit au recto (CID) : ne les saisissez que pendant un appel que vous avez passé vous-même, à un numéro figurant au dos de votre Carte ou dans cette application. Ne saisissez jamais le CID dans un lien de site web, un SMS ou un e-mail, ni dans cette application.
prep-ready-notes = Du papier ou votre journal pour noter le nom du conseiller, ce qu'il promet et le numéro de référence.
prep-ready-dates = Les dates et montants de ce qui motive votre appel, et les numéros de référence précédents.
prep-last-step = Avant de raccrocher, demandez un numéro de référence et notez-le avec le nom du conseiller et ce qui a été promis.

## The printed prep sheet (and the command line's `prep`)
prep-sources = Sources : { $names }.
prep-general-tips = Conseils généraux, les mêmes dans tous les pays, tirés de : { $names }. La procédure de réclamation et les délais propres à ce pays ({ $country }) figurent sous « Si le problème n'est pas résolu ».
prep-urgent-now = Urgent : à faire tout de suite.
prep-doc-title = Amex Desk, préparer l'appel : { $purpose }
prep-doc-footer = Amex Desk (non officiel, sans lien avec American Express) - imprimé le { $date } - ne constitue pas un conseil juridique
prep-how-to-reach = Comment les contacter
prep-best-channel = Meilleur canal
prep-card = Carte
prep-first-choice-unreliable = Depuis ce pays ({ $from }), { $line } ({ $number }) n'est pas joignable de façon fiable : utilisez plutôt cette ligne.
prep-line-to-call = Ligne à appeler
prep-line-dialled = { $number } - { $line } (composé depuis : { $from } ; statut : { $status })
prep-back-of-card = le numéro au dos de votre Carte
prep-notes = Notes
prep-rep-name = Nom ou identifiant du conseiller
prep-reference-number = Numéro de référence
prep-what-promised = Ce qui a été promis
prep-follow-up-on = Relancer le
prep-not-resolved-in = Si le problème n'est pas résolu ({ $country })
prep-step-contact = Contact : { $number }.

## Every printed page
prep-print-note = Note : { $note }
prep-print-page = { $footer } - page { $number } sur { $total }

## The letter that refers a complaint to the external body (ombudsman, regulator)
prep-referral-final-response = American Express a envoyé sa réponse définitive le { $date } ; elle n'a pas résolu ma réclamation.
prep-referral-no-final-response = American Express n'a pas envoyé de réponse définitive.
prep-referral-your-name = Votre nom
prep-referral-your-address = Votre adresse
prep-referral-date = Date : { $date }
prep-referral-to = À : { $body } ({ $reach })
prep-referral-title = Réclamation concernant American Express, transmise à : { $body }
prep-referral-account = Compte
prep-referral-charge = Dépense
prep-referral-charge-value = { $amount } chez { $merchant }
prep-referral-complained = Réclamation adressée à American Express
prep-referral-complaint-date-missing = {"["}date de votre réclamation]
prep-referral-final-response-label = Sa réponse définitive
prep-referral-none-received = aucune reçue
prep-referral-request = J'ai adressé une réclamation à American Express au sujet de la dépense ci-dessus. { $answered } Je vous demande d'examiner ma réclamation.
prep-referral-say-what-happened = {"["}Dites en quelques phrases ce qui s'est passé, ce que vous avez demandé à American Express et ce qu'elle a répondu.]
prep-referral-enclosed = Pièces jointes : ma réclamation, les réponses d'American Express, le relevé où figure la dépense et mes justificatifs.
prep-referral-signature = Signature
prep-referral-time-limits = Délais
prep-referral-disclaimer = Amex Desk n'est pas officiel et n'a aucun lien avec American Express ni avec cet organisme. Ceci ne constitue pas un conseil juridique : consultez la page de l'organisme pour connaître ses règles en vigueur.
prep-referral-doc-title = Saisine : { $body }
prep-referral-footer = Amex Desk (non officiel) - imprimé le { $date } - ne constitue pas un conseil juridique
