//! The built-in catalogs besides the directory (call-prep guidance, dispute types and
//! deadlines, the retention script), loaded and checked once at start-up and then
//! passed down: nothing below the app calls their `builtin()` loaders while drawing or
//! applying a command. A catalog that does not load stops the start with its reason.

use crate::disputes::Catalog;
use crate::guidance::Guidance;
use crate::retention::Script;

/// A built-in catalog that did not load (a broken build): which one, and why.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the built-in {what} could not be read: {source}")]
pub struct CatalogError {
    /// The catalog ("dispute catalog").
    pub what: &'static str,
    /// What was wrong with its file.
    pub source: crate::builtin::DataError,
}

/// The catalogs the pages read.
#[derive(Clone, Copy, Debug)]
pub struct Catalogs {
    /// Call-prep guidance: scripts and escalation ladders.
    pub guidance: &'static Guidance,
    /// Dispute types, evidence checklists and deadline rules.
    pub disputes: &'static Catalog,
    /// The retention-call script.
    pub retention: &'static Script,
}

impl Catalogs {
    /// Loads and checks the three built-in catalogs; the first that fails is named.
    pub fn load() -> Result<Catalogs, CatalogError> {
        let named = |what: &'static str| move |source| CatalogError { what, source };
        Ok(Catalogs {
            guidance: crate::guidance::builtin().map_err(named("call-prep guidance"))?,
            disputes: crate::disputes::builtin().map_err(named("dispute catalog"))?,
            retention: crate::retention::builtin().map_err(named("retention script"))?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_catalogs_load() {
        let c = Catalogs::load().unwrap();
        assert!(!c.disputes.types.is_empty());
        assert!(!c.retention.steps.is_empty());
    }
}
