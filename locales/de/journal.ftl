# journal: de

## Journal page: follow-ups due

journal-follow-ups-due = Fällige Nachverfolgungen
journal-follow-ups-empty = Nichts nachzuhaken. Nachverfolgungstermine und Zusagen mit Fälligkeitsdatum erscheinen hier.
journal-open = Öffnen
journal-open-item = { $item } öffnen
journal-kept = Eingehalten
journal-mark-kept = Als eingehalten markieren: { $item }
journal-resolved = Erledigt
journal-mark-resolved = Als erledigt markieren: { $item }

## Journal page: the file, export and import

journal-saved-in = Gespeichert in
journal-saved-note = Wird bei jeder Änderung gespeichert; die letzten 10 Versionen bleiben erhalten (Frühere Versionen, unten).
journal-not-saved = Nicht gespeichert: { $error }
journal-export = Exportieren
journal-export-markdown = Als Markdown exportieren
journal-export-csv = Als CSV exportieren
journal-export-calendar = Kalender exportieren (.ics)
journal-export-calendar-hover = Nachverfolgungen, Zusagen, Reklamationsfristen und Fristen für die Erstattung der Jahresgebühr, für Ihre Kalender-App
journal-import-heading = Von einem anderen Computer importieren
journal-import-file = Zu importierende Datei
journal-choose-file = Datei auswählen...
journal-choose-file-hover = Wählen Sie die Journal-Datei, die importiert und zusammengeführt werden soll
journal-import-merge = Importieren und zusammenführen
journal-import-merge-hover = Fügt die Einträge des anderen Journals hinzu; jeweils die neuere Fassung gilt

## Journal page: earlier versions

journal-earlier-versions = Frühere Versionen
journal-show-earlier-versions = Frühere Versionen anzeigen
journal-no-earlier-versions = Noch keine: Jedes Speichern behält eine (die letzten 10).
journal-backup = { $when } ({ $kb } KB)
journal-restore = Wiederherstellen
journal-restore-version = Version vom { $when } wiederherstellen
journal-restore-hover = Das Journal in seinem jetzigen Stand wird vorher als Sicherung aufbewahrt
journal-hide-earlier-versions = Frühere Versionen ausblenden

## Journal page: the call log

journal-call-log = Anrufprotokoll
journal-new-entry = Neuer Eintrag
journal-new-entry-hover = Einen Anruf, Chat oder Brief festhalten
journal-search = Protokoll durchsuchen
journal-search-hint = Mitarbeiter, Referenz, Stichwörter…
journal-status = Status
journal-status-any = Alle
journal-undo = Rückgängig
journal-log-unreadable = Das Journal konnte nicht gelesen werden, daher werden keine Anrufe angezeigt (die Datei bleibt unverändert): Siehe den Hinweis oben, oder stellen Sie unter Frühere Versionen eine gespeicherte Version wieder her.
journal-log-empty = Noch keine Anrufe notiert. Nachdem Sie eine Nummer kopiert oder angerufen haben, klicken Sie in der Statusleiste auf „Anruf notieren“ oder verwenden Sie Neuer Eintrag.
journal-log-no-match = Kein Eintrag passt zur Suche oder zum Status.
journal-delete = Löschen
journal-delete-entry-named = Eintrag { $title } löschen
journal-edit = Bearbeiten
journal-edit-entry-named = Eintrag { $title } bearbeiten
journal-row-rep = Mitarbeiter: { $rep }
journal-row-follow-up = Nachverfolgen am { $date }
journal-row-promises = { $count ->
        [one] { $count } Zusage
       *[other] { $count } Zusagen
    }, { $open } offen
journal-row-ref = Ref.

## The call-log editor

journal-editor-new = Neuer Eintrag im Anrufprotokoll
journal-editor-edit = Eintrag im Anrufprotokoll bearbeiten
journal-editor-never-card = Geben Sie nie eine vollständige Kartennummer oder Kartenprüfnummer ein: Alles, was danach aussieht, wird vor dem Speichern unkenntlich gemacht.
journal-when-hint = JJJJ-MM-TT HH:MM
journal-date-hint = JJJJ-MM-TT
journal-call-timed = Anruf gestoppt von { $start } bis { $end }: { $times }
journal-contact = Kontakt
journal-contact-none = Keiner
journal-channel = Kanal
journal-channel-phone = Telefon
journal-about = Anliegen
journal-about-not-set = Nicht angegeben
journal-rep = Name oder ID des Mitarbeiters
journal-rep-hint = mit wem Sie gesprochen haben
journal-reference = Referenz
journal-reference-hint = Fall- oder Referenznummer
journal-summary = Zusammenfassung
journal-summary-hint = was gesagt und vereinbart wurde
journal-promises = Zusagen
journal-add-promise = Zusage hinzufügen
journal-promise = Zusage { $n }
journal-promise-hint = was laut Mitarbeiter passieren soll
journal-promise-kept = Zusage { $n } eingehalten
journal-remove-promise = Zusage { $n } entfernen
journal-save-entry = Eintrag speichern
journal-unsaved-changes = Ungespeicherte Änderungen
journal-fix-to-save = Zum Speichern korrigieren: { $fields }
journal-list-separator = {", "}
journal-cancel = Abbrechen
journal-delete-entry = Eintrag löschen
journal-open-dispute = Reklamation zu diesem Anruf anlegen
journal-open-dispute-hover = Legt einen Reklamationsfall an, der mit diesem Anruf verknüpft ist

## Field labels and the problems shown beside fields (shared with the command line)

journal-field-when = Wann
journal-field-follow-up = Nachverfolgungsdatum
journal-promise-due = Zusage { $n } fällig
journal-warning-rep = Mitarbeiter
journal-when-invalid = „{ $text }“ ist kein Datum mit Uhrzeit; schreiben Sie es als JJJJ-MM-TT HH:MM, z. B. 2026-11-18 14:30
journal-field-message = { $field }: { $message }
journal-field-echo = „{ $text }“
journal-field-empty = das Feld ist leer; { $what }
journal-field-not-country = { $value } ist kein Ländercode; verwenden Sie zwei Buchstaben, z. B. US, GB oder DE
journal-field-not-currency = { $value } ist kein Währungscode; verwenden Sie drei Buchstaben, z. B. USD, EUR oder GBP
journal-amount-not-amount = { $value } ist kein Betrag; schreiben Sie ihn wie 212.40 oder 212,40
journal-amount-negative = { $value } ist negativ; geben Sie den belasteten Betrag ohne Minuszeichen ein
journal-amount-malformed = { $value } ist kein Betrag; schreiben Sie ihn wie 1234.56, 1,234.56 oder 1.234,56
journal-amount-zero = { $value } ist null; geben Sie den belasteten Betrag ein
journal-amount-too-large = { $value } ist zu hoch für eine Kartenbelastung; prüfen Sie die Anzahl der Ziffern
journal-amount-ambiguous = { $value } kann { $amount } bedeuten oder eine Dezimalzahl mit drei Nachkommastellen; schreiben Sie { $amount }, wenn Sie das meinen, oder verwenden Sie zwei Nachkommastellen (z. B. 1.23 oder 1,23)
journal-field-not-year = { $value } ist kein Jahr von 1950 bis { $year }; schreiben Sie es wie 2015
journal-field-not-date = { $value } ist kein Datum; schreiben Sie es als TT.MM.JJJJ oder JJJJ-MM-TT, z. B. { $today }
journal-field-date-before-2000 = { $date } liegt vor 2000; prüfen Sie das Jahr
journal-field-date-future = { $date } liegt in der Zukunft; dieses Datum darf nicht nach heute ({ $today }) liegen
journal-field-date-too-far = { $date } liegt mehr als fünf Jahre in der Zukunft; prüfen Sie das Jahr

## What the journal says after an action (the message under the search)

journal-read-only = Das Journal ist schreibgeschützt, daher wird nichts gespeichert (siehe die Meldung oben).
journal-merged = Änderungen aus einem anderen Fenster oder einer anderen Datei zusammengeführt: { $added } hinzugefügt, { $updated } aktualisiert, { $removed } entfernt.
journal-backups-not-listed = Frühere Versionen konnten nicht aufgelistet werden: { $error }
journal-restored-version = Die als { $name } gespeicherte Version wurde wiederhergestellt: { $calls ->
        [one] { $calls } Anruf
       *[other] { $calls } Anrufe
    }, { $cases ->
        [one] { $cases } Fall
       *[other] { $cases } Fälle
    }, { $cards ->
        [one] { $cards } Karte
       *[other] { $cards } Karten
    }. Das Journal im vorherigen Stand bleibt als neueste Sicherung erhalten, daher lässt sich dies auf dieselbe Weise rückgängig machen.
journal-not-restored = Nicht wiederhergestellt: { $error }
journal-saved = Gespeichert.
journal-saved-masked = Gespeichert. { $count ->
        [one] { $count } Kartennummer oder Kartenprüfnummer wurde unkenntlich gemacht.
       *[other] { $count } Kartennummern oder Kartenprüfnummern wurden unkenntlich gemacht.
    }
journal-entry-deleted = Eintrag gelöscht.
journal-restored = Wiederhergestellt.
journal-note-deleted = Notiz gelöscht.
journal-note-pinned = Notiz angeheftet.
journal-note-pinned-masked = Notiz angeheftet. { $count ->
        [one] { $count } Kartennummer oder Code wurde unkenntlich gemacht.
       *[other] { $count } Kartennummern oder Codes wurden unkenntlich gemacht.
    }
journal-export-failed = Export fehlgeschlagen: { $error }
journal-imported = { $path } importiert: { $added } hinzugefügt, { $updated } aktualisiert, { $removed } entfernt.
journal-import-missing = Import fehlgeschlagen: { $path } existiert nicht
journal-import-failed = Import fehlgeschlagen: { $error }
journal-import-problems = {" "}{ $count ->
        [one] { $count } Problem in der Datei
       *[other] { $count } Probleme in der Datei
    } (das erste: { $first }); `amex-desk check-journal FILE` listet sie auf.
journal-letter-sent = Brief gesendet:{" "}
journal-other-window-closed = Das andere Fenster wurde geschlossen: In diesem können Sie jetzt bearbeiten.

## File dialogs: titles, file types, and what their answers lead to

journal-choose-journal-title = Journal-Datei zum Importieren auswählen
journal-choose-evidence-title = Datei für { $item } auswählen
journal-choose-directory-title = Verzeichnisdatei auswählen
journal-choose-update-title = Verzeichnis-Update auswählen (.amexdir)
journal-filter-journal = Journal (RON)
journal-filter-directory = Verzeichnis (RON)
journal-filter-update = Verzeichnis-Update
journal-export-not-saved = Nicht gespeichert.
journal-saved-to-exports = Hier konnte kein Dateidialog angezeigt werden, daher wurde die Datei im Export-Ordner gespeichert: { $path }
journal-no-open-dialog = Hier konnte kein Dateidialog angezeigt werden: Geben Sie den Pfad der Datei stattdessen in das Feld ein.
journal-evidence-not-attached = { $file } wurde nicht angehängt: Der Fall wurde geschlossen, bevor die Datei ausgewählt war.
journal-directory-inspected = { $path } wird zur Prüfung angezeigt. Niemand hat es signiert: { $count ->
        [one] Die Nummer, die es hinzufügt oder ändert, ist als „nicht verifiziert“ markiert
       *[other] Die { $count } Nummern, die es hinzufügt oder ändert, sind als „nicht verifiziert“ markiert
    }, und Prüfen verwendet weiterhin das Verzeichnis in Gebrauch.
journal-directory-rejected = { $path } konnte nicht verwendet werden, daher bleibt das angezeigte Verzeichnis unverändert: { $reason }
journal-saved-on-close = Das Fenster wurde geschlossen, während ein Speichern-Dialog offen war; der Dialog wurde geschlossen und die Datei im Export-Ordner gespeichert: { $path }. Schließen Sie das Fenster erneut, um das Programm zu beenden.
journal-not-saved-on-close = Das Fenster wurde geschlossen, während ein Speichern-Dialog offen war; die Datei konnte nicht im Export-Ordner gespeichert werden ({ $error }). Sonst ging nichts verloren: Exportieren Sie sie erneut, oder schließen Sie das Fenster erneut, um das Programm zu beenden.

## Forms kept from the last close, and entries waiting to open

journal-kept-entry = der Eintrag im Anrufprotokoll
journal-kept-case = der Reklamationsfall
journal-kept-case-named = der Reklamationsfall ({ $merchant })
journal-kept-card = die Karte auf der Seite Kündigung
journal-kept-card-named = die Karte auf der Seite Kündigung ({ $name })
journal-kept-outcome = das Ergebnis des Kündigungsgesprächs
journal-kept-timer = die Stoppuhr des laufenden Anrufs
journal-kept-waiting = { $count ->
        [one] ein Eintrag im Anrufprotokoll, der darauf wartet, geöffnet zu werden
       *[other] { $count } Einträge im Anrufprotokoll, die darauf warten, geöffnet zu werden
    }
journal-list-and = { $rest } und { $last }
journal-kept-from-last-time = Vom letzten Mal aufbewahrt, noch nicht gespeichert: { $what }. Speichern oder schließen Sie es, wenn Sie so weit sind.
journal-entry-waits = Der Eintrag, den Sie bearbeiten, hat ungespeicherte Änderungen: Speichern Sie ihn oder brechen Sie ab, dann öffnet sich der nächste.
journal-more-waiting = { $count ->
        [one] { $count } weiterer Eintrag wartet darauf, geöffnet zu werden: Speichern Sie diesen oder brechen Sie ab.
       *[other] { $count } weitere Einträge warten darauf, geöffnet zu werden: Speichern Sie diesen oder brechen Sie ab.
    }
journal-already-timing = Es wird bereits ein Anruf gestoppt: Klicken Sie zuerst auf Anruf beenden.

## Call log records: statuses, the call timer, follow-ups due, your calls to a line

journal-status-open = Offen
journal-status-waiting-on-amex = Wartet auf Amex
journal-status-resolved = Erledigt
journal-status-escalated = Eskaliert
journal-call-times = { $total } (Warteschleife { $hold }, Gespräch { $talk })
journal-call-times-backwards = die Anrufzeiten enden ({ $end }), bevor sie beginnen ({ $start })
journal-call-times-too-long = Anrufzeiten: Warteschleife und Gespräch ergeben zusammen { $split }, mehr als die Dauer des Anrufs ({ $total })
journal-phase-on-hold = Warteschleife
journal-phase-talking = Im Gespräch
journal-unsafe-removed = {" "}Steuer- oder Bidi-Override-Zeichen wurden entfernt.
journal-due-call = Anruf
journal-due-follow-up = Nachverfolgen: { $about }
journal-due-follow-up-ref = Nachverfolgen: { $about } (Ref. { $reference })
journal-due-promised = Zugesagt: { $promise }
journal-line-stats = Ihre Anrufe bei dieser Nummer: { $calls }
journal-line-stats-hold = Ihre Anrufe bei dieser Nummer: { $calls }, mittlere Wartezeit { $hold }
journal-seconds = { $secs } s
journal-minutes = { $mins } Min.
journal-due-no-merchant = (noch kein Händler)
journal-due-dispute = Reklamation { $merchant }: { $deadline }

## Desktop reminders (notifications)

journal-reminder-title-follow-up = Amex Desk: Nachverfolgung fällig
journal-reminder-title-promise = Amex Desk: Zusage fällig
journal-reminder-title-dispute = Amex Desk: Reklamationsfrist
journal-reminder-title-items = Amex Desk: { $count ->
        [one] { $count } Punkt fällig
       *[other] { $count } Punkte fällig
    }
journal-reminder-more = und { $count } weitere: siehe Fällige Nachverfolgungen in Amex Desk
journal-reminder-your-call = Ihr Anruf
journal-reminder-something = (ohne Text)
journal-reminder-ref = Ref. { $reference }
journal-reminder-follow-up = Bei Amex nachfassen ({ $about }): { $when }
journal-reminder-promise-today = Bei Amex nachhaken ({ $about }): Zusage „{ $promised }“ bis heute
journal-reminder-promise = Bei Amex nachhaken ({ $about }): Zusage „{ $promised }“, { $when }
journal-reminder-dispute = { $item }: { $when }
journal-reminder-due-today = heute fällig
journal-reminder-was-due-yesterday = war gestern fällig
journal-reminder-was-due-days-ago = { $days ->
        [one] war vor { $days } Tag fällig
       *[other] war vor { $days } Tagen fällig
    }
journal-reminder-due-in-days = { $days ->
        [one] fällig in { $days } Tag
       *[other] fällig in { $days } Tagen
    }
journal-reminder-deadline-today = Frist endet heute
journal-reminder-deadline-was-yesterday = Frist endete gestern
journal-reminder-deadline-was-days-ago = { $days ->
        [one] Frist endete vor { $days } Tag
       *[other] Frist endete vor { $days } Tagen
    }
journal-reminder-deadline-in-days = { $days ->
        [one] Frist endet in { $days } Tag
       *[other] Frist endet in { $days } Tagen
    }
journal-reminders-unreadable = Die heute gezeigten Erinnerungen konnten nicht gelesen werden; die Datei bleibt unverändert: { $error }
journal-reminders-failed = Desktop-Erinnerungen konnten nicht angezeigt werden, daher kommen in dieser Sitzung keine weiteren: { $error }
journal-reminders-not-recorded = Die heute gezeigten Erinnerungen wurden nicht vermerkt: { $error }

## What came in from elsewhere (another window, the command line)

journal-elsewhere-added = { $count ->
        [one] { $count } Eintrag anderswo hinzugefügt
       *[other] { $count } Einträge anderswo hinzugefügt
    }
journal-elsewhere-updated = { $count ->
        [one] { $count } Eintrag anderswo aktualisiert
       *[other] { $count } Einträge anderswo aktualisiert
    }
journal-elsewhere-removed = { $count ->
        [one] { $count } Eintrag anderswo entfernt
       *[other] { $count } Einträge anderswo entfernt
    }
journal-elsewhere-also-updated = { $count } aktualisiert
journal-elsewhere-also-removed = { $count } entfernt
journal-elsewhere-entries = { $parts }.
journal-elsewhere-other = { $count ->
        [one] { $count } Notiz, Fall oder Karte anderswo geändert.
       *[other] { $count } Notizen, Fälle oder Karten anderswo geändert.
    }
journal-two-sentences = { $first } { $second }

## Problems found in the journal when it loaded

journal-integrity-heading = { $count ->
        [one] Das Journal wurde mit { $count } Problem geladen (nichts wurde verworfen oder geändert):
       *[other] Das Journal wurde mit { $count } Problemen geladen (nichts wurde verworfen oder geändert):
    }
journal-integrity-more = …und { $count } weitere; `amex-desk check-journal` listet alle auf.
journal-integrity-shared-calls = { $count } Anrufe teilen sich diese ID; nur einer bliebe erhalten
journal-integrity-shared-notes = { $count } Notizen teilen sich diese ID; nur eine bliebe erhalten
journal-integrity-shared-cases = { $count } Reklamationsfälle teilen sich diese ID; nur einer bliebe erhalten
journal-integrity-shared-cards = { $count } Karten (Kündigung) teilen sich diese ID; nur eine bliebe erhalten
journal-integrity-deleted = inzwischen gelöscht
journal-integrity-not-in-journal = nicht im Journal vorhanden
journal-integrity-call-links-case = Anruf verweist auf Reklamationsfall { $target }, { $why }
journal-integrity-call-links-card = Anruf verweist auf Karte (Kündigung) { $target }, { $why }
journal-integrity-case-lists-call = Reklamationsfall nennt Anruf { $call }, { $why }
journal-integrity-card-lists-call = Karte (Kündigung) nennt Anruf { $call }, { $why }
