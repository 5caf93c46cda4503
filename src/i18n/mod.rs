//! Interface strings in Chinese and English, and the language-aware formatting of figures.

pub mod format;

use crate::data::schema::{Label, Node, Tier};
use std::str::FromStr;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// Picks the Chinese or English text of a bilingual pair.
    pub fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    /// The colon after a label ("数据来源:" / "Source: "). Chinese text here follows the source's
    /// marks: the same characters, with no space after them.
    pub fn colon(self) -> &'static str {
        self.pick(":", ": ")
    }

    /// The comma between the parts of a sentence.
    pub fn comma(self) -> &'static str {
        self.pick(",", ", ")
    }

    /// The mark between the items of a list of figures.
    pub fn semicolon(self) -> &'static str {
        self.pick(";", "; ")
    }

    pub fn node(self, n: &Node) -> &str {
        self.pick(n.zh, n.en)
    }

    pub fn label(self, l: &Label) -> &str {
        self.pick(l.zh, l.en)
    }
}

impl FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "zh" => Ok(Lang::Zh),
            "en" => Ok(Lang::En),
            _ => Err(format!("unknown language \"{s}\" (expected zh or en)")),
        }
    }
}

/// Every word of the interface. A string missing in one language fails to compile.
pub struct Strings {
    pub kicker: &'static str,
    pub chain_heading: &'static str,
    pub tier_names: [&'static str; 3],
    pub tier_parts: [&'static str; 3],
    pub no_figures: &'static str,
    pub close: &'static str,
    pub details_figures: &'static str,
    pub details_companies: &'static str,
    pub details_no_companies: &'static str,
    pub details_growth_computed: &'static str,
    pub selected: &'static str,
    pub table_heading: &'static str,
    pub table_caption: &'static str,
    pub col_node: &'static str,
    pub col_metric: &'static str,
    pub col_unit: &'static str,
    pub other_figures: &'static str,
    pub col_figure: &'static str,
    pub col_when: &'static str,
    pub col_value: &'static str,
    pub col_source: &'static str,
    pub legend_actual: &'static str,
    pub legend_forecast: &'static str,
    pub overview: &'static str,
    pub upstream_compared: &'static str,
    /// `#` stands for the index's base year (the first year every upstream series has in view).
    pub upstream_indexed: &'static str,
    pub mode_absolute: &'static str,
    pub mode_index: &'static str,
    pub split_title: &'static str,
    pub provinces_title: &'static str,
    pub provinces_note: &'static str,
    pub downstream_title: &'static str,
    pub hidden_by_filter: &'static str,
    pub embed: &'static str,
    pub embed_help: &'static str,
    pub embed_chart_help: &'static str,
    pub copy: &'static str,
    pub segment: &'static str,
    pub all_segments: &'static str,
    pub download: &'static str,
    pub copied: &'static str,
    pub legend_qualifiers: &'static str,
    pub csv_all: &'static str,
    pub csv_view: &'static str,
    /// The share control.
    pub share: &'static str,
    /// The citation's control, and what the citation calls the widget and its data file's date.
    pub cite: &'static str,
    /// A figure changed after publication: "更正", and what it was before.
    pub correction: &'static str,
    pub was: &'static str,
    pub graphic: &'static str,
    pub version: &'static str,
    pub source_line: &'static str,
    /// Before a report's title: "报告" / "Report".
    pub report: &'static str,
    pub reports: &'static str,
    /// Before a chart's annotations in its summary and table: "注" / "Note".
    pub note: &'static str,
    pub credit: &'static str,
    pub skip_to_tables: &'static str,
    pub other_lang: &'static str,
    pub filters: &'static str,
    pub tiers: &'static str,
    pub years: &'static str,
    pub year_from: &'static str,
    pub year_to: &'static str,
    pub forecasts: &'static str,
    pub reset: &'static str,
    pub theme: &'static str,
    pub theme_names: [&'static str; 3],
    pub chart_empty: &'static str,
    pub show_data: &'static str,
    pub show_tables: &'static str,
    pub notice_ignored: &'static str,
    pub dismiss: &'static str,
    pub map_hint: &'static str,
}

pub const ZH: Strings = Strings {
    kicker: "产业链图谱",
    chain_heading: "产业链",
    tier_names: ["上游", "中游", "下游"],
    tier_parts: ["零部件", "AI服务器", "应用"],
    no_figures: "来源未给出数据",
    close: "关闭",
    details_figures: "数据",
    details_companies: "文中提及的企业",
    details_no_companies: "来源未点名企业。",
    details_growth_computed: "年均复合增长率(本图计算)",
    selected: "已选择",
    table_heading: "全部数据",
    table_caption: "各环节按年份的数据(E为预测;约、超过、接近照录来源)",
    col_node: "环节",
    col_metric: "指标",
    col_unit: "单位",
    other_figures: "其他数据",
    col_figure: "指标",
    col_when: "时间",
    col_value: "数值",
    col_source: "来源",
    legend_actual: "实际值",
    legend_forecast: "预测值(E)",
    overview: "概览",
    upstream_compared: "上游零部件市场规模对比(亿元)",
    upstream_indexed: "上游零部件市场规模指数(#年=100,本图计算)",
    mode_absolute: "规模",
    mode_index: "指数",
    split_title: "AI服务器市场结构:训练型与推理型",
    provinces_title: "AI服务器相关A股上市企业:按省份",
    provinces_note: "来源仅给出广东省与北京市的数量。",
    downstream_title: "下游:互联网、电信与数据中心",
    hidden_by_filter: "该环节已被筛选隐藏。",
    embed: "嵌入代码",
    embed_help: "把下面任一段代码粘贴到文章中,即嵌入当前视图(含筛选与所选环节)。embed.js 与 Pym.js 会让嵌入框随内容自动调整高度。",
    embed_chart_help: "把下面任一段代码粘贴到文章中,即单独嵌入这张图表(含当前筛选)。",
    copy: "复制",
    segment: "环节",
    all_segments: "全部环节",
    download: "下载",
    copied: "已复制",
    legend_qualifiers: "≈ 约  > 超过  ~ 接近",
    csv_all: "下载全部数据(CSV)",
    csv_view: "下载当前视图(CSV)",
    share: "分享此视图",
    cite: "引用本图",
    correction: "更正",
    was: "原为",
    graphic: "交互图表",
    version: "数据版本",
    source_line: "数据来源",
    report: "报告",
    reports: "报告",
    note: "注",
    credit: "整理:",
    skip_to_tables: "跳至数据表",
    other_lang: "English",
    filters: "筛选",
    tiers: "环节",
    years: "年份",
    year_from: "起",
    year_to: "止",
    forecasts: "显示预测",
    reset: "重置",
    theme: "主题",
    theme_names: ["浅色", "深色", "自动"],
    chart_empty: "所选年份内没有数据。",
    show_data: "显示数据表",
    show_tables: "显示表格:各环节按年份的数据与其他数据",
    notice_ignored: "链接中的部分参数无效,已忽略:",
    dismiss: "知道了",
    map_hint: "用方向键在环节间移动,回车键查看详情。",
};

pub const EN: Strings = Strings {
    kicker: "Industry-chain map",
    chain_heading: "The chain",
    tier_names: ["Upstream", "Midstream", "Downstream"],
    tier_parts: ["Components", "AI servers", "Applications"],
    no_figures: "No figures in the source",
    close: "Close",
    details_figures: "Figures",
    details_companies: "Companies the article names",
    details_no_companies: "The source names no companies.",
    details_growth_computed: "compound annual growth (computed here)",
    selected: "Selected",
    table_heading: "All the data",
    table_caption:
        "Figures by segment and year (E: forecast; about, over and nearly as the source states)",
    col_node: "Segment",
    col_metric: "Figure",
    col_unit: "Unit",
    other_figures: "Other figures",
    col_figure: "Figure",
    col_when: "When",
    col_value: "Value",
    col_source: "Source",
    legend_actual: "Actual",
    legend_forecast: "Forecast (E)",
    overview: "Overview",
    upstream_compared: "Upstream parts: market size compared (CNY bn)",
    upstream_indexed: "Upstream parts: market size as an index (# = 100, computed here)",
    mode_absolute: "Size",
    mode_index: "Index",
    split_title: "The AI-server market: training and inference servers",
    provinces_title: "A-share listed AI-server companies by province",
    provinces_note: "The source gives counts for Guangdong and Beijing only.",
    downstream_title: "Downstream: internet, telecom and data centres",
    hidden_by_filter: "This segment is hidden by the filters.",
    embed: "Embed",
    embed_help: "Paste one of these codes into an article to embed this view (its filters and selection included). With embed.js or Pym.js the frame follows the widget's height.",
    embed_chart_help: "Paste one of these codes into an article to embed this chart alone, as it is filtered now.",
    copy: "Copy",
    segment: "Segment",
    all_segments: "All segments",
    download: "Download",
    copied: "Copied",
    legend_qualifiers: "≈ about  > over  ~ nearly",
    csv_all: "Download all data (CSV)",
    csv_view: "Download this view (CSV)",
    share: "Share this view",
    cite: "Cite this graphic",
    correction: "Correction",
    was: "was",
    graphic: "interactive graphic",
    version: "data version",
    source_line: "Source",
    report: "Report",
    reports: "Reports",
    note: "Note",
    credit: "Compiled by ",
    skip_to_tables: "Skip to the data tables",
    other_lang: "中文",
    filters: "Filters",
    tiers: "Tiers",
    years: "Years",
    year_from: "From",
    year_to: "To",
    forecasts: "Show forecasts",
    reset: "Reset",
    theme: "Theme",
    theme_names: ["Light", "Dark", "Auto"],
    chart_empty: "No figures in the chosen years.",
    show_data: "Show the data table",
    show_tables: "Show the tables: figures by segment and year, and other figures",
    notice_ignored: "Some settings in the link were not valid and were ignored:",
    dismiss: "Dismiss",
    map_hint: "Arrow keys move between segments; Enter opens one.",
};

pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

/// An English name as it reads inside a sentence: "Memory chips" becomes "memory chips", while a
/// name that begins with an acronym ("GPUs", "AI servers") keeps its capitals.
pub fn mid_sentence(name: &str) -> String {
    let mut s = name.to_owned();
    let b = name.as_bytes();
    if b.len() > 1 && b[0].is_ascii_uppercase() && b[1].is_ascii_lowercase() {
        if let Some(first) = s.get_mut(..1) {
            first.make_ascii_lowercase();
        }
    }
    s
}

pub fn tier_index(t: Tier) -> usize {
    match t {
        Tier::Upstream => 0,
        Tier::Midstream => 1,
        Tier::Downstream => 2,
    }
}

/// The one-sentence summary of a series chart, also its accessible description:
/// "GPU市场规模从2023年的807亿元增至2026年的接近1300亿元(预测)。"
pub fn series_summary(
    subject: &str,
    first: &crate::data::schema::Fact,
    last: &crate::data::schema::Fact,
    lang: Lang,
) -> String {
    use crate::data::schema::Kind;
    use format::value;
    let y0 = first.year.unwrap_or(0);
    let y1 = last.year.unwrap_or(0);
    let (v0, v1) = (
        value(first.value, first.unit, first.qualifier, lang),
        value(last.value, last.unit, last.qualifier, lang),
    );
    let up = last.value.to_f64() >= first.value.to_f64();
    let projected = last.kind != Kind::Actual;
    match lang {
        Lang::Zh => format!(
            "{subject}从{y0}年的{v0}{}至{y1}年的{v1}{}。",
            if up { "增" } else { "降" },
            if projected { "(预测)" } else { "" }
        ),
        Lang::En => format!(
            "{subject}: {} from {v0} in {y0} to {v1} in {y1}{}.",
            if up { "up" } else { "down" },
            if projected { " (forecast)" } else { "" }
        ),
    }
}
