//! The languages tarjama knows, in UN order, with their direction and
//! whether documents can be written in them yet.

use std::fmt;
use std::str::FromStr;

use crate::doc::Direction;

/// A UN official language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lang {
    Ar,
    Zh,
    En,
    Fr,
    Ru,
    Es,
}

impl Lang {
    /// All six, in the UN's order (Arabic, Chinese, English, French,
    /// Russian, Spanish).
    pub const ALL: [Lang; 6] = [Lang::Ar, Lang::Zh, Lang::En, Lang::Fr, Lang::Ru, Lang::Es];

    /// Languages with bundled fonts and translations today.
    pub const DOCUMENT: [Lang; 4] = [Lang::Ar, Lang::En, Lang::Fr, Lang::Es];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Es => "es",
        }
    }

    /// The booth's code as interpreters write it in every language: "AR".
    pub fn booth_code(self) -> String {
        self.code().to_uppercase()
    }

    pub fn direction(self) -> Direction {
        match self {
            Lang::Ar => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// Whether concept notes and schedules can be written in this language.
    pub fn has_documents(self) -> bool {
        Lang::DOCUMENT.contains(&self)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Lang, String> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == s)
            .ok_or_else(|| format!("unknown language `{s}`"))
    }
}
