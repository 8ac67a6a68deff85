//! `amex-desk`: no subcommand opens the window; see `amex-desk --help`.

fn main() -> std::process::ExitCode {
    amex_desk::measure::mark_start();
    amex_desk::cli::main()
}
