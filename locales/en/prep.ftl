# prep: en

## The call prep page (window)
prep-what-about = What is it about?
# Screen readers hear this on each purpose of the list; $purpose: what the call is about.
prep-prepare-purpose = Prepare: { $purpose }
prep-no-notes = No preparation notes for this yet: call the number on the back of your card.
# The page's heading and the printed sheet's title; $purpose: what the call is about.
prep-title = Call prep: { $purpose }
# A badge beside the heading when the call cannot wait.
prep-urgent-badge = URGENT
# Label of the country picker: the country whose card it is.
prep-card-from = Card from
prep-your-card = Your card
# $channel: phone, chat, online account...
prep-best-channel-is = Best channel: { $channel }
prep-start-call = Start call
prep-start-call-hover = Copies the number and opens a call-log entry dated now
prep-call-back-of-card = Call the number on the back of your card.
prep-when-in-doubt = When in doubt, call the number on the back of your card.
prep-have-ready = Have ready
prep-phone-menu = The phone menu will ask for
prep-what-to-say = What to say
prep-print-a4 = Print prep sheet (A4 PDF)
prep-print-letter = Print prep sheet (Letter PDF)
# $country: the country name.
prep-escalation-in = If it is not resolved: escalation in { $country }
prep-no-ladder = No escalation ladder recorded for this country yet: ask for a supervisor, then write to the complaints address on American Express's site for your country.
# $name: an ombudsman or regulator.
prep-not-amex-body = { $name } (not American Express)
prep-body-phone = Phone { $phone }
prep-body-post = Post: { $postal }
# $source: who published the page (and what kind of page it is), or a full citation.
prep-source = Source: { $source }
prep-time-limits-in = Time limits in { $market }
# One time limit: $label what it is for, $span how long ("60 days"), $anchor from when
# ("the statement date").
prep-rule-after = { $label }: { $span } after { $anchor }
prep-coverage-title = What Amex Desk has for each market
prep-coverage-intro = After the number: where each market's complaints end, the dated time limits a dispute case there gets, its own line for personal cards, and the letters a case can print. Each figure comes with its page; "secondary" marks rules found only in someone else's account of them.
prep-coverage-col-market = Market
prep-coverage-col-body = Complaints end at
prep-coverage-col-rules = Dated time limits
prep-coverage-col-personal = Personal-card line
prep-coverage-col-letters = Letters
prep-coverage-none = none
prep-dispute-dates = A dispute case on the Disputes page dates these from your own dates.
# Said when Start call has no line to copy.
prep-no-line-known = No line known: call the number on the back of your card.

## Labels and their values (the page, the printed sheet, the command line)
# A label and its value, as in "Card: Personal card".
prep-label-value = { $label }: { $value }
# A label before a value or a blank line to write on, as in "Reference number:".
prep-label-colon = { $label }:

## Why the line named is not a plain answer
# $card: personal, business or corporate (the kind of card held); $market: a country
# name; $products: what the line serves ("Corporate Cards and business cards").
prep-caveat-other-product = No line for a { $card ->
        [business] business card
        [corporate] corporate card
       *[personal] personal card
    } in { $market } is known: this line is for { $products }. Call the number on the back of your card.
# Joins the products a line serves, two at a time.
prep-caveat-products-and = { $first } and { $next }
# $tiers: card names, as in "Gold, Platinum".
prep-caveat-only-for = This line is for { $tiers } cards only; for another card, call the number on the back of it.
# $why: why this line may not connect from where the caller is (may be empty).
prep-caveat-cannot-dial = No line of { $market } that connects from where you are is known. { $why }

## What every call needs, and how every call ends
prep-ready-card = Your card in hand. The phone menu may ask for the card number and the 4-digit code on the front (CID): key them only into a call you placed yourself, to a number from the back of your card or this app. Never type the CID into a website link, a text or an email, and never into this app.
prep-ready-notes = Paper or your journal for the rep's name, what they promise, and the reference number.
prep-ready-dates = Dates and amounts of what you are calling about, and earlier reference numbers.
prep-last-step = Before you hang up, ask for a reference number and write it down with the rep's name and what was promised.

## The printed prep sheet (and the command line's `prep`)
# $names: the titles of the pages the tips come from.
prep-sources = Sources: { $names }.
# Outside the US; "If it is not resolved" is the heading of the escalation section.
prep-general-tips = General tips, the same in every market, from: { $names }. { $country }'s own complaint route and time limits are under "If it is not resolved".
prep-urgent-now = Urgent: do this now.
# The PDF's title (metadata).
prep-doc-title = Amex Desk call prep: { $purpose }
# The footer of every page; $date: the day it was printed.
prep-doc-footer = Amex Desk (unofficial, not affiliated with American Express) - printed { $date } - not legal advice
prep-how-to-reach = How to get in touch
prep-best-channel = Best channel
prep-card = Card
# $line: the line's name; $number: as dialled; $from: where the caller is.
prep-first-choice-unreliable = { $line } ({ $number }) cannot be relied on from { $from }: use this line instead.
prep-line-to-call = Line to call
# $status: an identifier (official, corroborated...).
prep-line-dialled = { $number } - { $line } (dialled from { $from }; status: { $status })
prep-back-of-card = the number on the back of your card
prep-notes = Notes
prep-rep-name = Rep name or ID
prep-reference-number = Reference number
prep-what-promised = What was promised
prep-follow-up-on = Follow up on
prep-not-resolved-in = If it is not resolved ({ $country })
# After a rung of the escalation ladder: its phone number.
prep-step-contact = Contact: { $number }.

## Every printed page
# Under a ticked item of a checklist.
prep-print-note = Note: { $note }
# The footer line: $footer the document's own footer, then the page number.
prep-print-page = { $footer } - page { $number } of { $total }

## The letter that refers a complaint to the external body (ombudsman, regulator)
prep-referral-final-response = American Express sent its final response on { $date }; it did not resolve my complaint.
prep-referral-no-final-response = American Express has not sent a final response.
prep-referral-your-name = Your name
prep-referral-your-address = Your address
prep-referral-date = Date: { $date }
# $body: the external body's name; $reach: its address and site.
prep-referral-to = To: { $body } ({ $reach })
prep-referral-title = Complaint about American Express, referred to { $body }
prep-referral-account = Account
prep-referral-charge = Charge
prep-referral-charge-value = { $amount } from { $merchant }
prep-referral-complained = Complained to American Express
prep-referral-complaint-date-missing = {"["}date of your complaint]
prep-referral-final-response-label = Its final response
prep-referral-none-received = none received
# $answered: one of the two sentences above about the final response.
prep-referral-request = I complained to American Express about the charge above. { $answered } I ask you to consider my complaint.
prep-referral-say-what-happened = {"["}Say in a few sentences what happened, what you asked American Express for, and what it answered.]
prep-referral-enclosed = Enclosed: my complaint, American Express's answers, the statement showing the charge, and my evidence.
prep-referral-signature = Signature
prep-referral-time-limits = Time limits
prep-referral-disclaimer = Amex Desk is unofficial and not affiliated with American Express or with this body. This is not legal advice: check the body's own page for its current rules.
# The PDF's title (metadata).
prep-referral-doc-title = Referral to { $body }
prep-referral-footer = Amex Desk (unofficial) - printed { $date } - not legal advice
