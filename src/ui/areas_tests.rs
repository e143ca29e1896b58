use super::*;
use std::collections::HashSet;

#[test]
fn every_area_has_its_own_path() {
    let paths: HashSet<_> = Area::ALL.iter().map(|a| a.path()).collect();
    assert_eq!(paths.len(), Area::ALL.len());
    assert!(paths.iter().all(|p| p.starts_with('/')));
}

#[test]
fn the_bottom_bar_leads_everywhere_through_more() {
    assert!(Area::BOTTOM_BAR.contains(&Area::More));
    assert!(Area::BOTTOM_BAR.len() <= 5, "a phone bar holds five targets at most");
}
