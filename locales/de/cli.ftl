# cli: de

## Files written
cli-wrote = Geschrieben: { $path }
cli-cannot-write = { $path } kann nicht geschrieben werden: { $error }
cli-cannot-write-json = JSON kann nicht geschrieben werden: { $error }

## find
cli-find-no-match = Keine Nummer passt. Rufen Sie die Nummer auf der Rückseite Ihrer Karte an: Sie ist immer die richtige für Ihre Karte.
cli-find-general-line = Allgemeine Nummer ({ $country }): { $number } ({ $line }, { $status })
cli-could-not-copy = Kopieren nicht möglich: { $error }
cli-copied = Kopiert: { $number } ({ $line })
cli-advice-cards = Karten ({ $country }): { $number }  ({ $line })
cli-not-verified = NICHT GEPRÜFT: steht nur in einer Verzeichnisdatei, die niemand signiert hat; vertrauen Sie dieser Nummer nicht, rufen Sie die Nummer auf der Rückseite Ihrer Karte an.
cli-col-status = STATUS
cli-col-number = NUMMER
cli-col-country = LAND
cli-col-label = BEZEICHNUNG
cli-use-instead = Wählen Sie stattdessen { $number }.
cli-lines-shown = { $count ->
    [one] { $count } Nummer, so angezeigt, wie sie von hier gewählt wird ({ $from }). Unsicher? Rufen Sie die Nummer auf der Rückseite Ihrer Karte an.
   *[other] { $count } Nummern, so angezeigt, wie sie von hier gewählt werden ({ $from }). Unsicher? Rufen Sie die Nummer auf der Rückseite Ihrer Karte an.
}

## verify
cli-verdict-amex = AMEX
cli-verdict-not-amex = NICHT AMEX
cli-verdict-unknown = UNBEKANNT
cli-verdict-invalid = UNGÜLTIG
cli-verdict-line = { $verdict }: { $finding }
cli-verify-contact = { $number } [{ $status }] { $line } — Quellen: { $sources }

## directory
cli-lines-in-markets = { $lines } Nummern in { $markets } Ländern:
cli-signed-update = Signiertes Update { $serial } (erstellt { $compiled }) mit Schlüssel { $key } ({ $note }). Es ersetzt Update { $current } (erstellt { $current_compiled }).
cli-update-not-applied = Nicht angewendet: Es wurde nichts geändert. Führen Sie den Befehl mit --yes erneut aus, um das Update anzuwenden.
cli-update-applied = Angewendet: Update { $serial } ist in Gebrauch. `amex-desk directory rollback` macht es rückgängig.
cli-apply-prompt = Anwenden? [y/N]
cli-cannot-read-answer = Antwort kann nicht gelesen werden: { $error }
cli-rolled-back-previous = Zurückgesetzt: Das Update vor dem letzten ist wieder in Gebrauch.
cli-rolled-back-built-in = Zurückgesetzt: Das in diese App eingebaute Verzeichnis ist wieder in Gebrauch.
cli-nothing-to-undo = Nichts rückgängig zu machen: Es wurde kein Update angewendet; das eingebaute Verzeichnis ist in Gebrauch.
cli-report-exists = { $path } gibt es schon; wählen Sie einen anderen Namen (eine Meldung ersetzt nie eine Datei)

## coverage --after: what each market has after the number
cli-after-col-market = LAND
cli-after-col-body = EXTERNE STELLE (LETZTER SCHRITT)
cli-after-col-rules = FRISTREGELN
cli-after-col-letter = SCHREIBEN
cli-after-col-personal = PRIVAT
cli-after-none-recorded = keine erfasst
cli-after-no-body = Schritte ohne externe Stelle
cli-after-none-known = keine bekannt
cli-after-rules-secondary = { $rules } ({ $secondary } sekundär)
cli-after-letter-billing-error = Meldung eines Abrechnungsfehlers (Regulation Z)
cli-after-letter-complaint = Beschwerde
cli-after-letter-unauthorised = nicht autorisierte Zahlung
cli-after-letter-section-75 = Anspruch nach Section 75
cli-after-letter-referral = Schreiben an die externe Stelle
cli-after-personal-legend = PRIVAT: die eigene Nummer des Landes für private Karten (O offiziell, C bestätigt, s eine Quelle, . keine).
cli-after-summary = { $markets } Länder: { $with_body } mit Schritten bis zu ihrer externen Stelle, { $with_rules } mit datierten Fristregeln.

## Arguments checked (the flag's name comes first, as typed)
cli-date-empty = { $flag }: das Feld ist leer; schreiben Sie ein Datum als JJJJ-MM-TT, z. B. { $today }
cli-not-a-country = { $flag } { $code }: kein Ländercode, den dieses Verzeichnis oder libphonenumber kennt (verwenden Sie zwei Buchstaben, z. B. GB)
cli-amount-empty = --amount: das Feld ist leer; schreiben Sie den Betrag z. B. als 212.40
cli-no-such-contact = --contact { $id }: diesen Kontakt gibt es nicht; `amex-desk find --json` listet die IDs auf
cli-no-such-card = --card { $nickname }: diese Karte gibt es nicht; fügen Sie sie mit `amex-desk retention card --nickname { $nickname }` hinzu
cli-unknown-dispute-type = --type { $kind }: unbekannt; `amex-desk dispute types` listet die Arten auf
cli-no-such-case = --case { $id }: diesen Fall gibt es nicht; `amex-desk dispute list` zeigt die IDs
cli-several-cases = --case { $id }: passt zu mehreren Fällen; geben Sie mehr von der ID an

## What was cleaned from the text before it was saved
cli-last5-kept = --last5: nur die letzten 5 Ziffern wurden behalten
cli-removed-unsafe = Steuerzeichen oder Bidi-Override-Zeichen wurden aus dem Text entfernt (Terminal-Escape-Sequenzen werden nie gespeichert)
cli-removed-unsafe-count = { $flag }: { $count } Steuer- oder Bidi-Override-Zeichen entfernt (Terminal-Escape-Sequenzen werden nie gespeichert)
cli-masked-card-number = { $flag }: eine Kartennummer wurde unkenntlich gemacht (gespeichert als „{ $saved }“); schreiben Sie nie Kartennummern oder Kartenprüfnummern ins Journal
cli-masked-security-code = { $flag }: eine Kartenprüfnummer wurde unkenntlich gemacht (gespeichert als „{ $saved }“); schreiben Sie nie Kartennummern oder Kartenprüfnummern ins Journal
cli-masked-in-text = { $count ->
    [one] { $count } Kartennummer oder Kartenprüfnummer im Text unkenntlich gemacht
   *[other] { $count } Kartennummern oder Kartenprüfnummern im Text unkenntlich gemacht
}

## log
cli-no-calls = Noch keine Anrufe protokolliert.
cli-nothing-due = Nichts fällig.
cli-log-ref = Ref.
cli-logged = Anruf { $id } in { $path } protokolliert
cli-file-missing = { $path } existiert nicht
cli-imported = { $path } importiert: { $added } hinzugefügt, { $updated } aktualisiert, { $removed } entfernt.
cli-cannot-list = { $path } kann nicht aufgelistet werden: { $error }
cli-no-backups = Noch keine Sicherungen: Jedes Speichern des Journals behält eine (die letzten 10).
cli-backup-bytes = { $count ->
    [one] { $count } Byte
   *[other] { $count } Bytes
}
cli-restored = { $backup } in { $path } wiederhergestellt: { $calls ->
        [one] { $calls } Anruf
       *[other] { $calls } Anrufe
    }, { $cases ->
        [one] { $cases } Fall
       *[other] { $cases } Fälle
    }, { $cards ->
        [one] { $cards } Karte
       *[other] { $cards } Karten
    }. Das Journal im vorherigen Stand ist die vorletzte Sicherung (`amex-desk log backups`).

## dispute
cli-dispute-type-items = { $name } ({ $count ->
        [one] { $count } Punkt
       *[other] { $count } Punkte
    })
cli-no-dispute-cases = Keine Reklamationen.
cli-deadline-days = { $label } { $due } ({ $count ->
        [one] { $count } Tag
       *[other] { $count } Tage
    })
cli-no-external-body = Für Kartenkonten in { $country } ist noch keine externe Stelle erfasst: Fragen Sie American Express in seiner abschließenden Antwort, an welche Stelle Sie sich wenden können (`amex-desk coverage --after` listet die Länder auf, die eine haben)

## export
cli-wrote-events = { $count ->
    [one] { $count } Termin in { $path } geschrieben
   *[other] { $count } Termine in { $path } geschrieben
}

## retention
cli-saved = Gespeichert: { $name }
cli-call-of = Anruf vom { $date }: { $summary }
cli-sources = Quellen: { $sources }

## The directory file
cli-directory-errors = das Verzeichnis enthält Fehler:
cli-directory-file-rejected = { $path } konnte nicht verwendet werden, daher wird das Verzeichnis in Gebrauch angezeigt: { $problem }

## check-journal and check-data
cli-no-such-file = { $path }: Datei nicht gefunden
cli-journal-ok = { $path }: ok: { $calls ->
        [one] { $calls } Anruf
       *[other] { $calls } Anrufe
    }, { $notes ->
        [one] { $notes } Notiz
       *[other] { $notes } Notizen
    }, { $cases ->
        [one] { $cases } Reklamationsfall
       *[other] { $cases } Reklamationsfälle
    }, { $cards ->
        [one] { $cards } Karte (Kündigung)
       *[other] { $cards } Karten (Kündigung)
    }
cli-problems-found = { $count ->
    [one] { $count } Problem gefunden:
   *[other] { $count } Probleme gefunden:
}
cli-file-problems-found = { $path }: Probleme gefunden:
cli-data-ok = { $path }: ok: { $summary }
cli-guidance-summary = { $bodies } Stellen ({ $with_pages } mit zitierten Seiten), { $ladders } Eskalationswege
cli-disputes-summary = { $types } Reklamationsarten, { $rules } Fristregeln, jede mit ihrer zitierten Seite ({ $secondary } nur aus einer Sekundärquelle)
cli-directory-ok = { $path }: ok: { $contacts } Kontakte, { $sources } Quellen, { $countries } Länder ({ $by_status })
cli-printed-mismatch = { $path }: { $count ->
    [one] { $count } gedruckte Nummer passt nicht zu ihrem Kontakt:
   *[other] { $count } gedruckte Nummern passen nicht zu ihrem Kontakt:
}
cli-product-mismatch = { $path }: { $count ->
    [one] { $count } Nummer ist für weniger ausgewiesen, als ihre Seiten sagen:
   *[other] { $count } Nummern sind für weniger ausgewiesen, als ihre Seiten sagen:
}

## Copying (find --copy)
cli-no-own-executable = das eigene Programm ist nicht zu finden: { $error }
cli-cannot-start-helper = der Zwischenablage-Helfer kann nicht gestartet werden: { $error }
cli-cannot-pass-text = der Text kann nicht an den Zwischenablage-Helfer übergeben werden: { $error }
cli-helper-no-answer = der Zwischenablage-Helfer wurde ohne Antwort beendet
cli-no-clipboard = keine Zwischenablage verfügbar: { $error }
cli-cannot-set-clipboard = die Zwischenablage kann nicht gesetzt werden: { $error }
cli-letter-not-offered = Kein Schreiben „{ $letter }“ für diesen Fall: Für das Land seines Kartenkontos ({ $country }) ist keine Regel erfasst, die es vorsieht. Schreiben für diesen Fall: { $letters }.
