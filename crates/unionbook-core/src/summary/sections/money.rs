//! Money: the sponsorship raised, the spending by category, other income, and what each
//! activity cost per participant.

use crate::book::Book;
use crate::locale::Lang;
use crate::money::amount::Totals;
use crate::money::figures::semester_rows;
use crate::money::model::Scope;
use crate::money::model::{Category, Expense, Sponsorship, expenses, incomes, sponsorships};
use crate::summary::compare::money_change;
use crate::summary::document::{Figure, Part, Period, Section, Table, Value};
use crate::summary::figures::{self, span, sponsorship_cash, within};
use crate::summary::model::SectionKey;
use crate::summary::sections::common::{date, name, part, source};
use crate::summary::sections::units::Held;
use crate::summary::words::{self, cjk_punctuation, list, paragraph, quoted, sentence, some_of};

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

pub fn money(
    book: &Book,
    period: &Period,
    previous: Option<&Period>,
    held: &Held,
    // Who overspent (worked out once by the draft, `outlook::Findings`).
    overspent: &[(String, Totals, Totals)],
    lang: Lang,
    appendix: &mut Vec<Table>,
) -> Section {
    let m = Money::of(book, period);
    let mut section = Section::blank(SectionKey::Money);
    section.has_records = !m.raised.is_empty() || !m.spent.is_empty() || !m.income.is_zero();
    if !section.has_records {
        return section;
    }
    section.figures = [
        (lang.pick("赞助现金", "Sponsorship in cash"), &m.cash),
        (lang.pick("赞助物资折价", "Sponsorship in kind (estimated)"), &m.in_kind),
        (lang.pick("其他收入", "Other income"), &m.income),
        (lang.pick("支出合计", "Spent in all"), &m.spending),
    ]
    .into_iter()
    .filter(|(_, t)| !t.is_zero())
    .map(|(label, t)| Figure::new(label, Value::Money(t.clone())))
    .collect();
    if !m.raised.is_empty() {
        section.parts.push(sponsorship(book, &m, previous, lang, appendix));
    }
    if !m.spent.is_empty() {
        section.parts.push(spending(&m, overspent, lang, appendix));
    }
    if let Some(p) = cost_per_head(&m, held, lang, appendix) {
        section.parts.push(p);
    }
    section
}

fn sponsorship(book: &Book, m: &Money, previous: Option<&Period>, lang: Lang, appendix: &mut Vec<Table>) -> Part {
    let mut p = part(lang.pick("赞助", "Sponsorship"));
    let sponsors: Vec<String> = {
        let mut names: Vec<String> = Vec::new();
        for s in &m.raised {
            let n = cjk_punctuation(lang, s.sponsor.trim());
            if !n.is_empty() && !names.contains(&n) {
                names.push(n);
            }
        }
        names
    };
    let mut text = vec![sentence(
        lang,
        &[
            match lang {
                Lang::Zh => format!("本学期共争取到赞助{}笔，来自{}", m.raised.len(), some_of(lang, &sponsors, 4)),
                Lang::En => format!(
                    "this semester the union received {} from {}",
                    words::count(lang, m.raised.len(), "", "sponsorship", "sponsorships"),
                    some_of(lang, &sponsors, 4)
                ),
            },
            if m.cash.is_zero() {
                String::new()
            } else {
                match lang {
                    Lang::Zh => format!("到账现金{}", m.cash.show(lang)),
                    Lang::En => format!("{} in cash", m.cash.show(lang)),
                }
            },
            if m.in_kind.is_zero() {
                String::new()
            } else {
                match lang {
                    Lang::Zh => format!("物资折价{}", m.in_kind.show(lang)),
                    Lang::En => format!("goods worth about {}", m.in_kind.show(lang)),
                }
            },
        ],
    )];
    // Against the semester before, only when that one has sponsorship on record.
    if let Some(before) = previous {
        let then = sponsorship_cash(book, span(before));
        if !then.is_zero() && !m.cash.is_zero() {
            let change = money_change(&m.cash, &then, lang);
            text.push(match lang {
                Lang::Zh => format!("上学期到账赞助现金{}，本学期变化{change}。", then.show(lang)),
                Lang::En => format!("Last semester brought {} in cash; the change is {change}.", then.show(lang)),
            });
        }
    }
    p.paragraphs.push(paragraph(lang, &text));
    let mut rows = Vec::new();
    for s in &m.raised {
        let amount = s.amount.map(|a| a.show(lang)).unwrap_or_default();
        let what = if s.in_kind { lang.pick("物资", "in kind") } else { lang.pick("现金", "cash") };
        let activity = s.activity.map(|a| name(book, Some(a), lang)).unwrap_or_default();
        rows.push(vec![date(lang, s.received_on), s.sponsor.clone(), what.to_owned(), amount, activity]);
        p.sources.push(source("sponsorship", s.id, s.sponsor.clone(), vec![date(lang, s.received_on)]));
    }
    appendix.push(Table {
        caption: lang.pick("赞助明细", "Sponsorship received").into(),
        header: vec![
            lang.pick("到账日期", "Received").into(),
            lang.pick("赞助方", "Sponsor").into(),
            lang.pick("形式", "Form").into(),
            lang.pick("金额", "Amount").into(),
            lang.pick("活动", "Activity").into(),
        ],
        rows,
    });
    p
}

/// The budgets of the period that were overspent: who, and by how much.
pub fn overspent(book: &Book, period: &Period, lang: Lang) -> Vec<(String, Totals, Totals)> {
    if period.is_term {
        return Vec::new();
    }
    semester_rows(book, Some(period.id))
        .into_iter()
        .filter(|r| r.budget.is_some())
        .filter(|r| r.against.variance().amounts().any(|a| a.minor < 0))
        .map(|r| {
            let who = match r.scope {
                Scope::Union { .. } => lang.pick("学生会", "The union").to_owned(),
                Scope::Unit { unit, .. } => name(book, Some(unit), lang),
                Scope::Activity { activity } => name(book, Some(activity), lang),
            };
            (who, r.against.budgeted(), r.against.actual())
        })
        .collect()
}

fn spending(m: &Money, overspent: &[(String, Totals, Totals)], lang: Lang, appendix: &mut Vec<Table>) -> Part {
    let mut p = part(lang.pick("经费使用", "Spending"));
    let mut by: Vec<(Option<Category>, Totals)> = Category::ALL
        .into_iter()
        .map(Some)
        .chain([None])
        .map(|c| (c, m.by_category(c)))
        .filter(|(_, t)| !t.is_zero())
        .collect();
    let rows: Vec<Vec<String>> =
        by.iter().map(|(c, t)| vec![category_name(lang, *c).to_owned(), t.show(lang)]).collect();
    // The largest first, by their first currency's amount.
    by.sort_by_key(|(_, t)| std::cmp::Reverse(t.amounts().next().map_or(0, |a| a.minor)));
    let main: Vec<String> = by.iter().take(3).map(|(c, _)| category_name(lang, *c).to_owned()).collect();
    let mut text = vec![match lang {
        Lang::Zh => format!("本学期共支出{}，主要用于{}。", m.spending.show(lang), list(lang, &main)),
        Lang::En => format!(
            "The union spent {} this semester, mostly on {}.",
            m.spending.show(lang),
            list(lang, &main.iter().map(|s| s.to_lowercase()).collect::<Vec<_>>())
        ),
    }];
    if !m.income.is_zero() {
        text.push(match lang {
            Lang::Zh => format!("另有其他收入{}。", m.income.show(lang)),
            Lang::En => format!("Other income came to {}.", m.income.show(lang)),
        });
    }
    for (who, budget, actual) in overspent {
        text.push(match lang {
            Lang::Zh => format!(
                "{who}预算{}，实际支出{}，超出预算{}。",
                budget.show(lang),
                actual.show(lang),
                actual.minus(&budget).show(lang)
            ),
            Lang::En => format!(
                "{who} budgeted {} and spent {}: {} over budget.",
                budget.show(lang),
                actual.show(lang),
                actual.minus(&budget).show(lang)
            ),
        });
    }
    p.paragraphs.push(paragraph(lang, &text));
    appendix.push(Table {
        caption: lang.pick("按类别的支出", "Spending by category").into(),
        header: vec![lang.pick("类别", "Category").into(), lang.pick("金额", "Amount").into()],
        rows,
    });
    p
}

fn cost_per_head(m: &Money, held: &Held, lang: Lang, appendix: &mut Vec<Table>) -> Option<Part> {
    let costs: Vec<(String, Totals, i64, Totals)> = held
        .activities
        .iter()
        .filter_map(|(a, people)| {
            let mut cost = Totals::default();
            m.spent.iter().filter(|e| e.activity == Some(a.id)).filter_map(|e| e.amount).for_each(|x| cost.add(x));
            let n = people.filter(|n| *n > 0)?;
            let each = cost.per(n)?;
            (!cost.is_zero()).then(|| (a.title.clone(), cost, n, each))
        })
        .collect();
    if costs.is_empty() {
        return None;
    }
    let mut p = part(lang.pick("人均活动成本", "Cost per participant"));
    let key = |t: &Totals| t.amounts().next().map_or(0, |a| a.minor);
    let dearest = costs.iter().max_by_key(|c| key(&c.3))?;
    let cheapest = costs.iter().min_by_key(|c| key(&c.3))?;
    p.paragraphs.push(match (lang, costs.len()) {
        (Lang::Zh, 1) => format!("{}人均成本{}。", quoted(lang, &dearest.0), dearest.3.show(lang)),
        (Lang::En, 1) => format!("{} cost {} per participant.", quoted(lang, &dearest.0), dearest.3.show(lang)),
        (Lang::Zh, n) => format!(
            "有支出记录的{n}项活动中，人均成本最高的是{}（{}），最低的是{}（{}）。",
            quoted(lang, &dearest.0),
            dearest.3.show(lang),
            quoted(lang, &cheapest.0),
            cheapest.3.show(lang)
        ),
        (Lang::En, n) => format!(
            "Of the {} activities with expenses, {} cost the most per participant ({}) and {} the least ({}).",
            words::english_number(n),
            quoted(lang, &dearest.0),
            dearest.3.show(lang),
            quoted(lang, &cheapest.0),
            cheapest.3.show(lang)
        ),
    });
    appendix.push(Table {
        caption: lang.pick("各活动的人均成本", "What each activity cost per participant").into(),
        header: vec![
            lang.pick("活动", "Activity").into(),
            lang.pick("支出", "Spent").into(),
            lang.pick("参与人数", "Participants").into(),
            lang.pick("人均", "Per participant").into(),
        ],
        rows: costs.iter().map(|(t, c, n, e)| vec![t.clone(), c.show(lang), n.to_string(), e.show(lang)]).collect(),
    });
    Some(p)
}

pub fn category_name(lang: Lang, c: Option<Category>) -> &'static str {
    c.map_or_else(|| lang.pick("未分类", "Not categorised"), |c| figures::category_name(c, lang))
}
