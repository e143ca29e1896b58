//! Money: the sponsorship raised, the spending by category, other income, and what each
//! activity cost per participant.

use crate::book::Book;
use crate::locale::Lang;
use crate::money::amount::Totals;
use crate::money::model::{Category, Expense, Sponsorship, expenses, incomes, sponsorships};
use crate::summary::document::{Figure, Period, Section, Table, Value};
use crate::summary::figures::{self, span, sponsorship_cash, within};
use crate::summary::model::SectionKey;
use crate::summary::sections::common::{date, name, part, source};
use crate::summary::sections::units::Held;

/// The money of a period, counted once for every output and for the comparison.
pub struct Money {
    pub raised: Vec<Sponsorship>,
    pub cash: Totals,
    pub in_kind: Totals,
    pub spent: Vec<Expense>,
    pub spending: Totals,
    pub income: Totals,
}

impl Money {
    pub fn of(book: &Book, period: &Period) -> Money {
        let range = span(period);
        // Received in the span, as the ledger dates them; the cash is the ledger's own sum.
        let raised: Vec<Sponsorship> =
            sponsorships(book).into_iter().filter(|s| s.status.is_received() && within(s.received_on, range)).collect();
        let cash = sponsorship_cash(book, range);
        let mut in_kind = Totals::default();
        raised.iter().filter(|s| s.in_kind).filter_map(|s| s.amount).for_each(|a| in_kind.add(a));
        let spent: Vec<Expense> = expenses(book).into_iter().filter(|e| within(e.date, range)).collect();
        let mut spending = Totals::default();
        spent.iter().filter_map(|e| e.amount).for_each(|a| spending.add(a));
        let mut income = Totals::default();
        incomes(book)
            .into_iter()
            .filter(|i| within(i.date, range))
            .filter_map(|i| i.amount)
            .for_each(|a| income.add(a));
        Money { raised, cash, in_kind, spent, spending, income }
    }

    pub fn by_category(&self, c: Option<Category>) -> Totals {
        let mut t = Totals::default();
        self.spent.iter().filter(|e| e.category == c).filter_map(|e| e.amount).for_each(|a| t.add(a));
        t
    }
}

pub fn money(book: &Book, period: &Period, held: &Held, lang: Lang) -> Section {
    let m = Money::of(book, period);
    let mut section = Section::blank(SectionKey::Money);
    section.has_records = !m.raised.is_empty() || !m.spent.is_empty() || !m.income.is_zero();
    if !section.has_records {
        return section;
    }
    section.figures = vec![
        Figure::new(lang.pick("赞助现金", "Sponsorship in cash"), Value::Money(m.cash.clone())),
        Figure::new(lang.pick("赞助物资折价", "Sponsorship in kind (estimated)"), Value::Money(m.in_kind.clone())),
        Figure::new(lang.pick("其他收入", "Other income"), Value::Money(m.income.clone())),
        Figure::new(lang.pick("支出合计", "Spent in all"), Value::Money(m.spending.clone())),
    ];

    let mut sponsors = part(lang.pick("赞助", "Sponsorship"));
    for s in &m.raised {
        let amount = s.amount.map(|a| a.show(lang)).unwrap_or_default();
        let what = if s.in_kind { lang.pick("物资", "in kind") } else { lang.pick("现金", "cash") };
        let activity = s.activity.map(|a| name(book, Some(a), lang)).unwrap_or_default();
        sponsors.sources.push(source(
            "sponsorship",
            s.id,
            s.sponsor.clone(),
            vec![date(lang, s.received_on), format!("{what} {amount}"), activity],
        ));
    }
    if !sponsors.sources.is_empty() {
        section.parts.push(sponsors);
    }

    if !m.spent.is_empty() {
        let mut spending = part(lang.pick("支出", "Spending"));
        let categories = Category::ALL.into_iter().map(Some).chain([None]);
        let rows = categories
            .map(|c| (c, m.by_category(c)))
            .filter(|(_, t)| !t.is_zero())
            .map(|(c, t)| vec![category_name(lang, c).to_owned(), t.show(lang)])
            .collect();
        spending.tables.push(Table {
            caption: lang.pick("按类别的支出", "Spending by category").into(),
            header: vec![lang.pick("类别", "Category").into(), lang.pick("金额", "Amount").into()],
            rows,
        });
        section.parts.push(spending);
    }

    let rows: Vec<Vec<String>> = held
        .activities
        .iter()
        .filter_map(|(a, people)| {
            let mut cost = Totals::default();
            m.spent.iter().filter(|e| e.activity == Some(a.id)).filter_map(|e| e.amount).for_each(|x| cost.add(x));
            let each = people.filter(|n| *n > 0).and_then(|n| cost.per(n))?;
            (!cost.is_zero())
                .then(|| vec![a.title.clone(), cost.show(lang), people.unwrap_or(0).to_string(), each.show(lang)])
        })
        .collect();
    if !rows.is_empty() {
        let mut per_head = part(lang.pick("人均活动成本", "Cost per participant"));
        per_head.tables.push(Table {
            caption: lang.pick("各活动的人均成本", "What each activity cost per participant").into(),
            header: vec![
                lang.pick("活动", "Activity").into(),
                lang.pick("支出", "Spent").into(),
                lang.pick("参与人数", "Participants").into(),
                lang.pick("人均", "Per participant").into(),
            ],
            rows,
        });
        section.parts.push(per_head);
    }
    section
}

pub fn category_name(lang: Lang, c: Option<Category>) -> &'static str {
    c.map_or_else(|| lang.pick("未分类", "Not categorised"), |c| figures::category_name(c, lang))
}
