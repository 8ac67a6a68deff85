# disputes: fr

## The disputes page: the list of cases and the blank checklists

disputes-your-cases = Vos contestations
disputes-no-cases = Aucune contestation pour le moment.
disputes-no-merchant = (aucun commerçant)
disputes-open-case = Ouvrir la contestation { $merchant }
disputes-start-case = Nouvelle contestation
disputes-start-case-hint = Choisissez le type de contestation ; « PDF » imprime une liste de contrôle vierge.
disputes-new-case = Nouvelle contestation : { $kind }
disputes-pdf = PDF
disputes-print-checklist = Imprimer la liste de contrôle : { $kind }
disputes-disputing-heading = Contester une dépense
disputes-advice-footer = Créez une contestation à gauche ou ouvrez-en une. Amex Desk n'est pas un outil officiel et ceci n'est pas un conseil juridique.

## The case form

disputes-new-dispute = Nouvelle contestation
disputes-dispute-heading = Contestation : { $merchant }
disputes-case-warning = Amex Desk n'est pas un outil officiel ; ceci n'est pas un conseil juridique. Ne saisissez jamais le numéro complet de votre Carte : au plus les 5 derniers chiffres.
disputes-field-merchant = Commerçant
disputes-merchant-hint = qui vous a débité
disputes-merchant-needed = de qui vient la dépense ?
disputes-field-amount = Montant
disputes-amount-hint = 212.40 ou 212,40
disputes-amount-i-mean = Je veux dire { $amount }
disputes-field-currency = Devise
disputes-type = Type
disputes-field-account = Compte
disputes-status = Statut
disputes-field-transaction-date = Date de la dépense
disputes-field-statement-date = Date du relevé
disputes-field-filed-on = Déposée le
disputes-field-final-response-on = Réponse définitive le
disputes-filed-by = Déposée par
disputes-not-filed-yet = Pas encore
disputes-card-nickname = Nom de la Carte
disputes-card-nickname-hint = p. ex. Gold
disputes-card-last5 = 5 derniers chiffres
disputes-merchant-contacted = J'ai d'abord contacté le commerçant
disputes-within-100-miles = Acheté dans mon État ou à moins de 100 miles
disputes-what-happened = Ce qui s'est passé
disputes-evidence-progress = Justificatifs : { $done } sur { $total } réunis
disputes-item-why-example = { $why } Exemple : { $example }
disputes-note-for = Note pour { $item }
disputes-your-note = Votre note
disputes-file-for = Fichier pour { $item }
disputes-file-hint = chemin du fichier sur votre ordinateur
disputes-attach-file = Joindre un fichier…
disputes-attach-file-hover = Choisir le fichier pour { $item }
disputes-file-missing = fichier introuvable
disputes-deadlines = Délais
disputes-pending-deadline = { $label } : saisissez { $needs } pour calculer la date.
disputes-claims-heading = 15 USC 1666i (réclamations sur des biens ou des services)
disputes-condition-met = remplie
disputes-condition-not-met = non remplie
disputes-not-known-yet = pas encore connu

## The bar under the case form

disputes-save-case = Enregistrer
disputes-unsaved-changes = Modifications non enregistrées
disputes-saved = Enregistrée
disputes-fix-fields = { $count ->
    [one] Corrigez { $count } champ pour enregistrer : { $fields }
   *[other] Corrigez { $count } champs pour enregistrer : { $fields }
}
disputes-close-case = Fermer
disputes-print-packet-a4 = Imprimer le dossier (PDF)
disputes-print-packet-letter = Imprimer le dossier (PDF Letter)
disputes-print-letter = Imprimer la { $letter } (PDF)
disputes-print-referral = Imprimer la lettre à { $body } (PDF)
disputes-referral-hover = Porter l'affaire devant { $body } : { $timeline }
disputes-copy-markdown = Copier en Markdown
disputes-delete-case = Supprimer
disputes-not-saved = Non enregistrée : { $error }
disputes-deleted-case = Contestation supprimée.
disputes-deleted-named = { $merchant } supprimée.
disputes-undo-delete = Annuler la suppression

## Messages after a command

disputes-case-restored = Contestation restaurée.
disputes-case-deleted = Contestation supprimée. Annuler (Ctrl+Z) la rétablit.
disputes-case-saved = Contestation enregistrée.{ $removed }
disputes-case-saved-masked = { $count ->
    [one] Contestation enregistrée. { $count } numéro de Carte ou code a été masqué.{ $removed }
   *[other] Contestation enregistrée. { $count } numéros de Carte ou codes ont été masqués.{ $removed }
}
disputes-copied-markdown = Dossier copié en Markdown.

## Deadlines

disputes-standing-policy = la règle annoncée par l'émetteur
disputes-standing-law = la loi
disputes-standing-regulator = une règle d'une autorité de contrôle
disputes-standing-ombudsman = la règle du médiateur
disputes-standing-secondary = la loi, selon une source secondaire
disputes-span-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
disputes-span-business-days = { $count ->
    [one] { $count } jour ouvré
   *[other] { $count } jours ouvrés
}
disputes-span-months = { $count ->
    [one] { $count } mois
   *[other] { $count } mois
}
disputes-span-months-and-days = { $months } et { $days }
# After "après": "60 jours après le relevé".
disputes-anchor-statement = le relevé
disputes-anchor-filed = votre réclamation
disputes-anchor-charge = la dépense
disputes-anchor-final-response = la réponse définitive
disputes-none-known = Aucun délai enregistré pour { $market } : aucune page que nous avons pu vérifier n'en indique. Faites une réclamation écrite dès que possible, gardez-en une copie et la date, demandez à American Express sa réponse définitive par écrit, et demandez à quel organisme indépendant vous pouvez soumettre la réclamation, et dans quel délai.
disputes-needs-statement-date = la date du relevé
disputes-needs-filed-date = la date de votre réclamation
disputes-needs-charge-date = la date de la dépense
disputes-needs-final-response-date = la date de la réponse définitive
disputes-condition-over-50 = La dépense dépasse { $amount }
disputes-condition-within-100-miles = Achat dans votre État ou à moins de 100 miles de votre adresse
disputes-condition-merchant-first = Vous avez d'abord tenté de bonne foi de régler le problème avec le commerçant

## Where a rule comes from

disputes-source-issuer = émetteur
disputes-source-regulator = autorité de contrôle
disputes-source-ombudsman = médiateur
disputes-source-legislation = texte de loi
disputes-source-secondary = source secondaire
disputes-citation-page-of = page de { $year }
disputes-citation-page-undated = page sans année indiquée
disputes-citation-translation = {" "}(en anglais : « { $text } »)
disputes-citation-secondary = {" "}Seule une source secondaire a été trouvée : elle n'a pas été vérifiée par rapport au texte officiel.
disputes-citation = "{ $quote }"{ $translation } - { $publisher } ({ $kind }), { $url }, { $page }, lue le { $read }.{ $secondary }

## The printed checklist and packet

disputes-not-advice = Amex Desk n'est pas un outil officiel et n'est pas affilié à American Express. Ceci n'est pas un conseil juridique ; vérifiez les règles en vigueur et les conditions générales de votre Carte.
disputes-doc-footer = Amex Desk (non officiel) - imprimé le { $date } - pas un conseil juridique
disputes-checklist-title = Liste de contrôle de contestation : { $kind }
disputes-evidence-to-gather = Justificatifs à réunir
disputes-before-you-file = Avant de contester
disputes-dates = Dates
disputes-write-in-statement-date = Date du relevé (premier relevé où figure la dépense)
disputes-write-in-merchant-contacted = Date à laquelle vous avez contacté le commerçant
disputes-write-in-filed = Date de votre contestation auprès d'American Express
disputes-write-in-reference = Numéro de référence
disputes-unknown-type = Type de contestation inconnu : { $kind }
disputes-packet-evidence = Justificatifs ({ $done } sur { $total } réunis)
disputes-packet-file = fichier : { $file }
disputes-packet-title = Contestation : { $merchant } - { $amount }
disputes-packet-card = Carte
disputes-packet-account-country = Pays du compte-Carte
disputes-packet-not-given = non indiqué
disputes-packet-statement-date = Date du relevé
disputes-packet-filed = Déposée auprès de l'émetteur
disputes-packet-final-response = Réponse définitive
disputes-packet-merchant-contacted = Commerçant contacté d'abord
disputes-yes = oui
disputes-no = non
disputes-packet-needs = il manque { $needs }
disputes-source = Source : { $citation }
disputes-packet-doc-title = Dossier de contestation : { $merchant }
disputes-calls-heading = Appels et contacts
disputes-no-calls = Aucun appel lié pour le moment.
disputes-call-no-reference = sans référence
disputes-call-reference = réf. { $reference }
disputes-call-rep = , conseiller { $rep }
disputes-call-timed = , appel { $times }

## The letters to American Express (the US billing-error notice, the complaint elsewhere)

disputes-letter-name-billing-error = lettre d'erreur de facturation
disputes-letter-name-complaint = lettre de réclamation
disputes-letter-name-unauthorised = notification d'un paiement non autorisé
disputes-letter-name-section-75 = réclamation au titre de la section 75
disputes-letter-stated-business-days = {" "}d'ici le { $due }, dans les { $days } jours ouvrés qu'indique votre propre page de réclamations ({ $url })
disputes-letter-stated-days = {" "}d'ici le { $due }, dans les { $days } jours qu'indique votre propre page de réclamations ({ $url })
disputes-letter-no-charge-date = [date de la dépense]
disputes-letter-your-name = Vos nom et prénom
disputes-letter-your-address = Votre adresse
disputes-letter-address-line-2 = Complément d'adresse
disputes-letter-date = Date : { $date }
disputes-letter-account = Compte
disputes-letter-charge = Dépense
disputes-letter-charge-text = { $amount } chez { $merchant } le { $date }
disputes-letter-merchant-contacted = J'ai contacté le commerçant avant de vous écrire, sans obtenir de solution.
disputes-letter-merchant-not-contacted = [Indiquez quand vous avez contacté le commerçant et ce qu'il vous a répondu.]
disputes-letter-enclosed = Vous trouverez ci-joint la copie de mes pièces justificatives.
disputes-letter-signature = Signature
disputes-complaint-to = À : American Express, service des réclamations (utilisez l'adresse figurant sur votre relevé ou sur la page de réclamations d'American Express de votre pays).
disputes-complaint-title = Réclamation concernant une dépense
disputes-complaint-opening = Je vous adresse une réclamation formelle concernant la dépense ci-dessus ({ $kind }).
disputes-complaint-describe = [Expliquez en une ou deux phrases ce qui s'est passé et pourquoi la dépense est injustifiée.]
disputes-complaint-request = Je vous prie d'examiner ma réclamation, de me rembourser la dépense ainsi que les frais ou intérêts qui s'y rapportent, et de m'envoyer votre réponse définitive par écrit{ $stated }. Si vous ne pouvez pas la résoudre, merci de m'indiquer dans cette réponse à quel organisme indépendant je peux soumettre ma réclamation, et dans quel délai.
disputes-complaint-closing = Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
disputes-complaint-small-print = Envoyez-la dès que possible, gardez-en une copie et une preuve d'envoi. La loi de votre pays peut vous donner des délais et un organisme indépendant auquel vous adresser ; cette lettre ne s'appuie sur aucune loi en particulier. { disputes-not-advice }
disputes-unauthorised-title = Notification d'un paiement non autorisé
disputes-unauthorised-opening = Je n'ai ni effectué ni autorisé le paiement ci-dessus, et je n'ai permis à personne d'autre d'utiliser ma Carte pour l'effectuer. Je vous le signale sans tarder.
disputes-unauthorised-noticed = Date à laquelle j'ai constaté le paiement
disputes-unauthorised-describe = [Indiquez comment vous avez découvert le paiement, et si vous avez toujours votre Carte en votre possession.]
disputes-unauthorised-relies-on = Je m'appuie sur { $source } : un paiement non autorisé doit être corrigé lorsqu'il est signalé sans tarder, et au plus tard dans les { $span } suivant le jour où il a été débité{ $due }.
disputes-letter-relies-due = {" "}(pour ce paiement : au plus tard le { $due })
disputes-letter-relies-on-note = Je m'appuie sur { $note }
disputes-unauthorised-request = Je vous prie de me rembourser ce paiement, de rétablir mon compte dans l'état où il se serait trouvé si le paiement n'avait pas eu lieu, et de me le confirmer par écrit. Si ce n'est pas déjà fait, merci de bloquer la Carte et de m'en envoyer une nouvelle.
disputes-unauthorised-small-print = Signalez aussi le paiement par téléphone ou dans l'app : un courrier est plus lent. Gardez une copie de la lettre et une preuve d'envoi. La page dont provient la règle est citée ci-dessus. { disputes-not-advice }
disputes-section75-title = Réclamation au titre de la section 75 du Consumer Credit Act 1974
disputes-section75-opening = J'ai payé l'achat ci-dessus avec ma Carte de crédit, et le fournisseur n'a pas respecté notre contrat ou a fait des déclarations trompeuses sur ce qu'il a vendu ({ $kind }).
disputes-section75-describe = [Indiquez ce que vous avez acheté, ce que le fournisseur avait promis et ce qui n'a pas fonctionné.]
disputes-section75-request = En tant qu'émetteur de la Carte, vous êtes responsable au même titre que le fournisseur. Je vous prie de me rembourser { $amount } ainsi que les intérêts ou frais qui s'y rapportent, et de m'envoyer votre réponse définitive par écrit{ $stated }.
disputes-section75-small-print = La section 75 couvre un achat effectué par carte de crédit (pas par charge card), pour un article dont le prix au comptant est supérieur à £100 sans dépasser £30,000. Si American Express rejette la réclamation, vous pouvez saisir le Financial Ombudsman Service. { disputes-not-advice }
disputes-billing-to = À : American Express, service des demandes de facturation (utilisez l'adresse pour les erreurs de facturation imprimée sur votre relevé).
disputes-billing-title = Notification d'une erreur de facturation
disputes-billing-statement = Relevé
disputes-billing-statement-closing = arrêté au { $date }
disputes-billing-no-statement-date = [date du relevé]
disputes-billing-opening = Je vous écris pour contester la dépense ci-dessus, qui constitue selon moi une erreur de facturation : { $kind }.
disputes-billing-describe = [Expliquez en une ou deux phrases pourquoi la dépense est injustifiée.]
disputes-billing-request = Je vous prie de corriger cette erreur, de recréditer les frais financiers ou autres frais qui s'y rapportent et de m'envoyer une explication. Je comprends que, pendant votre examen, je ne suis pas tenu(e) de payer le montant contesté.
disputes-billing-closing = Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
disputes-billing-small-print = Selon la Regulation Z américaine (12 CFR 1026.13), cette notification doit parvenir à l'émetteur dans les 60 jours suivant l'envoi du premier relevé faisant apparaître l'erreur. Envoyez-la à l'adresse des demandes de facturation indiquée sur votre relevé, gardez-en une copie et pensez à un accusé de réception. { disputes-not-advice }

## Dispute case status

disputes-status-preparing = En préparation
disputes-status-contacted-merchant = Commerçant contacté
disputes-status-filed-with-amex = Déposée auprès d'Amex
disputes-status-acknowledged = Réception confirmée
disputes-status-resolved-in-my-favour = Résolue en ma faveur
disputes-status-resolved-against = Résolue en ma défaveur
disputes-status-escalated = Portée plus loin
disputes-card-not-given = Carte non indiquée
disputes-card-ending = Carte se terminant par { $last }
disputes-card-named-ending = { $name } se terminant par { $last }

## Retention cards: yearly spend and offers

disputes-spend-not-given = non indiqué
disputes-spend-under-5k = moins de 5 000 par an
disputes-spend-5k-to-15k = 5 000 à 15 000 par an
disputes-spend-15k-to-50k = 15 000 à 50 000 par an
disputes-spend-over-50k = plus de 50 000 par an
disputes-offer-points = Points
disputes-offer-statement-credit = Crédit sur relevé
disputes-offer-different-card = Autre Carte
disputes-offer-other = Autre
disputes-offer-none = aucune offre
disputes-offer-after = {" "}après { $requirement }
disputes-offer-by = {" "}d'ici le { $date }
disputes-offer-accepted = {" "}(acceptée)
