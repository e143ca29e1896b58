//! Money as exact integers: an amount is a whole number of minor units (fen for yuan) in a
//! currency, never a float. Reading what people type ("12", "12.5", "¥1,234.50", "1234.5元",
//! "1.2万"), refusing what could be read two ways, and writing amounts the way each language
//! does. Pure; sums are `Totals`, kept per currency so yuan are never added to dollars.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use crate::book::Record;
use crate::forms::{FieldErrors, FormError};
use crate::locale::Lang;

/// The largest amount a record holds: 100 million in major units. Far beyond any union's
/// money, and far from overflowing an `i64` when thousands are added up.
pub const MAX_MINOR: i64 = 10_000_000_000;

/// The currencies an amount can be in; yuan unless the officer chooses another.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Currency {
    #[default]
    Cny,
    Hkd,
    Usd,
    Eur,
}

/// The stored words, in `Currency` order.
pub const CURRENCIES: &[&str] = &["CNY", "HKD", "USD", "EUR"];

impl Currency {
    pub const ALL: [Currency; 4] = [Currency::Cny, Currency::Hkd, Currency::Usd, Currency::Eur];

    pub fn code(self) -> &'static str {
        CURRENCIES[self as usize]
    }

    pub fn parse(code: &str) -> Option<Currency> {
        Currency::ALL.into_iter().find(|c| c.code() == code)
    }

    /// A record's currency: yuan when it names none (or one this app does not know).
    pub fn of(record: &Record) -> Currency {
        Currency::parse(record.text("currency")).unwrap_or_default()
    }

    /// Written before the number in English, as `Intl.NumberFormat` does.
    fn en_sign(self) -> &'static str {
        match self {
            Currency::Cny => "CN¥",
            Currency::Hkd => "HK$",
            Currency::Usd => "$",
            Currency::Eur => "€",
        }
    }

    /// Written before the number in Chinese: the sign for yuan, the currency's name for others
    /// (a Chinese page shows no Latin letters).
    fn zh_sign(self) -> &'static str {
        match self {
            Currency::Cny => "¥",
            Currency::Hkd => "港币",
            Currency::Usd => "美元",
            Currency::Eur => "欧元",
        }
    }
}

/// An exact amount of money.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Amount {
    pub minor: i64,
    pub currency: Currency,
}

impl Amount {
    pub fn cny(minor: i64) -> Amount {
        Amount { minor, currency: Currency::Cny }
    }

    /// A record's amount in `field`, in the record's currency; `None` when it has none (or a
    /// value that is not a whole number of minor units within bounds).
    pub fn of(record: &Record, field: &str) -> Option<Amount> {
        let minor = record.value(field).and_then(Value::as_i64).filter(|m| (0..=MAX_MINOR).contains(m))?;
        Some(Amount { minor, currency: Currency::of(record) })
    }

    /// "¥1,234.50" in Chinese, "CN¥1,234.50" in English.
    pub fn show(self, lang: Lang) -> String {
        let sign = match lang {
            Lang::En => self.currency.en_sign(),
            Lang::Zh => self.currency.zh_sign(),
        };
        let minus = if self.minor < 0 { "-" } else { "" };
        format!("{minus}{sign}{}", grouped(self.minor.unsigned_abs()))
    }
}

/// "1,234.50" from 123450: thousands grouped, always two decimals.
fn grouped(minor: u64) -> String {
    let whole = (minor / 100).to_string();
    let mut out = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    format!("{out}.{:02}", minor % 100)
}

/// "1234.50" from 123450, "-12.00" from -1200: the plain form spreadsheets read as a number.
pub fn plain(minor: i64) -> String {
    let minus = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    format!("{minus}{}.{:02}", abs / 100, abs % 100)
}

/// Why typed text is not an amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountError {
    NotANumber,
    /// Could be read two ways: "12,5" (a decimal comma, or a slip?), "1.234" (a thousand, or
    /// 1.23?), "1.234,50".
    Ambiguous,
    /// A third decimal: money is kept to the fen.
    TooManyDecimals,
    Negative,
    TooLarge,
}

/// What the typed text said: the amount in minor units, and the currency it named, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Typed {
    pub minor: i64,
    pub currency: Option<Currency>,
}

/// Markers of a currency as people type them, longest first so "HK$" is not read as "$".
const MARKERS: &[(&str, Currency)] = &[
    ("人民币", Currency::Cny),
    ("RMB", Currency::Cny),
    ("CNY", Currency::Cny),
    ("CN¥", Currency::Cny),
    ("HKD", Currency::Hkd),
    ("HK$", Currency::Hkd),
    ("港币", Currency::Hkd),
    ("港元", Currency::Hkd),
    ("USD", Currency::Usd),
    ("US$", Currency::Usd),
    ("美元", Currency::Usd),
    ("EUR", Currency::Eur),
    ("欧元", Currency::Eur),
    ("¥", Currency::Cny),
    ("￥", Currency::Cny),
    ("$", Currency::Usd),
    ("€", Currency::Eur),
    ("元", Currency::Cny),
    ("块", Currency::Cny),
];

/// Full-width digits and marks (as a Chinese input method types them) as ASCII, every kind of
/// space as one ASCII space, trimmed. Spaces inside stay: "12 5" could be 125 or 12.5.
fn normalised(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' => '.',
            '，' => ',',
            '－' | '−' => '-',
            other => other,
        })
        .collect()
}

/// Takes one currency marker off the front or the back of `text`.
fn take_marker(text: &mut String, seen: &mut Option<Currency>) -> bool {
    // ASCII case only: it keeps every byte where it was, so the ranges fit `text`.
    let upper = text.to_ascii_uppercase();
    for (marker, currency) in MARKERS {
        let found = if upper.starts_with(marker) {
            Some(0..marker.len())
        } else if upper.ends_with(marker) {
            Some(upper.len() - marker.len()..upper.len())
        } else {
            None
        };
        if let Some(range) = found {
            text.replace_range(range, "");
            // "¥ 12" and "12 元": the space between a marker and the number means nothing.
            *text = text.trim().to_owned();
            *seen = Some(*currency);
            return true;
        }
    }
    false
}

/// Reads an amount as people type it. Commas group thousands only when every group after the
/// first has three digits ("1,234.50"); anything a comma or a point could mean two ways is
/// refused, never guessed. "万" multiplies by ten thousand ("1.2万" is 12,000.00).
pub fn parse(text: &str) -> Result<Typed, AmountError> {
    let mut rest = normalised(text);
    let mut currency = None;
    let negative = rest.starts_with('-');
    if negative {
        rest.remove(0);
        rest = rest.trim_start().to_owned();
    }
    // A marker each side at most ("¥1,234.50元" is still yuan), and "万" before "元".
    take_marker(&mut rest, &mut currency);
    let first = currency;
    take_marker(&mut rest, &mut currency);
    if first.is_some_and(|f| Some(f) != currency) {
        return Err(AmountError::NotANumber);
    }
    let negative = negative || rest.starts_with('-');
    let rest = rest.trim_start_matches('-');
    let (number, scale) = match rest.strip_suffix('万') {
        Some(n) => (n, 4),
        None => (rest, 0),
    };
    if number.is_empty() {
        return Err(AmountError::NotANumber);
    }
    let minor = read_number(number, scale)?;
    if negative && minor > 0 {
        return Err(AmountError::Negative);
    }
    Ok(Typed { minor, currency })
}

/// Digits, grouping commas and a decimal point, times 10^`scale`, in minor units.
fn read_number(number: &str, scale: u32) -> Result<i64, AmountError> {
    // A space groups thousands as a comma does ("1 234.50"), and is refused where a comma
    // would be: "12 5" could be 125 or 12.5.
    let spaced = number.replace(' ', ",");
    let number = spaced.as_str();
    if !number.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.') {
        return Err(AmountError::NotANumber);
    }
    if number.matches('.').count() > 1 {
        return Err(AmountError::Ambiguous);
    }
    let (whole, decimals) = number.split_once('.').unwrap_or((number, ""));
    if decimals.contains(',') {
        return Err(AmountError::Ambiguous);
    }
    let whole = ungrouped(whole)?;
    if whole.is_empty() && decimals.is_empty() {
        return Err(AmountError::NotANumber);
    }
    // "1.234" without grouping commas reads as a thousand in much of Europe: refused.
    if scale == 0 && decimals.len() == 3 && !number.contains(',') {
        return Err(AmountError::Ambiguous);
    }
    let decimals = decimals.trim_end_matches('0');
    let places = 2 + scale as usize;
    if decimals.len() > places {
        return Err(AmountError::TooManyDecimals);
    }
    let digits = format!("{whole}{decimals:0<places$}");
    let digits = digits.trim_start_matches('0');
    if digits.len() > 15 {
        return Err(AmountError::TooLarge);
    }
    let minor = if digits.is_empty() { 0 } else { digits.parse::<i64>().map_err(|_| AmountError::NotANumber)? };
    if minor > MAX_MINOR { Err(AmountError::TooLarge) } else { Ok(minor) }
}

/// The whole part without its grouping commas, when they group thousands and nothing else.
fn ungrouped(whole: &str) -> Result<String, AmountError> {
    if !whole.contains(',') {
        return Ok(whole.to_owned());
    }
    let mut groups = whole.split(',');
    let first = groups.next().unwrap_or_default();
    let well_formed = (1..=3).contains(&first.len()) && groups.all(|g| g.len() == 3);
    if well_formed { Ok(whole.replace(',', "")) } else { Err(AmountError::Ambiguous) }
}

/// A form's amount field: the minor units, or the field's error. `currency` is the form's;
/// text naming another ("$12" on a yuan expense) is refused rather than converted.
pub fn field(
    errors: &mut FieldErrors,
    name: &'static str,
    text: &str,
    currency: Currency,
    needed: bool,
) -> Option<i64> {
    if text.trim().is_empty() {
        if needed {
            errors.push((name, FormError::Required));
        }
        return None;
    }
    let problem = match parse(text) {
        Ok(Typed { currency: Some(c), .. }) if c != currency => FormError::OtherCurrency,
        Ok(Typed { minor: 0, .. }) if needed => FormError::NotPositive,
        Ok(typed) => return Some(typed.minor),
        Err(AmountError::NotANumber) => FormError::NotAnAmount,
        Err(AmountError::Ambiguous) => FormError::AmbiguousAmount,
        Err(AmountError::TooManyDecimals) => FormError::TooManyFen,
        Err(AmountError::Negative) => FormError::NotPositive,
        Err(AmountError::TooLarge) => FormError::AmountTooLarge,
    };
    errors.push((name, problem));
    None
}

/// The stored value of an optional amount.
pub fn value(minor: Option<i64>) -> Value {
    minor.map_or(Value::Null, |m| json!(m))
}

/// Sums of money, one per currency: adding yuan to dollars would be a wrong number.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Totals(BTreeMap<Currency, i64>);

impl Totals {
    pub fn add(&mut self, amount: Amount) {
        *self.0.entry(amount.currency).or_default() += amount.minor;
    }

    pub fn subtract(&mut self, amount: Amount) {
        *self.0.entry(amount.currency).or_default() -= amount.minor;
    }

    pub fn plus(&self, other: &Totals) -> Totals {
        let mut sum = self.clone();
        for (currency, minor) in &other.0 {
            *sum.0.entry(*currency).or_default() += minor;
        }
        sum
    }

    pub fn minus(&self, other: &Totals) -> Totals {
        let mut sum = self.clone();
        for (currency, minor) in &other.0 {
            *sum.0.entry(*currency).or_default() -= minor;
        }
        sum
    }

    pub fn get(&self, currency: Currency) -> i64 {
        self.0.get(&currency).copied().unwrap_or(0)
    }

    /// The amounts, yuan first, leaving out currencies that come to nothing.
    pub fn amounts(&self) -> impl Iterator<Item = Amount> + '_ {
        self.0.iter().filter(|(_, m)| **m != 0).map(|(c, m)| Amount { minor: *m, currency: *c })
    }

    pub fn is_zero(&self) -> bool {
        self.amounts().next().is_none()
    }

    /// Each sum shared out over `n` (a cost per participant), to the nearest minor unit, half
    /// away from zero; `None` for nobody.
    pub fn per(&self, n: i64) -> Option<Totals> {
        (n > 0).then(|| {
            Totals(
                self.0
                    .iter()
                    .map(|(c, m)| {
                        let (q, r) = (m / n, m % n);
                        let away = if r.abs() * 2 >= n { m.signum() } else { 0 };
                        (*c, q + away)
                    })
                    .collect(),
            )
        })
    }

    /// "¥1,234.50", or "¥1,234.50 + $20.00"; nothing at all is "¥0.00".
    pub fn show(&self, lang: Lang) -> String {
        let parts: Vec<String> = self.amounts().map(|a| a.show(lang)).collect();
        if parts.is_empty() { Amount::cny(0).show(lang) } else { parts.join(" + ") }
    }

    /// The plain form for a spreadsheet cell: "1234.50" in yuan, other currencies after it with
    /// their codes ("1234.50; USD 20.00").
    pub fn plain(&self) -> String {
        let yuan = plain(self.get(Currency::Cny));
        let others = self
            .amounts()
            .filter(|a| a.currency != Currency::Cny)
            .map(|a| format!("{} {}", a.currency.code(), plain(a.minor)));
        std::iter::once(yuan).chain(others).collect::<Vec<_>>().join("; ")
    }
}

impl FromIterator<Amount> for Totals {
    fn from_iter<I: IntoIterator<Item = Amount>>(items: I) -> Totals {
        let mut t = Totals::default();
        items.into_iter().for_each(|a| t.add(a));
        t
    }
}

#[cfg(test)]
#[path = "amount_tests.rs"]
mod tests;
