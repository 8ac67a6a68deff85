# retention: en

## The card list and the prep summary (window)
retention-your-cards = Your cards
retention-new-card = New card
retention-no-card-yet = Add a card to see its tenure, recent offers and the fee-refund window.
retention-before-the-call = Before the call
# One line of the prep summary: a label from below and its value.
retention-prep-line = { $label }: { $value }
retention-refund-days-left = { $days ->
    [one] { $days } day left to close with the fee refunded
   *[other] { $days } days left to close with the fee refunded
}
retention-refund-window-passed = The refund window has passed

## The card form
retention-nickname = Nickname
retention-nickname-hint = e.g. Gold
# Said after "this is empty;" when the nickname is left empty.
retention-nickname-needed = give the card a name, e.g. Gold
retention-account-country = Account country
retention-not-set = Not set
retention-tier = Tier
retention-member-since = Member since
retention-member-since-hint = year, e.g. 2015
retention-annual-fee = Annual fee
retention-annual-fee-hint = e.g. 325
retention-fee-posted = Fee posted
retention-fee-statement-closes = Fee statement closes
retention-spend = Spend
retention-last-5-digits = Last 5 digits
retention-optional = optional
# $reason: the field and what is wrong with it.
retention-not-saved = Not saved: { $reason }
# $fields: the labels of the wrong fields, separated by commas.
retention-fix-to-save = Fix to save: { $fields }
retention-save-card = Save card
retention-card-saved = Card saved.
retention-save-card-first = Save the card first.

## The script card (window)
retention-script-title = Retention call script
retention-step-of = Step { $step } of { $steps }: { $title }
# $words: another way to say the step's line.
retention-say-instead = or: { $words }
retention-previous-step = Previous step
retention-next-step = Next step
retention-next-step-keys = N or Right arrow: next step
retention-do = Do
retention-dont = Don't
retention-record-outcome = Record the outcome
retention-record-outcome-hover = After the call: the offers, what you accepted, the reference number
retention-print-script-card = Print script card (PDF)

## The outcome form
retention-what-happened = What happened on the call
retention-offer-kind = Offer { $number } kind
retention-offer = Offer { $number }
retention-offer-hint = e.g. 30,000 points
retention-offer-spend = Offer { $number } spend
# The dollar sign is written as an escape so that it is not read as an argument.
retention-offer-spend-hint = e.g. {"\u0024"}3,000 in 3 months
retention-offer-deadline = Offer { $number } deadline
retention-date-hint = YYYY-MM-DD
retention-offer-accepted = Offer { $number } accepted
retention-remove-offer = Remove offer { $number }
retention-add-offer = Add an offer
retention-rep = Rep name or ID
retention-rep-hint = who you spoke to
retention-reference = Reference
retention-reference-hint = reference number
retention-save-outcome = Save outcome
retention-cancel-outcome = Cancel outcome
retention-outcome-recorded = Outcome recorded: it is in the card's history and the call log.
# Written into the call log: $card is the card's nickname, $outcome the offers.
retention-call-summary = Retention call about { $card }: { $outcome }
# A follow-up promise: $offer is what was offered, $spend the spend requirement.
retention-spend-promise = Meet the spend requirement for { $offer }: { $spend }

## The history
retention-history = History: { $card }
retention-no-calls-yet = No retention calls recorded yet.
retention-history-call = { $date }: { $outcome }
retention-history-call-with-reference = { $date }: { $outcome }, ref { $reference }

## The refund note (no refund rule known for the card's country)
retention-no-refund-rule = No annual-fee refund rule is recorded for { $country } accounts: the 30-day refund is a US rule. Ask on the call whether the fee is refunded if you close the account, and write the answer down.
retention-no-refund-rule-country-unset = No annual-fee refund rule is recorded for this card (its country is not set): the 30-day refund is a US rule. Ask on the call whether the fee is refunded if you close the account, and write the answer down.

## The prep summary (window, command line and printed card)
retention-prep-card = Card
# $card: the nickname (and tier); $last: the card's last digits.
retention-prep-card-ending = { $card }, ending { $last }
retention-prep-member-for = Member for
retention-prep-member-years = { $years ->
    [one] { $years } year (since { $since })
   *[other] { $years } years (since { $since })
}
retention-prep-not-given = not given
retention-prep-annual-fee = Annual fee
# $fee: the amount and currency; $date: when it was posted.
retention-prep-fee-posted = { $fee }, posted { $date }
retention-prep-yearly-spend = Yearly spend
retention-prep-offer-12-months = Retention offer accepted in the last 12 months
retention-prep-offer-24-months = ... in the last 24 months
retention-prep-yes = yes
retention-prep-no = no
retention-prep-refund-window = Fee refund window
retention-prep-refund-close-by = { $days ->
    [one] close by { $date } for a refund ({ $days } day left)
   *[other] close by { $date } for a refund ({ $days } days left)
}
retention-prep-refund-ended = ended { $date }
retention-prep-refund-needs-closing-date = enter the closing date of the statement the fee is on

## The printed script card
retention-doc-title = Retention call: script card
retention-doc-your-card = Your card
# An earlier call on the card: $date and what was offered.
retention-doc-earlier-call = Call of { $date }: { $outcome }
retention-doc-have-ready = Have ready
retention-doc-do-dont = Do / don't
retention-doc-do = Do: { $item }
retention-doc-what-happened = What happened
retention-doc-offers = Offer(s)
retention-doc-accepted = Accepted
retention-doc-spend-and-deadline = Spend requirement and deadline
retention-doc-rep = Rep
retention-doc-reference-number = Reference number
retention-doc-footer = Amex Desk (unofficial) - printed { $date } - sources: a US customer-service guide (third-party article); the fee-refund rule: the Amex US Cardmember Agreement as quoted by Doctor of Credit (secondary)
