//! The versions `slim` was written for: it rewrites wasm-bindgen's glue and Trunk's loader by their
//! exact text, so a build with another version of either stops here, naming what changed, rather
//! than ship a page whose trim failed halfway or, worse, did not fail.

use std::process::Command;

/// (tool, the version `slim` and its fixture were written for)
pub const EXPECTED: [(&str, &str); 2] = [("wasm-bindgen", "0.2.130"), ("trunk", "0.22.1")];

/// What to do when a version changed.
const UPGRADE: &str =
    "tools/post-build/src/slim.rs was written for its glue and loader: build once, \
compare the new output with tools/post-build/tests/fixture (each step names what it did not find), \
update slim.rs, the fixture and versions::EXPECTED together";

/// The version in a tool's `--version` line (`wasm-bindgen 0.2.130`, `trunk 0.22.1`).
pub fn version_in(line: &str) -> Option<&str> {
    line.split_whitespace().nth(1)
}

/// Fails, naming the tool and both versions, when `found` (a `--version` line, or none when the
/// tool could not be run) is not `tool`'s expected version.
pub fn compare(tool: &str, expected: &str, found: Option<&str>) -> Result<(), String> {
    match found.and_then(version_in) {
        Some(v) if v == expected => Ok(()),
        Some(v) => Err(format!("{tool} is {v}, not {expected}: {UPGRADE}")),
        None => Err(format!(
            "{tool} --version gave no version (expected {expected})"
        )),
    }
}

/// Runs each tool's `--version` (the ones Trunk found on PATH) and compares.
pub fn check() -> Result<(), String> {
    for (tool, expected) in EXPECTED {
        let out = Command::new(tool).arg("--version").output();
        let line = out
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned());
        compare(tool, expected, line.as_deref())?;
    }
    Ok(())
}
