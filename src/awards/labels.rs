//! The words the Awards pages show for an award's level and kind.

use super::awards::Level;

/// "市级", "City".
pub fn level_name(level: Option<Level>) -> String {
    match level {
        Some(Level::Department) => tr!(awards.levels.department),
        Some(Level::School) => tr!(awards.levels.school),
        Some(Level::City) => tr!(awards.levels.city),
        Some(Level::Province) => tr!(awards.levels.province),
        Some(Level::National) => tr!(awards.levels.national),
        None => String::new(),
    }
}

/// "比赛", "Competition".
pub fn kind_name(word: &str) -> String {
    match word {
        "competition" => tr!(awards.kinds.competition),
        "honour" => tr!(awards.kinds.honour),
        "other" => tr!(awards.kinds.other),
        _ => String::new(),
    }
}
