//! Mounts the widget; everything else lives in the library.

/// The wasm's allocator: lol_alloc's free list (first fit, neighbours merged when freed) instead of
/// the standard dlmalloc, for 558 bytes less of the wasm with brotli. The widget's heap is small
/// and its allocations short-lived: a click at 4x CPU slowdown took 11.1 against 9.7 ms until the
/// DOM settled (24 clicks each), and the wasm's memory after 300 interactions was 1,408 against
/// 1,344 KB.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: the wasm is built without threads (no `atomics` target feature): one thread only.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

/// Starts the widget in a task of its own, after the one that instantiates the wasm: at 4x CPU
/// slowdown the two together were a task of 58–135 ms (the budget for one is 50).
fn main() {
    leptos::prelude::set_timeout(ai_server_chain::start, std::time::Duration::ZERO);
}
