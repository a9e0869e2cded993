//! The frame around every page: skip link, header, navigation, main, footer.

mod footer;
mod header;
mod nav;
mod shell;

pub use shell::Shell;
