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
cli-after-col-letter = LETTERS
cli-after-col-personal = PERSONAL
cli-after-none-recorded = none recorded
cli-after-no-body = ladder without an external body
cli-after-none-known = none known
# $rules: how many deadline rules; $secondary: how many rest on a secondary source only.
cli-after-rules-secondary = { $rules } ({ $secondary } secondary)
cli-after-letter-billing-error = billing-error notice (Regulation Z)
cli-after-letter-complaint = complaint
cli-after-letter-unauthorised = unauthorised payment
cli-after-letter-section-75 = s.75 claim
cli-after-letter-referral = referral
cli-after-personal-legend = PERSONAL: the market's own line for personal cards (O official, C corroborated, s single source, . none).
cli-after-summary = { $markets } markets: { $with_body } with a ladder to their external body, { $with_rules } with dated deadline rules.

## Arguments checked (the flag's name comes first, as typed)
# $today: today's date, as an example.
cli-date-empty = { $flag }: this is empty; write a date as YYYY-MM-DD, e.g. { $today }
cli-not-a-country = { $flag } { $code }: not a country code this directory or libphonenumber knows (use two letters, e.g. GB)
cli-amount-empty = --amount: this is empty; write it like 212.40
cli-no-such-contact = --contact { $id }: no such contact; `amex-desk find --json` lists the ids
cli-no-such-card = --card { $nickname }: no such card; add it with `amex-desk retention card --nickname { $nickname }`
cli-unknown-dispute-type = --type { $kind }: unknown; `amex-desk dispute types` lists them
cli-no-such-case = --case { $id }: no such case; `amex-desk dispute list` shows the ids
cli-several-cases = --case { $id }: matches several cases; give more of the id

## What was cleaned from the text before it was saved
cli-last5-kept = --last5: kept only the last 5 digits
cli-removed-unsafe = removed control or bidi-override characters from the text (terminal escapes are never stored)
cli-removed-unsafe-count = { $flag }: removed { $count } control or bidi-override character(s) (terminal escapes are never stored)
# $saved: what it was saved as ("[card ending 10005]", "[removed]": kept as they are).
cli-masked-card-number = { $flag }: masked a card number (saved as "{ $saved }"); never write card numbers or codes into the journal
cli-masked-security-code = { $flag }: masked a security code (saved as "{ $saved }"); never write card numbers or codes into the journal
cli-masked-in-text = { $count ->
    [one] masked { $count } card number or code in the text
   *[other] masked { $count } card numbers or codes in the text
}

## log
cli-no-calls = No calls logged yet.
cli-nothing-due = Nothing due.
# Before a call's reference number in `log list`.
cli-log-ref = ref
# $id: the new call's id; $path: the journal file.
cli-logged = Logged { $id } in { $path }
cli-file-missing = { $path } does not exist
cli-imported = Imported { $path }: { $added } added, { $updated } updated, { $removed } removed.
cli-cannot-list = cannot list { $path }: { $error }
cli-no-backups = No backups yet: each save of the journal keeps one (the last 10).
# A backup's size in `log backups`.
cli-backup-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
# $backup: the backup restored; $path: the journal file.
cli-restored = Restored { $backup } into { $path }: { $calls } call(s), { $cases } case(s), { $cards } card(s). The journal as it was is the newest backup but one (`amex-desk log backups`).

## dispute
# A dispute type's name in `dispute types`, and how many items its checklist has.
cli-dispute-type-items = { $name } ({ $count ->
        [one] { $count } item
       *[other] { $count } items
    })
cli-no-dispute-cases = No dispute cases.
# The nearest deadline of a case: its name, date and the days left.
cli-deadline-days = { $label } { $due } ({ $count ->
    [one] { $count } day
   *[other] { $count } days
    })
# $country: the account's country code.
cli-no-external-body = no external body is recorded for { $country } accounts yet: ask American Express, in its final response, which body you can go to (`amex-desk coverage --after` lists the markets that have one)

## export
cli-wrote-events = { $count ->
    [one] wrote { $count } event to { $path }
   *[other] wrote { $count } events to { $path }
}

## retention
# $name: the card's nickname.
cli-saved = Saved { $name }
# A past retention call: its date and what came of it.
cli-call-of = Call of { $date }: { $summary }
cli-sources = Sources: { $sources }

## The directory file
# Followed by the list of errors, one a line.
cli-directory-errors = the directory has errors:
# $problem: what is wrong with the file, in short.
cli-directory-file-rejected = { $path } could not be used, so the directory in use is shown: { $problem }

## check-journal and check-data
cli-no-such-file = { $path }: no such file
# $calls, $notes, $cases, $cards: how many of each the journal holds.
cli-journal-ok = { $path }: ok: { $calls } calls, { $notes } notes, { $cases } dispute cases, { $cards } retention cards
# Followed by the problems, one a line.
cli-problems-found = { $count ->
    [one] { $count } problem found:
   *[other] { $count } problems found:
}
cli-file-problems-found = { $path }: problems found:
# $summary: one of the two summaries below.
cli-data-ok = { $path }: ok: { $summary }
cli-guidance-summary = { $bodies } bodies ({ $with_pages } with their pages quoted), { $ladders } ladders
cli-disputes-summary = { $types } dispute types, { $rules } deadline rules, each with its quoted page ({ $secondary } from a secondary source only)
# $by_status: how many lines have each status, e.g. "official 120, outdated 3".
cli-directory-ok = { $path }: ok: { $contacts } contacts, { $sources } sources, { $countries } countries ({ $by_status })
# Followed by the numbers, one a line.
cli-printed-mismatch = { $path }: { $count ->
    [one] { $count } printed number does not match its contact:
   *[other] { $count } printed numbers do not match their contact:
}
# Followed by the lines, one a line.
cli-product-mismatch = { $path }: { $count ->
    [one] { $count } line is labelled for less than its pages say:
   *[other] { $count } lines are labelled for less than their pages say:
}

## Copying (find --copy)
cli-no-own-executable = cannot find own executable: { $error }
cli-cannot-start-helper = cannot start the clipboard helper: { $error }
cli-cannot-pass-text = cannot pass text to the clipboard helper: { $error }
cli-helper-no-answer = the clipboard helper stopped without answering
cli-no-clipboard = no clipboard available: { $error }
cli-cannot-set-clipboard = cannot set the clipboard: { $error }
# $letter: the letter asked for; $letters: the ones this case can print.
cli-letter-not-offered = No { $letter } letter for this case: its account's market ({ $country }) has no rule recorded that gives it. This case's letters: { $letters }.
