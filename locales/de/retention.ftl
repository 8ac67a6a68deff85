# retention: de

## The card list and the prep summary (window)
retention-your-cards = Ihre Karten
retention-new-card = Neue Karte
retention-no-card-yet = Fügen Sie eine Karte hinzu, um Mitgliedsdauer, letzte Angebote und die Frist für die Erstattung der Jahresgebühr zu sehen.
retention-before-the-call = Vor dem Anruf
retention-prep-line = { $label }: { $value }
retention-refund-days-left = { $days ->
    [one] Noch { $days } Tag, um mit Erstattung der Jahresgebühr zu kündigen
   *[other] Noch { $days } Tage, um mit Erstattung der Jahresgebühr zu kündigen
}
retention-refund-window-passed = Die Erstattungsfrist ist abgelaufen

## The card form
retention-nickname = Bezeichnung
retention-nickname-hint = z. B. Gold
retention-nickname-needed = geben Sie der Karte eine Bezeichnung, z. B. Gold
retention-account-country = Land des Kartenkontos
retention-not-set = Nicht angegeben
retention-tier = Kartenart
retention-member-since = Mitglied seit
retention-member-since-hint = Jahr, z. B. 2015
retention-annual-fee = Jahresgebühr
retention-annual-fee-hint = z. B. 325
retention-fee-posted = Gebühr belastet am
retention-fee-statement-closes = Abrechnungsschluss (Gebühr)
retention-spend = Umsatz
retention-last-5-digits = Letzte 5 Ziffern
retention-optional = optional
retention-not-saved = Nicht gespeichert: { $reason }
retention-fix-to-save = Zum Speichern korrigieren: { $fields }
retention-save-card = Karte speichern
retention-card-saved = Karte gespeichert.
retention-save-card-first = Speichern Sie zuerst die Karte.

## The script card (window)
retention-script-title = Leitfaden für das Kündigungsgespräch
retention-step-of = Schritt { $step } von { $steps }: { $title }
retention-say-instead = oder: { $words }
retention-previous-step = Vorheriger Schritt
retention-next-step = Nächster Schritt
retention-next-step-keys = N oder Pfeil nach rechts: nächster Schritt
retention-do = Empfohlen
retention-dont = Vermeiden
retention-record-outcome = Ergebnis festhalten
retention-record-outcome-hover = Nach dem Anruf: die Angebote, was Sie angenommen haben, die Referenznummer
retention-print-script-card = Leitfaden drucken (PDF)

## The outcome form
retention-what-happened = Ergebnis des Anrufs
retention-offer-kind = Art von Angebot { $number }
retention-offer = Angebot { $number }
retention-offer-hint = z. B. 30.000 Punkte
retention-offer-spend = Mindestumsatz Angebot { $number }
retention-offer-spend-hint = z. B. 3.000 € in 3 Monaten
retention-offer-deadline = Frist Angebot { $number }
retention-date-hint = JJJJ-MM-TT
retention-offer-accepted = Angebot { $number } angenommen
retention-remove-offer = Angebot { $number } entfernen
retention-add-offer = Angebot hinzufügen
retention-rep = Name oder ID der Kontaktperson
retention-rep-hint = mit wem Sie gesprochen haben
retention-reference = Referenz
retention-reference-hint = Referenznummer
retention-save-outcome = Ergebnis speichern
retention-cancel-outcome = Ergebnis verwerfen
retention-outcome-recorded = Ergebnis gespeichert: Es steht im Verlauf der Karte und im Anrufprotokoll.
retention-call-summary = Kündigungsgespräch zu { $card }: { $outcome }
retention-spend-promise = Mindestumsatz für { $offer } erreichen: { $spend }

## The history
retention-history = Verlauf: { $card }
retention-no-calls-yet = Noch keine Kündigungsgespräche festgehalten.
retention-history-call = { $date }: { $outcome }
retention-history-call-with-reference = { $date }: { $outcome }, Ref. { $reference }

## The refund note (no refund rule known for the card's country)
retention-no-refund-rule = Für Kartenkonten aus { $country } ist keine Regel zur Erstattung der Jahresgebühr hinterlegt: Die Erstattung innerhalb von 30 Tagen ist eine US-Regel. Fragen Sie im Gespräch, ob die Jahresgebühr bei einer Kündigung erstattet wird, und notieren Sie die Antwort.
retention-no-refund-rule-country-unset = Für diese Karte (ihr Land ist nicht angegeben) ist keine Regel zur Erstattung der Jahresgebühr hinterlegt: Die Erstattung innerhalb von 30 Tagen ist eine US-Regel. Fragen Sie im Gespräch, ob die Jahresgebühr bei einer Kündigung erstattet wird, und notieren Sie die Antwort.

## The prep summary (window, command line and printed card)
retention-prep-card = Karte
retention-prep-card-ending = { $card }, Endziffern { $last }
retention-prep-member-for = Mitgliedsdauer
retention-prep-member-years = { $years ->
    [one] { $years } Jahr (seit { $since })
   *[other] { $years } Jahre (seit { $since })
}
retention-prep-not-given = nicht angegeben
retention-prep-annual-fee = Jahresgebühr
retention-prep-fee-posted = { $fee }, belastet am { $date }
retention-prep-yearly-spend = Jahresumsatz
retention-prep-offer-12-months = Halteangebot in den letzten 12 Monaten angenommen
retention-prep-offer-24-months = ... in den letzten 24 Monaten
retention-prep-yes = ja
retention-prep-no = nein
retention-prep-refund-window = Frist für Gebührenerstattung
retention-prep-refund-close-by = { $days ->
    [one] bis { $date } kündigen, damit die Gebühr erstattet wird (noch { $days } Tag)
   *[other] bis { $date } kündigen, damit die Gebühr erstattet wird (noch { $days } Tage)
}
retention-prep-refund-ended = abgelaufen am { $date }
retention-prep-refund-needs-closing-date = geben Sie das Abschlussdatum der Abrechnung mit der Jahresgebühr ein

## The printed script card
retention-doc-title = Kündigungsgespräch: Leitfaden
retention-doc-your-card = Ihre Karte
retention-doc-earlier-call = Anruf vom { $date }: { $outcome }
retention-doc-have-ready = Bereithalten
retention-doc-do-dont = Empfohlen / vermeiden
retention-doc-do = Empfohlen: { $item }
retention-doc-what-happened = Ergebnis
retention-doc-offers = Angebot(e)
retention-doc-accepted = Angenommen
retention-doc-spend-and-deadline = Mindestumsatz und Frist
retention-doc-rep = Kontaktperson
retention-doc-reference-number = Referenznummer
retention-doc-footer = Amex Desk (inoffiziell) - gedruckt am { $date } - Quellen: ein US-Kundenservice-Ratgeber (Artikel eines Dritten); die Regel zur Gebührenerstattung: das US Cardmember Agreement von Amex, zitiert von Doctor of Credit (Sekundärquelle)
