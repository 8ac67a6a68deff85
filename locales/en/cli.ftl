# cli: en

## Files written
# $path: the file written.
cli-wrote = Wrote { $path }
cli-cannot-write = cannot write { $path }: { $error }
cli-cannot-write-json = cannot write JSON: { $error }

## find
cli-find-no-match = no line matches. Call the number on the back of your card: it is always the right one for your card.
# $country: a country name; $line: the line's name; $status: an identifier (official...).
cli-find-general-line = { $country }'s general line: { $number } ({ $line }, { $status })
cli-could-not-copy = could not copy: { $error }
cli-copied = Copied { $number } ({ $line })
# What to call instead: a market's line that can be called from abroad.
cli-advice-cards = { $country } cards: { $number }  ({ $line })
# Said under a line a `--directory` file nobody signed adds or changes.
cli-not-verified = NOT VERIFIED: only in a directory file nobody signed; do not trust this line, call the number on the back of your card.
# Column headings of the table of lines (capitals, as the table prints them).
cli-col-status = STATUS
cli-col-number = NUMBER
cli-col-country = COUNTRY
cli-col-label = LABEL
# Under a line that cannot be called from where the caller is.
cli-use-instead = Use { $number } instead.
# Under the table; $from: the country the numbers are dialled from.
cli-lines-shown = { $count ->
    [one] { $count } line shown as dialled from { $from }. Not sure? Call the number on the back of your card.
   *[other] { $count } lines shown as dialled from { $from }. Not sure? Call the number on the back of your card.
}

## verify
cli-verdict-amex = AMEX
cli-verdict-not-amex = NOT AMEX
cli-verdict-unknown = UNKNOWN
cli-verdict-invalid = INVALID
# $verdict: one of the four above; $finding: what was found.
cli-verdict-line = { $verdict }: { $finding }
# One matching line: its number, status identifier, name and the pages behind it.
cli-verify-contact = { $number } [{ $status }] { $line } — sources: { $sources }

## directory
cli-lines-in-markets = { $lines } lines in { $markets } markets:
# $serial: update numbers; $compiled: dates; $key, $note: the signing key and what it is.
cli-signed-update = Signed update { $serial } (compiled { $compiled }) by key { $key } ({ $note }). It replaces update { $current } (compiled { $current_compiled }).
cli-update-not-applied = Not applied: nothing was changed. Run again with --yes to apply.
cli-update-applied = Applied: update { $serial } is in use. `amex-desk directory rollback` goes back.
# The answer is read as y or yes: keep [y/N] as it is.
cli-apply-prompt = Apply it? [y/N]
cli-cannot-read-answer = cannot read the answer: { $error }
cli-rolled-back-previous = Went back: the update applied before the last one is in use again.
cli-rolled-back-built-in = Went back: the directory built into this app is in use again.
cli-nothing-to-undo = Nothing to undo: no update was applied; the built-in directory is in use.
cli-report-exists = { $path } already exists; choose another name (a report never replaces a file)

## coverage --after: what each market has after the number
# Column headings (capitals, as the table prints them).
cli-after-col-market = MARKET
cli-after-col-body = EXTERNAL BODY (END OF LADDER)
cli-after-col-rules = DEADLINE RULES
cli-after-col-letter = LETTER
cli-after-none-recorded = none recorded
cli-after-no-body = ladder without an external body
cli-after-none-known = none known
# $rules: how many deadline rules; $secondary: how many rest on a secondary source only.
cli-after-rules-secondary = { $rules } ({ $secondary } secondary)
cli-after-letter-billing-error = billing-error notice (Regulation Z)
cli-after-letter-complaint = complaint letter
cli-after-summary = { $markets } markets: { $with_body } with a ladder to their external body, { $with_rules } with dated deadline rules.
