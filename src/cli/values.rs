//! The command line's names for the core enums: each value is spelled by its `slug()`
//! (the kebab-case name also used in JSON), so an enum and its names are written once,
//! where the enum is defined.

use clap::ValueEnum;
use clap::builder::PossibleValue;

use crate::directory::product::CardKind;
use crate::directory::{Channel, Purpose, Region, Tier};
use crate::journal::EntryStatus;

/// Implements [`ValueEnum`] for enums with an `ALL` table and a `slug()`.
macro_rules! slug_value_enum {
    ($($t:ident),* $(,)?) => {
        $(
            impl ValueEnum for $t {
                fn value_variants<'a>() -> &'a [Self] {
                    &$t::ALL
                }

                fn to_possible_value(&self) -> Option<PossibleValue> {
                    Some(PossibleValue::new(self.slug()))
                }
            }
        )*
    };
}

slug_value_enum!(Purpose, Tier, Channel, Region, EntryStatus, CardKind);

#[cfg(test)]
mod tests {
    use super::*;

    fn names<T: ValueEnum>() -> Vec<String> {
        T::value_variants()
            .iter()
            .filter_map(|v| v.to_possible_value())
            .map(|v| v.get_name().to_string())
            .collect()
    }

    #[test]
    fn command_line_names_are_the_slugs() {
        assert_eq!(names::<Tier>()[0], "blue");
        assert!(names::<Purpose>().contains(&"lost-card".to_string()));
        assert!(names::<Region>().contains(&"middle-east-africa".to_string()));
        assert!(names::<EntryStatus>().contains(&"waiting-on-amex".to_string()));
        assert_eq!(names::<Channel>().len(), Channel::ALL.len());
        assert_eq!(
            Purpose::from_str("close-account", false),
            Ok(Purpose::CloseAccount)
        );
    }
}
