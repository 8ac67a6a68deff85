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
    let exe = std::env::current_exe()
        .map_err(|e| crate::t!("cli-no-own-executable", error = e.to_string()))?;
    // The helper's answer is read out to the user: in the language of this command.
    let mut child = Command::new(exe)
        .args(["--lang", crate::i18n::current().tag(), "__serve-clipboard"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| crate::t!("cli-cannot-start-helper", error = e.to_string()))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(text.as_bytes())
            .map_err(|e| crate::t!("cli-cannot-pass-text", error = e.to_string()))?;
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
            Err(crate::t!("cli-helper-no-answer"))
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
            println!("{}", crate::t!("cli-no-clipboard", error = e.to_string()));
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
            println!(
                "{}",
                crate::t!("cli-cannot-set-clipboard", error = e.to_string())
            );
            return Err(Failure::data(String::new()));
        }
        println!("ok");
        let _ = std::io::stdout().flush();
        // A display server that goes away takes the clipboard with it: stop then too,
        // rather than wait forever on a dead connection.
        let _ = std::thread::Builder::new()
            .name("display-watch".to_string())
            .spawn(|| {
                loop {
                    std::thread::sleep(std::time::Duration::from_secs(1));
                    if !display_alive() {
                        std::process::exit(0);
                    }
                }
            });
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

/// Whether the display server the helper serves on still answers: its Wayland socket,
/// or its X11 socket (the file in /tmp/.X11-unix, or Linux's abstract one). A display
/// over TCP is taken as alive.
#[cfg(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd"))]
fn display_alive() -> bool {
    use std::os::unix::net::UnixStream;
    if let Some(name) = std::env::var_os("WAYLAND_DISPLAY").filter(|v| !v.is_empty()) {
        let path = std::path::PathBuf::from(&name);
        let path = if path.is_absolute() {
            path
        } else {
            std::env::var_os("XDG_RUNTIME_DIR")
                .map(std::path::PathBuf::from)
                .unwrap_or_default()
                .join(path)
        };
        return UnixStream::connect(path).is_ok();
    }
    let Some(number) = std::env::var("DISPLAY")
        .ok()
        .and_then(|d| x11_display_number(&d))
    else {
        return true;
    };
    let socket = format!("/tmp/.X11-unix/X{number}");
    UnixStream::connect(&socket).is_ok() || abstract_socket_answers(&socket)
}

/// The display number of a local X11 display (":1", ":1.0", "unix:1"); `None` for a
/// display over TCP ("host:1") or one that cannot be read.
#[cfg(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd"))]
pub(crate) fn x11_display_number(display: &str) -> Option<u32> {
    let (host, rest) = display.rsplit_once(':')?;
    if !(host.is_empty() || host == "unix") {
        return None;
    }
    rest.split('.').next()?.parse().ok()
}

#[cfg(target_os = "linux")]
fn abstract_socket_answers(name: &str) -> bool {
    use std::os::linux::net::SocketAddrExt;
    std::os::unix::net::SocketAddr::from_abstract_name(name.as_bytes())
        .and_then(|addr| std::os::unix::net::UnixStream::connect_addr(&addr))
        .is_ok()
}

#[cfg(any(target_os = "freebsd", target_os = "openbsd"))]
fn abstract_socket_answers(_name: &str) -> bool {
    false
}

#[cfg(all(
    test,
    any(target_os = "linux", target_os = "freebsd", target_os = "openbsd")
))]
mod tests {
    #[test]
    fn local_displays_are_read_and_tcp_ones_are_not() {
        use super::x11_display_number as n;
        assert_eq!(n(":0"), Some(0));
        assert_eq!(n(":12.0"), Some(12));
        assert_eq!(n("unix:3"), Some(3));
        assert_eq!(n("remote.example:1"), None);
        assert_eq!(n("nonsense"), None);
    }
}
