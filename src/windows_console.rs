//! Windows only: the .exe is a GUI-subsystem program (no console window flashes up when
//! the window opens), so it starts without a console. Attaching to the console of the
//! process that started it (cmd.exe, PowerShell) lets `amex-desk.exe find ...` print
//! there; started from the Start menu or Explorer there is none and nothing happens.
//! Output redirected to a file or pipe needs no console and works either way.

// The one unsafe call in the crate: a Win32 function with no pointer arguments.
#![allow(unsafe_code)]

use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};

/// Attaches to the parent process's console, if it has one; failure is harmless.
pub fn attach_parent_console() {
    // SAFETY: AttachConsole takes a process id by value and touches no Rust memory;
    // when it fails (no parent console, already attached) nothing changes.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}
