//! The steps Trunk's post-build hook runs on the page it built (Trunk.toml): native build tooling,
//! kept out of the widget's crate. `page` puts in the static first view and makes the glue start
//! the wasm after the first frame; `slim` trims the seam between the wasm-bindgen glue and the
//! wasm on release builds; `versions` stops the build when wasm-bindgen or Trunk is not the
//! version `slim` was written for.

pub mod page;
pub mod slim;
pub mod versions;
