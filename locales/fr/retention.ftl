# retention: fr

## The card list and the prep summary (window)
retention-your-cards = Vos Cartes
retention-new-card = Nouvelle Carte
retention-no-card-yet = Ajoutez une Carte pour voir votre ancienneté, les offres récentes et le délai de remboursement de la cotisation.
retention-before-the-call = Avant l'appel
retention-prep-line = { $label } : { $value }
retention-refund-days-left = { $days ->
    [one] Il reste { $days } jour pour résilier avec remboursement de la cotisation
   *[other] Il reste { $days } jours pour résilier avec remboursement de la cotisation
}
retention-refund-window-passed = Le délai de remboursement est dépassé

## The card form
retention-nickname = Surnom
retention-nickname-hint = p. ex. Gold
retention-nickname-needed = donnez un nom à la Carte, p. ex. Gold
retention-account-country = Pays du compte
retention-not-set = Non renseigné
retention-tier = Type de Carte
retention-member-since = Titulaire depuis
retention-member-since-hint = année, p. ex. 2015
retention-annual-fee = Cotisation annuelle
retention-annual-fee-hint = p. ex. 325
retention-fee-posted = Cotisation prélevée le
retention-fee-statement-closes = Clôture du relevé de la cotisation
retention-spend = Dépenses
retention-last-5-digits = 5 derniers chiffres
retention-optional = facultatif
retention-not-saved = Non enregistré : { $reason }
retention-fix-to-save = À corriger avant d'enregistrer : { $fields }
retention-save-card = Enregistrer la Carte
retention-card-saved = Carte enregistrée.
retention-save-card-first = Enregistrez d'abord la Carte.

## The script card (window)
retention-script-title = Script de l'appel de rétention
retention-step-of = Étape { $step } sur { $steps } : { $title }
retention-say-instead = ou : { $words }
retention-previous-step = Étape précédente
retention-next-step = Étape suivante
retention-next-step-keys = N ou flèche droite : étape suivante
retention-do = À faire
retention-dont = À éviter
retention-record-outcome = Noter le résultat
retention-record-outcome-hover = Après l'appel : les offres, ce que vous avez accepté, le numéro de référence
retention-print-script-card = Imprimer le script (PDF)

## The outcome form
retention-what-happened = Ce qui s'est passé pendant l'appel
retention-offer-kind = Type de l'offre { $number }
retention-offer = Offre { $number }
retention-offer-hint = p. ex. 30 000 points
retention-offer-spend = Dépenses requises, offre { $number }
retention-offer-spend-hint = p. ex. 3 000 € en 3 mois
retention-offer-deadline = Date limite, offre { $number }
retention-date-hint = AAAA-MM-JJ
retention-offer-accepted = Offre { $number } acceptée
retention-remove-offer = Retirer l'offre { $number }
retention-add-offer = Ajouter une offre
retention-rep = Nom ou ID du conseiller
retention-rep-hint = votre interlocuteur
retention-reference = Référence
retention-reference-hint = numéro de référence
retention-save-outcome = Enregistrer le résultat
retention-cancel-outcome = Abandonner la saisie
retention-outcome-recorded = Résultat enregistré : il figure dans l'historique de la Carte et dans le journal des appels.
retention-call-summary = Appel de rétention pour { $card } : { $outcome }
retention-spend-promise = Atteindre les dépenses requises pour { $offer } : { $spend }

## The history
retention-history = Historique : { $card }
retention-no-calls-yet = Aucun appel de rétention enregistré pour l'instant.
retention-history-call = { $date } : { $outcome }
retention-history-call-with-reference = { $date } : { $outcome }, réf. { $reference }

## The refund note (no refund rule known for the card's country)
retention-no-refund-rule = Aucune règle de remboursement de la cotisation annuelle n'est enregistrée pour les comptes { $country } : le remboursement sous 30 jours est une règle américaine. Demandez pendant l'appel si la cotisation est remboursée en cas de résiliation, et notez la réponse.
retention-no-refund-rule-country-unset = Aucune règle de remboursement de la cotisation annuelle n'est enregistrée pour cette Carte (son pays n'est pas renseigné) : le remboursement sous 30 jours est une règle américaine. Demandez pendant l'appel si la cotisation est remboursée en cas de résiliation, et notez la réponse.

## The prep summary (window, command line and printed card)
retention-prep-card = Carte
retention-prep-card-ending = { $card }, se terminant par { $last }
retention-prep-member-for = Ancienneté
retention-prep-member-years = { $years ->
    [one] { $years } an (depuis { $since })
   *[other] { $years } ans (depuis { $since })
}
retention-prep-not-given = non renseigné
retention-prep-annual-fee = Cotisation annuelle
retention-prep-fee-posted = { $fee }, prélevée le { $date }
retention-prep-yearly-spend = Dépenses annuelles
retention-prep-offer-12-months = Offre de rétention acceptée ces 12 derniers mois
retention-prep-offer-24-months = ... ces 24 derniers mois
retention-prep-yes = oui
retention-prep-no = non
retention-prep-refund-window = Délai de remboursement de la cotisation
retention-prep-refund-close-by = { $days ->
    [one] résiliez au plus tard le { $date } pour être remboursé (il reste { $days } jour)
   *[other] résiliez au plus tard le { $date } pour être remboursé (il reste { $days } jours)
}
retention-prep-refund-ended = terminé le { $date }
retention-prep-refund-needs-closing-date = saisissez la date de clôture du relevé sur lequel figure la cotisation

## The printed script card
retention-doc-title = Appel de rétention : fiche script
retention-doc-your-card = Votre Carte
retention-doc-earlier-call = Appel du { $date } : { $outcome }
retention-doc-have-ready = À préparer
retention-doc-do-dont = À faire / à éviter
retention-doc-do = À faire : { $item }
retention-doc-what-happened = Ce qui s'est passé
retention-doc-offers = Offre(s)
retention-doc-accepted = Acceptée(s)
retention-doc-spend-and-deadline = Dépenses requises et date limite
retention-doc-rep = Conseiller
retention-doc-reference-number = Numéro de référence
retention-doc-footer = Amex Desk (non officiel) - imprimé le { $date } - sources : un guide du service clientèle américain (article tiers) ; la règle de remboursement de la cotisation : le Cardmember Agreement d'Amex US cité par Doctor of Credit (source secondaire)
