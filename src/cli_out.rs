//! Printing for the CLI and its reports. `println!` panics when the reader
//! of stdout has gone (`factlight eval ... | head`); a closed pipe is the
//! reader saying "enough", so the process ends quietly instead. Std only:
//! the crate forbids the `unsafe` that resetting SIGPIPE would need.

use std::io::{self, Write};

/// Writes one line to stdout; ends the process (status 0) if stdout is a
/// closed pipe, and reports any other write error on stderr.
pub fn line(args: std::fmt::Arguments) {
    let mut out = io::stdout().lock();
    let done = out.write_fmt(args).and_then(|()| out.write_all(b"\n"));
    if let Err(e) = done {
        quit_if_closed(&e);
        eprintln!("factlight: writing to stdout failed: {e}");
    }
}

/// A closed pipe ends the process quietly; other errors are the caller's.
pub fn quit_if_closed(e: &io::Error) {
    if e.kind() == io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
}

/// `println!` that ends quietly on a closed pipe (see the module comment).
#[macro_export]
macro_rules! outln {
    () => { $crate::cli_out::line(format_args!("")) };
    ($($arg:tt)*) => { $crate::cli_out::line(format_args!($($arg)*)) };
}
