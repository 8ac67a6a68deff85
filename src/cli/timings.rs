//! `amex-desk __timings` (internal): the budgeted figures measured by the shipped binary
//! itself, as JSON, for CI's gross check (`scripts/budgets.py --timings FILE --gross`).
//! The same work as the criterion benches of the same names (the same generated
//! directories and journal), timed with a plain median of repeated runs: no extra build,
//! only a guard against gross regressions. `scripts/bench.sh` remains the measurement.

use std::hint::black_box;
use std::time::Instant;

use crate::directory::Directory;
use crate::directory::filter;
use crate::directory::prepared;
use crate::journal::JournalFile;

/// The median time of `runs` calls of `work`, in nanoseconds.
fn median_ns(runs: usize, mut work: impl FnMut()) -> f64 {
    work();
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed().as_nanos() as f64
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

/// Measures and prints `{"name": nanoseconds, ...}`.
pub fn run() -> Result<(), String> {
    let mut figures: Vec<(String, f64)> = Vec::new();
    figures.push((
        "startup/directory_builtin".to_string(),
        median_ns(31, || {
            black_box(Directory::builtin().ok());
        }),
    ));
    let thousand = crate::directory::sample::generated(1000).map_err(|e| e.to_string())?;
    let bytes = prepared::encode(&thousand).map_err(|e| e.to_string())?;
    figures.push((
        "startup/directory_1000".to_string(),
        median_ns(11, || {
            black_box(prepared::decode(&bytes).is_ok());
        }),
    ));
    let big = crate::directory::sample::generated(10_000).map_err(|e| e.to_string())?;
    for (name, filters, text) in crate::directory::sample::queries() {
        let name = format!("filter_rank/10k/{name}");
        let ns = median_ns(31, || {
            black_box(filter::run(&big, &filters, text));
        });
        figures.push((name, ns));
    }
    let journal = crate::journal::sample::journal(10_000);
    let dir = tempfile::tempdir().map_err(|e| format!("no temporary folder: {e}"))?;
    let (mut file, _) = JournalFile::open(dir.path());
    file.save(&journal).map_err(|e| e.to_string())?;
    figures.push((
        "journal/save/10k".to_string(),
        median_ns(11, || {
            black_box(file.save(&journal).is_ok());
        }),
    ));
    figures.push((
        "journal/load/10k".to_string(),
        median_ns(11, || {
            let (_, loaded) = JournalFile::open(dir.path());
            black_box(loaded.is_ok());
        }),
    ));
    let body: Vec<String> = figures
        .iter()
        .map(|(name, ns)| format!("  \"{name}\": {ns:.0}"))
        .collect();
    println!("{{\n{}\n}}", body.join(",\n"));
    Ok(())
}
