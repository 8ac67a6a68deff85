# prep: de

## The call prep page (window)
prep-what-about = Worum geht es?
prep-prepare-purpose = Vorbereiten: { $purpose }
prep-no-notes = Dafür gibt es noch keine Hinweise zur Vorbereitung: Rufen Sie die Nummer auf der Rückseite Ihrer Karte an.
prep-title = Anruf vorbereiten: { $purpose }
prep-urgent-badge = DRINGEND
prep-card-from = Karte aus
prep-your-card = Ihre Karte
prep-best-channel-is = Bester Weg: { $channel }
prep-start-call = Anruf starten
prep-start-call-hover = Kopiert die Nummer und öffnet einen Eintrag im Anrufprotokoll mit dem jetzigen Zeitpunkt
prep-call-back-of-card = Rufen Sie die Nummer auf der Rückseite Ihrer Karte an.
prep-when-in-doubt = Im Zweifel rufen Sie die Nummer auf der Rückseite Ihrer Karte an.
prep-have-ready = Bereithalten
prep-phone-menu = Das Telefonmenü fragt nach
prep-what-to-say = Was Sie sagen
prep-print-a4 = Vorbereitung drucken (PDF A4)
prep-print-letter = Vorbereitung drucken (PDF Letter)
prep-escalation-in = Wenn es nicht gelöst wird: nächste Schritte ({ $country })
prep-no-ladder = Für dieses Land sind noch keine nächsten Schritte erfasst: Bitten Sie darum, mit einer vorgesetzten Person zu sprechen, und schreiben Sie dann an die Beschwerdeadresse auf der American Express Website Ihres Landes.
prep-not-amex-body = { $name } (nicht American Express)
prep-body-phone = Telefon { $phone }
prep-body-post = Post: { $postal }
prep-source = Quelle: { $source }
prep-time-limits-in = Fristen ({ $market })
prep-rule-after = { $label }: { $span } nach { $anchor }
prep-coverage-title = Was Amex Desk für jedes Land erfasst hat
prep-coverage-intro = Nach der Nummer: wo die Beschwerden jedes Landes enden, welche datierten Fristen ein Reklamationsfall dort erhält, die eigene Nummer des Landes für private Karten und welche Schreiben ein Fall drucken kann. Jede Angabe steht mit ihrer Seite; „sekundär“ kennzeichnet Regeln, die nur in der Darstellung eines Dritten gefunden wurden.
prep-coverage-col-market = Land
prep-coverage-col-body = Beschwerden enden bei
prep-coverage-col-rules = Datierte Fristen
prep-coverage-col-personal = Nummer für private Karten
prep-coverage-col-letters = Schreiben
prep-coverage-none = keine
prep-dispute-dates = Ein Reklamationsfall auf der Seite Reklamationen berechnet diese Fristen aus Ihren eigenen Datumsangaben.
prep-no-line-known = Keine Nummer bekannt: Rufen Sie die Nummer auf der Rückseite Ihrer Karte an.

## Labels and their values (the page, the printed sheet, the command line)
prep-label-value = { $label }: { $value }
prep-label-colon = { $label }:

## Why the line named is not a plain answer
prep-caveat-other-product = { $market }: Für eine { $card ->
        [business] Business Card
        [corporate] Corporate Card
       *[personal] Privatkarte
    } ist keine Nummer bekannt; diese Nummer ist für { $products }. Rufen Sie die Nummer auf der Rückseite Ihrer Karte an.
prep-caveat-products-and = { $first } und { $next }
prep-caveat-only-for = Diese Nummer gilt nur für diese Karten: { $tiers }; für eine andere Karte rufen Sie die Nummer auf deren Rückseite an.
prep-caveat-cannot-dial = { $market }: Es ist keine Nummer bekannt, die von Ihrem Standort aus erreichbar ist. { $why }

## What every call needs, and how every call ends
prep-ready-card = Ihre Karte zur Hand. Das Telefonmenü fragt eventuell nach der Kartennummer und dem 4-stelligen Code auf der Vorderseite (CID, Kartenprüfnummer): Geben Sie beides nur in einem Anruf ein, den Sie selbst getätigt haben, an eine Nummer von der Rückseite Ihrer Karte oder aus dieser App. Geben Sie die CID nie über einen Link auf einer Website, in einer SMS oder E-Mail ein, und auch nie in diese App.
prep-ready-notes = Papier oder Ihr Journal, um den Namen der Mitarbeiter:in, die Zusagen und die Vorgangsnummer zu notieren.
prep-ready-dates = Daten und Beträge dessen, worum es im Anruf geht, und frühere Vorgangsnummern.
prep-last-step = Bitten Sie vor dem Auflegen um eine Vorgangsnummer und notieren Sie sie mit dem Namen der Mitarbeiter:in und dem, was zugesagt wurde.

## The printed prep sheet (and the command line's `prep`)
prep-sources = Quellen: { $names }.
prep-general-tips = Allgemeine Tipps, in jedem Land gleich, aus: { $names }. Den eigenen Beschwerdeweg und die Fristen für { $country } finden Sie unter „Wenn es nicht gelöst wird“.
prep-urgent-now = Dringend: Erledigen Sie das sofort.
prep-doc-title = Amex Desk Anrufvorbereitung: { $purpose }
prep-doc-footer = Amex Desk (inoffiziell, nicht mit American Express verbunden) - gedruckt am { $date } - keine Rechtsberatung
prep-how-to-reach = Kontaktweg
prep-best-channel = Bester Weg
prep-card = Karte
prep-first-choice-unreliable = Von Ihrem Standort ({ $from }) aus ist { $line } ({ $number }) nicht verlässlich erreichbar: Nutzen Sie stattdessen diese Nummer.
prep-line-to-call = Anzurufende Nummer
prep-line-dialled = { $number } - { $line } (gewählt aus: { $from }; Status: { $status })
prep-back-of-card = die Nummer auf der Rückseite Ihrer Karte
prep-notes = Notizen
prep-rep-name = Mitarbeiter:in (Name oder ID)
prep-reference-number = Vorgangsnummer
prep-what-promised = Was zugesagt wurde
prep-follow-up-on = Nachfassen am
prep-not-resolved-in = Wenn es nicht gelöst wird ({ $country })
prep-step-contact = Kontakt: { $number }.

## Every printed page
prep-print-note = Notiz: { $note }
prep-print-page = { $footer } - Seite { $number } von { $total }

## The letter that refers a complaint to the external body (ombudsman, regulator)
prep-referral-final-response = American Express hat am { $date } eine endgültige Antwort geschickt; sie hat meine Beschwerde nicht gelöst.
prep-referral-no-final-response = American Express hat keine endgültige Antwort geschickt.
prep-referral-your-name = Ihr Name
prep-referral-your-address = Ihre Anschrift
prep-referral-date = Datum: { $date }
prep-referral-to = An: { $body } ({ $reach })
prep-referral-title = Beschwerde über American Express, vorgelegt bei: { $body }
prep-referral-account = Kartenkonto
prep-referral-charge = Belastung
prep-referral-charge-value = { $amount } von { $merchant }
prep-referral-complained = Beschwerde bei American Express eingereicht
prep-referral-complaint-date-missing = {"["}Datum Ihrer Beschwerde]
prep-referral-final-response-label = Endgültige Antwort
prep-referral-none-received = keine erhalten
prep-referral-request = Ich habe mich bei American Express über die oben genannte Belastung beschwert. { $answered } Ich bitte Sie, meine Beschwerde zu prüfen.
prep-referral-say-what-happened = {"["}Schildern Sie in wenigen Sätzen, was passiert ist, worum Sie American Express gebeten haben und was geantwortet wurde.]
prep-referral-enclosed = Anlagen: meine Beschwerde, die Antworten von American Express, die Abrechnung mit der Belastung und meine Nachweise.
prep-referral-signature = Unterschrift
prep-referral-time-limits = Fristen
prep-referral-disclaimer = Amex Desk ist inoffiziell und weder mit American Express noch mit dieser Stelle verbunden. Dies ist keine Rechtsberatung: Prüfen Sie die aktuellen Regeln auf der Seite der Stelle selbst.
prep-referral-doc-title = Vorlage bei: { $body }
prep-referral-footer = Amex Desk (inoffiziell) - gedruckt am { $date } - keine Rechtsberatung
