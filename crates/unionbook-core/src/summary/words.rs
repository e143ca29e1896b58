//! How the summary's sentences are put together in each language: lists ("A、B和C" / "A, B
//! and C"), counts with their measure words ("4项", "four activities"), a long list cut short
//! with 等 / "among them", and sentences joined into a paragraph. Pure and small, so every
//! section writes its numbers and lists one way.

use crate::locale::Lang;

/// "A、B和C" in Chinese, "A, B and C" in English; empty for nothing.
pub fn list(lang: Lang, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => {
            let (sep, and) = lang_pick(lang, ("、", "和"), (", ", " and "));
            format!("{}{and}{last}", rest.join(sep))
        }
    }
}

/// The first `shown` of `items` and what stands for the rest: "华为、腾讯、阿里巴巴等" /
/// "Huawei, Tencent, Alibaba and others". The whole list goes to the appendix.
pub fn some_of(lang: Lang, items: &[String], shown: usize) -> String {
    if items.len() <= shown {
        return list(lang, items);
    }
    let head = items[..shown].join(lang.pick("、", ", "));
    match lang {
        Lang::Zh => format!("{head}等"),
        Lang::En => format!("{head} and others"),
    }
}

fn lang_pick<T>(lang: Lang, zh: T, en: T) -> T {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// A count with its measure word in Chinese ("4项", "660人次"), or with its noun in English,
/// spelt out below ten as English prose writes it ("four activities", "660 participants").
pub fn count(lang: Lang, n: usize, measure: &str, one: &str, many: &str) -> String {
    match lang {
        Lang::Zh => format!("{n}{measure}"),
        Lang::En => format!("{} {}", english_number(n), if n == 1 { one } else { many }),
    }
}

/// A number as English prose writes it: words below ten, digits (with thousands separators)
/// from ten.
pub fn english_number(n: usize) -> String {
    const WORDS: [&str; 10] = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    match WORDS.get(n) {
        Some(w) => (*w).to_owned(),
        None => grouped(n),
    }
}

/// 12,345: digits grouped in thousands (both languages' documents write large counts so).
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// An English sentence starts with a capital letter ("four" → "Four").
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Clauses joined into one sentence: "A，B，C。" / "A, B, C." — empty clauses left out, the
/// end mark added once (a clause already ending in one keeps it).
pub fn sentence(lang: Lang, clauses: &[String]) -> String {
    let kept: Vec<&str> = clauses.iter().map(|c| c.trim()).filter(|c| !c.is_empty()).collect();
    if kept.is_empty() {
        return String::new();
    }
    let joined = kept.join(lang.pick("，", ", "));
    let joined = match lang {
        Lang::Zh => joined,
        Lang::En => capitalised(&joined),
    };
    finished(lang, &joined)
}

/// A text ending in its sentence's mark: typed text ("16名选手参赛") ends in "。" in Chinese,
/// "." in English, unless it already ends in one.
pub fn finished(lang: Lang, text: &str) -> String {
    let text = text.trim().trim_end_matches(['，', ',', '；', ';', '、']);
    // A closing quote or bracket ends a quotation, not the sentence: "……“明日之星”。"
    let ends = |c: char| "。！？.!?…".contains(c);
    match text.chars().last() {
        None => String::new(),
        Some(c) if ends(c) => text.to_owned(),
        Some(_) => format!("{text}{}", lang.pick("。", ".")),
    }
}

/// Sentences joined into a paragraph (a space between English ones).
pub fn paragraph(lang: Lang, sentences: &[String]) -> String {
    let kept: Vec<&str> = sentences.iter().map(|s| s.trim()).filter(|s| !s.is_empty()).collect();
    kept.join(lang.pick("", " "))
}

/// A name in quotation marks as the language writes them: “…” in both; a Chinese title that
/// already carries its own marks (“”《》) is left as typed.
pub fn quoted(lang: Lang, name: &str) -> String {
    let name = name.trim();
    if lang == Lang::Zh && name.contains(['“', '《', '「']) {
        return name.to_owned();
    }
    format!("“{name}”")
}

/// Text typed by officers, made fit for the document's prose: in Chinese, an ASCII comma,
/// semicolon, colon or bracket between Chinese characters becomes its full-width form.
pub fn cjk_punctuation(lang: Lang, text: &str) -> String {
    if lang != Lang::Zh {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let before = chars[..i].iter().rev().find(|c| **c != ' ').copied();
        let after = chars[i + 1..].iter().find(|c| **c != ' ').copied();
        let near_cjk = before.is_some_and(is_cjk) || after.is_some_and(is_cjk);
        let wide = match c {
            ',' => Some('，'),
            ';' => Some('；'),
            ':' => Some('：'),
            '(' => Some('（'),
            ')' => Some('）'),
            '?' => Some('？'),
            '!' => Some('！'),
            _ => None,
        };
        match wide {
            Some(w) if near_cjk => {
                out.push(w);
            }
            _ if c == ' ' && near_cjk && (before.is_some_and(is_wide_mark) || after.is_some_and(is_wide_mark)) => {}
            _ => out.push(c),
        }
    }
    out
}

/// A Chinese character (the unified ideographs and their first extension).
pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

fn is_wide_mark(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '(' | ')' | '，' | '；' | '：' | '（' | '）' | '。')
}

#[cfg(test)]
#[path = "words_tests.rs"]
mod tests;
