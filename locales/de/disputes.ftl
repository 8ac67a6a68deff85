# disputes: de

## The disputes page: the list of cases and the blank checklists

disputes-your-cases = Ihre Fälle
disputes-no-cases = Noch keine Reklamationen.
disputes-no-merchant = (kein Händler)
disputes-open-case = Fall { $merchant } öffnen
disputes-start-case = Fall anlegen
disputes-start-case-hint = Wählen Sie die Art der Reklamation; „PDF“ druckt eine leere Checkliste.
disputes-new-case = Neuer Fall: { $kind }
disputes-pdf = PDF
disputes-print-checklist = Checkliste drucken: { $kind }
disputes-disputing-heading = Eine Belastung beanstanden
disputes-advice-footer = Legen Sie links einen Fall an oder öffnen Sie einen. Amex Desk ist inoffiziell, und dies ist keine Rechtsberatung.

## The case form

disputes-new-dispute = Neue Reklamation
disputes-dispute-heading = Reklamation: { $merchant }
disputes-case-warning = Amex Desk ist inoffiziell; dies ist keine Rechtsberatung. Geben Sie nie die vollständige Kartennummer ein, höchstens die letzten 5 Ziffern.
disputes-field-merchant = Händler
disputes-merchant-hint = wer hat Ihnen das berechnet?
disputes-merchant-needed = von wem stammt die Belastung?
disputes-field-amount = Betrag
disputes-amount-hint = 212.40 oder 212,40
disputes-amount-i-mean = Ich meine { $amount }
disputes-field-currency = Währung
disputes-type = Art
disputes-field-account = Konto
disputes-status = Status
disputes-field-transaction-date = Umsatzdatum
disputes-field-statement-date = Abrechnungsdatum
disputes-field-filed-on = Eingereicht am
disputes-field-final-response-on = Endgültige Antwort am
disputes-filed-by = Eingereicht per
disputes-not-filed-yet = Noch nicht
disputes-card-nickname = Kartenname
disputes-card-nickname-hint = z. B. Gold
disputes-card-last5 = Letzte 5 Kartenziffern
disputes-merchant-contacted = Ich habe mich zuerst an den Händler gewandt
disputes-within-100-miles = In meinem Bundesstaat oder im Umkreis von 100 Meilen gekauft
disputes-what-happened = Was ist passiert?
disputes-evidence-progress = Nachweise: { $done } von { $total } gesammelt
disputes-item-why-example = { $why } Beispiel: { $example }
disputes-note-for = Notiz zu { $item }
disputes-your-note = Ihre Notiz
disputes-file-for = Datei zu { $item }
disputes-file-hint = Pfad zur Datei auf Ihrem Computer
disputes-attach-file = Datei anhängen …
disputes-attach-file-hover = Datei für { $item } auswählen
disputes-file-missing = Datei fehlt
disputes-deadlines = Fristen
disputes-pending-deadline = { $label }: Geben Sie { $needs } ein, um das Datum zu berechnen.
disputes-claims-heading = 15 USC 1666i (Ansprüche zu Waren oder Dienstleistungen)
disputes-condition-met = erfüllt
disputes-condition-not-met = nicht erfüllt
disputes-not-known-yet = noch nicht bekannt

## The bar under the case form

disputes-save-case = Fall speichern
disputes-unsaved-changes = Ungespeicherte Änderungen
disputes-saved = Gespeichert
disputes-fix-fields = { $count ->
    [one] Zum Speichern { $count } Feld korrigieren: { $fields }
   *[other] Zum Speichern { $count } Felder korrigieren: { $fields }
}
disputes-close-case = Fall schließen
disputes-print-packet-a4 = Dossier drucken (PDF)
disputes-print-packet-letter = Dossier drucken (PDF, US-Letter)
disputes-print-letter = { $letter } drucken (PDF)
disputes-print-referral = Schreiben an { $body } drucken (PDF)
disputes-referral-hover = Den Fall an { $body } weitergeben: { $timeline }
disputes-copy-markdown = Als Markdown kopieren
disputes-delete-case = Fall löschen
disputes-not-saved = Nicht gespeichert: { $error }
disputes-deleted-case = Fall gelöscht.
disputes-deleted-named = { $merchant } gelöscht.
disputes-undo-delete = Löschen rückgängig machen

## Messages after a command

disputes-case-restored = Fall wiederhergestellt.
disputes-case-deleted = Fall gelöscht. Rückgängig (Ctrl+Z) stellt ihn wieder her.
disputes-case-saved = Fall gespeichert.{ $removed }
disputes-case-saved-masked = { $count ->
    [one] Fall gespeichert. { $count } Kartennummer oder Code wurde unkenntlich gemacht.{ $removed }
   *[other] Fall gespeichert. { $count } Kartennummern oder Codes wurden unkenntlich gemacht.{ $removed }
}
disputes-copied-markdown = Dossier als Markdown kopiert.

## Deadlines

disputes-standing-policy = erklärte Praxis des Kartenherausgebers
disputes-standing-law = Gesetz
disputes-standing-regulator = Regel einer Aufsichtsbehörde
disputes-standing-ombudsman = Regel der Schlichtungsstelle
disputes-standing-secondary = Gesetz, laut einer Sekundärquelle
disputes-span-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
disputes-span-business-days = { $count ->
    [one] { $count } Geschäftstag
   *[other] { $count } Geschäftstage
}
disputes-span-months = { $count ->
    [one] { $count } Monat
   *[other] { $count } Monate
}
disputes-span-months-and-days = { $months } und { $days }
# Dative, after "nach": "60 Tage nach der Abrechnung".
disputes-anchor-statement = der Abrechnung
disputes-anchor-filed = Ihrer Beschwerde
disputes-anchor-charge = der Belastung
disputes-anchor-final-response = der endgültigen Antwort
disputes-none-known = Für { $market } sind keine Fristen erfasst: Keine Seite, die wir prüfen konnten, nennt eine. Beschweren Sie sich so bald wie möglich schriftlich, bewahren Sie eine Kopie und das Datum auf, bitten Sie American Express um eine endgültige schriftliche Antwort und fragen Sie, an welche unabhängige Stelle Sie sich mit der Beschwerde wenden können und bis wann.
# Accusative, after "Geben Sie … ein".
disputes-needs-statement-date = das Abrechnungsdatum
disputes-needs-filed-date = das Datum Ihrer Einreichung
disputes-needs-charge-date = das Datum der Belastung
disputes-needs-final-response-date = das Datum der endgültigen Antwort
disputes-condition-over-50 = Die Belastung beträgt mehr als { $amount }
disputes-condition-within-100-miles = In Ihrem Bundesstaat oder im Umkreis von 100 Meilen um Ihre Adresse gekauft
disputes-condition-merchant-first = Sie haben zuerst in gutem Glauben versucht, die Sache mit dem Händler zu klären

## Where a rule comes from

disputes-source-issuer = Kartenherausgeber
disputes-source-regulator = Aufsichtsbehörde
disputes-source-ombudsman = Schlichtungsstelle
disputes-source-legislation = Gesetzestext
disputes-source-secondary = Sekundärquelle
disputes-citation-page-of = Seite von { $year }
disputes-citation-page-undated = Seite ohne Jahresangabe
disputes-citation-translation = {" "}(auf Englisch: „{ $text }“)
disputes-citation-secondary = {" "}Dafür wurde nur eine Sekundärquelle gefunden: Sie ist nicht mit dem amtlichen Text abgeglichen.
disputes-citation = "{ $quote }"{ $translation } – { $publisher } ({ $kind }), { $url }, { $page }, gelesen am { $read }.{ $secondary }

## The printed checklist and packet

disputes-not-advice = Amex Desk ist inoffiziell und nicht mit American Express verbunden. Dies ist keine Rechtsberatung; prüfen Sie die aktuellen Regeln und Ihren Kartenvertrag.
disputes-doc-footer = Amex Desk (inoffiziell) – gedruckt am { $date } – keine Rechtsberatung
disputes-checklist-title = Checkliste zur Reklamation: { $kind }
disputes-evidence-to-gather = Zu sammelnde Nachweise
disputes-before-you-file = Bevor Sie reklamieren
disputes-dates = Daten
disputes-write-in-statement-date = Abrechnungsdatum (erste Abrechnung mit der Belastung)
disputes-write-in-merchant-contacted = Datum, an dem Sie sich an den Händler gewandt haben
disputes-write-in-filed = Datum der Reklamation bei American Express
disputes-write-in-reference = Vorgangsnummer
disputes-unknown-type = Unbekannte Art der Reklamation: { $kind }
disputes-packet-evidence = Nachweise ({ $done } von { $total } gesammelt)
disputes-packet-file = Datei: { $file }
disputes-packet-title = Reklamation: { $merchant } – { $amount }
disputes-packet-card = Karte
disputes-packet-account-country = Land des Kartenkontos
disputes-packet-not-given = nicht angegeben
disputes-packet-statement-date = Abrechnungsdatum
disputes-packet-filed = Beim Kartenherausgeber eingereicht
disputes-packet-final-response = Endgültige Antwort
disputes-packet-merchant-contacted = Zuerst an den Händler gewandt
disputes-yes = ja
disputes-no = nein
disputes-packet-needs = braucht { $needs }
disputes-source = Quelle: { $citation }
disputes-packet-doc-title = Reklamationsdossier: { $merchant }
disputes-calls-heading = Anrufe und Kontakte
disputes-no-calls = Noch keine Anrufe verknüpft.
disputes-call-no-reference = keine Vorgangsnummer
disputes-call-reference = Vorgang { $reference }
disputes-call-rep = , Mitarbeiter:in { $rep }
disputes-call-timed = , Anruf { $times }

## The letters to American Express (the US billing-error notice, the complaint elsewhere)

disputes-letter-name-billing-error = Schreiben zum Abrechnungsfehler
disputes-letter-name-complaint = Beschwerdeschreiben
disputes-letter-name-unauthorised = Mitteilung einer nicht autorisierten Zahlung
disputes-letter-name-section-75 = Anspruchsschreiben nach Section 75
disputes-letter-stated-business-days = {" "}bis zum { $due }, innerhalb der { $days } Geschäftstage, die Ihre eigene Beschwerdeseite nennt ({ $url })
disputes-letter-stated-days = {" "}bis zum { $due }, innerhalb der { $days } Tage, die Ihre eigene Beschwerdeseite nennt ({ $url })
disputes-letter-no-charge-date = [Datum der Belastung]
disputes-letter-your-name = Ihr Name
disputes-letter-your-address = Ihre Adresse
disputes-letter-address-line-2 = Adresszeile 2
disputes-letter-date = Datum: { $date }
disputes-letter-account = Kartenkonto
disputes-letter-charge = Belastung
disputes-letter-charge-text = { $amount } von { $merchant } am { $date }
disputes-letter-merchant-contacted = Ich habe mich vor diesem Schreiben an den Händler gewandt, ohne dass die Sache geklärt wurde.
disputes-letter-merchant-not-contacted = [Schreiben Sie, wann Sie sich an den Händler gewandt haben und was er geantwortet hat.]
disputes-letter-enclosed = Kopien meiner Unterlagen liegen bei.
disputes-letter-signature = Unterschrift
disputes-complaint-to = An: American Express, Beschwerdestelle (verwenden Sie die Adresse auf Ihrer Abrechnung oder auf der Beschwerdeseite von American Express für Ihr Land).
disputes-complaint-title = Beschwerde über eine Belastung
disputes-complaint-opening = Hiermit lege ich förmlich Beschwerde gegen die oben genannte Belastung ein ({ $kind }).
disputes-complaint-describe = [Schreiben Sie in ein oder zwei Sätzen, was passiert ist und warum die Belastung falsch ist.]
disputes-complaint-request = Bitte prüfen Sie den Vorgang, erstatten Sie mir die Belastung sowie alle damit verbundenen Gebühren oder Zinsen und senden Sie mir Ihre endgültige Antwort schriftlich{ $stated }. Falls Sie die Sache nicht klären können, teilen Sie mir bitte in dieser Antwort mit, an welche unabhängige Stelle ich mich mit meiner Beschwerde wenden kann und bis wann.
disputes-complaint-closing = Mit freundlichen Grüßen
disputes-complaint-small-print = Senden Sie das Schreiben so bald wie möglich ab und bewahren Sie eine Kopie und einen Versandnachweis auf. Das Recht Ihres Landes kann Ihnen Fristen und eine unabhängige Stelle geben; dieses Schreiben stützt sich auf kein bestimmtes Gesetz. { disputes-not-advice }
disputes-unauthorised-title = Mitteilung einer nicht autorisierten Zahlung
disputes-unauthorised-opening = Ich habe die oben genannte Zahlung weder getätigt noch autorisiert und niemand anderem erlaubt, meine Karte dafür zu verwenden. Ich melde sie Ihnen unverzüglich.
disputes-unauthorised-noticed = Datum, an dem ich die Zahlung bemerkt habe
disputes-unauthorised-describe = [Schreiben Sie, wie Sie die Zahlung entdeckt haben und ob Sie Ihre Karte noch haben.]
disputes-unauthorised-relies-on = Ich berufe mich auf { $source }: Eine nicht autorisierte Zahlung ist zu berichtigen, wenn sie unverzüglich und spätestens { $span } nach dem Tag der Belastung gemeldet wird{ $due }.
disputes-letter-relies-due = {" "}(für diese Zahlung: bis zum { $due })
disputes-letter-relies-on-note = Ich berufe mich auf { $note }
disputes-unauthorised-request = Bitte erstatten Sie mir die Zahlung, bringen Sie mein Kartenkonto wieder auf den Stand, auf dem es sich ohne die Zahlung befunden hätte, und bestätigen Sie mir dies schriftlich. Falls noch nicht geschehen, sperren Sie bitte die Karte und senden Sie mir eine neue.
disputes-unauthorised-small-print = Melden Sie die Zahlung zusätzlich telefonisch oder in der App: Ein Schreiben ist langsamer. Bewahren Sie eine Kopie und einen Versandnachweis auf. Die Seite, aus der die Regel stammt, ist oben zitiert. { disputes-not-advice }
disputes-section75-title = Anspruch nach Section 75 des Consumer Credit Act 1974
disputes-section75-opening = Ich habe den oben genannten Kauf mit meiner Kreditkarte bezahlt, und der Anbieter hat unseren Vertrag verletzt oder falsche Angaben über das Verkaufte gemacht ({ $kind }).
disputes-section75-describe = [Schreiben Sie, was Sie gekauft haben, was der Anbieter versprochen hat und was schiefgelaufen ist.]
disputes-section75-request = Als Kartenherausgeber haften Sie neben dem Anbieter in gleicher Weise. Bitte erstatten Sie mir { $amount } sowie alle darauf entfallenden Zinsen oder Gebühren und senden Sie mir Ihre endgültige Antwort schriftlich{ $stated }.
disputes-section75-small-print = Section 75 gilt für einen Kauf mit Kreditkarte (nicht mit einer Charge Card) für einen Artikel, dessen Barpreis mehr als £100 und nicht mehr als £30,000 beträgt. Lehnt American Express den Anspruch ab, können Sie sich an den Financial Ombudsman Service wenden. { disputes-not-advice }
disputes-billing-to = An: American Express, Abrechnungsanfragen (verwenden Sie die Adresse für Abrechnungsfehler, die auf Ihrer Abrechnung steht).
disputes-billing-title = Mitteilung eines Abrechnungsfehlers
disputes-billing-statement = Abrechnung
disputes-billing-statement-closing = vom { $date }
disputes-billing-no-statement-date = [Abrechnungsdatum]
disputes-billing-opening = Hiermit beanstande ich die oben genannte Belastung, die meiner Ansicht nach ein Abrechnungsfehler ist: { $kind }.
disputes-billing-describe = [Schreiben Sie in ein oder zwei Sätzen, warum die Belastung falsch ist.]
disputes-billing-request = Bitte berichtigen Sie den Fehler, schreiben Sie mir alle damit verbundenen Zinsen und Gebühren gut und senden Sie mir eine Erklärung. Mir ist bekannt, dass ich den beanstandeten Betrag nicht zahlen muss, solange Sie den Fall prüfen.
disputes-billing-closing = Mit freundlichen Grüßen
disputes-billing-small-print = Nach der US-Regulation Z (12 CFR 1026.13) muss diese Mitteilung innerhalb von 60 Tagen nach Versand der ersten Abrechnung, die den Fehler zeigt, beim Kartenherausgeber eingehen. Senden Sie sie an die Adresse für Abrechnungsanfragen auf Ihrer Abrechnung, bewahren Sie eine Kopie auf und erwägen Sie einen Zustellnachweis. { disputes-not-advice }

## Dispute case status

disputes-status-preparing = In Vorbereitung
disputes-status-contacted-merchant = Händler kontaktiert
disputes-status-filed-with-amex = Bei Amex eingereicht
disputes-status-acknowledged = Eingang bestätigt
disputes-status-resolved-in-my-favour = Zu meinen Gunsten entschieden
disputes-status-resolved-against = Gegen mich entschieden
disputes-status-escalated = Weitergeleitet
disputes-card-not-given = Karte nicht angegeben
disputes-card-ending = Karte mit Endziffern { $last }
disputes-card-named-ending = { $name } mit Endziffern { $last }

## Retention cards: yearly spend and offers

disputes-spend-not-given = nicht angegeben
disputes-spend-under-5k = unter 5.000 pro Jahr
disputes-spend-5k-to-15k = 5.000 bis 15.000 pro Jahr
disputes-spend-15k-to-50k = 15.000 bis 50.000 pro Jahr
disputes-spend-over-50k = über 50.000 pro Jahr
disputes-offer-points = Punkte
disputes-offer-statement-credit = Gutschrift
disputes-offer-different-card = Andere Karte
disputes-offer-other = Sonstiges
disputes-offer-none = kein Angebot
disputes-offer-after = {" "}nach { $requirement }
disputes-offer-by = {" "}bis { $date }
disputes-offer-accepted = {" "}(angenommen)
