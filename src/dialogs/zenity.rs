//! `zenity` run by the app itself (Linux without a desktop portal), so the dialog is a
//! child the app can end when the window goes, instead of one left on screen.

use std::io::Read;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::{Picked, Request, ShownBy, proposed_name};

/// The `zenity` processes showing a dialog now.
pub type Open = Arc<Mutex<Vec<Arc<Mutex<Child>>>>>;

/// zenity's arguments for `request`.
pub(crate) fn arguments(request: &Request, save: bool) -> Vec<String> {
    let mut args = vec!["--file-selection".to_string()];
    if save {
        args.push("--save".to_string());
        args.push("--confirm-overwrite".to_string());
    }
    args.push(format!("--title={}", request.title));
    if let Some(name) = proposed_name(request, ShownBy::Zenity) {
        args.push(format!("--filename={name}"));
    } else if let Some(folder) = &request.folder {
        args.push(format!("--filename={}/", folder.display()));
    }
    if let Some((name, extensions)) = &request.filter {
        let patterns: Vec<String> = extensions.iter().map(|e| format!("*.{e}")).collect();
        args.push(format!("--file-filter={name} | {}", patterns.join(" ")));
    }
    args
}

/// Shows the dialog and waits for it (or for [`super::FileDialogs::end_open`]).
pub fn show(open: &Open, request: &Request, save: bool) -> Picked {
    let spawned = Command::new("zenity")
        .args(arguments(request, save))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn();
    let Ok(child) = spawned else {
        return Picked::Unavailable;
    };
    let child = Arc::new(Mutex::new(child));
    if let Ok(mut list) = open.lock() {
        list.push(child.clone());
    }
    let picked = wait(&child);
    if let Ok(mut list) = open.lock() {
        list.retain(|c| !Arc::ptr_eq(c, &child));
    }
    picked
}

/// Polls until zenity exits: the path it printed, or Cancelled.
fn wait(child: &Arc<Mutex<Child>>) -> Picked {
    loop {
        let Ok(mut guard) = child.lock() else {
            return Picked::Cancelled;
        };
        match guard.try_wait() {
            Ok(Some(status)) => {
                let mut out = String::new();
                if let Some(mut stdout) = guard.stdout.take() {
                    let _ = stdout.read_to_string(&mut out);
                }
                let path = out.trim_end_matches(['\n', '\r']);
                return if status.success() && !path.is_empty() {
                    Picked::Chosen(path.into())
                } else {
                    Picked::Cancelled
                };
            }
            Ok(None) => {}
            Err(_) => return Picked::Cancelled,
        }
        drop(guard);
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_save_dialog_starts_in_the_folder_with_the_name_and_filter() {
        let request = Request {
            title: "Save as".into(),
            folder: Some("/data/exports".into()),
            name: Some("journal.csv".into()),
            filter: Some(("CSV".into(), vec!["csv".into()])),
        };
        assert_eq!(
            arguments(&request, true),
            [
                "--file-selection",
                "--save",
                "--confirm-overwrite",
                "--title=Save as",
                "--filename=/data/exports/journal.csv",
                "--file-filter=CSV | *.csv",
            ]
        );
    }

    #[test]
    fn a_dialog_ended_from_outside_answers_cancelled_and_leaves_no_process() {
        let open: Open = Arc::default();
        // A stand-in for zenity that would wait a minute.
        let child = Command::new("sleep")
            .arg("60")
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let child = Arc::new(Mutex::new(child));
        open.lock().unwrap().push(child.clone());
        let waiter = {
            let child = child.clone();
            std::thread::spawn(move || wait(&child))
        };
        std::thread::sleep(Duration::from_millis(100));
        for c in open.lock().unwrap().iter() {
            c.lock().unwrap().kill().unwrap();
        }
        assert_eq!(waiter.join().unwrap(), Picked::Cancelled);
        assert!(child.lock().unwrap().try_wait().unwrap().is_some());
    }
}
