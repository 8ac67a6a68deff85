# numbers: de

## The filter panel

numbers-filters = Filter
numbers-filter-region = Region
numbers-filter-country = Land
numbers-filter-card = Karte
numbers-filter-problem = Anliegen
numbers-filter-channel = Kanal
numbers-filter-any = Alle
numbers-include-outdated = Veraltete Nummern einbeziehen
numbers-include-outdated-hover = Auch nicht mehr gültige Nummern zeigen, deutlich gekennzeichnet
numbers-clear-filters = Alle Filter löschen
numbers-when-in-doubt = Im Zweifel rufen Sie die Nummer auf der Rückseite Ihrer Karte an.
numbers-never-listed = Nummern, die bekanntermaßen jemand anderem gehören, stehen hier nie. Zeigen Sie auf ein Status-Etikett, um zu sehen, woher eine Nummer stammt.
numbers-directory-age = { $age } { $count ->
    [one] { $count } Eintrag.
   *[other] { $count } Einträge.
}
numbers-update-directory = Verzeichnis aktualisieren...
numbers-update-directory-hover = Eine signierte Verzeichnis-Aktualisierung (.amexdir) des Projekts Amex Desk öffnen; Sie sehen, was sie ändert, bevor sie übernommen wird
numbers-previous-directory = Zum vorherigen Verzeichnis zurück
numbers-load-directory = Verzeichnisdatei laden...
numbers-load-directory-hover = Eine andere Verzeichnisdatei ansehen (geprüft wie mit --directory). Sie ist nicht signiert: Was sie hinzufügt oder ändert, wird als NICHT GEPRÜFT markiert und von Prüfen nie verwendet

## The list and its rows

numbers-line-count = { $count ->
    [one] { $count } Eintrag
   *[other] { $count } Einträge
}
numbers-shown-as-dialled-from = wie aus { $country } gewählt
numbers-your-note = Ihre Notiz: { $note }
numbers-result = Ergebnis { $position }: { $label }
numbers-click-to-copy = Zum Kopieren klicken
numbers-copy = Kopieren
numbers-call = Anrufen
numbers-copy-number = { $number } kopieren
numbers-call-number = { $number } anrufen
numbers-call-hover = Mit Ihrer Telefon-App wählen (tel:-Link)
numbers-copy-hover = In die Zwischenablage kopieren
numbers-use-instead = { $warning } Wählen Sie stattdessen { $number }.
numbers-copied = { $number } kopiert
numbers-calling = { $number } wird mit Ihrer Telefon-App angerufen
numbers-cannot-dial = Dieser Kontakt kann nicht angerufen werden

## Nothing matches; a market with no official line

numbers-no-line-matches = Kein Eintrag passt zu Ihrer Suche und Ihren Filtern.
numbers-call-the-back-of-your-card = Rufen Sie die Nummer auf der Rückseite Ihrer Karte an: Sie ist immer die richtige für Ihre Karte.
numbers-general-line = Allgemeine Servicenummer für { $country }: { $number }
numbers-copy-general-line = Allgemeine Servicenummer für { $country } kopieren
numbers-no-general-line = Dieses Verzeichnis hat keine allgemeine Servicenummer für { $country }.
numbers-country-cards = Karten aus { $country }:
numbers-advice-step-back-of-card = Rufen Sie die Nummer auf der Rückseite Ihrer Karte an: Sie ist immer die richtige für Ihre Karte und ist auch aus dem Ausland erreichbar.
numbers-advice-step-card-from-abroad = Karte in einem anderen Land ausgegeben? Die Auslandsnummer dieses Landes funktioniert von überall: Wählen Sie das Land, aus dem Ihre Karte stammt, oder nutzen Sie eine der Nummern unten.
numbers-advice-step-lost-card = Karte verloren oder gestohlen: Sperren Sie sie zuerst in der Amex App, dann rufen Sie an.
numbers-advice-tier-cards-only = { $tier } Karten
numbers-advice-no-page-other-sources = Keine uns vorliegende American-Express-Seite nennt eine Nummer für { $country }: Die Nummern unten stammen aus anderen Quellen.
numbers-advice-no-page = Keine uns vorliegende American-Express-Seite nennt eine Nummer für { $country }.
numbers-advice-served-by = Karten aus { $country } werden von der Niederlassung von American Express in { $other } betreut, daher gelten die Nummern für { $other } unten auch für Sie ({ $page }: „{ $quote }“).
numbers-advice-no-longer-issued = American Express gibt in { $country } keine Karten mehr aus ({ $page }: „{ $quote }“). Eine Karte, die Sie besitzen, wurde in einem anderen Land ausgegeben: Rufen Sie die Nummer auf ihrer Rückseite an oder die Auslandsnummer dieses Landes.
numbers-advice-no-longer-issued-reported = Laut Presseberichten, nicht laut einer American-Express-Seite, hat American Express die Ausgabe von Karten in { $country } eingestellt ({ $page }: „{ $quote }“); wir haben keine Seite gefunden, die sagt, wer sie dort heute ausgibt. Eine Karte, die Sie besitzen, wurde anderswo ausgegeben: Rufen Sie die Nummer auf ihrer Rückseite an oder die Auslandsnummer des Landes, das sie ausgegeben hat.
numbers-advice-no-personal-line = Keine uns vorliegende American-Express-Seite nennt eine allgemeine Nummer für private Karten in { $country }: Die offiziellen Nummern unten sind für andere Anliegen.
numbers-advice-official-lines-for = Keine uns vorliegende American-Express-Seite nennt eine Nummer für private Karten in { $country }: Die offiziellen Nummern unten gelten nur für { $products }.
numbers-advice-and-list = { $rest } und { $last }

## The details panel

numbers-hide-details = Details ausblenden
numbers-show-details = Details anzeigen
numbers-details-width = Breite des Detailbereichs (zum Ändern ziehen)
numbers-as-written = Wie geschrieben: { $value } · E.164: { $e164 }
numbers-instead = Stattdessen: { $number } ({ $label })
numbers-other-sources-say = Andere Quellen nennen stattdessen
numbers-other-sources-say-colon = Andere Quellen nennen stattdessen:
numbers-sources = Quellen:
numbers-notes = Hinweise
numbers-hours = Erreichbarkeit
numbers-hours-stated-on = Zeiten laut { $page }
numbers-for-cards-from = Für Karten aus: { $countries }
numbers-every-card = alle Karten
numbers-cards = Karten: { $tiers }
numbers-for = Für: { $purposes }
numbers-languages = Sprachen: { $languages }
numbers-evidence = Belege
numbers-open-page = Seite öffnen
numbers-hours-on-that-page = Zeiten auf dieser Seite: { $hours }
numbers-before-you-call = Vor dem Anruf
numbers-before-select-a-line = Wählen Sie einen Eintrag, um zu sehen, woher er stammt und wie sicher wir uns sind.
numbers-before-card-in-hand = Halten Sie Ihre Karte bereit. Das Telefonmenü fragt nach der Kartennummer; geben Sie Ihre Kartenprüfnummer (CID) nie anderswo ein als in der offiziellen App oder Website.
numbers-before-reference-number = Fragen Sie vor dem Auflegen nach einer Vorgangsnummer und notieren Sie, mit wem Sie gesprochen haben.
numbers-before-never-a-pin = Amex ruft nie an, um eine PIN, einen Bestätigungscode oder ein Einmalpasswort zu erfragen. Wenn Sie misstrauisch sind, legen Sie auf und rufen Sie die Nummer auf der Rückseite Ihrer Karte an.
numbers-before-search-ads = Betrüger kaufen Suchanzeigen für gefälschte Kundenservice-Nummern: Nutzen Sie lieber offizielle Nummern.
numbers-before-sources = Quellen: die Sicherheitsseiten von American Express, die Hinweise der US-Handelsbehörde FTC zu Betrugsanrufen und ein US-Ratgeber zum Kundenservice (ein Artikel Dritter).
numbers-start-call = Anruf starten
numbers-start-call-hover = Nummer kopieren und den Anruf (Warten und Gespräch) in der Statusleiste stoppen
numbers-start-call-busy = Ein Anruf wird bereits gestoppt: zuerst Anruf beenden in der Statusleiste

## Status badges and the evidence behind them

numbers-badge-official = OFFIZIELL
numbers-badge-corroborated = BESTÄTIGT
numbers-badge-single-source = EINE QUELLE
numbers-badge-conflicting = WIDERSPRÜCHLICH
numbers-badge-superseded = ERSETZT
numbers-badge-outdated = VERALTET
numbers-badge-misattributed = FREMDE NUMMER
numbers-badge-implausible = UNPLAUSIBEL
numbers-badge-not-verified = NICHT GEPRÜFT
numbers-not-verified-why = Nur in einer Verzeichnisdatei, die niemand signiert hat: Vertrauen Sie diesem Eintrag nicht. Rufen Sie die Nummer auf der Rückseite Ihrer Karte an.
numbers-status-official = offiziell
numbers-status-corroborated = bestätigt
numbers-status-single-source = eine Quelle
numbers-status-conflicting = widersprüchlich
numbers-status-superseded = ersetzt
numbers-status-outdated = veraltet
numbers-status-misattributed = fremde Nummer
numbers-status-implausible = unplausibel
numbers-status-explain-official = Steht auf einer American-Express-Seite (Seiten können alt sein).
numbers-status-explain-corroborated = Zwei oder mehr unabhängige Quellen stimmen überein; keine offizielle Seite gesehen.
numbers-status-explain-single-source = Nur eine Quelle nennt sie: Prüfen Sie sie anhand Ihrer Karte.
numbers-status-explain-conflicting = Die Quellen widersprechen sich bei dieser Nummer: Nutzen Sie lieber eine offizielle Nummer.
numbers-status-explain-superseded = Eine neuere American-Express-Seite nennt eine andere Nummer: Nutzen Sie lieber diese.
numbers-status-explain-outdated = Hat ein nicht mehr gültiges Nummernformat: Der Anruf kommt nicht zustande.
numbers-status-explain-misattributed = Gehört jemand anderem: keine Nummer von American Express.
numbers-status-explain-implausible = Wirkt erfunden: keine Nummer von American Express.
numbers-source-prints-as = { $page }: nennt „{ $printed }“ als „{ $label }“
numbers-source-prints = { $page }: nennt „{ $printed }“
numbers-source-says = { $page }: { $label }
numbers-rival-newer-page = neuere Amex-Seite
numbers-rival-older-page = ältere Amex-Seite
numbers-rival-amex-page = Amex-Seite{ $of_year }
numbers-source-page = { $place }, Seite{ $of_year }
numbers-page-of-year = {" "}aus { $year }
numbers-page-of-unknown-year = {" "}ohne Jahresangabe
numbers-why-official = Steht auf einer American-Express-Seite{ $of_year }.
numbers-why-official-partner = Steht auf einer Seite{ $of_year } des Unternehmens, das in diesem Land Karten von American Express ausgeben darf.
numbers-why-corroborated = { $count ->
    [one] { $count } unabhängige Quelle nennt sie; keine American-Express-Seite gesehen.
   *[other] { $count } unabhängige Quellen nennen sie; keine American-Express-Seite gesehen.
}
numbers-why-single-source = Nur eine Quelle nennt sie; keine American-Express-Seite gesehen.
numbers-why-superseded = Eine neuere American-Express-Seite{ $of_year } nennt stattdessen { $rival } (diese hier: Seite{ $this_year }).
numbers-why-same-age = American-Express-Seiten widersprechen sich und keine ist neuer (beide Seiten{ $of_year }): Eine andere nennt { $rival }.
numbers-why-more-pages = Keine ist neuer (Seiten{ $of_year }), aber mehr American-Express-Seiten ({ $theirs }) nennen { $rival } als diese Nummer ({ $mine }).
numbers-why-amex-gives = Eine American-Express-Seite{ $of_year } nennt stattdessen { $rival }.
numbers-why-others-give = Andere Quellen nennen { $rival } für dasselbe Anliegen.
numbers-why-belongs-to = sie gehört { $owner }
numbers-trust-built-in = in diese App eingebaut
numbers-trust-signed = eine signierte Aktualisierung (Schlüssel { $key })
numbers-trust-unverified = eine Datei, die niemand signiert hat: nicht geprüft

## Notes pinned to a line

numbers-your-notes = Ihre Notizen
numbers-remove-note = Entfernen
numbers-remove-note-named = Notiz { $note } entfernen
numbers-new-note = Neue Notiz
numbers-new-note-hint = z. B. zweimal 0 drücken, um einen Menschen zu erreichen
numbers-pin-note = Notiz anheften
numbers-log-call = Anruf bei dieser Nummer festhalten
numbers-undo = Rückgängig

## Report a problem with a number

numbers-report-problem = Problem mit dieser Nummer melden
numbers-report-problem-hover = Einen kurzen Bericht für die Betreuer des Projekts zum Kopieren oder Speichern erstellen; er enthält keine Daten aus Ihrem Journal
numbers-report-right-number = Die richtige Nummer
numbers-report-page = Die Seite, auf der Sie sie gesehen haben
numbers-report-what-happened = Was ist passiert? (optional)
numbers-report-masked = Kartennummern werden unkenntlich gemacht. Senden Sie den Bericht an die Betreuer; von hier aus wird nichts gesendet.
numbers-report-copy = Bericht kopieren
numbers-report-save = Bericht speichern...
numbers-report-close = Bericht schließen
numbers-problem-wrong-number = Die Nummer ist falsch
numbers-problem-does-not-connect = Keine Verbindung
numbers-problem-wrong-hours = Die Zeiten sind falsch
numbers-problem-not-amex = Keine Nummer von American Express
numbers-problem-other = Etwas anderes

## Keyboard hints in the status bar

numbers-keys-numbers = Pfeil hoch/runter wählt · Enter kopiert · Esc leert die Suche · Ctrl+F oder / sucht
numbers-keys-journal = Tab wechselt das Feld · Ctrl+Z macht ein Löschen rückgängig · Ctrl+F durchsucht die Nummern
numbers-keys-forms = Tab wechselt das Feld · Ctrl+F durchsucht die Nummern

## Shared controls

numbers-type-to-filter = Zum Filtern tippen
numbers-filter-named = { $label } filtern
numbers-pick = Wählen
numbers-pick-named = { $field } wählen
numbers-date-hint = JJJJ-MM-TT
numbers-open-saved-file = Gespeicherte Datei öffnen
numbers-show-in-folder = Im Ordner zeigen

## What a line is for, which cards, how it is reached

numbers-purpose-general = Allgemeine Fragen
numbers-purpose-lost-card = Karte verloren oder gestohlen
numbers-purpose-fraud = Betrug
numbers-purpose-disputes = Reklamationen
numbers-purpose-travel-emergency = Notfall auf Reisen
numbers-purpose-applications = Kartenanträge
numbers-purpose-rewards = Punkte und Prämien
numbers-purpose-retention = Kündigung / Jahresgebühr
numbers-purpose-complaints = Beschwerden
numbers-purpose-payments = Zahlungen
numbers-purpose-technical = Online-Konto und App
numbers-purpose-close-account = Konto kündigen
numbers-purpose-gift-cards = Geschenk- und Prepaid-Karten
numbers-purpose-accessibility = TTY und Vermittlungsdienste
numbers-purpose-merchant-services = Händlerservice (Unternehmen)
numbers-tier-blue = Blue
numbers-tier-green = Green
numbers-tier-gold = Gold
numbers-tier-platinum = Platinum
numbers-tier-centurion = Centurion
numbers-tier-business = Business
numbers-tier-corporate = Corporate
numbers-kind-toll-free = Gebührenfrei
numbers-kind-local = Ortstarif
numbers-kind-collect = R-Gespräch
numbers-kind-international = Aus dem Ausland
numbers-kind-tty = TTY
numbers-kind-fax = Fax
numbers-kind-postal = Post
numbers-kind-email = E-Mail
numbers-kind-chat = Chat
numbers-kind-app = App
numbers-kind-secure-message = Sichere Nachricht
numbers-kind-social = Soziale Medien
numbers-kind-web = Web
numbers-channel-phone = Telefon
numbers-channel-chat = Chat
numbers-channel-app = App
numbers-channel-email = E-Mail
numbers-channel-postal = Post
numbers-channel-social = Soziale Medien
numbers-channel-web = Web
numbers-channel-fax = Fax
numbers-region-north-america = Nordamerika
numbers-region-europe = Europa
numbers-region-asia-pacific = Asien-Pazifik
numbers-region-latin-america = Lateinamerika
numbers-region-middle-east-africa = Naher Osten und Afrika
numbers-card-kind-personal = Private Karte
numbers-card-kind-business = Business Card
numbers-card-kind-corporate = Corporate Card
numbers-product-corporate = Corporate Cards
numbers-product-business = Business Cards
numbers-product-currency-card = International Currency Cards
numbers-product-gift-card = Geschenk- und Prepaid-Karten
numbers-product-merchant = Händler
numbers-product-ppi = Beschwerden zur Restschuldversicherung (PPI)
numbers-product-discontinued = eine Karte, die nicht mehr ausgegeben wird

## Hours

numbers-hours-every-day = Rund um die Uhr, täglich
numbers-hours-not-known = Zeiten unbekannt
numbers-hours-daily = Täglich
numbers-day-mon = Mo
numbers-day-tue = Di
numbers-day-wed = Mi
numbers-day-thu = Do
numbers-day-fri = Fr
numbers-day-sat = Sa
numbers-day-sun = So
numbers-hours-open-always = Rund um die Uhr erreichbar
numbers-hours-open-until = Jetzt erreichbar · bis { $time }
numbers-hours-closed-until = Jetzt nicht erreichbar · ab { $time }
numbers-hours-zone-time = { $time } Ortszeit { $city }
numbers-hours-zone-and-your-time = { $time } Ortszeit { $city } ({ $yours } bei Ihnen)
numbers-hours-local-zone = vor Ort

## How a number is dialled from where you are

numbers-warning-retired-format = Nicht mehr gültiges Nummernformat: Der Anruf kommt nicht zustande.
numbers-warning-not-valid = Keine gültige Telefonnummer (libphonenumber).
numbers-warning-collect = Bitten Sie die örtliche Vermittlung um ein R-Gespräch zu dieser Nummer.
numbers-warning-toll-free-abroad = Nur innerhalb von { $home } gebührenfrei: Aus { $here } kommt der Anruf eventuell nicht zustande und ist nicht kostenlos.
numbers-warning-not-from-abroad = Von außerhalb von { $home } nicht wählbar.

## Verify: is this really American Express?

numbers-verify-safe = Legen Sie auf oder antworten Sie nicht, und rufen Sie die Nummer auf der Rückseite Ihrer Karte an.
numbers-verify-nothing = Nichts zu prüfen.
numbers-verify-extension = (Durchwahl { $extension }: Sie geben sie im Menü oder der Person an, die abnimmt.)
numbers-verify-known-account = { $account }: { $label } ({ $status }).
numbers-verify-known-account-advice = Ein echtes Konto von American Express. Veröffentlichen Sie nie Kartendaten; man wird Sie bitten, eine private Nachricht zu senden.
numbers-verify-unknown-account = { $account } ist kein American-Express-Konto, das dieses Verzeichnis kennt (das Servicekonto ist @AskAmex).
numbers-verify-unreadable-address = Das ist keine lesbare Web- oder E-Mail-Adresse.
numbers-verify-amex-domain = { $host } gehört American Express.
numbers-verify-amex-domain-advice = Eine echte Domain von American Express. Geben Sie trotzdem nie eine PIN oder einen Einmalcode an jemanden weiter, der Sie kontaktiert: Amex fragt nie danach.
numbers-verify-partner-domain = { $host } gehört { $issuer }, dem Unternehmen, das in { $markets } Karten von American Express ausgeben darf.
numbers-verify-partner-domain-advice = Für eine Karte, die dieses Unternehmen dort ausgegeben hat, ist seine Website die richtige. Tippen Sie die Adresse trotzdem selbst ein, statt einem Link in einer Nachricht zu folgen, und geben Sie nie eine PIN oder einen Einmalcode an jemanden weiter, der Sie kontaktiert.
numbers-verify-look-alike = { $host } ist NICHT American Express: Es ist eine Nachahmung. Amex nutzt americanexpress.com, aexp.com und seine regionalen Websites.
numbers-verify-look-alike-punycode = { $host } ist NICHT American Express: Es ist eine Nachahmung (ein internationalisierter Name in Punycode, der wie ein vertrauter aussehen soll). Amex nutzt americanexpress.com, aexp.com und seine regionalen Websites.
numbers-verify-other-domain = { $host } ist keine Domain von American Express (Amex nutzt americanexpress.com, aexp.com und seine regionalen Websites).
numbers-verify-other-domain-advice = Klicken Sie nicht und antworten Sie nicht. Melden Sie sich an, indem Sie americanexpress.com selbst eintippen, oder rufen Sie die Nummer auf der Rückseite Ihrer Karte an.
numbers-verify-retired-format = { $number } ist ein nicht mehr gültiges Nummernformat: { $notes }
numbers-verify-or = { $first } oder { $second }
numbers-verify-also-read-as = So geschrieben, könnte sie auch als { $numbers } gelesen werden.
numbers-verify-not-a-number = „{ $input }“ ist keine gültige Telefonnummer (gelesen wie aus { $from } gewählt und mit Ländervorwahl).
numbers-verify-read-as-written-in = Gelesen, wie man sie in { $country } schreibt
numbers-verify-read-with-exit-code = Gelesen mit „{ $prefix }“ als internationaler Vorwahl
numbers-verify-read-without-plus = Gelesen als Ländervorwahl ohne „+“
numbers-verify-how-read = { $how }; aus { $from } wählen Sie { $number }.
numbers-verify-reach-toll-free = Es ist eine gebührenfreie oder Service-Nummer ihres Landes: Aus dem Ausland kommt der Anruf eventuell nicht zustande und ist nicht kostenlos.
numbers-verify-reach-not-from-abroad = Sie ist von außerhalb ihres Landes nicht wählbar.
numbers-verify-unsigned-only = { $number } steht nur in einer Verzeichnisdatei, die niemand signiert hat (nicht geprüft): Es ist keine bekannte Nummer von American Express.
numbers-verify-known-line = { $number } ist eine bekannte Nummer von American Express: { $label } ({ $country }, { $status }).
numbers-verify-known-line-advice = Sie können sie anrufen. Wenn jemand Sie gebeten hat, sie anzurufen, können Sie trotzdem auflegen und die Nummer auf der Rückseite Ihrer Karte wählen.
numbers-verify-listed-unconfirmed-advice = Verzeichnet, aber von keiner offiziellen Seite bestätigt: Nutzen Sie lieber die Nummer auf der Rückseite Ihrer Karte.
numbers-verify-belongs-to = { $number } ist KEINE Nummer von American Express: Sie gehört { $owner }.
numbers-verify-not-amex-because = { $number } ist KEINE Nummer von American Express: { $why }
numbers-verify-unknown-number = { $number } ist keine bekannte Nummer von American Express.
numbers-verify-korean-toll-free = Es ist eine internationale gebührenfreie Nummer aus Südkorea: Sie funktioniert nur von Telefonen in Südkorea aus.
numbers-verify-cannot-dial-from = Aus { $from } ist sie nicht wählbar. { $advice }
numbers-worldwide = Weltweit
numbers-age-today = heute
numbers-age-days = { $days ->
    [one] vor { $days } Tag
   *[other] vor { $days } Tagen
}
numbers-age-months = vor { $months } Monaten
numbers-age-line = Nummern geprüft am { $date }; Update { $serial }, { $trust }.
numbers-age-line-when = Nummern geprüft am { $date } ({ $when }); Update { $serial }, { $trust }.
numbers-stale-notice = Diese Nummern wurden am { $date } geprüft, vor { $months } Monaten: American Express kann seitdem eine Nummer geändert haben. Die Nummer auf der Rückseite Ihrer Karte stimmt immer; ein Update dieser App bringt neuere Nummern.
numbers-old-page = Ihre neueste datierte American-Express-Seite ist von { $year }, vor über { $years } Jahren: Wenn keine Verbindung zustande kommt, wählen Sie die Nummer auf der Rückseite Ihrer Karte.
