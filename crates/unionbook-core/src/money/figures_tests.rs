use proptest::prelude::*;
use serde_json::{Value, json};

use super::*;
use crate::activities::model::ACTIVITY;
use crate::attendance::marks::{Mark, mark_field};
use crate::book::{Clock, Entropy, SeededEntropy};
use crate::forms::FormError;
use crate::money::amount::Currency;
use crate::money::budgets::{BudgetDraft, of_semester, onto_existing};
use crate::money::model::{BUDGET, EXPENSE, SPONSORSHIP};
use crate::people::model::UNIT;
use crate::people::terms::SEMESTER;

struct Fixture {
    book: Book,
    clock: Clock,
    ids: SeededEntropy,
    semester: RecordId,
    unit: RecordId,
    fair: RecordId,
}

fn f(name: &str, value: Value) -> (String, Value) {
    (name.to_owned(), value)
}

impl Fixture {
    /// The autumn semester of 2026, the Practice Department, and its fair on 7 November.
    fn new() -> Fixture {
        let mut x = Fixture {
            book: Book::new(),
            clock: Clock::new(SeededEntropy(1).new_id()),
            ids: SeededEntropy(2),
            semester: RecordId::well_known(1),
            unit: RecordId::well_known(2),
            fair: RecordId::well_known(3),
        };
        (x.semester, x.unit, x.fair) = (x.ids.new_id(), x.ids.new_id(), x.ids.new_id());
        let (s, u, a) = (x.semester, x.unit, x.fair);
        x.put(
            s,
            SEMESTER,
            vec![f("start_year", json!(2026)), f("starts", json!("2026-09-01")), f("ends", json!("2027-01-31"))],
        );
        x.put(u, UNIT, vec![f("name_zh", json!("实践部"))]);
        x.put(
            a,
            ACTIVITY,
            vec![f("title", json!("模拟招聘会")), f("date", json!("2026-11-07")), f("counted", json!(460))],
        );
        x
    }

    fn put(&mut self, id: RecordId, kind: &str, fields: Vec<(String, Value)>) {
        let stamp = self.clock.tick(1);
        self.book.write(id, kind, stamp, fields);
    }

    fn expense(&mut self, date: &str, fen: i64, category: &str, unit: Option<RecordId>, activity: Option<RecordId>) {
        let id = self.ids.new_id();
        let r = |x: Option<RecordId>| json!(x.map(|x| x.to_string()));
        self.put(
            id,
            EXPENSE,
            vec![
                f("date", json!(date)),
                f("amount", json!(fen)),
                f("category", json!(category)),
                f("unit", r(unit)),
                f("activity", r(activity)),
            ],
        );
    }

    fn set_budget(&mut self, draft: &BudgetDraft) -> RecordId {
        let (id, fields) = draft.validate(&self.book).expect("a valid budget");
        self.put(id, BUDGET, fields);
        id
    }
}

fn lines(pairs: &[(Category, &str)]) -> [String; 7] {
    let mut l: [String; 7] = Default::default();
    for (c, text) in pairs {
        l[*c as usize] = (*text).to_owned();
    }
    l
}

#[test]
fn a_budget_form_writes_its_scope_s_one_record_and_its_lines_in_fen() {
    let mut x = Fixture::new();
    let draft = BudgetDraft {
        lines: lines(&[(Category::Venue, "1,200"), (Category::Food, "0")]),
        ..BudgetDraft::for_scope(Scope::Activity { activity: x.fair })
    };
    let id = x.set_budget(&draft);
    assert_eq!(id, Scope::Activity { activity: x.fair }.budget_id());
    let b = budget(&x.book, id).unwrap();
    assert_eq!(b.lines[Category::Venue as usize], Some(120_000));
    assert_eq!(b.lines[Category::Food as usize], Some(0));
    assert_eq!(b.lines[Category::Prizes as usize], None);
    assert_eq!((b.semester, b.unit), (None, None));
    assert_eq!(BudgetDraft::from_budget(&b).lines[Category::Venue as usize], "1200.00");
    assert_eq!(BudgetDraft::from_budget(&b).validate(&x.book).unwrap().0, id);
    // The same scope typed again names the same record.
    let again = BudgetDraft {
        lines: lines(&[(Category::Prizes, "300")]),
        ..BudgetDraft::for_scope(Scope::Activity { activity: x.fair })
    };
    let (same, fields) = again.validate(&x.book).unwrap();
    assert_eq!(same, id);
    let kept = onto_existing(fields);
    assert!(kept.iter().all(|(name, _)| name != "venue" && name != "semester"));
    assert!(kept.contains(&f("prizes", json!(30_000))));
}

#[test]
fn a_budget_form_puts_each_problem_on_its_field() {
    let x = Fixture::new();
    let error = |draft: BudgetDraft, field: &str| {
        let e = draft.validate(&x.book).unwrap_err();
        crate::forms::error_of(&e, field).unwrap_or_else(|| panic!("no error on {field}: {e:?}"))
    };
    let unit = BudgetDraft::for_scope(Scope::Unit { semester: x.semester, unit: x.unit });
    assert_eq!(error(unit.clone(), "venue"), FormError::Required, "at least one line");
    assert_eq!(
        error(BudgetDraft { lines: lines(&[(Category::Food, "12,5")]), ..unit.clone() }, "food"),
        FormError::AmbiguousAmount
    );
    assert_eq!(
        error(BudgetDraft { lines: lines(&[(Category::Food, "$5")]), ..unit.clone() }, "food"),
        FormError::OtherCurrency
    );
    assert_eq!(
        error(BudgetDraft { unit: String::new(), lines: lines(&[(Category::Food, "5")]), ..unit.clone() }, "unit"),
        FormError::Required
    );
    assert_eq!(
        error(BudgetDraft { scope: "union".into(), semester: String::new(), ..unit.clone() }, "semester"),
        FormError::Required
    );
    assert_eq!(error(BudgetDraft { scope: "activity".into(), ..unit.clone() }, "activity"), FormError::Required);
    // A unit's budget and the union's of one semester are two records; an activity's names no semester.
    let with_line = |d: BudgetDraft| BudgetDraft { lines: lines(&[(Category::Food, "5")]), ..d };
    let (a, _) = with_line(unit).validate(&x.book).unwrap();
    let (b, fields) =
        with_line(BudgetDraft::for_scope(Scope::Union { semester: x.semester })).validate(&x.book).unwrap();
    assert_ne!(a, b);
    assert!(fields.contains(&f("unit", Value::Null)));
}

#[test]
fn an_activity_s_budget_meets_its_expenses_sponsors_and_participants() {
    let mut x = Fixture::new();
    let fair = x.fair;
    x.set_budget(&BudgetDraft {
        lines: lines(&[(Category::Venue, "500"), (Category::Printing, "300"), (Category::Food, "200")]),
        ..BudgetDraft::for_scope(Scope::Activity { activity: fair })
    });
    x.expense("2026-11-01", 28_000, "printing", Some(x.unit), Some(fair));
    x.expense("2026-11-07", 25_050, "food", Some(x.unit), Some(fair));
    x.expense("2026-11-07", 10_000, "", None, Some(fair));
    x.expense("2026-11-07", 99_999, "venue", Some(x.unit), None);
    for (form, status, fen) in
        [("cash", "received", 300_000), ("in_kind", "fulfilled", 50_000), ("cash", "signed", 70_000)]
    {
        let id = x.ids.new_id();
        x.put(
            id,
            SPONSORSHIP,
            vec![
                f("activity", json!(fair.to_string())),
                f("form", json!(form)),
                f("status", json!(status)),
                f("amount", json!(fen)),
            ],
        );
    }
    let fig = activity_figures(&x.book, fair).unwrap();
    let cny = |t: &Totals| t.get(Currency::Cny);
    assert_eq!(cny(&fig.against.line(Category::Printing).variance()), 2_000);
    assert_eq!(cny(&fig.against.line(Category::Food).variance()), -5_050, "overspent");
    assert_eq!(cny(&fig.against.line(Category::Other).actual), 10_000, "no category is other");
    assert_eq!(fig.against.line(Category::Venue).actual, Totals::default(), "not the fair's");
    assert_eq!(cny(&fig.against.budgeted()), 100_000);
    assert_eq!(cny(&fig.against.actual()), 63_050);
    assert_eq!(cny(&fig.against.variance()), 36_950);
    assert_eq!((cny(&fig.cash), cny(&fig.in_kind)), (300_000, 50_000));
    assert_eq!(fig.participants, Actual::Counted(460));
    assert_eq!(cny(fig.per_participant.as_ref().unwrap()), 137, "630.50 over 460 is 1.37");
    // An attendance list, once marked, counts instead of the head count.
    let (a, b) = (x.ids.new_id(), x.ids.new_id());
    x.put(fair, ACTIVITY, vec![mark_field(a, Some(Mark::Present)), mark_field(b, Some(Mark::Absent))]);
    let fig = activity_figures(&x.book, fair).unwrap();
    assert_eq!(fig.participants, Actual::FromList(1));
    assert_eq!(cny(fig.per_participant.as_ref().unwrap()), 63_050);
    // Nobody came, or nobody counted: no cost per participant, and no division by zero.
    x.put(fair, ACTIVITY, vec![mark_field(a, Some(Mark::Absent))]);
    assert_eq!(activity_figures(&x.book, fair).unwrap().per_participant, None);
    let lone = x.ids.new_id();
    x.put(lone, ACTIVITY, vec![f("title", json!("读书会"))]);
    let fig = activity_figures(&x.book, lone).unwrap();
    assert_eq!((fig.participants, fig.per_participant), (Actual::Unknown, None));
    assert_eq!(activity_figures(&x.book, x.unit), None);
}

#[test]
fn a_semester_s_rows_are_the_union_the_units_that_spent_or_budgeted_and_its_activities() {
    let mut x = Fixture::new();
    let (s, u, fair) = (x.semester, x.unit, x.fair);
    let other_unit = x.ids.new_id();
    x.put(other_unit, UNIT, vec![f("name_zh", json!("宣传部"))]);
    x.set_budget(&BudgetDraft {
        lines: lines(&[(Category::Printing, "800")]),
        ..BudgetDraft::for_scope(Scope::Unit { semester: s, unit: u })
    });
    x.set_budget(&BudgetDraft {
        lines: lines(&[(Category::Food, "100")]),
        ..BudgetDraft::for_scope(Scope::Activity { activity: fair })
    });
    x.expense("2026-10-01", 30_000, "printing", Some(u), None);
    x.expense("2027-03-01", 70_000, "printing", Some(u), None); // the next semester
    x.expense("2026-10-02", 5_000, "food", Some(other_unit), None);
    let rows = semester_rows(&x.book, Some(s));
    let scopes: Vec<Scope> = rows.iter().map(|r| r.scope).collect();
    assert_eq!(scopes[0], Scope::Union { semester: s });
    assert!(scopes.contains(&Scope::Unit { semester: s, unit: u }));
    assert!(scopes.contains(&Scope::Unit { semester: s, unit: other_unit }), "spent without a budget");
    assert_eq!(scopes.last(), Some(&Scope::Activity { activity: fair }));
    let unit_row = rows.iter().find(|r| r.scope == Scope::Unit { semester: s, unit: u }).unwrap();
    assert_eq!(unit_row.against.variance().get(Currency::Cny), 50_000);
    assert_eq!(rows[0].against.actual().get(Currency::Cny), 35_000, "the union's is every expense of the semester");
    assert_eq!(rows[0].budget, None);
    assert_eq!(of_semester(&x.book, Some(s)).len(), 2);
    assert_eq!(of_semester(&x.book, None).len(), 2);
    // With no semester chosen, every budget and nothing else.
    assert_eq!(semester_rows(&x.book, None).len(), 2);
    // A deleted budget is gone from the lists.
    let stamp = x.clock.tick(9);
    x.book.set_deleted(Scope::Activity { activity: fair }.budget_id(), true, stamp);
    assert_eq!(of_semester(&x.book, Some(s)).len(), 1);
}

fn blank(i: usize) -> Expense {
    Expense {
        id: RecordId::well_known((i % 200) as u8),
        date: None,
        amount: None,
        category: None,
        what: String::new(),
        unit: None,
        activity: None,
        payee: String::new(),
        paid_by: crate::money::model::PaidBy::Union,
        receipt_number: String::new(),
        receipt_filed: false,
        approved_by: None,
        reimbursed_on: None,
        note: String::new(),
    }
}

/// One random expense: category index (7 = none), amount or none, currency index.
fn expense_strategy() -> impl Strategy<Value = (usize, Option<i64>, usize)> {
    (0usize..8, proptest::option::weighted(0.95, 0..=crate::money::amount::MAX_MINOR), 0usize..4)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn variance_and_totals_equal_a_plain_integer_model(
        lines in proptest::array::uniform7(proptest::option::of(0..=crate::money::amount::MAX_MINOR)),
        budget_currency in 0usize..4,
        spent in proptest::collection::vec(expense_strategy(), 0..3_000),
    ) {
        let currency = Currency::ALL[budget_currency];
        let b = Budget { id: RecordId::well_known(9), semester: None, unit: None, activity: None, currency, lines, note: String::new() };
        let expenses: Vec<Expense> = spent
            .iter()
            .enumerate()
            .map(|(i, (c, minor, cur))| Expense {
                category: Category::ALL.get(*c).copied(),
                amount: minor.map(|m| Amount { minor: m, currency: Currency::ALL[*cur] }),
                ..blank(i)
            })
            .collect();
        let got = Against::new(Some(&b), &expenses);
        // The model: plain i128 sums per (category, currency).
        let mut model = [[0i128; 4]; 7];
        for (c, minor, cur) in &spent {
            if let Some(m) = minor {
                model[(*c).min(6)][*cur] += i128::from(*m);
            }
        }
        let mut total = [0i128; 4];
        for c in 0..7 {
            let planned = i128::from(lines[c].unwrap_or(0));
            for cur in 0..4 {
                let budgeted = if cur == budget_currency { planned } else { 0 };
                let line = got.line(Category::ALL[c]);
                prop_assert_eq!(i128::from(line.actual.get(Currency::ALL[cur])), model[c][cur]);
                prop_assert_eq!(i128::from(line.variance().get(Currency::ALL[cur])), budgeted - model[c][cur]);
                total[cur] += budgeted - model[c][cur];
            }
        }
        let planned: i128 = lines.iter().flatten().map(|m| i128::from(*m)).sum();
        for (cur, left) in total.iter().enumerate() {
            let currency = Currency::ALL[cur];
            prop_assert_eq!(i128::from(got.variance().get(currency)), *left);
            prop_assert_eq!(i128::from(got.budgeted().get(currency)), if cur == budget_currency { planned } else { 0 });
        }
    }
}
