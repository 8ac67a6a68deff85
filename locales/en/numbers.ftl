# numbers: en

## The filter panel

numbers-filters = Filters
numbers-filter-region = Region
numbers-filter-country = Country
numbers-filter-card = Card
numbers-filter-problem = Problem
numbers-filter-channel = Channel
numbers-filter-any = Any
numbers-include-outdated = Include outdated numbers
numbers-include-outdated-hover = Show retired numbers too, clearly marked
numbers-clear-filters = Clear all filters
numbers-when-in-doubt = When in doubt, call the number on the back of your card.
numbers-never-listed = Numbers known to belong to someone else are never listed here. Hover a status badge to see where a number comes from.
# $age: the sentence on where the numbers come from and how old they are.
numbers-directory-age = { $age } { $count } lines.
numbers-update-directory = Update the directory...
numbers-update-directory-hover = Open a signed directory update (.amexdir) from the Amex Desk project; you see what it changes before it is applied
numbers-previous-directory = Go back to the previous directory
numbers-load-directory = Load a directory file...
numbers-load-directory-hover = Look at another directory file (checked as --directory is). It is not signed: what it adds or changes is marked NOT VERIFIED and never used by Verify

## The list and its rows

numbers-line-count = { $count ->
    [one] { $count } line
   *[other] { $count } lines
}
numbers-shown-as-dialled-from = shown as dialled from { $country }
numbers-your-note = Your note: { $note }
# The accessible name of a row.
numbers-result = Result { $position }: { $label }
numbers-click-to-copy = Click to copy
numbers-copy = Copy
numbers-call = Call
numbers-copy-number = Copy { $number }
numbers-call-number = Call { $number }
numbers-call-hover = Dial with your phone app (tel: link)
numbers-copy-hover = Copy to the clipboard
# A warning, then the line to use instead.
numbers-use-instead = { $warning } Use { $number } instead.
numbers-copied = Copied { $number }
numbers-calling = Calling { $number } with your phone app
numbers-cannot-dial = This contact cannot be dialled

## Nothing matches; a market with no official line

numbers-no-line-matches = No line matches your search and filters.
numbers-call-the-back-of-your-card = Call the number on the back of your card: it is always the right one for your card.
numbers-general-line = General line for { $country }: { $number }
numbers-copy-general-line = Copy the { $country } general line
numbers-no-general-line = This directory has no general line for { $country }.
numbers-country-cards = { $country } cards:
numbers-advice-step-back-of-card = Call the number on the back of your card: it is always the right one for your card, and it answers from abroad.
numbers-advice-step-card-from-abroad = Card issued in another country? That country's from-abroad line works from anywhere: pick the country your card comes from, or use one below.
numbers-advice-step-lost-card = Lost or stolen card: freeze it in the American Express app first, then call.
numbers-advice-tier-cards-only = { $tier } cards only
numbers-advice-no-page-other-sources = No American Express page we have gives a line for { $country }: the lines below are from other sources.
numbers-advice-no-page = No American Express page we have gives a line for { $country }.
# A market served by another market's branch: $other is that market's name; $page: where it is said; $quote: what the page says (in English).
numbers-advice-served-by = Cards in { $country } are served by American Express's branch in { $other }, so { $other }'s lines below serve you ({ $page }: "{ $quote }").
numbers-advice-no-longer-issued = American Express no longer issues cards in { $country } ({ $page }: "{ $quote }"). A card you hold was issued in another country: call the number on its back, or that country's line from abroad.
numbers-advice-no-longer-issued-reported = Press reports, not an American Express page, say American Express stopped issuing cards in { $country } ({ $page }: "{ $quote }"); we found no page saying who issues them there today. A card you hold was issued elsewhere: call the number on its back, or the line from abroad of the country that issued it.
numbers-advice-no-personal-line = No American Express page we have gives an everyday line for personal cards in { $country }: its official lines below are for other needs.
numbers-advice-official-lines-for = No American Express page we have gives a personal-card line for { $country }: the official lines below are for { $products }.
# "a, b and c": $rest is "a, b".
numbers-advice-and-list = { $rest } and { $last }

## The details panel

numbers-hide-details = Hide details
numbers-show-details = Show details
numbers-details-width = Details panel width (drag to resize)
numbers-as-written = As written: { $value } · E.164: { $e164 }
numbers-instead = Instead: { $number } ({ $label })
numbers-other-sources-say = Other sources say instead
numbers-other-sources-say-colon = Other sources say instead:
numbers-sources = Sources:
numbers-notes = Notes
numbers-hours = Hours
numbers-hours-stated-on = Hours as stated on { $page }
numbers-for-cards-from = For cards from: { $countries }
numbers-every-card = every card
numbers-cards = Cards: { $tiers }
numbers-for = For: { $purposes }
numbers-languages = Languages: { $languages }
numbers-evidence = Evidence
numbers-open-page = open page
numbers-hours-on-that-page = hours on that page: { $hours }
numbers-before-you-call = Before you call
numbers-before-select-a-line = Select a line to see where it comes from and how sure we are of it.
numbers-before-card-in-hand = Have your card in hand. The phone menu asks for the card number; never type your security code (CID) into anything but the official app or site.
numbers-before-reference-number = Ask for a reference number before you hang up, and write down who you spoke to.
numbers-before-never-a-pin = Amex never calls to ask for a PIN, verification code or one-time passcode. If you're suspicious, hang up and call the number on the back of your card.
numbers-before-search-ads = Scammers buy search ads for fake customer-service numbers: prefer official lines.
numbers-before-sources = Sources: American Express's security pages, the US Federal Trade Commission's advice on impostor calls, and a US customer-service guide (a third-party article).
numbers-start-call = Start call
numbers-start-call-hover = Copy the number and time the call (hold and talk) in the status bar
numbers-start-call-busy = A call is being timed: End call in the status bar first

## Status badges and the evidence behind them

numbers-badge-official = OFFICIAL
numbers-badge-corroborated = CORROBORATED
numbers-badge-single-source = SINGLE SOURCE
numbers-badge-conflicting = CONFLICTING
numbers-badge-superseded = SUPERSEDED
numbers-badge-outdated = OUTDATED
numbers-badge-misattributed = MISATTRIBUTED
numbers-badge-implausible = IMPLAUSIBLE
numbers-badge-not-verified = NOT VERIFIED
numbers-not-verified-why = Only in a directory file nobody signed: do not trust this line. Call the number on the back of your card.
# A status in a sentence, e.g. "(official)".
numbers-status-official = official
numbers-status-corroborated = corroborated
numbers-status-single-source = single-source
numbers-status-conflicting = conflicting
numbers-status-superseded = superseded
numbers-status-outdated = outdated
numbers-status-misattributed = misattributed
numbers-status-implausible = implausible
numbers-status-explain-official = Appears on an American Express page (pages can be old).
numbers-status-explain-corroborated = Two or more independent sources agree; no official page seen.
numbers-status-explain-single-source = Only one source gives it: double-check with your card.
numbers-status-explain-conflicting = Sources disagree about this number: prefer an official line.
numbers-status-explain-superseded = A newer American Express page gives another number: prefer that one.
numbers-status-explain-outdated = Uses a retired number format: it will not connect.
numbers-status-explain-misattributed = Belongs to someone else: not an American Express line.
numbers-status-explain-implausible = Looks invented: not an American Express line.
numbers-source-prints-as = { $page }: prints “{ $printed }” as “{ $label }”
numbers-source-prints = { $page }: prints “{ $printed }”
numbers-source-says = { $page }: { $label }
numbers-rival-newer-page = newer Amex page
numbers-rival-older-page = older Amex page
numbers-rival-amex-page = Amex page{ $of_year }
# A page: "americanexpress.com/uk, page of 2024".
numbers-source-page = { $place }, page{ $of_year }
# Said right after "page" ($of_year in other messages).
numbers-page-of-year = {" "}of { $year }
numbers-page-of-unknown-year = {" "}of unknown year
# Why a line has its status ($rival: a number and its label).
numbers-why-official = Printed on an American Express page{ $of_year }.
numbers-why-official-partner = Printed on a page{ $of_year } of the company licensed to issue American Express cards in this market.
numbers-why-corroborated = { $count } independent sources give it; no American Express page seen.
numbers-why-single-source = Only one source gives it; no American Express page seen.
numbers-why-superseded = A newer American Express page{ $of_year } gives { $rival } instead (this one: page{ $this_year }).
numbers-why-same-age = American Express pages disagree and neither is newer (both pages{ $of_year }): another gives { $rival }.
numbers-why-more-pages = None is newer (pages{ $of_year }), but more American Express pages ({ $theirs }) give { $rival } than this number ({ $mine }).
numbers-why-amex-gives = An American Express page{ $of_year } gives { $rival } instead.
numbers-why-others-give = Other sources give { $rival } for the same need.
numbers-why-belongs-to = it belongs to { $owner }
numbers-trust-built-in = built into this app
numbers-trust-signed = a signed update (key { $key })
numbers-trust-unverified = a file nobody signed: not verified

## Notes pinned to a line

numbers-your-notes = Your notes
numbers-remove-note = Remove
numbers-remove-note-named = Remove note { $note }
numbers-new-note = New note
numbers-new-note-hint = e.g. press 0 twice to reach a person
numbers-pin-note = Pin note
numbers-log-call = Log a call to this line
numbers-undo = Undo

## Report a problem with a number

numbers-report-problem = Report a problem with this number
numbers-report-problem-hover = Make a short report for the maintainers to copy or save; it holds no journal data
numbers-report-right-number = The right number
numbers-report-page = The page you saw it on
numbers-report-what-happened = What happened (optional)
numbers-report-masked = Card numbers are masked. Send the report to the maintainers; nothing is sent from here.
numbers-report-copy = Copy report
numbers-report-save = Save report...
numbers-report-close = Close report
numbers-problem-wrong-number = The number is wrong
numbers-problem-does-not-connect = It does not connect
numbers-problem-wrong-hours = The hours are wrong
numbers-problem-not-amex = It is not American Express
numbers-problem-other = Something else

## Keyboard hints in the status bar

numbers-keys-numbers = Up/Down select · Enter copies · Esc clears the search · Ctrl+F or / searches
numbers-keys-journal = Tab moves between fields · Ctrl+Z undoes a delete · Ctrl+F searches the numbers
numbers-keys-forms = Tab moves between fields · Ctrl+F searches the numbers

## Shared controls

numbers-type-to-filter = Type to filter
# The accessible name of a drop-down's filter field.
numbers-filter-named = Filter { $label }
# The calendar button beside a date field (no "%" in it).
numbers-pick = Pick
numbers-pick-named = Pick { $field }
# How a date is typed (always year-month-day).
numbers-date-hint = YYYY-MM-DD
numbers-open-saved-file = Open the saved file
numbers-show-in-folder = Show in folder

## What a line is for, which cards, how it is reached

numbers-purpose-general = General questions
numbers-purpose-lost-card = Lost or stolen card
numbers-purpose-fraud = Fraud
numbers-purpose-disputes = Disputes
numbers-purpose-travel-emergency = Travel emergency
numbers-purpose-applications = Applications
numbers-purpose-rewards = Rewards
numbers-purpose-retention = Retention / annual fee
numbers-purpose-complaints = Complaints
numbers-purpose-payments = Payments
numbers-purpose-technical = Online account and app
numbers-purpose-close-account = Closing an account
numbers-purpose-gift-cards = Gift and prepaid cards
numbers-purpose-accessibility = TTY and relay
numbers-purpose-merchant-services = Merchant services (businesses)
numbers-tier-blue = Blue
numbers-tier-green = Green
numbers-tier-gold = Gold
numbers-tier-platinum = Platinum
numbers-tier-centurion = Centurion
numbers-tier-business = Business
numbers-tier-corporate = Corporate
numbers-kind-toll-free = Toll-free
numbers-kind-local = Local rate
numbers-kind-collect = Call collect
numbers-kind-international = From abroad
numbers-kind-tty = TTY
numbers-kind-fax = Fax
numbers-kind-postal = Post
numbers-kind-email = Email
numbers-kind-chat = Chat
numbers-kind-app = App
numbers-kind-secure-message = Secure message
numbers-kind-social = Social media
numbers-kind-web = Web
numbers-channel-phone = Phone
numbers-channel-chat = Chat
numbers-channel-app = App
numbers-channel-email = Email
numbers-channel-postal = Post
numbers-channel-social = Social media
numbers-channel-web = Web
numbers-channel-fax = Fax
numbers-region-north-america = North America
numbers-region-europe = Europe
numbers-region-asia-pacific = Asia-Pacific
numbers-region-latin-america = Latin America
numbers-region-middle-east-africa = Middle East & Africa
numbers-card-kind-personal = Personal card
numbers-card-kind-business = Business card
numbers-card-kind-corporate = Corporate Card
# What a line's page says it serves, in running text.
numbers-product-corporate = Corporate Cards
numbers-product-business = business cards
numbers-product-currency-card = International Currency Cards
numbers-product-gift-card = gift and prepaid cards
numbers-product-merchant = merchants
numbers-product-ppi = Payment Protection Insurance (PPI) complaints
numbers-product-discontinued = a card that is no longer issued

## Hours

numbers-hours-every-day = 24 hours, every day
numbers-hours-not-known = Hours not known
numbers-hours-daily = Daily
numbers-day-mon = Mon
numbers-day-tue = Tue
numbers-day-wed = Wed
numbers-day-thu = Thu
numbers-day-fri = Fri
numbers-day-sat = Sat
numbers-day-sun = Sun
numbers-hours-open-always = Open 24 hours
# $time: "Wed 17:00 London time".
numbers-hours-open-until = Open now · until { $time }
numbers-hours-closed-until = Closed now · opens { $time }
numbers-hours-zone-time = { $time } { $city } time
numbers-hours-zone-and-your-time = { $time } { $city } time ({ $yours } your time)
# The city when a time zone has no name.
numbers-hours-local-zone = local

## How a number is dialled from where you are

numbers-warning-retired-format = Retired number format: this will not connect.
numbers-warning-not-valid = Not a valid phone number (libphonenumber).
numbers-warning-collect = Ask the local operator for a collect (reverse-charge) call to this number.
numbers-warning-toll-free-abroad = Toll-free only inside { $home }: from { $here } it may not connect, and is not free.
numbers-warning-not-from-abroad = Cannot be dialled from outside { $home }.

## Verify: is this really American Express?

numbers-verify-safe = Hang up or don't reply, and call the number on the back of your card.
numbers-verify-nothing = Nothing to check.
numbers-verify-extension = (Extension { $extension }: the menu or the person who answers takes it.)
numbers-verify-known-account = { $account }: { $label } ({ $status }).
numbers-verify-known-account-advice = A real American Express account. Never post card details in public; they will ask you to send a private message.
numbers-verify-unknown-account = { $account } is not an American Express account this directory knows (the service account is @AskAmex).
numbers-verify-unreadable-address = This is not a web address or email address that can be read.
numbers-verify-amex-domain = { $host } belongs to American Express.
numbers-verify-amex-domain-advice = A genuine American Express domain. Still, never give a PIN or one-time code to anyone who contacts you: Amex never asks for them.
# $issuer: the company licensed to issue American Express cards in $markets (e.g. Swisscard AECS GmbH, Switzerland).
numbers-verify-partner-domain = { $host } belongs to { $issuer }, the company licensed to issue American Express cards in { $markets }.
numbers-verify-partner-domain-advice = For a card it issued there, its site is the right one. Still, type the address yourself rather than following a link in a message, and never give a PIN or one-time code to anyone who contacts you.
numbers-verify-look-alike = { $host } is NOT American Express: it is a look-alike. Amex uses americanexpress.com, aexp.com and its regional sites.
numbers-verify-look-alike-punycode = { $host } is NOT American Express: it is a look-alike (an internationalised name written in punycode, made to pass for a familiar one). Amex uses americanexpress.com, aexp.com and its regional sites.
numbers-verify-other-domain = { $host } is not an American Express domain (Amex uses americanexpress.com, aexp.com and its regional sites).
numbers-verify-other-domain-advice = Don't click it or reply. Log in by typing americanexpress.com yourself, or call the number on the back of your card.
numbers-verify-retired-format = { $number } is a retired number format: { $notes }
numbers-verify-or = { $first } or { $second }
numbers-verify-also-read-as = Written this way it could also be read as { $numbers }.
numbers-verify-not-a-number = "{ $input }" is not a valid phone number (read as dialled from { $from }, and with a country code).
numbers-verify-read-as-written-in = Read as { $country } writes it
numbers-verify-read-with-exit-code = Read with "{ $prefix }" as the international prefix
numbers-verify-read-without-plus = Read as a country code without "+"
# $how: one of the three "Read ..." messages above.
numbers-verify-how-read = { $how }; from { $from } dial { $number }.
numbers-verify-reach-toll-free = It is a freephone or shared-cost number of its country: from abroad it may not connect, and is not free.
numbers-verify-reach-not-from-abroad = It cannot be dialled from outside its country.
numbers-verify-unsigned-only = { $number } is listed only by a directory file nobody signed (not verified): it is not a known American Express line.
numbers-verify-known-line = { $number } is a known American Express line: { $label } ({ $country }, { $status }).
numbers-verify-known-line-advice = You can call it. If someone asked you to call it, you can still hang up and use the number on the back of your card.
numbers-verify-listed-unconfirmed-advice = Listed, but not confirmed by an official page: prefer the number on the back of your card.
numbers-verify-belongs-to = { $number } is NOT an American Express number: it belongs to { $owner }.
numbers-verify-not-amex-because = { $number } is NOT an American Express number: { $why }
numbers-verify-unknown-number = { $number } is not a known American Express line.
numbers-verify-korean-toll-free = It is a South Korean international toll-free number: it works only from phones inside South Korea.
numbers-verify-cannot-dial-from = From { $from } it cannot be dialled. { $advice }
numbers-worldwide = Worldwide
numbers-age-today = today
numbers-age-days = { $days ->
    [one] { $days } day ago
   *[other] { $days } days ago
}
numbers-age-months = { $months } months ago
numbers-age-line = Numbers checked on { $date }; update { $serial }, { $trust }.
numbers-age-line-when = Numbers checked on { $date } ({ $when }); update { $serial }, { $trust }.
numbers-stale-notice = These numbers were checked on { $date }, { $months } months ago: American Express may have changed a line since. The number on the back of your card is always right; an update of this app brings newer numbers.
numbers-old-page = Its newest dated American Express page is from { $year }, over { $years } years ago: if it does not connect, use the number on the back of your card.
