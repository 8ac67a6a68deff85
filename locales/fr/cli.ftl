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
cli-after-col-letter = COURRIERS
cli-after-col-personal = PARTIC.
cli-after-none-recorded = aucun enregistré
cli-after-no-body = recours sans organisme externe
cli-after-none-known = aucune connue
cli-after-rules-secondary = { $rules } ({ $secondary } secondaires)
cli-after-letter-billing-error = avis d'erreur de facturation (Regulation Z)
cli-after-letter-complaint = réclamation
cli-after-letter-unauthorised = paiement non autorisé
cli-after-letter-section-75 = réclamation (section 75)
cli-after-letter-referral = lettre à l'organisme externe
cli-after-personal-legend = PARTIC. : la ligne propre au pays pour les Cartes de particuliers (O officielle, C corroborée, s source unique, . aucune).
cli-after-summary = { $markets } pays : { $with_body } avec des recours jusqu'à leur organisme externe, { $with_rules } avec des règles de délai datées.

## Arguments checked (the flag's name comes first, as typed)
cli-date-empty = { $flag } : ce champ est vide ; écrivez une date sous la forme AAAA-MM-JJ, par ex. { $today }
cli-not-a-country = { $flag } { $code } : ce n'est pas un code pays que cet annuaire ou libphonenumber connaît (utilisez deux lettres, par ex. GB)
cli-amount-empty = --amount : ce champ est vide ; écrivez-le comme 212.40
cli-no-such-contact = --contact { $id } : ce contact n'existe pas ; `amex-desk find --json` liste les identifiants
cli-no-such-card = --card { $nickname } : cette Carte n'existe pas ; ajoutez-la avec `amex-desk retention card --nickname { $nickname }`
cli-unknown-dispute-type = --type { $kind } : type inconnu ; `amex-desk dispute types` les liste
cli-no-such-case = --case { $id } : cette contestation n'existe pas ; `amex-desk dispute list` affiche les identifiants
cli-several-cases = --case { $id } : correspond à plusieurs contestations ; donnez une plus grande partie de l'identifiant

## What was cleaned from the text before it was saved
cli-last5-kept = --last5 : seuls les 5 derniers chiffres ont été gardés
cli-removed-unsafe = des caractères de contrôle ou de forçage bidirectionnel ont été retirés du texte (les séquences d'échappement du terminal ne sont jamais enregistrées)
cli-removed-unsafe-count = { $flag } : { $count ->
    [one] { $count } caractère de contrôle ou de forçage bidirectionnel retiré
   *[other] { $count } caractères de contrôle ou de forçage bidirectionnel retirés
    } (les séquences d'échappement du terminal ne sont jamais enregistrées)
cli-masked-card-number = { $flag } : un numéro de Carte a été masqué (enregistré sous « { $saved } ») ; n'écrivez jamais de numéro de Carte ni de code dans le journal
cli-masked-security-code = { $flag } : un code de sécurité a été masqué (enregistré sous « { $saved } ») ; n'écrivez jamais de numéro de Carte ni de code dans le journal
cli-masked-in-text = { $count ->
    [one] { $count } numéro de Carte ou code masqué dans le texte
   *[other] { $count } numéros de Carte ou codes masqués dans le texte
}

## log
cli-no-calls = Aucun appel enregistré pour le moment.
cli-nothing-due = Rien à suivre.
cli-log-ref = réf.
cli-logged = Appel { $id } enregistré dans { $path }
cli-file-missing = { $path } n'existe pas
cli-imported = { $path } importé : { $added } ajouté(s), { $updated } mis à jour, { $removed } supprimé(s).
cli-cannot-list = impossible de lister { $path } : { $error }
cli-no-backups = Aucune copie pour le moment : chaque enregistrement du journal en garde une (les 10 dernières).
cli-backup-bytes = { $count ->
    [one] { $count } octet
   *[other] { $count } octets
}
cli-restored = { $backup } restauré dans { $path } : { $calls ->
        [one] { $calls } appel
       *[other] { $calls } appels
    }, { $cases ->
        [one] { $cases } contestation
       *[other] { $cases } contestations
    }, { $cards ->
        [one] { $cards } Carte
       *[other] { $cards } Cartes
    }. Le journal tel qu'il était est l'avant-dernière copie (`amex-desk log backups`).

## dispute
cli-dispute-type-items = { $name } ({ $count ->
        [one] { $count } élément
       *[other] { $count } éléments
    })
cli-no-dispute-cases = Aucune contestation.
cli-deadline-days = { $label } { $due } ({ $count ->
        [one] { $count } jour
       *[other] { $count } jours
    })
cli-no-external-body = aucun organisme externe n'est encore enregistré pour les comptes { $country } : demandez à American Express, dans sa réponse définitive, à quel organisme vous pouvez vous adresser (`amex-desk coverage --after` liste les marchés qui en ont un)

## export
cli-wrote-events = { $count ->
    [one] { $count } événement écrit dans { $path }
   *[other] { $count } événements écrits dans { $path }
}

## retention
cli-saved = Enregistré : { $name }
cli-call-of = Appel du { $date } : { $summary }
cli-sources = Sources : { $sources }

## The directory file
cli-directory-errors = l'annuaire contient des erreurs :
cli-directory-file-rejected = { $path } n'a pas pu être utilisé ; l'annuaire en usage est donc affiché : { $problem }

## check-journal and check-data
cli-no-such-file = { $path } : ce fichier n'existe pas
cli-journal-ok = { $path } : ok : { $calls ->
        [one] { $calls } appel
       *[other] { $calls } appels
    }, { $notes ->
        [one] { $notes } note
       *[other] { $notes } notes
    }, { $cases ->
        [one] { $cases } contestation
       *[other] { $cases } contestations
    }, { $cards ->
        [one] { $cards } Carte de fidélisation
       *[other] { $cards } Cartes de fidélisation
    }
cli-problems-found = { $count ->
    [one] { $count } problème trouvé :
   *[other] { $count } problèmes trouvés :
}
cli-file-problems-found = { $path } : problèmes trouvés :
cli-data-ok = { $path } : ok : { $summary }
cli-guidance-summary = { $bodies } organismes ({ $with_pages } avec leurs pages citées), { $ladders } parcours de recours
cli-disputes-summary = { $types } types de contestation, { $rules } règles de délai, chacune avec sa page citée ({ $secondary } d'une source secondaire seulement)
cli-directory-ok = { $path } : ok : { $contacts } contacts, { $sources } sources, { $countries } pays ({ $by_status })
cli-printed-mismatch = { $path } : { $count ->
    [one] { $count } numéro imprimé ne correspond pas à son contact :
   *[other] { $count } numéros imprimés ne correspondent pas à leur contact :
}
cli-product-mismatch = { $path } : { $count ->
    [one] { $count } ligne est indiquée pour moins que ce que disent ses pages :
   *[other] { $count } lignes sont indiquées pour moins que ce que disent leurs pages :
}

## Copying (find --copy)
cli-no-own-executable = impossible de trouver l'exécutable du programme : { $error }
cli-cannot-start-helper = impossible de lancer l'assistant du presse-papiers : { $error }
cli-cannot-pass-text = impossible de passer le texte à l'assistant du presse-papiers : { $error }
cli-helper-no-answer = l'assistant du presse-papiers s'est arrêté sans répondre
cli-no-clipboard = aucun presse-papiers disponible : { $error }
cli-cannot-set-clipboard = impossible de remplir le presse-papiers : { $error }
cli-letter-not-offered = Pas de lettre { $letter } pour cette contestation : aucune règle enregistrée pour le pays de son compte ({ $country }) ne la prévoit. Lettres de cette contestation : { $letters }.
