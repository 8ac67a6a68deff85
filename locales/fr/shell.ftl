# The window's frame: title, top bar, tabs, banners and status bar (French).

shell-subtitle = non officiel · hors ligne
shell-search = Rechercher
shell-search-hint = numéro, pays, problème… (Ctrl+F ou /)
shell-verify = Vérifier
shell-verify-hover = Ce numéro, ce lien ou cette adresse e-mail est-il vraiment American Express ?
shell-verify-hint = collez un numéro, un lien ou un e-mail
shell-verdict-amex = AMERICAN EXPRESS
shell-verdict-not-amex = PAS AMERICAN EXPRESS
shell-verdict-unknown = INCONNU
shell-verdict-invalid = NON VALIDE
shell-clear = Effacer
shell-calling-from = Vous appelez de
shell-calling-from-hover = Les numéros sont affichés et copiés tels que vous les composeriez depuis ce pays
shell-theme-system = Thème du système
shell-theme-light = Thème clair
shell-theme-dark = Thème sombre
shell-theme-hover = Passer du thème du système au clair puis au sombre
shell-reminders = Rappels sur le bureau
shell-reminders-hover = Prévenir quand un suivi, une promesse ou un délai de contestation arrive à échéance (une fois par jour chacun)
shell-language = Langue
shell-language-hover = La langue de la fenêtre, des documents imprimés et de la ligne de commande
shell-language-system = Système ({ $name })
shell-no-cjk-font = Aucune police japonaise n'a été trouvée sur cet ordinateur : le texte japonais s'affiche sous forme de carrés. Installez-en une (sous Linux : Noto Sans CJK, paquet fonts-noto-cjk) et redémarrez Amex Desk.
shell-update-offer = Mise à jour de l'annuaire { $serial } (compilée le { $compiled }), signée par la clé { $key }.
shell-update-apply = Appliquer cette mise à jour
shell-update-decline = Ne pas appliquer
shell-update-changes = Ce qu'elle change :
shell-dismiss = Fermer
shell-dismiss-journal-problems = Fermer les problèmes du journal
shell-journal-read-only = Votre journal est en lecture seule : { $problem } Rien ne sera enregistré tant que le fichier n'est pas réparé ou mis de côté ; les numéros fonctionnent toujours. Sur la page Journal, Versions précédentes remet une version enregistrée auparavant (le fichier illisible est gardé en copie).
shell-tab-numbers = Numéros
shell-tab-journal = Journal
shell-tab-journal-overdue = Journal ({ $count } en retard)
shell-tab-prep = Préparer l'appel
shell-tab-disputes = Contestations
shell-tab-retention = Fidélisation
shell-log-this-call = Noter cet appel
shell-log-this-call-hover = Ouvre une entrée du journal d'appels pour cette ligne, datée de maintenant
shell-never-asks-pin = Amex n'appelle jamais pour vous demander votre code PIN ou un code à usage unique.
shell-on-call = En ligne avec { $line } { $elapsed } (attente { $hold })
shell-call-phase-hover = Quelle partie de l'appel c'est : le temps est réparti entre les deux
shell-end-call = Fin d'appel
shell-end-call-hover = Arrête le chronomètre et ouvre l'entrée de l'appel avec ses durées
shell-days-ago = { $days ->
    [one] il y a { $days } jour
   *[other] il y a { $days } jours
}
shell-today = aujourd'hui
shell-tomorrow = demain
shell-in-days = dans { $days } jours
shell-days-overdue = { $days ->
    [one] { $days } jour de retard
   *[other] { $days } jours de retard
}
shell-due-today = à faire aujourd'hui
shell-due-tomorrow = à faire demain
# Un jour : 5 déc. 2026. $day, $month (1 à 12), $year : des nombres.
shell-date = { $day } { $month ->
    [1] janv.
    [2] févr.
    [3] mars
    [4] avr.
    [5] mai
    [6] juin
    [7] juil.
    [8] août
    [9] sept.
    [10] oct.
    [11] nov.
   *[12] déc.
    } { $year }
shell-unsigned-not-used = Vérifié avec l'annuaire utilisé : le fichier affiché n'est pas signé, il ne sert donc jamais à vérifier un numéro.
