# The window's frame: title, top bar, tabs, banners and status bar.

shell-subtitle = unofficial · offline
shell-search = Search
shell-search-hint = number, country, problem… (Ctrl+F or /)
shell-verify = Verify
shell-verify-hover = Is this number, link or email address really American Express?
shell-verify-hint = paste a number, link or email
shell-verdict-amex = AMERICAN EXPRESS
shell-verdict-not-amex = NOT AMERICAN EXPRESS
shell-verdict-unknown = UNKNOWN
shell-verdict-invalid = NOT VALID
shell-clear = Clear
shell-calling-from = Calling from
shell-calling-from-hover = Numbers are shown and copied as you would dial them from this country
shell-theme-system = System theme
shell-theme-light = Light theme
shell-theme-dark = Dark theme
shell-theme-hover = Switch between system, light and dark
shell-reminders = Desktop reminders
shell-reminders-hover = Notify when a follow-up, promise or dispute deadline is due (once a day each)
shell-language = Language
shell-language-hover = The language of the window, the printed papers and the command line
# The picker's first choice: follow the system's language, named in itself.
shell-language-system = System ({ $name })
shell-no-cjk-font = No Japanese font was found on this computer, so Japanese text shows as boxes. Install one (on Linux: Noto Sans CJK, package fonts-noto-cjk) and restart Amex Desk.
shell-update-offer = Directory update { $serial } (compiled { $compiled }), signed by key { $key }.
shell-update-apply = Apply this update
shell-update-decline = Don't apply
shell-update-changes = What it changes:
shell-dismiss = Dismiss
shell-dismiss-journal-problems = Dismiss journal problems
shell-journal-read-only = Your journal is read-only: { $problem } Nothing will be saved until the file is fixed or moved aside; the numbers still work. On the Journal page, Earlier versions puts back a version saved before (the unreadable file is kept as a backup).
shell-tab-numbers = Numbers
shell-tab-journal = Journal
shell-tab-journal-overdue = Journal ({ $count } overdue)
shell-tab-prep = Call prep
shell-tab-disputes = Disputes
shell-tab-retention = Retention
shell-log-this-call = Log this call
shell-log-this-call-hover = Open a call-log entry for this line, dated now
shell-never-asks-pin = Amex never calls to ask for your PIN or a one-time code.
shell-on-call = On call with { $line } { $elapsed } (hold { $hold })
shell-call-phase-hover = Which part of the call this is: the time is split between the two
shell-end-call = End call
shell-end-call-hover = Stop the timer and open the call's log entry with its times
shell-days-ago = { $days ->
    [one] { $days } day ago
   *[other] { $days } days ago
}
shell-today = today
shell-tomorrow = tomorrow
shell-in-days = in { $days } days
shell-days-overdue = { $days ->
    [one] { $days } day overdue
   *[other] { $days } days overdue
}
shell-due-today = due today
shell-due-tomorrow = due tomorrow
# A day as the window, the command line and the papers show it, for translators: each
# language orders and names the parts its own way (5 Dec 2026, 5.12.2026). English itself
# shows ISO dates (2026-12-05), as the date fields take them. $day, $month (1 to 12) and
# $year are numbers.
shell-date = { $day } { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
    } { $year }
shell-unsigned-not-used = Checked against the directory in use: the file shown is not signed, so it is never used to verify a number.
