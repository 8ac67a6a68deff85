//! Which directory a command or the window uses: the one in use (the signed update
//! applied in the data folder, else the built-in one), or a `--directory` file opened
//! for inspection, whose own additions and changes are marked "not verified".

use std::path::Path;

use super::Failure;
use crate::directory::Directory;
use crate::directory::{installed, signed, trust};

/// The directory to show and, when it is a file nobody signed, the trusted one that
/// Verify uses instead.
#[derive(Debug)]
pub(crate) struct Loaded {
    /// The directory shown (lists, prep, exports).
    pub shown: Directory,
    /// The directory in use, when `shown` is a `--directory` file.
    pub trusted: Option<Directory>,
    /// A problem to tell the user (an update that could not be used, a rejected file).
    pub warning: Option<String>,
}

impl Loaded {
    /// The directory Verify uses: never a file nobody signed.
    pub(crate) fn for_verify(&self) -> &Directory {
        self.trusted.as_ref().unwrap_or(&self.shown)
    }
}

/// The directory in use for `data_flag`'s data folder: its applied update if it still
/// checks out, else the built-in one (with a warning naming the file).
pub(crate) fn in_use(data_flag: Option<&Path>) -> Result<(Directory, Option<String>), Failure> {
    let builtin = || {
        Directory::builtin()
            .map_err(|e| Failure::data(format!("{}\n{e}", crate::t!("cli-directory-errors"))))
            .map(|d| (d, None))
    };
    let Ok(data_dir) = crate::paths::data_dir(data_flag) else {
        return builtin();
    };
    let used = installed::in_use(&data_dir, &signed::app_keys()).map_err(Failure::data)?;
    Ok((used.directory, used.warning))
}

/// The directory for a command: a bad `--directory` file is a failure.
pub(crate) fn for_command(
    path: Option<&Path>,
    data_flag: Option<&Path>,
) -> Result<Loaded, Failure> {
    let (trusted, warning) = in_use(data_flag)?;
    if let Some(w) = &warning {
        log::warn!("{w}");
    }
    let Some(path) = path else {
        return Ok(Loaded {
            shown: trusted,
            trusted: None,
            warning,
        });
    };
    let mut file = Directory::from_path(path)
        .map_err(|e| Failure::data(format!("{}\n{e}", crate::t!("cli-directory-errors"))))?;
    trust::mark_unverified(&mut file, &trusted);
    Ok(Loaded {
        shown: file,
        trusted: Some(trusted),
        warning,
    })
}

/// The directory for the window: a rejected `--directory` file falls back to the
/// directory in use, with a warning for the window (every error is also logged).
pub(crate) fn for_window(path: Option<&Path>, data_flag: Option<&Path>) -> Result<Loaded, Failure> {
    let Some(path) = path else {
        return for_command(None, data_flag);
    };
    let (trusted, warning) = in_use(data_flag)?;
    if let Some(w) = &warning {
        log::warn!("{w}");
    }
    match Directory::from_path(path) {
        Ok(mut file) => {
            trust::mark_unverified(&mut file, &trusted);
            Ok(Loaded {
                shown: file,
                trusted: Some(trusted),
                warning,
            })
        }
        Err(errors) => {
            log::warn!(
                "{} has errors, using the directory in use:\n{errors}",
                path.display()
            );
            Ok(Loaded {
                shown: trusted,
                trusted: None,
                warning: Some(crate::t!(
                    "cli-directory-file-rejected",
                    path = path.display().to_string(),
                    problem = errors.summary(path)
                )),
            })
        }
    }
}
