use super::*;

fn s(items: &[&str]) -> Vec<String> {
    items.iter().map(|x| (*x).to_owned()).collect()
}

#[test]
fn lists_read_as_each_language_writes_them() {
    assert_eq!(list(Lang::Zh, &s(&["学习部", "生活部", "文艺部"])), "学习部、生活部和文艺部");
    assert_eq!(list(Lang::En, &s(&["Study", "Life", "Arts"])), "Study, Life and Arts");
    assert_eq!(list(Lang::Zh, &s(&["学习部"])), "学习部");
    assert_eq!(list(Lang::Zh, &[]), "");
    assert_eq!(some_of(Lang::Zh, &s(&["华为", "腾讯", "阿里", "京东"]), 3), "华为、腾讯、阿里等");
    assert_eq!(some_of(Lang::En, &s(&["A", "B", "C", "D"]), 2), "A, B and others");
}

#[test]
fn counts_carry_their_measure_word_or_noun() {
    assert_eq!(count(Lang::Zh, 4, "项", "activity", "activities"), "4项");
    assert_eq!(count(Lang::En, 4, "项", "activity", "activities"), "four activities");
    assert_eq!(count(Lang::En, 1, "项", "activity", "activities"), "one activity");
    assert_eq!(count(Lang::En, 1660, "人次", "participant", "participants"), "1,660 participants");
    assert_eq!(grouped(1_234_567), "1,234,567");
}

#[test]
fn sentences_end_once_and_english_ones_start_with_a_capital() {
    assert_eq!(
        sentence(Lang::Zh, &s(&["本学期共开展活动4项", "", "参与同学660人次"])),
        "本学期共开展活动4项，参与同学660人次。"
    );
    assert_eq!(
        sentence(Lang::En, &s(&["four activities were held", "with 660 participants"])),
        "Four activities were held, with 660 participants."
    );
    assert_eq!(finished(Lang::Zh, "观众较上届增加。"), "观众较上届增加。");
    assert_eq!(finished(Lang::Zh, "观众较上届增加，"), "观众较上届增加。");
    assert_eq!(sentence(Lang::Zh, &[]), "");
}

#[test]
fn typed_ascii_punctuation_between_chinese_becomes_full_width() {
    assert_eq!(cjk_punctuation(Lang::Zh, "华为,腾讯, 阿里(杭州)"), "华为，腾讯，阿里（杭州）");
    assert_eq!(cjk_punctuation(Lang::Zh, "3,000 people"), "3,000 people");
    assert_eq!(cjk_punctuation(Lang::En, "华为,腾讯"), "华为,腾讯");
    assert_eq!(quoted(Lang::Zh, "明日之星"), "“明日之星”");
    assert_eq!(quoted(Lang::Zh, "第二届“青春飞扬”演讲比赛"), "第二届“青春飞扬”演讲比赛");
}
