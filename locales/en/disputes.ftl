# disputes: en

## The disputes page: the list of cases and the blank checklists

disputes-your-cases = Your cases
disputes-no-cases = No dispute cases yet.
disputes-no-merchant = (no merchant)
# The accessible name of a case's button in the list.
disputes-open-case = Open case { $merchant }
disputes-start-case = Start a case
disputes-start-case-hint = Pick the kind of dispute; PDF prints a blank checklist.
# $kind: the dispute type's name, as the catalog gives it.
disputes-new-case = New case: { $kind }
disputes-pdf = PDF
disputes-print-checklist = Print checklist: { $kind }
disputes-disputing-heading = Disputing a charge
disputes-advice-footer = Start a case on the left, or open one. Amex Desk is unofficial and this is not legal advice.

## The case form

disputes-new-dispute = New dispute
disputes-dispute-heading = Dispute: { $merchant }
disputes-case-warning = Amex Desk is unofficial; this is not legal advice. Never enter a full card number: at most the last 5 digits.
disputes-field-merchant = Merchant
disputes-merchant-hint = who charged you
# Asked when the merchant field is empty, after "this is empty; ".
disputes-merchant-needed = who is the charge from?
disputes-field-amount = Amount
disputes-amount-hint = 212.40 or 212,40
# The button that reads "1.234" as thousands: "I mean 1234.00".
disputes-amount-i-mean = I mean { $amount }
disputes-field-currency = Currency
disputes-type = Type
# The country of the card account.
disputes-field-account = Account
disputes-status = Status
disputes-field-transaction-date = Transaction date
disputes-field-statement-date = Statement closing
disputes-field-filed-on = Filed on
disputes-field-final-response-on = Final response on
disputes-filed-by = Filed by
disputes-not-filed-yet = Not yet
disputes-card-nickname = Card nickname
disputes-card-nickname-hint = e.g. Gold
disputes-card-last5 = Card last 5 digits
disputes-merchant-contacted = I contacted the merchant first
disputes-within-100-miles = Bought in my state or within 100 miles
disputes-what-happened = What happened
disputes-evidence-progress = Evidence: { $done } of { $total } gathered
# Under each evidence item: why it matters, then an example (both from the catalog).
disputes-item-why-example = { $why } Example: { $example }
disputes-note-for = Note for { $item }
disputes-your-note = Your note
disputes-file-for = File for { $item }
disputes-file-hint = path to the file on your disk
disputes-attach-file = Attach file...
disputes-attach-file-hover = Choose the file for { $item }
disputes-file-missing = file missing
disputes-deadlines = Deadlines
# $label: the rule (from the catalog); $needs: one of the disputes-needs-* dates.
disputes-pending-deadline = { $label }: enter { $needs } to date it.
disputes-claims-heading = 15 USC 1666i (claims about goods or services)
disputes-condition-met = met
disputes-condition-not-met = not met
disputes-not-known-yet = not known yet

## The bar under the case form

disputes-save-case = Save case
disputes-unsaved-changes = Unsaved changes
disputes-saved = Saved
# $fields: the labels of the wrong fields, joined with ", ".
disputes-fix-fields = { $count ->
    [one] Fix { $count } field to save: { $fields }
   *[other] Fix { $count } fields to save: { $fields }
}
disputes-close-case = Close case
disputes-print-packet-a4 = Print packet (PDF)
disputes-print-packet-letter = Print packet (Letter PDF)
# $letter: disputes-letter-name-billing-error or disputes-letter-name-complaint.
disputes-print-letter = Print { $letter } (PDF)
# $body: the external body's short name ("FOS", "Banco de España").
disputes-print-referral = Print letter to { $body } (PDF)
disputes-referral-hover = Take the case to { $body }: { $timeline }
disputes-copy-markdown = Copy as Markdown
disputes-delete-case = Delete case
disputes-not-saved = Not saved: { $error }
disputes-deleted-case = Deleted the case.
disputes-deleted-named = Deleted { $merchant }.
disputes-undo-delete = Undo delete

## Messages after a command
# $removed: empty, or a sentence (with its leading space) saying control characters were removed.

disputes-case-restored = Case restored.
disputes-case-deleted = Case deleted. Undo (Ctrl+Z) puts it back.
disputes-case-saved = Case saved.{ $removed }
disputes-case-saved-masked = Case saved. { $count } card number(s) or code(s) were masked.{ $removed }
disputes-copied-markdown = Copied the packet as Markdown.

## Deadlines

disputes-standing-policy = the issuer's stated policy
disputes-standing-law = law
disputes-standing-regulator = a regulator's rule
disputes-standing-ombudsman = the ombudsman's rule
disputes-standing-secondary = law, as a secondary source reports it
disputes-span-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
disputes-span-business-days = { $count ->
    [one] { $count } business day
   *[other] { $count } business days
}
disputes-span-months = { $count ->
    [one] { $count } month
   *[other] { $count } months
}
disputes-span-months-and-days = { $months } and { $days }
# What a deadline counts from: "60 days after the statement".
disputes-anchor-statement = the statement
disputes-anchor-filed = your complaint
disputes-anchor-charge = the charge
disputes-anchor-final-response = the final response
disputes-none-known = No deadline rules recorded for { $market }: no page we could check states one. Complain in writing as soon as you can, keep a copy and the date, ask American Express for its final response in writing, and ask which independent body you can take the complaint to, and by when.
# The date a deadline waits for, in disputes-pending-deadline and disputes-packet-needs.
disputes-needs-statement-date = the statement closing date
disputes-needs-filed-date = the date you filed
disputes-needs-charge-date = the date of the charge
disputes-needs-final-response-date = the date of the final response
# The conditions of US law 15 USC 1666i. $amount: "$50".
disputes-condition-over-50 = The charge is over { $amount }
disputes-condition-within-100-miles = Bought in your state or within 100 miles of your address
disputes-condition-merchant-first = You tried in good faith to settle it with the merchant first

## Where a rule comes from

disputes-source-issuer = issuer
disputes-source-regulator = regulator
disputes-source-ombudsman = ombudsman
disputes-source-legislation = legislation
disputes-source-secondary = secondary source
# The year the page shows.
disputes-citation-page-of = page of { $year }
disputes-citation-page-undated = page of year not shown
# $text: the English translation of a quote in another language.
disputes-citation-translation = {" "}(in English: "{ $text }")
disputes-citation-secondary = {" "}Only a secondary source was found for this: it is not checked against the official text.
# $quote as the page prints it; $translation: disputes-citation-translation or nothing;
# $page: disputes-citation-page-of or disputes-citation-page-undated; $read: the day it was read;
# $secondary: disputes-citation-secondary or nothing.
disputes-citation = "{ $quote }"{ $translation } - { $publisher } ({ $kind }), { $url }, { $page }, read { $read }.{ $secondary }

## The printed checklist and packet

disputes-not-advice = Amex Desk is unofficial and not affiliated with American Express. This is not legal advice; check the current rules and your Cardmember Agreement.
disputes-doc-footer = Amex Desk (unofficial) - printed { $date } - not legal advice
disputes-checklist-title = Dispute checklist: { $kind }
disputes-evidence-to-gather = Evidence to gather
disputes-before-you-file = Before you file
disputes-dates = Dates
disputes-write-in-statement-date = Statement closing date (first statement showing the charge)
disputes-write-in-merchant-contacted = Date you contacted the merchant
disputes-write-in-filed = Date you filed with American Express
disputes-write-in-reference = Reference number
disputes-unknown-type = Unknown dispute type { $kind }
disputes-packet-evidence = Evidence ({ $done } of { $total } gathered)
disputes-packet-file = file: { $file }
disputes-packet-title = Dispute: { $merchant } - { $amount }
disputes-packet-card = Card
disputes-packet-account-country = Account country
disputes-packet-not-given = not given
disputes-packet-statement-date = Statement closing date
disputes-packet-filed = Filed with the issuer
disputes-packet-final-response = Final response
disputes-packet-merchant-contacted = Merchant contacted first
disputes-yes = yes
disputes-no = no
disputes-packet-needs = needs { $needs }
disputes-source = Source: { $citation }
disputes-packet-doc-title = Dispute packet: { $merchant }
disputes-calls-heading = Calls and contacts
disputes-no-calls = No calls linked yet.
# A linked call: "2026-11-18 10:00 (Phone, rep Sam, ref D-1, call 45:10 (hold 32:40, talk 12:30)): ..."
disputes-call-no-reference = no reference
disputes-call-reference = ref { $reference }
disputes-call-rep = , rep { $rep }
disputes-call-timed = , call { $times }

## The letters to American Express (the US billing-error notice, the complaint elsewhere)

disputes-letter-name-billing-error = billing-error letter
disputes-letter-name-complaint = complaint letter
disputes-letter-name-unauthorised = notice of an unauthorised payment
disputes-letter-name-section-75 = section 75 claim
# Put after "in writing" in disputes-complaint-request; "your" is American Express.
disputes-letter-stated-business-days = {" "}by { $due }, within the { $days } business days your own complaints page states ({ $url })
disputes-letter-stated-days = {" "}by { $due }, within the { $days } days your own complaints page states ({ $url })
disputes-letter-no-charge-date = [date of the charge]
disputes-letter-your-name = Your name
disputes-letter-your-address = Your address
disputes-letter-address-line-2 = Address line 2
disputes-letter-date = Date: { $date }
disputes-letter-account = Account
disputes-letter-charge = Charge
disputes-letter-charge-text = { $amount } from { $merchant } on { $date }
disputes-letter-merchant-contacted = I contacted the merchant before writing, without a resolution.
disputes-letter-merchant-not-contacted = [Say when you contacted the merchant and what they answered.]
disputes-letter-enclosed = Copies of my supporting documents are enclosed.
disputes-letter-signature = Signature
disputes-complaint-to = To: American Express, complaints (use the address on your statement or on American Express's complaints page for your country).
disputes-complaint-title = Complaint about a charge
# $kind: the dispute type's name, in lower case.
disputes-complaint-opening = I am making a formal complaint about the charge above ({ $kind }).
disputes-complaint-describe = [Say in one or two sentences what happened and why the charge is wrong.]
disputes-complaint-request = Please investigate, refund the charge and any fees or interest on it, and send me your final response in writing{ $stated }. If you cannot resolve it, please tell me in that response which independent body I can take my complaint to, and by when.
disputes-complaint-closing = Yours faithfully,
disputes-complaint-small-print = Send it as soon as you can, keep a copy and a proof of sending. Your country's law may give you deadlines and an independent body to go to; this letter relies on no particular law. { disputes-not-advice }
# The notice of an unauthorised payment (EU/EEA and UK payment services law).
disputes-unauthorised-title = Notice of an unauthorised payment
disputes-unauthorised-opening = I did not make or authorise the payment above, and I did not let anyone else use my card for it. I am reporting it to you without undue delay.
disputes-unauthorised-noticed = Date I noticed the payment
disputes-unauthorised-describe = [Say how you found the payment, and whether your card is still with you.]
# $source: the law's name as the rule gives it; $span: "13 months"; $due: disputes-letter-relies-due or nothing.
disputes-unauthorised-relies-on = I rely on { $source }: an unauthorised payment is to be put right when it is reported without undue delay and within { $span } of the day it was charged{ $due }.
disputes-letter-relies-due = {" "}(for this payment: by { $due })
# $note: the country note's text, such as "Consumer Credit Act 1974, section 75: ...".
disputes-letter-relies-on-note = I rely on { $note }
disputes-unauthorised-request = Please refund the payment, put my account back as it would have been had the payment not been made, and confirm this in writing. If you have not already done so, please block the card and send me a new one.
disputes-unauthorised-small-print = Report the payment by phone or in the app as well: a letter is slower. Keep a copy and a proof of sending. The page the rule comes from is quoted above. { disputes-not-advice }
# The claim under section 75 of the UK Consumer Credit Act 1974.
disputes-section75-title = Claim under section 75 of the Consumer Credit Act 1974
# $kind: the dispute type's name, in lower case.
disputes-section75-opening = I paid for the purchase above with my credit card, and the supplier has broken our contract or misrepresented what it sold ({ $kind }).
disputes-section75-describe = [Say what you bought, what the supplier promised, and what went wrong.]
# $stated: disputes-letter-stated-business-days or nothing.
disputes-section75-request = As the card issuer you are equally liable with the supplier. Please refund { $amount } and any interest or fees on it, and send me your final response in writing{ $stated }.
disputes-section75-small-print = Section 75 covers a purchase made on a credit card (not a charge card), for an item whose cash price is more than £100 and not more than £30,000. If American Express turns the claim down, you can take it to the Financial Ombudsman Service. { disputes-not-advice }
disputes-billing-to = To: American Express, billing inquiries (use the address printed on your statement for billing errors).
disputes-billing-title = Notice of billing error
disputes-billing-statement = Statement
disputes-billing-statement-closing = closing { $date }
disputes-billing-no-statement-date = [statement closing date]
disputes-billing-opening = I am writing to dispute the charge above, which I believe is a billing error: { $kind }.
disputes-billing-describe = [Say in one or two sentences why the charge is wrong.]
disputes-billing-request = Please correct the error, credit any finance charges or fees related to it, and send me an explanation. I understand that while you investigate I do not have to pay the disputed amount.
disputes-billing-closing = Sincerely,
disputes-billing-small-print = Under US Regulation Z (12 CFR 1026.13) this notice must reach the issuer within 60 days after the first statement showing the error was sent. Send it to the address for billing inquiries on your statement, keep a copy, and consider a delivery receipt. { disputes-not-advice }

## Dispute case status

disputes-status-preparing = Preparing
disputes-status-contacted-merchant = Contacted merchant
disputes-status-filed-with-amex = Filed with Amex
disputes-status-acknowledged = Acknowledged
disputes-status-resolved-in-my-favour = Resolved in my favour
disputes-status-resolved-against = Resolved against me
disputes-status-escalated = Escalated
# The card, by its nickname and at most its last five digits.
disputes-card-not-given = card not given
disputes-card-ending = card ending { $last }
disputes-card-named-ending = { $name } ending { $last }

## Retention cards: yearly spend and offers

disputes-spend-not-given = not given
disputes-spend-under-5k = under 5,000 a year
disputes-spend-5k-to-15k = 5,000 to 15,000 a year
disputes-spend-15k-to-50k = 15,000 to 50,000 a year
disputes-spend-over-50k = over 50,000 a year
disputes-offer-points = Points
disputes-offer-statement-credit = Statement credit
disputes-offer-different-card = Different card
disputes-offer-other = Other
disputes-offer-none = no offer
# Added after an offer: "30,000 points after $3,000 in 3 months by 2027-01-31 (accepted)".
disputes-offer-after = {" "}after { $requirement }
disputes-offer-by = {" "}by { $date }
disputes-offer-accepted = {" "}(accepted)
