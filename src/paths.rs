//! Where the user's files live: `--data-dir`, else `AMEX_DESK_DATA_DIR`, else the OS
//! data folder (`directories`): `~/.local/share/amex-desk` on Linux,
//! `~/Library/Application Support/amex-desk` on macOS, `%APPDATA%\amex-desk\data` on
//! Windows.

use std::path::{Path, PathBuf};

/// The environment variable that overrides the data folder.
pub const DATA_DIR_ENV: &str = "AMEX_DESK_DATA_DIR";

/// The data folder, from the flag, the environment, or the OS default.
pub fn data_dir(flag: Option<&Path>) -> Result<PathBuf, String> {
    if let Some(dir) = flag {
        return Ok(dir.to_path_buf());
    }
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "amex-desk")
        .map(|p| p.data_dir().to_path_buf())
        .ok_or_else(|| {
            format!(
                "cannot find a home folder for the data; pass --data-dir DIR or set {DATA_DIR_ENV}"
            )
        })
}

/// The window settings file inside the data folder.
pub fn settings_file(data_dir: &Path) -> PathBuf {
    data_dir.join("settings.ron")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flag_wins() {
        let dir = data_dir(Some(Path::new("/tmp/x"))).unwrap();
        assert_eq!(dir, PathBuf::from("/tmp/x"));
        assert_eq!(settings_file(&dir), PathBuf::from("/tmp/x/settings.ron"));
    }
}
