use super::*;

#[test]
fn picks_the_first_supported_language_in_order() {
    assert_eq!(Lang::preferred(["fr-FR", "zh-CN", "en"]), Lang::Zh);
    assert_eq!(Lang::preferred(["en-GB", "zh-CN"]), Lang::En);
    assert_eq!(Lang::preferred(["zh-Hant-TW"]), Lang::Zh);
    assert_eq!(Lang::preferred(["EN_us"]), Lang::En);
}

#[test]
fn falls_back_to_chinese() {
    assert_eq!(Lang::preferred(["de", "ja"]), Lang::Zh);
    assert_eq!(Lang::preferred([]), Lang::Zh);
    assert_eq!(Lang::preferred([""]), Lang::Zh);
}

#[test]
fn tags_round_trip() {
    for lang in Lang::ALL {
        assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
    }
}

#[test]
fn ordinals_in_both_languages() {
    let en: Vec<_> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(|n| Lang::En.ordinal(n)).into();
    assert_eq!(en, ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th"]);
    let zh: Vec<_> = [1, 6, 10, 12, 20, 21, 99, 100, 105, 110, 123].map(|n| Lang::Zh.ordinal(n)).into();
    assert_eq!(
        zh,
        ["一", "六", "十", "十二", "二十", "二十一", "九十九", "一百", "一百零五", "一百一十", "一百二十三"]
    );
}

#[test]
fn one_decimal_rounds() {
    assert_eq!(one_decimal(1_613_161 * 100, 5 * 1024 * 1024), "30.8");
    assert_eq!(one_decimal(0, 7), "0.0");
    assert_eq!(one_decimal(33_554_432, 1_048_576), "32.0");
}

#[test]
fn dates_follow_each_language() {
    let date = NaiveDate::from_ymd_opt(2026, 3, 5).unwrap();
    assert_eq!(Lang::Zh.format_date(date), "2026年3月5日");
    assert_eq!(Lang::En.format_date(date), "5\u{a0}Mar\u{a0}2026", "kept on one line");
}
