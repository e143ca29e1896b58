//! What each field of each kind is called, in both languages, wherever the app names a field
//! outside its own form: the import preview's changed fields ("张三: Phone"), a conflict, the
//! import history. Pure; a test walks every kind's schema so no field can be added without a
//! name. Forms keep their own, longer labels ("Gender (optional)") in `locales/`.

use crate::locale::Lang;

/// `(kind, field, English, Chinese)`: `kind` empty for a name that means the same in every
/// kind; a kind's own entry wins over it.
const LABELS: &[(&str, &str, &str, &str)] = &[
    ("", "active", "Active", "在运作"),
    ("", "activity", "Activity", "活动"),
    ("", "advanced_by", "Advanced by", "垫付人"),
    ("", "agenda", "Agenda", "议程"),
    ("", "agreed_on", "Agreed on", "达成意向日期"),
    ("", "amount", "Amount", "金额"),
    ("", "applied", "Applied on", "报名日期"),
    ("", "appraisal", "Appraisal", "评比"),
    ("", "approved_by", "Approved by", "审批人"),
    ("", "approved_on", "Approved on", "批准日期"),
    ("", "authors", "Authors", "作者"),
    ("", "authors_typed", "Authors (typed)", "作者（手填）"),
    ("", "award_kind", "Kind of award", "奖项类型"),
    ("", "awarded", "Rooms awarded", "获奖宿舍"),
    ("", "awarded_by", "Awarded by", "颁奖单位"),
    ("", "awards", "Awards", "奖项数"),
    ("", "bands", "Bands", "等级"),
    ("", "brought_by", "Brought in by", "联系人（我方）"),
    ("", "building", "Building", "宿舍楼"),
    ("", "buildings", "Buildings", "宿舍楼"),
    ("", "cadence", "Cadence", "汇报周期"),
    ("", "cancelled_on", "Cancelled on", "取消日期"),
    ("", "category", "Category", "类别"),
    ("", "chair", "Chair", "主持人"),
    ("", "checked_by", "Checked by", "检查人"),
    ("", "class", "Class", "班级"),
    ("", "class_major", "Class and major", "班级与专业"),
    ("", "comment", "Comment", "评语"),
    ("", "contact", "Contact", "联系人"),
    ("", "contacting_on", "Contact began on", "开始联系日期"),
    ("", "counted", "Head count", "实到人数"),
    ("", "criteria", "Criteria", "评选标准"),
    ("", "currency", "Currency", "币种"),
    ("", "date", "Date", "日期"),
    ("", "decided", "Decided on", "决定日期"),
    ("", "decisions", "Decisions", "决议"),
    ("", "declined_from", "Declined at", "未录用阶段"),
    ("", "deleted", "Deleted", "已删除"),
    ("", "description", "What it does", "职能"),
    ("", "device", "Phone", "手机"),
    ("", "doc_kind", "Kind of document", "文件类型"),
    ("", "done", "Done", "已完成"),
    ("", "done_on", "Done on", "完成日期"),
    ("", "door", "Door", "入口"),
    ("", "dorm", "Dormitory room", "宿舍"),
    ("", "due", "Due", "截止日期"),
    ("", "edition", "Edition", "届次"),
    ("", "editors", "Editors", "编辑"),
    ("", "email", "E-mail", "电子邮箱"),
    ("", "end_date", "Ends on", "结束日期"),
    ("", "ends", "Ends on", "结束日期"),
    ("", "evaluator", "Evaluator", "考评人"),
    ("", "expected", "Expected", "应到人数"),
    ("", "fix_by", "Fix by", "整改期限"),
    ("", "floor", "Floor", "楼层"),
    ("", "food", "Food", "餐饮"),
    ("", "form", "Cash or in kind", "形式"),
    ("", "founded", "Founded on", "成立日期"),
    ("", "frequency", "Frequency", "出版周期"),
    ("", "from", "From", "开始日期"),
    ("", "fulfilled_on", "Fulfilled on", "履约完成日期"),
    ("", "gender", "Gender", "性别"),
    ("", "goods", "Goods", "物品"),
    ("", "grace_days", "Days of grace", "宽限天数"),
    ("", "half", "Half of the year", "学期"),
    ("", "held_on", "Held on", "举办日期"),
    ("", "highlights", "Highlights", "亮点"),
    ("", "inspected", "Inspected", "已检查"),
    ("", "inspector", "Inspector", "检查人"),
    ("", "inspectors", "Inspectors", "检查人"),
    ("", "interview_notes", "Interview notes", "面试记录"),
    ("", "interview_score", "Interview score", "面试成绩"),
    ("", "interviewers", "Interviewers", "面试官"),
    ("", "invited", "Expected", "应到"),
    ("", "issue", "Issue", "刊期"),
    ("", "items", "Items", "检查项目"),
    ("", "judge", "Judge", "评委"),
    ("", "judges", "Judges", "评委"),
    ("", "leads", "In charge", "负责人"),
    ("", "lessons", "Lessons", "不足与改进"),
    ("", "level", "Level", "级别"),
    ("", "link", "Link", "链接"),
    ("", "list", "List", "名单"),
    ("", "location", "Kept at", "存放位置"),
    ("", "major", "Major", "专业"),
    ("", "materials", "Materials", "物资"),
    ("", "max_score", "Highest score", "满分"),
    ("", "medium", "Medium", "宣传形式"),
    ("", "meeting_kind", "Kind of meeting", "会议类型"),
    ("", "member", "Member", "成员"),
    ("", "method", "Method", "评选方式"),
    ("", "minute_taker", "Minutes taken by", "记录人"),
    ("", "minutes", "Minutes", "会议记录"),
    ("", "name", "Name", "名称"),
    ("member", "name", "Name", "姓名"),
    ("student", "name", "Name", "姓名"),
    ("candidate", "name", "Name", "姓名"),
    ("", "name_en", "Name in English", "英文名称"),
    ("", "name_zh", "Name in Chinese", "中文名称"),
    ("", "next_steps", "Next steps", "下一步计划"),
    ("", "nominees", "Nominees", "候选人"),
    ("", "note", "Note", "备注"),
    ("", "notes", "Notes", "备注"),
    ("", "number", "Number", "编号"),
    ("term", "number", "Term number", "届数"),
    ("room", "number", "Room number", "房间号"),
    ("publication_issue", "number", "Issue number", "期号"),
    ("goal", "number", "Number", "序号"),
    ("", "of", "Belongs to", "所属"),
    ("", "officer", "Officer", "干部姓名"),
    ("", "opened", "Opened on", "开始日期"),
    ("", "order", "Order", "顺序"),
    ("", "other", "Other", "其他"),
    ("", "outcome", "Outcome", "成效"),
    ("", "outlet", "Where published", "发布平台"),
    ("", "owner", "Owner", "负责人"),
    ("", "pages", "Pages", "页码"),
    ("", "paid_by", "Paid by", "付款方"),
    ("", "payee", "Paid to", "收款方"),
    ("", "people", "People", "人员"),
    ("", "period", "Period", "时期"),
    ("", "period_start", "Period starts", "周期起始日"),
    ("", "periodical", "Periodical", "刊物"),
    ("", "phone", "Phone", "电话"),
    ("", "places", "Places", "名额"),
    ("", "planned_on", "Planned on", "策划日期"),
    ("", "position", "Position", "职务"),
    ("", "preparing_on", "Preparation began on", "开始筹备日期"),
    ("", "printing", "Printing and publicity", "印刷宣传"),
    ("", "prize", "Prize", "奖项"),
    ("", "prizes", "Prizes", "奖品"),
    ("", "problems", "Problems", "存在问题"),
    ("", "progress", "Progress", "进展"),
    ("", "promise_booth", "Booth promised", "承诺：展位"),
    ("", "promise_logo", "Logo promised", "承诺：标志"),
    ("", "promise_mention", "Mention promised", "承诺：鸣谢"),
    ("", "promise_other", "Other promise", "承诺：其他"),
    ("", "promise_other_text", "Other promise (what)", "其他承诺内容"),
    ("", "published_on", "Published on", "出版日期"),
    ("", "qq", "QQ", "QQ"),
    ("", "reason", "Reason", "原因"),
    ("", "receipt_filed", "Receipt filed", "票据已归档"),
    ("", "receipt_number", "Receipt number", "票据号"),
    ("", "received_by", "Received by", "经手人"),
    ("", "received_on", "Received on", "到账日期"),
    ("", "recheck", "To check again", "需复查"),
    ("", "recipient", "Recipient", "获奖者"),
    ("", "reimbursed_on", "Paid back on", "报销日期"),
    ("", "residents", "Residents", "住宿学生"),
    ("", "residents_typed", "Residents (typed)", "住宿学生（手填）"),
    ("", "role", "Role", "作用"),
    ("", "room", "Room", "宿舍"),
    ("", "rooms", "Rooms", "宿舍"),
    ("", "round", "Round", "轮次"),
    ("", "rubric", "Rubric", "检查标准"),
    ("", "rubric_copy", "Rubric of the round", "本轮检查标准"),
    ("", "sample", "Sample union", "示例学生会"),
    ("", "scope", "Scope", "范围"),
    ("", "section", "Section", "部分"),
    ("", "selection", "Selection", "评选"),
    ("", "semester", "Semester", "学期"),
    ("", "series", "Series", "系列"),
    ("", "signed_on", "Signed on", "签约日期"),
    ("", "since", "Counted from", "起算日期"),
    ("", "source", "From", "来源"),
    ("", "sponsor", "Sponsor", "赞助方"),
    ("", "stage", "Stage", "阶段"),
    ("", "start_year", "Academic year starting in", "学年起始年份"),
    ("", "starts", "Starts on", "开始日期"),
    ("", "starts_at", "Starts at", "开始时间"),
    ("", "status", "Status", "状态"),
    ("", "student_id", "Student id", "学号"),
    ("", "subject", "Who is evaluated", "被考评人"),
    ("", "submitted_by", "Submitted by", "提交人"),
    ("", "submitted_on", "Submitted on", "提交日期"),
    ("", "summarised_on", "Summarised on", "总结日期"),
    ("", "term", "Term", "届次"),
    ("", "test_score", "Initial test score", "初试成绩"),
    ("", "text", "Text", "正文"),
    ("goal", "text", "Plan", "计划"),
    ("", "theme", "Theme", "主题"),
    ("", "threshold", "Pass mark", "合格线"),
    ("", "title", "Title", "名称"),
    ("", "to", "To", "结束日期"),
    ("", "topic", "Topic", "主题"),
    ("", "trainer", "Trainer", "培训人"),
    ("", "transport", "Transport", "交通"),
    ("", "unit", "Unit", "部门"),
    ("", "unit_kind", "Kind", "类型"),
    ("", "units", "Units", "部门"),
    ("", "venue", "Venue", "场地"),
    ("", "version", "Version", "版本"),
    ("", "wechat", "WeChat", "微信"),
    ("", "what", "What it was for", "用途"),
    ("", "winners", "Winners", "获奖者"),
    ("", "withdrawn_on", "Withdrawn on", "撤回日期"),
    ("", "work_done", "Work done", "工作内容"),
    ("", "year", "Year of entry", "入学年份"),
];

/// The names of the families of fields named after another record (`mark:<id>`).
const PREFIXED: &[(&str, &str, &str, &str)] = &[
    ("", "mark:", "Attendance", "考勤"),
    ("", "at:", "Arrival", "签到时间"),
    ("", "reason:", "Excuse", "请假原因"),
    ("", "score:", "Scores", "评分"),
    ("", "fault:", "Faults", "扣分项"),
    ("", "quota:", "Quota", "名额"),
    ("", "vote:", "Votes", "投票"),
];

fn pick(
    entries: &'static [(&str, &str, &str, &str)],
    kind: &str,
    matches: impl Fn(&str) -> bool,
) -> Option<&'static (&'static str, &'static str, &'static str, &'static str)> {
    entries
        .iter()
        .find(|e| e.0 == kind && matches(e.1))
        .or_else(|| entries.iter().find(|e| e.0.is_empty() && matches(e.1)))
}

/// What a field of a record of `kind` is called in `lang`; `None` for a field no kind of this
/// app has (a newer app's).
pub fn field_label(kind: &str, field: &str, lang: Lang) -> Option<&'static str> {
    let entry = pick(LABELS, kind, |name| name == field)
        .or_else(|| pick(PREFIXED, kind, |prefix| field.starts_with(prefix)))?;
    Some(lang.pick(entry.3, entry.2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_of_every_kind_has_a_label_in_each_language() {
        let mut missing = Vec::new();
        for schema in crate::kinds::ALL {
            let fields = schema.fields.iter().map(|(name, _)| name.to_string());
            let prefixed = schema.prefixed.iter().map(|(prefix, _)| format!("{prefix}0000000000000001"));
            for field in fields.chain(prefixed) {
                for lang in Lang::ALL {
                    match field_label(schema.kind, &field, lang) {
                        Some(label) if !label.is_empty() => {}
                        _ => missing.push(format!("{}.{field} ({lang:?})", schema.kind)),
                    }
                }
            }
        }
        assert!(missing.is_empty(), "no label for {missing:?}");
        for entry in LABELS.iter().chain(PREFIXED) {
            assert!(entry.3.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) || entry.3 == "QQ", "{entry:?}");
            assert!(entry.2.is_ascii(), "{entry:?}");
        }
    }

    #[test]
    fn a_kinds_own_label_wins_over_the_common_one() {
        assert_eq!(field_label("member", "name", Lang::Zh), Some("姓名"));
        assert_eq!(field_label("unit", "name", Lang::Zh), Some("名称"));
        assert_eq!(field_label("activity", "mark:0000000000000001", Lang::En), Some("Attendance"));
        assert_eq!(field_label("gadget", "warp_speed", Lang::En), None);
    }
}
