//! `amex-desk`: no subcommand opens the window; see `amex-desk --help`.
//!
//! On Windows the .exe is a GUI-subsystem program, so no console window opens with the
//! window; it attaches to the console it was started from so the commands still print.
#![windows_subsystem = "windows"]

fn main() -> std::process::ExitCode {
    #[cfg(windows)]
    amex_desk::windows_console::attach_parent_console();
    amex_desk::app::measure::mark_start();
    amex_desk::cli::main()
}
