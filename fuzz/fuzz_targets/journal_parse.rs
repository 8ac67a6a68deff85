//! Fuzzes the journal reader: any bytes give a journal or an error (never a panic),
//! and anything that parses writes back to text that parses to the same journal.
//!
//! Run: `cargo +nightly fuzz run journal_parse -- -max_total_time=60` (see README).

#![no_main]

use amex_desk::journal::{JOURNAL_VERSION, Journal};
use amex_desk::store::Store;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let store = Store::new("journal.ron".into(), JOURNAL_VERSION);
    if let Ok(journal) = store.parse::<Journal>(text) {
        let again = ron::ser::to_string_pretty(&journal, ron::ser::PrettyConfig::new())
            .expect("a parsed journal serialises");
        let back: Journal = store.parse(&again).expect("written journal parses");
        assert_eq!(back, journal);
    }
});
