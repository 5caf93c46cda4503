//! The seam between the wasm-bindgen glue and the wasm, trimmed after Trunk has built both (the
//! post-build hook runs it on a release build, see `src/main.rs`). Written for wasm-bindgen
//! 0.2.130's glue as Trunk 0.22.1 minifies it (`crate::versions`), and tested on that output
//! (tests/fixture).
//!
//! wasm-bindgen names every import `__wbg_<method>_<16 hex digits>` and every closure's entry
//! point after its full Rust type, hundreds of characters long; each name is written twice, in the
//! wasm and in the glue, and the hex digits do not compress. Leptos also always compiles in
//! server_fn's browser client, whose `wasm-streams` classes the glue exports although the widget
//! never calls a server. So, in order:
//! 1. [`drop_classes`]: the glue's exported classes go (the page's only entry is `init`);
//! 2. [`keep_exports`]: the wasm keeps only the exports the glue still uses; wasm-opt then removes
//!    the code only they reached;
//! 3. [`drop_shims`]: the glue's functions for imports wasm-opt removed go; [`short_locals`],
//!    [`short_helpers`] and [`short_names`]: the glue's functions named after closures' Rust
//!    types, wasm-bindgen's helpers, and every import, import module and export but `memory`, get
//!    names of one to three characters, in the wasm and in the glue alike; the wasm's custom
//!    sections (producers, target features) go;
//! 4. [`compiled_on_load`]: the glue starts with Chromium's compile hint, so all of it is compiled
//!    off the main thread as it arrives;
//! 5. [`set_integrity`]: the page's integrity hashes are written again for the changed files.
//!
//! Each step checks what it expects to find and fails naming it, so a new wasm-bindgen whose glue
//! looks different stops the build instead of shipping a page that cannot start.

use base64::Engine;
use sha2::{Digest, Sha384};
use std::collections::BTreeSet;
use wasm_encoder::{EntityType, ExportSection, ImportSection, Module, RawSection};
use wasmparser::{Encoding, Parser, Payload};

/// The export the page's scripts and the benchmark read by name (`TrunkApplicationStarted` hands
/// out the wasm's exports): kept as it is.
pub const KEPT: &str = "memory";

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '$'
}

/// Byte offsets of `word` in `text` where it stands alone as a name: no name character on either
/// side, and not a property of something else (`x.word`).
fn occurrences(text: &str, word: &str) -> Vec<usize> {
    text.match_indices(word)
        .map(|(i, _)| i)
        .filter(|&i| {
            !text[..i].ends_with(|c| is_ident(c) || c == '.')
                && !text[i + word.len()..].starts_with(is_ident)
        })
        .collect()
}

/// The end (exclusive) of the bracketed group that opens at `open` (`{` or `(`), skipping string
/// literals; `None` when it does not close.
pub(crate) fn group_end(js: &str, open: usize) -> Option<usize> {
    let bytes = js.as_bytes();
    let (left, right) = match bytes.get(open)? {
        b'{' => (b'{', b'}'),
        b'(' => (b'(', b')'),
        _ => return None,
    };
    let mut depth = 0usize;
    let mut i = open;
    while i < bytes.len() {
        match bytes[i] {
            b'"' | b'\'' | b'`' => {
                i = literal_end(bytes, i);
                continue;
            }
            b if b == left => depth += 1,
            b if b == right => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// The end (exclusive) of the string literal whose quote is at `start`, an escaped quote inside it
/// skipped; the text's end when it does not close.
fn literal_end(bytes: &[u8], start: usize) -> usize {
    let quote = bytes[start];
    let mut i = start + 1;
    while i < bytes.len() && bytes[i] != quote {
        i += if bytes[i] == b'\\' { 2 } else { 1 };
    }
    (i + 1).min(bytes.len())
}

/// The byte ranges of the glue's string literals (quotes included; a template literal whole).
fn string_spans(js: &str) -> Vec<std::ops::Range<usize>> {
    let bytes = js.as_bytes();
    let mut spans = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if matches!(bytes[i], b'"' | b'\'' | b'`') {
            let end = literal_end(bytes, i);
            spans.push(i..end);
            i = end;
        } else {
            i += 1;
        }
    }
    spans
}

/// Whether the glue already has a name of `$` and a character that `first` accepts (`$0`, `$a`):
/// the names [`short_locals`] and [`short_helpers`] give.
fn has_dollar_name(js: &str, first: fn(char) -> bool) -> bool {
    js.match_indices('$')
        .any(|(i, _)| js[i + 1..].starts_with(first))
}

/// Removes every `export class Name{…}` from the (minified) glue, with the statement that gives it
/// `Symbol.dispose` and the declaration of its `NameFinalization` registry. Returns the glue and
/// the classes' names.
pub fn drop_classes(js: &str) -> Result<(String, Vec<String>), String> {
    const HEAD: &str = "export class ";
    let mut js = js.to_string();
    let mut names = Vec::new();
    while let Some(start) = js.find(HEAD) {
        let rest = &js[start + HEAD.len()..];
        let name: String = rest.chars().take_while(|&c| is_ident(c)).collect();
        let open = start + HEAD.len() + name.len();
        let end = match group_end(&js, open) {
            Some(end) if !name.is_empty() => end,
            _ => return Err(format!("the glue's class at byte {start} does not parse")),
        };
        js.replace_range(start..end, "");
        let dispose =
            format!("Symbol.dispose&&({name}.prototype[Symbol.dispose]={name}.prototype.free);");
        if js.matches(&dispose).count() != 1 {
            return Err(format!("the glue has no `{dispose}`"));
        }
        js = js.replacen(&dispose, "", 1);
        js = drop_declarator(&js, &format!("{name}Finalization="))?;
        names.push(name);
    }
    Ok((js, names))
}

/// Removes the declarator `lead…` (up to the end of its value, a `FinalizationRegistry` or a
/// stand-in for one) from a `let`/`const` list, with the comma that joined it to the list.
fn drop_declarator(js: &str, lead: &str) -> Result<String, String> {
    const VALUE: &str = "\"u\"<typeof FinalizationRegistry?{register:()=>{},unregister:()=>{}}:new FinalizationRegistry";
    let found = occurrences(js, lead.trim_end_matches('='));
    let start = match found.as_slice() {
        [at] if js[*at..].starts_with(&format!("{lead}{VALUE}(")) => *at,
        _ => return Err(format!("the glue has no single `{lead}{VALUE}(…)`")),
    };
    let open = start + lead.len() + VALUE.len();
    let end = group_end(js, open).ok_or_else(|| format!("`{lead}…` does not close"))?;
    let alone = ["let ", "const "]
        .into_iter()
        .find(|kw| js[..start].ends_with(kw) && js[end..].starts_with(';'));
    let (from, to) = if js[..start].ends_with(',') {
        (start - 1, end)
    } else if js[end..].starts_with(',') {
        (start, end + 1)
    } else if let Some(kw) = alone {
        // The only declarator of its statement: the statement goes.
        (start - kw.len(), end + 1)
    } else {
        return Err(format!("`{lead}…` is not in a list of declarations"));
    };
    let mut out = js.to_string();
    out.replace_range(from..to, "");
    Ok(out)
}

/// The wasm exports the glue uses: every `wasm.name`.
pub fn used_exports(js: &str) -> BTreeSet<String> {
    occurrences(js, "wasm")
        .into_iter()
        .filter_map(|i| js[i + 4..].strip_prefix('.'))
        .map(|rest| {
            rest.chars()
                .take_while(|&c| is_ident(c))
                .collect::<String>()
        })
        .filter(|name| !name.is_empty())
        .collect()
}

/// Rewrites a core wasm module's import and export sections, copying every other section as it
/// is (custom sections only if `custom`). `import` gives each import's new module and name;
/// `export` each export's new name, or `None` to drop it.
fn rewrite(
    wasm: &[u8],
    custom: bool,
    mut import: impl FnMut(&str, &str) -> (String, String),
    mut export: impl FnMut(&str) -> Option<String>,
) -> Result<Vec<u8>, String> {
    let bad = |e: wasmparser::BinaryReaderError| format!("the wasm does not parse: {e}");
    let mut module = Module::new();
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.map_err(bad)? {
            Payload::Version { encoding, .. } if encoding != Encoding::Module => {
                return Err("the wasm is not a core module".into())
            }
            Payload::ImportSection(reader) => {
                let mut section = ImportSection::new();
                for item in reader.into_imports() {
                    let item = item.map_err(bad)?;
                    let ty = EntityType::try_from(item.ty)
                        .map_err(|e| format!("import {}: {e}", item.name))?;
                    let (module_name, name) = import(item.module, item.name);
                    section.import(&module_name, &name, ty);
                }
                module.section(&section);
            }
            Payload::ExportSection(reader) => {
                let mut section = ExportSection::new();
                for item in reader {
                    let item = item.map_err(bad)?;
                    if let Some(name) = export(item.name) {
                        section.export(&name, item.kind.into(), item.index);
                    }
                }
                module.section(&section);
            }
            Payload::CustomSection(_) if !custom => {}
            payload => {
                if let Some((id, range)) = payload.as_section() {
                    let data = &wasm[range.start as usize..range.end as usize];
                    module.section(&RawSection { id, data });
                }
            }
        }
    }
    Ok(module.finish())
}

/// What a wasm imports and exports, by name, in order.
#[derive(Debug)]
pub struct Interface {
    /// (module, name) of each import.
    pub imports: Vec<(String, String)>,
    pub exports: Vec<String>,
}

/// The wasm's imports and exports.
pub fn interface(wasm: &[u8]) -> Result<Interface, String> {
    let (mut imports, mut exports) = (Vec::new(), Vec::new());
    rewrite(
        wasm,
        true,
        |m, n| {
            imports.push((m.to_string(), n.to_string()));
            (m.to_string(), n.to_string())
        },
        |n| {
            exports.push(n.to_string());
            Some(n.to_string())
        },
    )?;
    Ok(Interface { imports, exports })
}

/// The wasm with only the exports named in `keep`, and the names of those it dropped.
pub fn keep_exports(
    wasm: &[u8],
    keep: &BTreeSet<String>,
) -> Result<(Vec<u8>, Vec<String>), String> {
    let mut dropped = Vec::new();
    let out = rewrite(
        wasm,
        true,
        |m, n| (m.to_string(), n.to_string()),
        |n| {
            if keep.contains(n) {
                Some(n.to_string())
            } else {
                dropped.push(n.to_string());
                None
            }
        },
    )?;
    Ok((out, dropped))
}

/// The `i`-th short name: `a` … `z`, `A` … `Z`, then two letters and on (valid JS names).
pub fn short_name(i: usize) -> String {
    const LETTERS: &[u8; 52] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = vec![LETTERS[i % 52]];
    let mut rest = i / 52;
    while rest > 0 {
        name.push(LETTERS[rest % 52]);
        rest /= 52;
    }
    String::from_utf8(name).unwrap_or_default()
}

/// Removes the glue's functions for imports the wasm no longer has (wasm-opt removed them with the
/// code that called them): each `,__wbg_…:function(…){…}` of the import object whose name the
/// wasm does not import. Returns the glue and the names removed.
pub fn drop_shims(js: &str, wasm: &[u8]) -> Result<(String, Vec<String>), String> {
    let imported: BTreeSet<String> = interface(wasm)?
        .imports
        .into_iter()
        .map(|(_, n)| n)
        .collect();
    let mut js = js.to_string();
    let mut dropped = Vec::new();
    for prefix in [",__wbg_", ",__wbindgen_"] {
        let mut from = 0;
        while let Some(at) = js[from..].find(prefix).map(|i| from + i) {
            let name: String = js[at + 1..].chars().take_while(|&c| is_ident(c)).collect();
            let head = at + 1 + name.len();
            if imported.contains(&name) || !js[head..].starts_with(":function(") {
                from = head;
                continue;
            }
            let params = head + ":function".len();
            let end = group_end(&js, params)
                .filter(|&e| js[e..].starts_with('{'))
                .and_then(|e| group_end(&js, e))
                .filter(|&e| {
                    // A misread end would take the next entries with it.
                    let taken = &js[head..e];
                    !imported.iter().any(|n| taken.contains(&format!(",{n}:")))
                })
                .ok_or_else(|| format!("the glue's function for {name} does not parse"))?;
            js.replace_range(at..end, "");
            dropped.push(name);
            from = at;
        }
    }
    Ok((js, dropped))
}

/// Gives the glue's own functions that wasm-bindgen names after a closure's Rust type
/// (`wasm_bindgen_<hash>___convert__closures_____invoke…`, hundreds of characters) the names
/// `$0`, `$1`, … Fails if the glue already uses such a name.
pub fn short_locals(js: &str) -> Result<String, String> {
    const HEAD: &str = "wasm_bindgen_";
    if has_dollar_name(js, |c| c.is_ascii_digit()) {
        return Err("the glue already has names like $0".into());
    }
    let mut names: Vec<String> = Vec::new();
    for (at, _) in js.match_indices(HEAD) {
        let name: String = js[at..].chars().take_while(|&c| is_ident(c)).collect();
        let alone = !js[..at].ends_with(|c| is_ident(c) || c == '.');
        if alone && name.contains("___") && !names.contains(&name) {
            names.push(name);
        }
    }
    let mut out = js.to_string();
    for (i, name) in names.iter().enumerate() {
        let new = format!("${i}");
        for at in occurrences(&out, name).into_iter().rev() {
            out.replace_range(at..at + name.len(), &new);
        }
    }
    Ok(out)
}

/// wasm-bindgen's own helpers in the glue (0.2.130 writes these module-level names, and calls
/// some of them dozens of times: `getStringFromWasm0` 37 times). Trunk's minifier shortens local
/// names only.
pub const HELPERS: &[&str] = &[
    "getStringFromWasm0",
    "handleError",
    "getDataViewMemory0",
    "isLikeNone",
    "addToExternrefTable0",
    "WASM_VECTOR_LEN",
    "passStringToWasm0",
    "cachedDataViewMemory0",
    "cachedUint8ArrayMemory0",
    "getUint8ArrayMemory0",
    "cachedTextEncoder",
    "cachedTextDecoder",
    "CLOSURE_DTORS",
    "makeMutClosure",
    "makeClosure",
    "numBytesDecoded",
    "decodeText",
    "takeFromExternrefTable0",
    "passArrayJsValueToWasm0",
];

/// Gives the [`HELPERS`] the glue has the names `$a`, `$b`, …, wherever they stand alone as names.
/// A helper the glue does not have is skipped. Fails, naming it, if the glue has a helper it does
/// not declare itself (`function name(` or `let`/`,` `name=`) or writes one inside a string, or
/// already has names like `$a`.
pub fn short_helpers(js: &str) -> Result<String, String> {
    if has_dollar_name(js, |c| c.is_ascii_alphabetic()) {
        return Err("the glue already has names like $a".into());
    }
    let strings = string_spans(js);
    let mut out = js.to_string();
    let mut given = 0;
    for name in HELPERS {
        let found = occurrences(&out, name);
        if found.is_empty() {
            continue;
        }
        let declared = [
            format!("function {name}("),
            format!("let {name}="),
            format!(",{name}="),
        ];
        if !declared.iter().any(|d| out.contains(d.as_str())) {
            return Err(format!("the glue uses {name} but does not declare it"));
        }
        if strings.iter().any(|s| js[s.clone()].contains(name)) {
            return Err(format!("the glue writes {name} inside a string"));
        }
        let new = format!("${}", short_name(given));
        given += 1;
        for at in found.into_iter().rev() {
            out.replace_range(at..at + name.len(), &new);
        }
    }
    Ok(out)
}

/// Gives every import, import module and export (but [`KEPT`]) a short name, in the wasm and in
/// the glue. In the glue each import is a key of the import object (`name:`) and each module a
/// quoted key (`"./x_bg.js":`), each written once; each export is read as `wasm.name`.
pub fn short_names(js: &str, wasm: &[u8]) -> Result<(String, Vec<u8>), String> {
    let Interface { imports, exports } = interface(wasm)?;
    // Names as short as the new ones could be taken twice (a second run, or a wasm-bindgen that
    // writes short names itself).
    let short = |n: &String| n.len() <= 2;
    if let Some(name) = imports
        .iter()
        .map(|(_, n)| n)
        .chain(&exports)
        .find(|n| short(n))
    {
        return Err(format!("the wasm already has a short name: {name}"));
    }
    let mut js = js.to_string();
    let mut modules: Vec<String> = Vec::new();
    for (module, _) in &imports {
        if !modules.contains(module) {
            modules.push(module.clone());
        }
    }
    for (i, module) in modules.iter().enumerate() {
        let key = format!("\"{module}\":");
        if js.matches(&key).count() != 1 {
            return Err(format!(
                "the glue does not name the import module {key} once"
            ));
        }
        js = js.replacen(&key, &format!("{}:", short_name(i)), 1);
    }
    for (i, (_, name)) in imports.iter().enumerate() {
        let keys: Vec<usize> = occurrences(&js, name)
            .into_iter()
            .filter(|&at| js[at + name.len()..].starts_with(':'))
            .filter(|&at| js[..at].ends_with(['{', ',']))
            .collect();
        let [at] = keys[..] else {
            return Err(format!("the glue does not give the import {name} once"));
        };
        js.replace_range(at..at + name.len(), &short_name(i));
    }
    let mut renamed = Vec::new();
    for name in exports.iter().filter(|n| *n != KEPT) {
        let new = short_name(renamed.len());
        let read = format!("wasm.{name}");
        let at = occurrences(&js, &read);
        if at.is_empty() {
            return Err(format!("the glue does not use the export {name}"));
        }
        for &i in at.iter().rev() {
            js.replace_range(i..i + read.len(), &format!("wasm.{new}"));
        }
        renamed.push((name.clone(), new));
    }
    let mut next_import = 0;
    // The custom sections (producers, target features) go too: they are for tools, not browsers.
    let wasm = rewrite(
        wasm,
        false,
        |module, _| {
            let m = modules.iter().position(|x| x == module).unwrap_or(0);
            next_import += 1;
            (short_name(m), short_name(next_import - 1))
        },
        |name| {
            Some(
                renamed
                    .iter()
                    .find(|(old, _)| old == name)
                    .map_or_else(|| name.to_string(), |(_, new)| new.clone()),
            )
        },
    )?;
    Ok((js, wasm))
}

/// The comment that makes V8 compile every function of a script with the script (Chromium 136 on,
/// "explicit compile hints"; other engines read a comment).
pub const COMPILE_HINT: &str = "//# allFunctionsCalledOnLoad\n";

/// The glue with [`COMPILE_HINT`] first. The page fetches the glue by itself, so V8 compiles the
/// whole of it on a background thread while the page loads; without the hint it compiled each
/// function on its first call, on the main thread, in the takeover's task (63 functions, 19–29 ms
/// of that task at 4x slowdown in traced loads). Idempotent.
pub fn compiled_on_load(js: &str) -> String {
    if js.starts_with(COMPILE_HINT) {
        js.to_string()
    } else {
        format!("{COMPILE_HINT}{js}")
    }
}

/// The glue's and the wasm's file names, from the page's module loader (`bindings from"./x.js"` and
/// `module_or_path:`./x_bg.wasm``).
pub fn loaded_files(page: &str) -> Result<(String, String), String> {
    let quoted_after = |marker: &str| -> Option<String> {
        let rest = page[page.find(marker)? + marker.len()..].trim_start();
        let quote = rest.chars().next().filter(|c| "\"'`".contains(*c))?;
        let value = &rest[1..1 + rest[1..].find(quote)?];
        Some(value.strip_prefix("./").unwrap_or(value).to_string())
    };
    let js = quoted_after("as bindings from").filter(|f| f.ends_with(".js"));
    let wasm = quoted_after("module_or_path:").filter(|f| f.ends_with(".wasm"));
    js.zip(wasm)
        .ok_or_else(|| "the page's loader names no glue and wasm to start".into())
}

/// The subresource-integrity value of `bytes`, as Trunk writes it (`sha384-…`).
pub fn integrity(bytes: &[u8]) -> String {
    let digest = Sha384::digest(bytes);
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// Writes `bytes`' integrity into every `<link>` of `page` that loads `file` and carries one;
/// fails when none does.
pub fn set_integrity(page: &str, file: &str, bytes: &[u8]) -> Result<String, String> {
    let value = integrity(bytes);
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    let mut count = 0;
    while let Some(start) = rest.find("<link ") {
        let end = start + rest[start..].find('>').ok_or("a <link> does not close")?;
        let tag = &rest[start..end];
        out.push_str(&rest[..start]);
        match tag.find(" integrity=") {
            Some(at) if tag.contains(&format!("./{file}")) => {
                let from = at + " integrity=".len();
                let quoted = tag[from..].starts_with('"');
                let len = if quoted {
                    tag[from + 1..].find('"').map(|n| n + 2)
                } else {
                    tag[from..].find(' ').or(Some(tag.len() - from))
                }
                .ok_or("an integrity attribute does not close")?;
                let new = if quoted {
                    format!("\"{value}\"")
                } else {
                    value.clone()
                };
                out.push_str(&tag[..from]);
                out.push_str(&new);
                out.push_str(&tag[from + len..]);
                count += 1;
            }
            _ => out.push_str(tag),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    if count == 0 {
        return Err(format!(
            "no <link> of the page loads {file} with an integrity hash"
        ));
    }
    Ok(out)
}
