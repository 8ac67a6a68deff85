//! The languages of the window, the command line and the printed papers (issue 28).
//!
//! Every user-facing message lives in a Fluent file per language (`locales/<tag>/`);
//! code asks for it by id with [`t!`](crate::t). Pure: nothing here draws.
//!
//! - [`lang`]: the languages and which one the system asks for.
//! - [`messages`]: the bundles and the current language of each thread.

mod files;
pub mod lang;
pub mod messages;
mod pseudo;

pub use lang::{Lang, is_cjk, language_from_env, system_language};
pub use messages::{
    Arg, content, current, in_english, in_language, message, message_in, message_with, set_current,
};

#[cfg(test)]
mod tests;

/// The message with this id in the current language: `t!("nav-directory")`, or with
/// arguments `t!("calls-count", count = n, name = &name)`.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::message($id, None)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message_with(
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}
