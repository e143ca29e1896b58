use super::*;
use crate::book::store::MemoryStore;
use proptest::prelude::*;

fn sample() -> Settings {
    Settings {
        officer_name: "李华".into(),
        language: Some(Lang::Zh),
        current_semester: Some(crate::book::RecordId::well_known(7)),
        device: None,
        repeat_absences: None,
    }
}

#[test]
fn saved_settings_load_back() {
    let mut store = MemoryStore::new();
    sample().save(&mut store).unwrap();
    assert_eq!(Settings::load(&mut store), Loaded { settings: sample(), problem: None });
}

#[test]
fn a_fresh_device_has_defaults() {
    let loaded = Settings::load(&mut MemoryStore::new());
    assert_eq!(loaded.settings, Settings::default());
    assert_eq!(loaded.problem, None);
}

#[test]
fn unreadable_settings_are_kept_aside_not_destroyed() {
    let mut store = MemoryStore::new();
    store.set(SETTINGS_KEY, "{not json").unwrap();
    let loaded = Settings::load(&mut store);
    assert_eq!(loaded.problem, Some(LoadProblem::Unreadable));
    assert_eq!(store.get(UNREADABLE_SETTINGS_KEY).unwrap().as_deref(), Some("{not json"));
    assert_eq!(store.get(SETTINGS_KEY).unwrap(), None);
}

#[test]
fn fields_missing_from_older_settings_take_defaults() {
    let mut store = MemoryStore::new();
    store.set(SETTINGS_KEY, r#"{"officer_name":"Wang"}"#).unwrap();
    let loaded = Settings::load(&mut store);
    assert_eq!(loaded.settings.officer_name, "Wang");
    assert_eq!(loaded.settings.current_semester, None);
}

#[test]
fn a_full_store_reports_the_failure() {
    let mut store = MemoryStore::with_quota(5);
    assert_eq!(sample().save(&mut store), Err(StoreError::QuotaExceeded));
}

#[test]
fn names_are_trimmed_and_limited() {
    let s = Settings::default().with_officer_name("  张伟 ").unwrap();
    assert_eq!(s.officer_name, "张伟");
    let long = "学".repeat(Settings::MAX_NAME_CHARS + 1);
    assert_eq!(Settings::default().with_officer_name(&long), Err(SettingsError::NameTooLong));
}

#[test]
fn a_device_id_is_drawn_once_and_kept() {
    let mut s = Settings::default();
    let mut entropy = crate::book::SeededEntropy(4);
    let id = s.ensure_device(&mut entropy);
    assert_eq!(s.ensure_device(&mut entropy), id);
    let mut store = MemoryStore::new();
    s.save(&mut store).unwrap();
    assert_eq!(Settings::load(&mut store).settings.device, Some(id));
}

#[test]
fn the_repeat_absence_threshold_defaults_to_three_and_is_kept_within_bounds() {
    assert_eq!(Settings::default().repeat_absence_threshold(), DEFAULT_REPEAT_ABSENCES);
    let mut store = MemoryStore::new();
    Settings::default().with_repeat_absences(5).save(&mut store).unwrap();
    assert_eq!(Settings::load(&mut store).settings.repeat_absence_threshold(), 5);
    assert_eq!(Settings::default().with_repeat_absences(0).repeat_absence_threshold(), 1);
    assert_eq!(Settings::default().with_repeat_absences(99).repeat_absence_threshold(), MAX_REPEAT_ABSENCES);
}

#[test]
fn the_chosen_language_overrides_the_browsers() {
    let mut s = Settings::default();
    assert_eq!(s.effective_lang(["en-US"]), Lang::En);
    s.language = Some(Lang::Zh);
    assert_eq!(s.effective_lang(["en-US"]), Lang::Zh);
}

proptest! {
    #[test]
    fn any_valid_name_round_trips_through_storage(name in "\\PC{0,40}") {
        let mut store = MemoryStore::new();
        let settings = Settings::default().with_officer_name(&name).unwrap();
        settings.save(&mut store).unwrap();
        prop_assert_eq!(Settings::load(&mut store).settings, settings);
    }
}
