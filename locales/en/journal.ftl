# journal: en

## Journal page: follow-ups due

journal-follow-ups-due = Follow-ups due
journal-follow-ups-empty = Nothing to chase. Follow-up dates and promises with a due date show up here.
journal-open = Open
journal-open-item = Open { $item }
journal-kept = Kept
journal-mark-kept = Mark kept { $item }
journal-resolved = Resolved
journal-mark-resolved = Mark resolved { $item }

## Journal page: the file, export and import

journal-saved-in = Saved in
journal-saved-note = Saved on every change; the last 10 versions are kept (Earlier versions, below).
journal-not-saved = Not saved: { $error }
journal-export = Export
journal-export-markdown = Export Markdown
journal-export-csv = Export CSV
journal-export-calendar = Export calendar (.ics)
journal-export-calendar-hover = Follow-ups, promises, dispute deadlines and fee-refund windows, for your calendar app
journal-import-heading = Import from another machine
journal-import-file = Import file
journal-choose-file = Choose file...
journal-choose-file-hover = Pick the journal file to import and merge
journal-import-merge = Import and merge
journal-import-merge-hover = Adds the other journal's records; the newer copy of each wins

## Journal page: earlier versions

journal-earlier-versions = Earlier versions
journal-show-earlier-versions = Show earlier versions
journal-no-earlier-versions = None yet: each save keeps one (the last 10).
journal-backup = { $when } ({ $kb } KB)
journal-restore = Restore
journal-restore-version = Restore the version of { $when }
journal-restore-hover = The journal as it is now is kept as a backup first
journal-hide-earlier-versions = Hide earlier versions

## Journal page: the call log

journal-call-log = Call log
journal-new-entry = New entry
journal-new-entry-hover = Log a call, chat or letter
journal-search = Search the log
journal-search-hint = rep, reference, words…
journal-status = Status
journal-status-any = Any
journal-undo = Undo
journal-log-unreadable = The journal could not be read, so no calls are shown (the file is kept as it is): see the banner above, or restore a saved version under Earlier versions.
journal-log-empty = No calls logged yet. After you copy or call a number, press "Log this call" in the status bar, or use New entry.
journal-log-no-match = No entry matches the search or status.
journal-delete = Delete
journal-delete-entry-named = Delete entry { $title }
journal-edit = Edit
journal-edit-entry-named = Edit entry { $title }
journal-row-rep = Rep { $rep }
journal-row-follow-up = Follow up { $date }
journal-row-promises = { $count } promise(s), { $open } open
journal-row-ref = Ref

## The call-log editor

journal-editor-new = New call-log entry
journal-editor-edit = Edit call-log entry
journal-editor-never-card = Never type a full card number or security code: anything that looks like one is masked before saving.
journal-when-hint = YYYY-MM-DD HH:MM
journal-date-hint = YYYY-MM-DD
journal-call-timed = Call timed { $start } to { $end }: { $times }
journal-contact = Contact
journal-contact-none = None
journal-channel = Channel
journal-channel-phone = Phone
journal-about = About
journal-about-not-set = Not set
journal-rep = Rep name or ID
journal-rep-hint = who you spoke to
journal-reference = Reference
journal-reference-hint = case or reference number
journal-summary = Summary
journal-summary-hint = what was said and agreed
journal-promises = Promises
journal-add-promise = Add promise
journal-promise = Promise { $n }
journal-promise-hint = what they said would happen
journal-promise-kept = Promise { $n } kept
journal-remove-promise = Remove promise { $n }
journal-save-entry = Save entry
journal-unsaved-changes = Unsaved changes
journal-fix-to-save = Fix to save: { $fields }
journal-list-separator = {", "}
journal-cancel = Cancel
journal-delete-entry = Delete entry
journal-open-dispute = Open a dispute from this call
journal-open-dispute-hover = Starts a dispute case linked to this call

## Field labels and the problems shown beside fields (shared with the command line)

journal-field-when = When
journal-field-follow-up = Follow-up date
journal-promise-due = Promise { $n } due
journal-warning-rep = Rep
journal-when-invalid = "{ $text }" is not a date and time; write it as YYYY-MM-DD HH:MM, e.g. 2026-11-18 14:30
journal-field-message = { $field }: { $message }
journal-field-echo = "{ $text }"
journal-field-empty = this is empty; { $what }
journal-field-not-country = { $value } is not a country code; use two letters, e.g. US, GB or DE
journal-field-not-currency = { $value } is not a currency code; use three letters, e.g. USD, EUR or GBP
journal-amount-not-amount = { $value } is not an amount; write it like 212.40 or 212,40
journal-amount-negative = { $value } is negative; write the amount charged, without a minus sign
journal-amount-malformed = { $value } is not an amount; write it like 1234.56, 1,234.56 or 1.234,56
journal-amount-zero = { $value } is zero; write the amount charged
journal-amount-too-large = { $value } is too large for a card charge; check the number of digits
journal-amount-ambiguous = { $value } could mean { $amount } or a decimal with three places; write { $amount } if that is what you mean, or use two decimals (e.g. 1.23 or 1,23)
journal-field-not-year = { $value } is not a year from 1950 to { $year }; write it like 2015
journal-field-not-date = { $value } is not a date; write it as YYYY-MM-DD, e.g. { $today }
journal-field-date-before-2000 = { $date } is before 2000; check the year
journal-field-date-future = { $date } is in the future; this date cannot be after today ({ $today })
journal-field-date-too-far = { $date } is more than five years ahead; check the year

## What the journal says after an action (the message under the search)

journal-read-only = The journal is read-only, so nothing is saved (see the message at the top).
journal-merged = Merged changes from another window or file: { $added } added, { $updated } updated, { $removed } removed.
journal-backups-not-listed = Earlier versions could not be listed: { $error }
journal-restored-version = Restored the version saved as { $name }: { $calls } call(s), { $cases } case(s), { $cards } card(s). The journal as it was is kept as the newest backup, so this can be undone the same way.
journal-not-restored = Not restored: { $error }
journal-saved = Saved.
journal-saved-masked = Saved. { $count } card number(s) or security code(s) were masked.
journal-entry-deleted = Entry deleted.
journal-restored = Restored.
journal-note-deleted = Note deleted.
journal-note-pinned = Note pinned.
journal-note-pinned-masked = Note pinned. { $count } card number(s) or code(s) were masked.
journal-export-failed = Export failed: { $error }
journal-imported = Imported { $path }: { $added } added, { $updated } updated, { $removed } removed.
journal-import-missing = Import failed: { $path } does not exist
journal-import-failed = Import failed: { $error }
journal-import-problems = {" "}{ $count } problem(s) in the file (first: { $first }); `amex-desk check-journal FILE` lists them.
journal-letter-sent = Letter sent:{" "}
journal-other-window-closed = The other window closed: this one can edit now.

## File dialogs: titles, file types, and what their answers lead to

journal-choose-journal-title = Choose a journal file to import
journal-choose-evidence-title = Choose the file for { $item }
journal-choose-directory-title = Choose a directory file
journal-choose-update-title = Choose a directory update (.amexdir)
journal-filter-journal = Journal (RON)
journal-filter-directory = Directory (RON)
journal-filter-update = Directory update
journal-export-not-saved = Not saved.
journal-saved-to-exports = No file dialog could be shown here, so it was saved in the exports folder: { $path }
journal-no-open-dialog = No file dialog could be shown here: type the file's path in the box instead.
journal-evidence-not-attached = { $file } was not attached: the case was closed before the file was chosen.
journal-directory-inspected = Now showing { $path } for inspection. Nobody signed it: the { $count } { $count ->
        [one] line
       *[other] lines
    } it adds or changes are marked "not verified", and Verify still uses the directory in use.
journal-directory-rejected = { $path } could not be used, so the directory shown is unchanged: { $reason }
journal-saved-on-close = The window was closing while a Save dialog was open, so the dialog was closed and the file was saved in the exports folder: { $path }. Close the window again to quit.
journal-not-saved-on-close = The window was closing while a Save dialog was open; the file could not be saved in the exports folder ({ $error }). Nothing else was lost: export it again, or close the window again to quit.

## Forms kept from the last close, and entries waiting to open

journal-kept-entry = the call-log entry
journal-kept-case = the dispute case
journal-kept-case-named = the dispute case ({ $merchant })
journal-kept-card = the retention card
journal-kept-card-named = the retention card ({ $name })
journal-kept-outcome = the retention call's outcome
journal-kept-timer = the running call's timer
journal-kept-waiting = { $count ->
        [one] a call-log entry waiting to open
       *[other] { $count } call-log entries waiting to open
    }
journal-list-and = { $rest } and { $last }
journal-kept-from-last-time = Kept from last time, not saved yet: { $what }. Save or close it when you are ready.
journal-entry-waits = The entry you are editing has unsaved changes: save or cancel it, and the next one opens.
journal-more-waiting = { $count ->
        [one] { $count } more entry waits to open: save or cancel this one.
       *[other] { $count } more entries wait to open: save or cancel this one.
    }
journal-already-timing = A call is already being timed: press End call first.

## Call log records: statuses, the call timer, follow-ups due, your calls to a line

journal-status-open = Open
journal-status-waiting-on-amex = Waiting on Amex
journal-status-resolved = Resolved
journal-status-escalated = Escalated
journal-call-times = { $total } (hold { $hold }, talk { $talk })
journal-call-times-backwards = call times end ({ $end }) before they start ({ $start })
journal-call-times-too-long = call times: hold and talk add up to { $split }, more than the call's { $total }
journal-phase-on-hold = On hold
journal-phase-talking = Talking
journal-unsafe-removed = {" "}Control or bidi-override characters were removed.
journal-due-call = call
journal-due-follow-up = Follow up: { $about }
journal-due-follow-up-ref = Follow up: { $about } (ref { $reference })
journal-due-promised = Promised: { $promise }
journal-line-stats = Your calls to this line: { $calls }
journal-line-stats-hold = Your calls to this line: { $calls }, median hold { $hold }
journal-seconds = { $secs } s
journal-minutes = { $mins } min
journal-due-no-merchant = (no merchant yet)
journal-due-dispute = Dispute { $merchant }: { $deadline }

## Desktop reminders (notifications)

journal-reminder-title-follow-up = Amex Desk: follow-up due
journal-reminder-title-promise = Amex Desk: promise due
journal-reminder-title-dispute = Amex Desk: dispute deadline
journal-reminder-title-items = Amex Desk: { $count } items due
journal-reminder-more = and { $count } more: see Follow-ups due in Amex Desk
journal-reminder-your-call = your call
journal-reminder-something = something
journal-reminder-ref = ref { $reference }
journal-reminder-follow-up = Follow up with Amex about { $about }: { $when }
journal-reminder-promise-today = Chase Amex about { $about }: promised { $promised } by today
journal-reminder-promise = Chase Amex about { $about }: promised { $promised }, { $when }
journal-reminder-dispute = { $item }: { $when }
journal-reminder-due-today = due today
journal-reminder-was-due-yesterday = was due yesterday
journal-reminder-was-due-days-ago = was due { $days } days ago
journal-reminder-due-in-days = due in { $days } days
journal-reminder-deadline-today = deadline today
journal-reminder-deadline-was-yesterday = deadline was yesterday
journal-reminder-deadline-was-days-ago = deadline was { $days } days ago
journal-reminder-deadline-in-days = deadline in { $days } days
journal-reminders-unreadable = Reminders shown today could not be read; the file is left as it is: { $error }
journal-reminders-failed = Desktop reminders could not be shown, so none more this session: { $error }
journal-reminders-not-recorded = Reminders shown today not recorded: { $error }

## What came in from elsewhere (another window, the command line)

journal-elsewhere-added = { $count ->
        [one] { $count } entry added elsewhere
       *[other] { $count } entries added elsewhere
    }
journal-elsewhere-updated = { $count ->
        [one] { $count } entry updated elsewhere
       *[other] { $count } entries updated elsewhere
    }
journal-elsewhere-removed = { $count ->
        [one] { $count } entry removed elsewhere
       *[other] { $count } entries removed elsewhere
    }
journal-elsewhere-also-updated = { $count } updated
journal-elsewhere-also-removed = { $count } removed
journal-elsewhere-entries = { $parts }.
journal-elsewhere-other = { $count ->
        [one] { $count } note, case or card changed elsewhere.
       *[other] { $count } notes, cases or cards changed elsewhere.
    }
journal-two-sentences = { $first } { $second }

## Problems found in the journal when it loaded

journal-integrity-heading = { $count ->
        [one] The journal loaded with { $count } problem (nothing was dropped or changed):
       *[other] The journal loaded with { $count } problems (nothing was dropped or changed):
    }
journal-integrity-more = …and { $count } more; `amex-desk check-journal` lists them all.
journal-integrity-shared-calls = { $count } calls share this id; only one would be kept
journal-integrity-shared-notes = { $count } notes share this id; only one would be kept
journal-integrity-shared-cases = { $count } dispute cases share this id; only one would be kept
journal-integrity-shared-cards = { $count } retention cards share this id; only one would be kept
journal-integrity-deleted = which was deleted
journal-integrity-not-in-journal = which is not in the journal
journal-integrity-call-links-case = call links to dispute case { $target }, { $why }
journal-integrity-call-links-card = call links to retention card { $target }, { $why }
journal-integrity-case-lists-call = dispute case lists call { $call }, { $why }
journal-integrity-card-lists-call = retention card lists call { $call }, { $why }
