//! Loads the built-in directory 200 times and prints the first and the mean load time,
//! for profiling start-up: `cargo build --profile bench --example profile_directory_load`,
//! then `perf record --call-graph dwarf target/release/examples/profile_directory_load`
//! (with `CARGO_PROFILE_BENCH_STRIP=none` for symbols).
#![allow(clippy::unwrap_used, missing_docs)]
fn main() {
    let start = std::time::Instant::now();
    std::hint::black_box(amex_desk::directory::Directory::builtin().unwrap());
    println!("{:?} first load", start.elapsed());
    let start = std::time::Instant::now();
    for _ in 0..200 {
        std::hint::black_box(amex_desk::directory::Directory::builtin().unwrap());
    }
    println!("{:?} per load", start.elapsed() / 200);
}
