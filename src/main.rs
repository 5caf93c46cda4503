//! Mounts the widget; everything else lives in the library.

fn main() {
    ai_server_chain::start();
}
