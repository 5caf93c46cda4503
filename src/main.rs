//! Mounts the widget; everything else lives in the library.

/// The wasm's allocator: lol_alloc's free list (first fit, neighbours merged when freed), smaller
/// than the standard dlmalloc; the widget's heap is small and its allocations short-lived
/// (docs/performance-log.md, Round 9).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: the wasm is built without threads (no `atomics` target feature): one thread only.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

/// Starts the widget in a task of its own, after the one that instantiates the wasm: together they
/// made one long task.
fn main() {
    leptos::prelude::set_timeout(ai_server_chain::start, std::time::Duration::ZERO);
}
