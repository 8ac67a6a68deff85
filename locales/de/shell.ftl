# The window's frame: title, top bar, tabs, banners and status bar (German).

shell-subtitle = inoffiziell · offline
shell-search = Suchen
shell-search-hint = Nummer, Land, Anliegen… (Strg+F oder /)
shell-verify = Prüfen
shell-verify-hover = Gehört diese Nummer, dieser Link oder diese E-Mail-Adresse wirklich zu American Express?
shell-verify-hint = Nummer, Link oder E-Mail einfügen
shell-verdict-amex = AMERICAN EXPRESS
shell-verdict-not-amex = NICHT AMERICAN EXPRESS
shell-verdict-unknown = UNBEKANNT
shell-verdict-invalid = UNGÜLTIG
shell-clear = Leeren
shell-calling-from = Anruf aus
shell-calling-from-hover = Nummern werden so angezeigt und kopiert, wie Sie sie aus diesem Land wählen
shell-theme-system = Systemdesign
shell-theme-light = Helles Design
shell-theme-dark = Dunkles Design
shell-theme-hover = Zwischen System, hell und dunkel wechseln
shell-reminders = Desktop-Erinnerungen
shell-reminders-hover = Benachrichtigen, wenn eine Nachverfolgung, eine Zusage oder eine Frist einer Reklamation fällig ist (je einmal am Tag)
shell-language = Sprache
shell-language-hover = Die Sprache des Fensters, der Ausdrucke und der Befehlszeile
shell-language-system = System ({ $name })
shell-no-cjk-font = Auf diesem Computer wurde keine japanische Schrift gefunden, daher erscheint japanischer Text als Kästchen. Installieren Sie eine (unter Linux: Noto Sans CJK, Paket fonts-noto-cjk) und starten Sie Amex Desk neu.
shell-update-offer = Verzeichnis-Update { $serial } (erstellt { $compiled }), signiert mit Schlüssel { $key }.
shell-update-apply = Dieses Update anwenden
shell-update-decline = Nicht anwenden
shell-update-changes = Was es ändert:
shell-dismiss = Schließen
shell-dismiss-journal-problems = Journal-Probleme schließen
shell-journal-read-only = Ihr Journal ist schreibgeschützt: { $problem } Nichts wird gespeichert, bis die Datei repariert oder beiseitegelegt ist; die Nummern funktionieren weiter. Auf der Seite Journal stellt „Frühere Versionen“ eine zuvor gespeicherte Version wieder her (die unlesbare Datei bleibt als Sicherung erhalten).
shell-tab-numbers = Nummern
shell-tab-journal = Journal
shell-tab-journal-overdue = Journal ({ $count } überfällig)
shell-tab-prep = Anruf vorbereiten
shell-tab-disputes = Reklamationen
shell-tab-retention = Kündigung
shell-log-this-call = Anruf notieren
shell-log-this-call-hover = Öffnet einen Eintrag im Anrufprotokoll für diese Nummer, mit dem jetzigen Zeitpunkt
shell-never-asks-pin = Amex ruft nie an, um Ihre PIN oder einen Einmalcode zu erfragen.
shell-on-call = Im Gespräch mit { $line } { $elapsed } (Warteschleife { $hold })
shell-call-phase-hover = Welcher Teil des Anrufs das ist: die Zeit wird auf beide aufgeteilt
shell-end-call = Anruf beenden
shell-end-call-hover = Hält die Stoppuhr an und öffnet den Eintrag des Anrufs mit seinen Zeiten
shell-days-ago = { $days ->
    [one] vor { $days } Tag
   *[other] vor { $days } Tagen
}
shell-today = heute
shell-tomorrow = morgen
shell-in-days = in { $days } Tagen
shell-days-overdue = { $days ->
    [one] { $days } Tag überfällig
   *[other] { $days } Tage überfällig
}
shell-due-today = heute fällig
shell-due-tomorrow = morgen fällig
# Ein Tag: 5.12.2026. $day, $month (1 bis 12), $year: Zahlen.
shell-date = { $day }.{ $month }.{ $year }
shell-unsigned-not-used = Mit dem verwendeten Verzeichnis geprüft: Die angezeigte Datei ist nicht signiert und wird daher nie zum Prüfen einer Nummer verwendet.
