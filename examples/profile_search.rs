//! Runs the 10k free-text query many times, for `perf record` (a profiling aid, not a
//! benchmark: `cargo bench --bench directory` measures).
//!
//! `cargo build --profile bench --example profile_search`, then
//! `perf record -g target/release/examples/profile_search 3000 text` (a second argument
//! runs only the query of that name).

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::hint::black_box;
use std::time::Instant;

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(1000);
    let dir = amex_desk::directory::sample::generated(10_000).unwrap();
    println!(
        "{} vocabulary words, {} word groups",
        dir.search.vocabulary.len(),
        dir.search.word_groups.len()
    );
    let only = std::env::args().nth(2);
    for (name, filters, text) in amex_desk::directory::sample::queries() {
        if only.as_deref().is_some_and(|o| o != name) {
            continue;
        }
        let start = Instant::now();
        for _ in 0..runs {
            black_box(amex_desk::directory::filter::run(&dir, &filters, text));
        }
        let ms = start.elapsed().as_secs_f64() * 1e3 / runs as f64;
        let found = amex_desk::directory::filter::run(&dir, &filters, text);
        println!("{name}: {ms:.3} ms, {} lines found", found.hits.len());
    }
}
