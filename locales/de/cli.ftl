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
cli-after-none-recorded = keine erfasst
cli-after-no-body = Schritte ohne externe Stelle
cli-after-none-known = keine bekannt
cli-after-rules-secondary = { $rules } ({ $secondary } sekundär)
cli-after-letter-billing-error = Meldung eines Abrechnungsfehlers (Regulation Z)
cli-after-letter-complaint = Beschwerdeschreiben
cli-after-summary = { $markets } Länder: { $with_body } mit Schritten bis zu ihrer externen Stelle, { $with_rules } mit datierten Fristregeln.
