//! Saves the 10,000-call sample journal over and over and prints the median, for
//! `perf record` (a profiling aid; `cargo bench --bench journal` measures):
//! `cargo build --profile bench --example profile_journal_save && perf record -g
//! target/release/examples/profile_journal_save 80`.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::time::Instant;

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(50)
        .max(1);
    let journal = amex_desk::journal::sample::journal(10_000);
    let dir = tempfile::tempdir().unwrap();
    let (mut file, _) = amex_desk::journal::JournalFile::open(dir.path());
    file.save(&journal).unwrap();
    let mut times = Vec::new();
    for _ in 0..runs {
        let start = Instant::now();
        std::hint::black_box(file.save(&journal).is_ok());
        times.push(start.elapsed().as_secs_f64() * 1e3);
    }
    times.sort_by(f64::total_cmp);
    println!("save median {:.2} ms", times[runs / 2]);
}
