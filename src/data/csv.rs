//! The CSV download: one row per value of the source, in the columns design.md promises.

use super::schema::Fact;
use super::{credit, node_index, report, DATASET};
use crate::i18n::format::number;

pub const HEADER: &str =
    "tier,node,metric,category,year,period,value,unit,kind,qualifier,source,report";

/// UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese correctly.
pub fn csv<'a>(facts: impl Iterator<Item = &'a Fact>) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(HEADER);
    out.push_str("\r\n");
    for f in facts {
        let tier = node_index(f.node).map_or("", |i| DATASET.nodes[i].tier.as_str());
        let year = f.year.map(|y| y.to_string()).unwrap_or_default();
        let cells = [
            tier,
            f.node,
            f.metric,
            f.category,
            &year,
            f.period,
            &number(f.value, false),
            f.unit.as_str(),
            f.kind.as_str(),
            f.qualifier.as_str(),
            &credit(f, true),
            report(f).map_or("", |r| r.zh),
        ];
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            push_cell(&mut out, cell);
        }
        out.push_str("\r\n");
    }
    out
}

/// Quotes a cell when it holds a separator, a quote or a line break (RFC 4180).
fn push_cell(out: &mut String, cell: &str) {
    if cell.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&cell.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(cell);
    }
}

/// A `data:` URL holding `text` (percent-encoded UTF-8), so a download needs no Blob and no request.
pub fn data_url(mime: &str, text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = format!("data:{mime},");
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
    }
    out
}
