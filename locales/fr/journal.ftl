# journal: fr

## Journal page: follow-ups due

journal-follow-ups-due = Suivis à faire
journal-follow-ups-empty = Rien à relancer. Les dates de suivi et les promesses datées apparaissent ici.
journal-open = Ouvrir
journal-open-item = Ouvrir { $item }
journal-kept = Tenue
journal-mark-kept = Marquer comme tenue : { $item }
journal-resolved = Résolu
journal-mark-resolved = Marquer comme résolu : { $item }

## Journal page: the file, export and import

journal-saved-in = Enregistré dans
journal-saved-note = Enregistré à chaque modification ; les 10 dernières versions sont conservées (Versions précédentes, ci-dessous).
journal-not-saved = Non enregistré : { $error }
journal-export = Exporter
journal-export-markdown = Exporter en Markdown
journal-export-csv = Exporter en CSV
journal-export-calendar = Exporter le calendrier (.ics)
journal-export-calendar-hover = Suivis, promesses, délais de contestation et délais de remboursement de la cotisation, pour votre application d'agenda
journal-import-heading = Importer depuis un autre ordinateur
journal-import-file = Fichier à importer
journal-choose-file = Choisir un fichier...
journal-choose-file-hover = Choisissez le fichier de journal à importer et fusionner
journal-import-merge = Importer et fusionner
journal-import-merge-hover = Ajoute les enregistrements de l'autre journal ; pour chacun, la copie la plus récente l'emporte

## Journal page: earlier versions

journal-earlier-versions = Versions précédentes
journal-show-earlier-versions = Afficher les versions précédentes
journal-no-earlier-versions = Aucune pour l'instant : chaque enregistrement en garde une (les 10 dernières).
journal-backup = { $when } ({ $kb } Ko)
journal-restore = Restaurer
journal-restore-version = Restaurer la version du { $when }
journal-restore-hover = Le journal tel qu'il est maintenant est d'abord gardé en copie
journal-hide-earlier-versions = Masquer les versions précédentes

## Journal page: the call log

journal-call-log = Journal des appels
journal-new-entry = Nouvelle entrée
journal-new-entry-hover = Noter un appel, un chat ou un courrier
journal-search = Rechercher dans le journal
journal-search-hint = conseiller, référence, mots…
journal-status = Statut
journal-status-any = Tous
journal-undo = Annuler
journal-log-unreadable = Le journal n'a pas pu être lu, aucun appel n'est donc affiché (le fichier est gardé tel quel) : voyez le bandeau ci-dessus, ou restaurez une version enregistrée sous Versions précédentes.
journal-log-empty = Aucun appel noté pour l'instant. Après avoir copié ou appelé un numéro, cliquez sur « Noter cet appel » dans la barre d'état, ou utilisez Nouvelle entrée.
journal-log-no-match = Aucune entrée ne correspond à la recherche ou au statut.
journal-delete = Supprimer
journal-delete-entry-named = Supprimer l'entrée { $title }
journal-edit = Modifier
journal-edit-entry-named = Modifier l'entrée { $title }
journal-row-rep = Conseiller : { $rep }
journal-row-follow-up = Suivi le { $date }
journal-row-promises = { $count ->
        [one] { $count } promesse
       *[other] { $count } promesses
    }, { $open ->
        [one] { $open } en cours
       *[other] { $open } en cours
    }
journal-row-ref = Réf.

## The call-log editor

journal-editor-new = Nouvelle entrée du journal des appels
journal-editor-edit = Modifier l'entrée du journal des appels
journal-editor-never-card = Ne saisissez jamais le numéro complet de votre Carte ni un code de sécurité : tout ce qui y ressemble est masqué avant l'enregistrement.
journal-when-hint = AAAA-MM-JJ HH:MM
journal-date-hint = AAAA-MM-JJ
journal-call-timed = Appel chronométré de { $start } à { $end } : { $times }
journal-contact = Contact
journal-contact-none = Aucun
journal-channel = Canal
journal-channel-phone = Téléphone
journal-about = Objet
journal-about-not-set = Non précisé
journal-rep = Nom ou ID du conseiller
journal-rep-hint = la personne à qui vous avez parlé
journal-reference = Référence
journal-reference-hint = numéro de dossier ou de référence
journal-summary = Résumé
journal-summary-hint = ce qui a été dit et convenu
journal-promises = Promesses
journal-add-promise = Ajouter une promesse
journal-promise = Promesse { $n }
journal-promise-hint = ce qu'on vous a dit qu'il se passerait
journal-promise-kept = Promesse { $n } tenue
journal-remove-promise = Retirer la promesse { $n }
journal-save-entry = Enregistrer l'entrée
journal-unsaved-changes = Modifications non enregistrées
journal-fix-to-save = À corriger pour enregistrer : { $fields }
journal-list-separator = {", "}
journal-cancel = Annuler
journal-delete-entry = Supprimer l'entrée
journal-open-dispute = Ouvrir une contestation depuis cet appel
journal-open-dispute-hover = Crée une contestation liée à cet appel

## Field labels and the problems shown beside fields (shared with the command line)

journal-field-when = Quand
journal-field-follow-up = Date de suivi
journal-promise-due = Échéance de la promesse { $n }
journal-warning-rep = Conseiller
journal-when-invalid = « { $text } » n'est pas une date et une heure ; écrivez-la sous la forme AAAA-MM-JJ HH:MM, par ex. 2026-11-18 14:30
journal-field-message = { $field } : { $message }
journal-field-echo = « { $text } »
journal-field-empty = ce champ est vide ; { $what }
journal-field-not-country = { $value } n'est pas un code pays ; utilisez deux lettres, par ex. US, GB ou DE
journal-field-not-currency = { $value } n'est pas un code de devise ; utilisez trois lettres, par ex. USD, EUR ou GBP
journal-amount-not-amount = { $value } n'est pas un montant ; écrivez-le comme 212.40 ou 212,40
journal-amount-negative = { $value } est négatif ; écrivez le montant débité, sans signe moins
journal-amount-malformed = { $value } n'est pas un montant ; écrivez-le comme 1234.56, 1,234.56 ou 1.234,56
journal-amount-zero = { $value } vaut zéro ; écrivez le montant débité
journal-amount-too-large = { $value } est trop élevé pour une dépense par Carte ; vérifiez le nombre de chiffres
journal-amount-ambiguous = { $value } peut signifier { $amount } ou un nombre à trois décimales ; écrivez { $amount } si c'est bien ce que vous voulez dire, ou utilisez deux décimales (par ex. 1.23 ou 1,23)
journal-field-not-year = { $value } n'est pas une année entre 1950 et { $year } ; écrivez-la comme 2015
journal-field-not-date = { $value } n'est pas une date ; écrivez-la sous la forme JJ/MM/AAAA ou AAAA-MM-JJ, par ex. { $today }
journal-field-date-before-2000 = { $date } est antérieure à 2000 ; vérifiez l'année
journal-field-date-future = { $date } est dans le futur ; cette date ne peut pas être après aujourd'hui ({ $today })
journal-field-date-too-far = { $date } est à plus de cinq ans ; vérifiez l'année

## What the journal says after an action (the message under the search)

journal-read-only = Le journal est en lecture seule, rien n'est donc enregistré (voyez le message en haut).
journal-merged = Modifications fusionnées depuis une autre fenêtre ou un autre fichier : { $added } ajoutées, { $updated } mises à jour, { $removed } supprimées.
journal-backups-not-listed = Les versions précédentes n'ont pas pu être listées : { $error }
journal-restored-version = Version enregistrée sous { $name } restaurée : { $calls ->
        [one] { $calls } appel
       *[other] { $calls } appels
    }, { $cases ->
        [one] { $cases } contestation
       *[other] { $cases } contestations
    }, { $cards ->
        [one] { $cards } Carte
       *[other] { $cards } Cartes
    }. Le journal tel qu'il était est gardé comme copie la plus récente : vous pouvez donc annuler de la même façon.
journal-not-restored = Non restauré : { $error }
journal-saved = Enregistré.
journal-saved-masked = Enregistré. { $count ->
        [one] { $count } numéro de Carte ou code de sécurité a été masqué.
       *[other] { $count } numéros de Carte ou codes de sécurité ont été masqués.
    }
journal-entry-deleted = Entrée supprimée.
journal-restored = Restauré.
journal-note-deleted = Note supprimée.
journal-note-pinned = Note épinglée.
journal-note-pinned-masked = Note épinglée. { $count ->
        [one] { $count } numéro de Carte ou code a été masqué.
       *[other] { $count } numéros de Carte ou codes ont été masqués.
    }
journal-export-failed = Échec de l'export : { $error }
journal-imported = { $path } importé : { $added } ajoutées, { $updated } mises à jour, { $removed } supprimées.
journal-import-missing = Échec de l'import : { $path } n'existe pas
journal-import-failed = Échec de l'import : { $error }
journal-import-problems = {" "}{ $count ->
        [one] { $count } problème dans le fichier
       *[other] { $count } problèmes dans le fichier
    } (le premier : { $first }) ; `amex-desk check-journal FILE` les liste.
journal-letter-sent = Courrier envoyé :{" "}
journal-other-window-closed = L'autre fenêtre a été fermée : celle-ci peut maintenant modifier.

## File dialogs: titles, file types, and what their answers lead to

journal-choose-journal-title = Choisir un fichier de journal à importer
journal-choose-evidence-title = Choisir le fichier pour { $item }
journal-choose-directory-title = Choisir un fichier d'annuaire
journal-choose-update-title = Choisir une mise à jour de l'annuaire (.amexdir)
journal-filter-journal = Journal (RON)
journal-filter-directory = Annuaire (RON)
journal-filter-update = Mise à jour de l'annuaire
journal-export-not-saved = Non enregistré.
journal-saved-to-exports = Aucune boîte de dialogue de fichier n'a pu s'afficher ici : le fichier a été enregistré dans le dossier des exports : { $path }
journal-no-open-dialog = Aucune boîte de dialogue de fichier n'a pu s'afficher ici : saisissez le chemin du fichier dans le champ.
journal-evidence-not-attached = { $file } n'a pas été joint : la contestation a été fermée avant que le fichier soit choisi.
journal-directory-inspected = { $path } est affiché pour examen. Personne ne l'a signé : { $count ->
        [one] la ligne qu'il ajoute ou modifie est marquée « non vérifiée »
       *[other] les { $count } lignes qu'il ajoute ou modifie sont marquées « non vérifiées »
    }, et Vérifier utilise toujours l'annuaire en service.
journal-directory-rejected = { $path } n'a pas pu être utilisé, l'annuaire affiché reste donc le même : { $reason }
journal-saved-on-close = La fenêtre se fermait alors qu'une boîte de dialogue Enregistrer était ouverte : celle-ci a été fermée et le fichier a été enregistré dans le dossier des exports : { $path }. Fermez de nouveau la fenêtre pour quitter.
journal-not-saved-on-close = La fenêtre se fermait alors qu'une boîte de dialogue Enregistrer était ouverte ; le fichier n'a pas pu être enregistré dans le dossier des exports ({ $error }). Rien d'autre n'a été perdu : exportez-le de nouveau, ou fermez de nouveau la fenêtre pour quitter.

## Forms kept from the last close, and entries waiting to open

journal-kept-entry = l'entrée du journal des appels
journal-kept-case = la contestation
journal-kept-case-named = la contestation ({ $merchant })
journal-kept-card = la Carte de la page Fidélisation
journal-kept-card-named = la Carte de la page Fidélisation ({ $name })
journal-kept-outcome = le résultat de l'appel de fidélisation
journal-kept-timer = le chronomètre de l'appel en cours
journal-kept-waiting = { $count ->
        [one] une entrée du journal des appels en attente d'ouverture
       *[other] { $count } entrées du journal des appels en attente d'ouverture
    }
journal-list-and = { $rest } et { $last }
journal-kept-from-last-time = Gardé depuis la dernière fois, pas encore enregistré : { $what }. Enregistrez ou fermez quand vous le souhaitez.
journal-entry-waits = L'entrée que vous modifiez contient des modifications non enregistrées : enregistrez-la ou annulez-la, et la suivante s'ouvrira.
journal-more-waiting = { $count ->
        [one] { $count } autre entrée attend d'être ouverte : enregistrez ou annulez celle-ci.
       *[other] { $count } autres entrées attendent d'être ouvertes : enregistrez ou annulez celle-ci.
    }
journal-already-timing = Un appel est déjà chronométré : cliquez d'abord sur Fin d'appel.

## Call log records: statuses, the call timer, follow-ups due, your calls to a line

journal-status-open = Ouvert
journal-status-waiting-on-amex = En attente d'Amex
journal-status-resolved = Résolu
journal-status-escalated = Escaladé
journal-call-times = { $total } (attente { $hold }, conversation { $talk })
journal-call-times-backwards = les horaires de l'appel finissent ({ $end }) avant de commencer ({ $start })
journal-call-times-too-long = horaires de l'appel : attente et conversation font { $split }, plus que la durée de l'appel ({ $total })
journal-phase-on-hold = En attente
journal-phase-talking = En conversation
journal-unsafe-removed = {" "}Des caractères de contrôle ou d'inversion de sens ont été retirés.
journal-due-call = appel
journal-due-follow-up = Suivi : { $about }
journal-due-follow-up-ref = Suivi : { $about } (réf. { $reference })
journal-due-promised = Promis : { $promise }
journal-line-stats = Vos appels à cette ligne : { $calls }
journal-line-stats-hold = Vos appels à cette ligne : { $calls }, attente médiane { $hold }
journal-seconds = { $secs } s
journal-minutes = { $mins } min
journal-due-no-merchant = (pas encore de commerçant)
journal-due-dispute = Contestation { $merchant } : { $deadline }

## Desktop reminders (notifications)

journal-reminder-title-follow-up = Amex Desk : suivi à faire
journal-reminder-title-promise = Amex Desk : promesse à échéance
journal-reminder-title-dispute = Amex Desk : délai de contestation
journal-reminder-title-items = Amex Desk : { $count ->
        [one] { $count } élément à échéance
       *[other] { $count } éléments à échéance
    }
journal-reminder-more = et { $count } de plus : voyez Suivis à faire dans Amex Desk
journal-reminder-your-call = votre appel
journal-reminder-something = quelque chose
journal-reminder-ref = la réf. { $reference }
journal-reminder-follow-up = Faites le suivi avec Amex au sujet de { $about } : { $when }
journal-reminder-promise-today = Relancez Amex au sujet de { $about } : promis { $promised } pour aujourd'hui
journal-reminder-promise = Relancez Amex au sujet de { $about } : promis { $promised }, { $when }
journal-reminder-dispute = { $item } : { $when }
journal-reminder-due-today = échéance aujourd'hui
journal-reminder-was-due-yesterday = échéance hier
journal-reminder-was-due-days-ago = { $days ->
        [one] échéance il y a { $days } jour
       *[other] échéance il y a { $days } jours
    }
journal-reminder-due-in-days = { $days ->
        [one] échéance dans { $days } jour
       *[other] échéance dans { $days } jours
    }
journal-reminder-deadline-today = le délai expire aujourd'hui
journal-reminder-deadline-was-yesterday = le délai a expiré hier
journal-reminder-deadline-was-days-ago = { $days ->
        [one] le délai a expiré il y a { $days } jour
       *[other] le délai a expiré il y a { $days } jours
    }
journal-reminder-deadline-in-days = { $days ->
        [one] le délai expire dans { $days } jour
       *[other] le délai expire dans { $days } jours
    }
journal-reminders-unreadable = Les rappels affichés aujourd'hui n'ont pas pu être lus ; le fichier est laissé tel quel : { $error }
journal-reminders-failed = Les rappels sur le bureau n'ont pas pu s'afficher, il n'y en aura donc plus pendant cette session : { $error }
journal-reminders-not-recorded = Les rappels affichés aujourd'hui n'ont pas été enregistrés : { $error }

## What came in from elsewhere (another window, the command line)

journal-elsewhere-added = { $count ->
        [one] { $count } entrée ajoutée ailleurs
       *[other] { $count } entrées ajoutées ailleurs
    }
journal-elsewhere-updated = { $count ->
        [one] { $count } entrée mise à jour ailleurs
       *[other] { $count } entrées mises à jour ailleurs
    }
journal-elsewhere-removed = { $count ->
        [one] { $count } entrée supprimée ailleurs
       *[other] { $count } entrées supprimées ailleurs
    }
journal-elsewhere-also-updated = { $count ->
        [one] { $count } mise à jour
       *[other] { $count } mises à jour
    }
journal-elsewhere-also-removed = { $count ->
        [one] { $count } supprimée
       *[other] { $count } supprimées
    }
journal-elsewhere-entries = { $parts }.
journal-elsewhere-other = { $count ->
        [one] { $count } note, contestation ou Carte modifiée ailleurs.
       *[other] { $count } notes, contestations ou Cartes modifiées ailleurs.
    }
journal-two-sentences = { $first } { $second }

## Problems found in the journal when it loaded

journal-integrity-heading = { $count ->
        [one] Le journal s'est chargé avec { $count } problème (rien n'a été écarté ni modifié) :
       *[other] Le journal s'est chargé avec { $count } problèmes (rien n'a été écarté ni modifié) :
    }
journal-integrity-more = …et { $count } de plus ; `amex-desk check-journal` les liste tous.
journal-integrity-shared-calls = { $count } appels partagent cet id ; un seul serait gardé
journal-integrity-shared-notes = { $count } notes partagent cet id ; une seule serait gardée
journal-integrity-shared-cases = { $count } contestations partagent cet id ; une seule serait gardée
journal-integrity-shared-cards = { $count } Cartes de fidélisation partagent cet id ; une seule serait gardée
journal-integrity-deleted = qui a été supprimé(e)
journal-integrity-not-in-journal = qui n'est pas dans le journal
journal-integrity-call-links-case = l'appel renvoie à la contestation { $target }, { $why }
journal-integrity-call-links-card = l'appel renvoie à la Carte de fidélisation { $target }, { $why }
journal-integrity-case-lists-call = la contestation mentionne l'appel { $call }, { $why }
journal-integrity-card-lists-call = la Carte de fidélisation mentionne l'appel { $call }, { $why }
