# cli: fr

## Files written
cli-wrote = Fichier écrit : { $path }
cli-cannot-write = impossible d'écrire { $path } : { $error }
cli-cannot-write-json = impossible d'écrire le JSON : { $error }

## find
cli-find-no-match = aucune ligne ne correspond. Appelez le numéro au dos de votre Carte : c'est toujours le bon pour votre Carte.
cli-find-general-line = Ligne générale ({ $country }) : { $number } ({ $line }, { $status })
cli-could-not-copy = copie impossible : { $error }
cli-copied = Copié : { $number } ({ $line })
cli-advice-cards = Cartes ({ $country }) : { $number }  ({ $line })
cli-not-verified = NON VÉRIFIÉE : figure seulement dans un fichier d'annuaire que personne n'a signé ; ne vous fiez pas à cette ligne, appelez le numéro au dos de votre Carte.
cli-col-status = STATUT
cli-col-number = NUMÉRO
cli-col-country = PAYS
cli-col-label = LIBELLÉ
cli-use-instead = Composez plutôt le { $number }.
cli-lines-shown = { $count ->
    [one] { $count } ligne, telle que composée depuis : { $from }. Un doute ? Appelez le numéro au dos de votre Carte.
   *[other] { $count } lignes, telles que composées depuis : { $from }. Un doute ? Appelez le numéro au dos de votre Carte.
}

## verify
cli-verdict-amex = AMEX
cli-verdict-not-amex = PAS AMEX
cli-verdict-unknown = INCONNU
cli-verdict-invalid = NON VALIDE
cli-verdict-line = { $verdict } : { $finding }
cli-verify-contact = { $number } [{ $status }] { $line } — sources : { $sources }

## directory
cli-lines-in-markets = { $lines } lignes dans { $markets } pays :
cli-signed-update = Mise à jour signée { $serial } (compilée le { $compiled }) par la clé { $key } ({ $note }). Elle remplace la mise à jour { $current } (compilée le { $current_compiled }).
cli-update-not-applied = Non appliquée : rien n'a été modifié. Relancez avec --yes pour l'appliquer.
cli-update-applied = Appliquée : la mise à jour { $serial } est utilisée. `amex-desk directory rollback` revient en arrière.
cli-apply-prompt = L'appliquer ? [y/N]
cli-cannot-read-answer = impossible de lire la réponse : { $error }
cli-rolled-back-previous = Retour en arrière : la mise à jour appliquée avant la dernière est de nouveau utilisée.
cli-rolled-back-built-in = Retour en arrière : l'annuaire intégré à cette application est de nouveau utilisé.
cli-nothing-to-undo = Rien à annuler : aucune mise à jour n'a été appliquée ; l'annuaire intégré est utilisé.
cli-report-exists = { $path } existe déjà ; choisissez un autre nom (un signalement ne remplace jamais un fichier)

## coverage --after: what each market has after the number
cli-after-col-market = PAYS
cli-after-col-body = ORGANISME EXTERNE (DERNIER RECOURS)
cli-after-col-rules = RÈGLES DE DÉLAI
cli-after-col-letter = COURRIER
cli-after-none-recorded = aucun enregistré
cli-after-no-body = recours sans organisme externe
cli-after-none-known = aucune connue
cli-after-rules-secondary = { $rules } ({ $secondary } secondaires)
cli-after-letter-billing-error = avis d'erreur de facturation (Regulation Z)
cli-after-letter-complaint = lettre de réclamation
cli-after-summary = { $markets } pays : { $with_body } avec des recours jusqu'à leur organisme externe, { $with_rules } avec des règles de délai datées.
