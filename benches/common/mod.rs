//! What the benches share: a realistic journal of any size (the generator lives in the
//! library, so `amex-desk __timings` measures the same journal).

pub use amex_desk::journal::sample::journal;
