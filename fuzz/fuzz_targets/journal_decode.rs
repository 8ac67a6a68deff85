//! Differential fuzzing of the fast journal reader: for any text, `decode` gives
//! exactly what `ron::from_str` gives (the same journal, or an error with the same
//! message and position), and whenever the fast path answers, it agrees with `ron`.
//!
//! Run (from `fuzz/`, as in the README):
//! `cargo +nightly fuzz run journal_decode corpus/journal_decode corpus/journal_parse -- -max_total_time=300`
//! (new inputs go to the first folder; the reader's corpus in the second is a good
//! start: every file in it is a journal, or nearly one).

#![no_main]

use amex_desk::journal::Journal;
use amex_desk::journal::decode::{decode, fast};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let rons = ron::from_str::<Journal>(text);
    if let Some(journal) = fast(text) {
        assert_eq!(
            rons.as_ref().ok(),
            Some(&journal),
            "the fast path disagrees with ron"
        );
    }
    let ours = decode(text).map_err(|e| e.to_string());
    assert_eq!(ours, rons.map_err(|e| e.to_string()));
});
