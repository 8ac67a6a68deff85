//! Copying from the command line. On X11 and Wayland the clipboard belongs to a running
//! program, so (like xclip) a detached helper process keeps serving the text until
//! another program takes the clipboard over; the command itself returns at once.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};

use super::Failure;

/// Puts `text` on the system clipboard.
pub fn copy(text: &str) -> Result<(), String> {
    if cfg!(any(
        target_os = "linux",
        target_os = "freebsd",
        target_os = "openbsd"
    )) {
        copy_via_helper(text)
    } else {
        arboard::Clipboard::new()
            .and_then(|mut c| c.set_text(text.to_string()))
            .map_err(|e| e.to_string())
    }
}

fn copy_via_helper(text: &str) -> Result<(), String> {
    let exe = std::env::current_exe().map_err(|e| format!("cannot find own executable: {e}"))?;
    let mut child = Command::new(exe)
        .arg("__serve-clipboard")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start the clipboard helper: {e}"))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(text.as_bytes())
            .map_err(|e| format!("cannot pass text to the clipboard helper: {e}"))?;
    }
    // The helper answers one line once the clipboard is set (or why it is not).
    let mut line = String::new();
    if let Some(stdout) = child.stdout.take() {
        let _ = BufReader::new(stdout).read_line(&mut line);
    }
    match line.trim() {
        "ok" => Ok(()),
        "" => {
            let _ = child.wait();
            Err("the clipboard helper stopped without answering".to_string())
        }
        reason => {
            let _ = child.wait();
            Err(reason.to_string())
        }
    }
}

/// The helper: reads text on stdin, owns the clipboard until someone else takes it.
pub fn serve() -> Result<(), Failure> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| Failure::data(format!("cannot read text: {e}")))?;
    let mut clipboard = match arboard::Clipboard::new() {
        Ok(c) => c,
        Err(e) => {
            println!("no clipboard available: {e}");
            return Err(Failure::data(String::new()));
        }
    };
    #[cfg(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd"))]
    {
        use arboard::SetExtLinux;
        // Tell the parent we hold the clipboard, then stop talking to it.
        let result = clipboard
            .set()
            .wait_until(std::time::Instant::now())
            .text(text.clone());
        if let Err(e) = result {
            println!("cannot set the clipboard: {e}");
            return Err(Failure::data(String::new()));
        }
        println!("ok");
        let _ = std::io::stdout().flush();
        // Serve until another program takes the clipboard over.
        clipboard
            .set()
            .wait()
            .text(text)
            .map_err(|e| Failure::data(format!("clipboard: {e}")))?;
    }
    #[cfg(not(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd")))]
    {
        clipboard
            .set_text(text)
            .map_err(|e| Failure::data(format!("clipboard: {e}")))?;
        println!("ok");
    }
    Ok(())
}
