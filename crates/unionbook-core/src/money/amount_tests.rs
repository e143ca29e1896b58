use proptest::prelude::*;

use super::*;

fn fen(text: &str) -> Result<i64, AmountError> {
    parse(text).map(|t| t.minor)
}

#[test]
fn the_ways_people_type_an_amount_are_read_exactly() {
    let cases = [
        ("12", 1_200),
        ("12.5", 1_250),
        ("12.50", 1_250),
        ("0.05", 5),
        (".5", 50),
        ("5.", 500),
        ("¥1,234.50", 123_450),
        ("￥1,234.50", 123_450),
        ("1234.5元", 123_450),
        ("1,234元", 123_400),
        ("¥ 1 234.50", 123_450),
        (" 12　元 ", 1_200),
        ("1 234 567", 123_456_700),
        ("RMB 88", 8_800),
        ("cny88", 8_800),
        ("人民币88元", 8_800),
        ("１２３４．５", 123_450),
        ("１，２３４", 123_400),
        ("30块", 3_000),
        ("1.2万", 1_200_000),
        ("1.2万元", 1_200_000),
        ("0.0001万", 100),
        ("12,345,678.90", 1_234_567_890),
        ("0", 0),
        ("100000000", MAX_MINOR),
    ];
    for (text, minor) in cases {
        assert_eq!(fen(text), Ok(minor), "{text}");
    }
}

#[test]
fn the_currency_typed_is_kept_and_yuan_is_the_default() {
    assert_eq!(parse("12").unwrap().currency, None);
    assert_eq!(parse("¥12").unwrap().currency, Some(Currency::Cny));
    assert_eq!(parse("HK$12").unwrap().currency, Some(Currency::Hkd));
    assert_eq!(parse("$12").unwrap().currency, Some(Currency::Usd));
    assert_eq!(parse("12美元").unwrap().currency, Some(Currency::Usd));
    assert_eq!(parse("€12").unwrap().currency, Some(Currency::Eur));
}

#[test]
fn amounts_that_could_be_read_two_ways_are_refused_not_guessed() {
    for text in [
        "12,5",
        "12 5",
        "1 23",
        "12.5 0",
        "1 2345",
        "1,23",
        "1,2345",
        ",123",
        "1.234",
        "12.345",
        "1.234,50",
        "1,234.5,0",
        "1.2.3",
    ] {
        assert_eq!(fen(text), Err(AmountError::Ambiguous), "{text}");
    }
    for text in ["12.3456", "1,234.567", "0.0011", "1.2340"] {
        assert_eq!(fen(text), Err(AmountError::TooManyDecimals), "{text}");
    }
    for text in ["", "元", "abc", "12元5角", "1e5", "12 3a", "$12元", "万", "."] {
        assert_eq!(fen(text), Err(AmountError::NotANumber), "{text}");
    }
    assert_eq!(fen("-12"), Err(AmountError::Negative));
    assert_eq!(fen("¥-12"), Err(AmountError::Negative));
    assert_eq!(fen("100000000.01"), Err(AmountError::TooLarge));
    assert_eq!(fen(&"9".repeat(400)), Err(AmountError::TooLarge));
}

#[test]
fn a_form_field_says_what_is_wrong_on_its_field() {
    let check = |text: &str, needed| {
        let mut e = FieldErrors::new();
        let got = field(&mut e, "amount", text, Currency::Cny, needed);
        (got, e.first().map(|(_, p)| p.clone()))
    };
    assert_eq!(check("12.5", true), (Some(1_250), None));
    assert_eq!(check("", true), (None, Some(FormError::Required)));
    assert_eq!(check("", false), (None, None));
    assert_eq!(check("0", true), (None, Some(FormError::NotPositive)));
    assert_eq!(check("0", false), (Some(0), None));
    assert_eq!(check("12,5", true), (None, Some(FormError::AmbiguousAmount)));
    assert_eq!(check("1.5555", true), (None, Some(FormError::TooManyFen)));
    assert_eq!(check("$12", true), (None, Some(FormError::OtherCurrency)));
    assert_eq!(check("十二", true), (None, Some(FormError::NotAnAmount)));
}

#[test]
fn amounts_are_shown_the_way_each_language_writes_them() {
    assert_eq!(Amount::cny(123_450).show(Lang::Zh), "¥1,234.50");
    assert_eq!(Amount::cny(123_450).show(Lang::En), "CN¥1,234.50");
    assert_eq!(Amount::cny(5).show(Lang::Zh), "¥0.05");
    assert_eq!(Amount::cny(-100_000).show(Lang::Zh), "-¥1,000.00");
    assert_eq!(Amount { minor: 2_000, currency: Currency::Usd }.show(Lang::Zh), "美元20.00");
    assert_eq!(Amount::cny(123_456_789).show(Lang::En), "CN¥1,234,567.89");
    assert_eq!(plain(123_450), "1234.50");
    assert_eq!(plain(-5), "-0.05");
}

#[test]
fn totals_keep_currencies_apart_and_share_out_to_the_nearest_fen() {
    let mut t = Totals::default();
    t.add(Amount::cny(1_000));
    t.add(Amount { minor: 500, currency: Currency::Usd });
    t.subtract(Amount::cny(250));
    assert_eq!(t.get(Currency::Cny), 750);
    assert_eq!(t.show(Lang::En), "CN¥7.50 + $5.00");
    assert_eq!(t.plain(), "7.50; USD 5.00");
    assert_eq!(Totals::default().show(Lang::Zh), "¥0.00");
    let cost: Totals = [Amount::cny(1_000)].into_iter().collect();
    assert_eq!(cost.per(3).unwrap().get(Currency::Cny), 333);
    assert_eq!(cost.per(6).unwrap().get(Currency::Cny), 167);
    assert_eq!(cost.per(0), None);
}

proptest! {
    #[test]
    fn every_amount_shown_plainly_or_grouped_reads_back_as_itself(minor in 0..=MAX_MINOR) {
        prop_assert_eq!(fen(&plain(minor)), Ok(minor));
        let zh = Amount::cny(minor).show(Lang::Zh);
        prop_assert_eq!(fen(&zh), Ok(minor));
        prop_assert_eq!(parse(&Amount::cny(minor).show(Lang::En)).map(|t| (t.minor, t.currency)), Ok((minor, Some(Currency::Cny))));
    }

    #[test]
    fn no_text_makes_the_reader_panic_or_exceed_its_bound(text in "\\PC{0,24}") {
        if let Ok(t) = parse(&text) {
            prop_assert!((0..=MAX_MINOR).contains(&t.minor));
        }
    }

    #[test]
    fn sharing_out_never_misses_by_more_than_half_a_fen(total in 0..MAX_MINOR, n in 1i64..5_000) {
        let each = Totals::from_iter([Amount::cny(total)]).per(n).unwrap().get(Currency::Cny);
        prop_assert!((each * n - total).abs() * 2 <= n);
    }
}
